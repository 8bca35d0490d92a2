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
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a time with an offset, such as 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30:00Z");
        }
    }
}
