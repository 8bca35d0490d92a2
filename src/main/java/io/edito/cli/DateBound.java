package io.edito.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * {@code --from}/{@code --to}: a date ({@code 2026-12-01}), a date and time ({@code 2026-12-01T18:00} or
 * {@code "2026-12-01 18:00"}), or {@code today}. Dates are local to each post's brand; a {@code --to} date
 * includes that whole day, a {@code --to} time that minute.
 */
record DateBound(LocalDateTime start, boolean dateOnly) {

    /**
     * The exclusive upper bound this gives as a {@code --to}: the day after a date; the minute after a time (the
     * second after one written with seconds), so that {@code --to 10:00} takes in a post at 10:00, as a date takes
     * in its whole day.
     */
    LocalDateTime endExclusive() {
        if (dateOnly) {
            return start.plusDays(1);
        }
        return start.getSecond() == 0 && start.getNano() == 0 ? start.plusMinutes(1) : start.plusSeconds(1);
    }

    /** As the user would write it back: the date, or the date and time. */
    String shown() {
        return dateOnly ? start.toLocalDate().toString() : start.toString().replace('T', ' ');
    }

    static final class Converter implements CommandLine.ITypeConverter<DateBound> {
        @Override
        public DateBound convert(String value) {
            String v = value.strip();
            try {
                if (v.equalsIgnoreCase("today")) {
                    return new DateBound(LocalDate.now().atStartOfDay(), true);
                }
                if (v.equalsIgnoreCase("tomorrow")) {
                    return new DateBound(LocalDate.now().plusDays(1).atStartOfDay(), true);
                }
                if (v.length() == 10) {
                    return new DateBound(LocalDate.parse(v).atStartOfDay(), true);
                }
                return new DateBound(LocalDateTime.parse(v.replace(' ', 'T')), false);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a date (2026-12-01), a date and time (2026-12-01T18:00) or 'today'");
            }
        }
    }
}
