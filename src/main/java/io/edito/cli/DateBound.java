package io.edito.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * {@code --from}/{@code --to}: a date ({@code 2026-12-01}), a date and time ({@code 2026-12-01T18:00} or
 * {@code "2026-12-01 18:00"}), {@code yesterday}, {@code today} or {@code tomorrow} (in the brands' zone, {@link #in}). Dates are
 * local to each post's brand; a {@code --to} date
 * includes that whole day, a {@code --to} time that minute.
 */
record DateBound(LocalDateTime start, boolean dateOnly, int daysFromToday) {
    /** {@link #daysFromToday} of a bound written as a date or a time. */
    static final int ABSOLUTE = Integer.MIN_VALUE;

    DateBound(LocalDateTime start, boolean dateOnly) {
        this(start, dateOnly, ABSOLUTE);
    }

    /**
     * This bound with {@code today}/{@code tomorrow} read in {@code zone} (the brands' zone: a cron job on a UTC server
     * asks about the brand's day) on the day of {@code now} (the run's time: {@code --at} moves it); a date or a time
     * as written.
     */
    DateBound in(ZoneId zone, java.time.Instant now) {
        return daysFromToday == ABSOLUTE ? this
                : new DateBound(LocalDate.ofInstant(now, zone).plusDays(daysFromToday).atStartOfDay(), true, daysFromToday);
    }

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
                if (v.equalsIgnoreCase("today")) { // the day of this machine until the project's zone is known
                    return new DateBound(LocalDate.now().atStartOfDay(), true, 0);
                }
                if (v.equalsIgnoreCase("tomorrow")) {
                    return new DateBound(LocalDate.now().plusDays(1).atStartOfDay(), true, 1);
                }
                if (v.equalsIgnoreCase("yesterday")) { // as report takes it: what went out the day before
                    return new DateBound(LocalDate.now().minusDays(1).atStartOfDay(), true, -1);
                }
                if (v.length() == 10) {
                    return new DateBound(LocalDate.parse(v).atStartOfDay(), true);
                }
                return new DateBound(LocalDateTime.parse(v.replace(' ', 'T')), false);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a date (2026-12-01), a date and time (2026-12-01T18:00), 'yesterday', 'today' or 'tomorrow'");
            }
        }
    }
}
