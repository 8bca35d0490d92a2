package io.edito.cli;

import io.edito.core.TimeZones;
import java.time.ZoneId;
import picocli.CommandLine;

/** {@code --tz}: an IANA zone, with a suggestion when misspelt. */
final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
        try {
            return TimeZones.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
