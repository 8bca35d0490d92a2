package io.edito.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** An instant written with an offset or Z: {@code 2026-12-01T18:30:00+01:00}, {@code 2026-12-01T17:30Z}. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a time with an offset, such as 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30:00Z");
        }
    }
}
