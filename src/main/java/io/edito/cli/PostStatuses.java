package io.edito.cli;

import io.edito.calendar.Status;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A post's status as an option's value ({@code --status approved}): read in any case, listed and completed as the
 * calendar writes it ({@code draft, review, approved...}), not as the enum's constants.
 */
final class PostStatuses implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Status.values()).map(Status::id).iterator();
    }

    /** Reads one status, whatever its case; a wrong one names the statuses as the calendar writes them. */
    static final class Converter implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            for (Status s : Status.values()) {
                if (s.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a status: "
                    + String.join(", ", new PostStatuses()));
        }
    }
}
