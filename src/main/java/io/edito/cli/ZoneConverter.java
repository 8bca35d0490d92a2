package io.edito.cli;

import io.edito.core.Suggest;
import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine;

/** {@code --tz}: an IANA zone, with a suggestion when misspelt. */
final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException("unknown time zone '" + value + "'"
                    + Suggest.didYouMean(value, ZoneId.getAvailableZoneIds()));
        }
    }
}
