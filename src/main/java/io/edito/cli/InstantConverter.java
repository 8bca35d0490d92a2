package io.edito.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** An instant written with an offset or Z: {@code 2026-12-01T18:30:00+01:00}, {@code 2026-12-01T17:30Z}. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    /** The years a run's clock may be set to: a calendar's dates, feeds' and exports' are within them. */
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 9999;

    /** The shape of a date, time and offset, whatever their numbers. */
    private static final java.util.regex.Pattern WRITTEN_AS_ONE = java.util.regex.Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");

    @Override
    public Instant convert(String value) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(value.strip().replace(' ', 'T'));
            if (t.getYear() < FIRST_YEAR || t.getYear() > LAST_YEAR) { // date arithmetic far out overflows
                throw new CommandLine.TypeConversionException("'" + value + "' is out of range: give a year from "
                        + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return t.toInstant();
        } catch (DateTimeParseException e) {
            // written as a time with an offset, but no such day or offset (30 February, +25:00): said so
            java.util.regex.Matcher m = WRITTEN_AS_ONE.matcher(value.strip());
            if (m.matches()) {
                String offset = m.group(3);
                String cause = !offset.equals("Z") && Integer.parseInt(offset.substring(1, 3)) > 18
                        ? "no offset is more than 18 hours from UTC"
                        : e.getCause() != null && e.getCause().getMessage() != null
                        ? e.getCause().getMessage().toLowerCase(java.util.Locale.ROOT) : "no such date or time";
                throw new CommandLine.TypeConversionException("'" + value + "' is no real time: " + cause);
            }
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a time with an offset, such as 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30:00Z");
        }
    }
}
