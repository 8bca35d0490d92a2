package io.edito.cli;

import io.edito.core.EditoException;
import java.time.LocalDateTime;
import picocli.CommandLine.Option;

/** {@code --from DATE --to DATE}: the days a command looks at (agenda, check, preview), each bound a day or a time. */
final class DateRange {
    @Option(names = "--from", paramLabel = "DATE", converter = DateBound.Converter.class,
            description = "First day (or date and time) to include.")
    DateBound from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateBound.Converter.class,
            description = "Last day to include (a date includes the whole day, a date and time that minute).")
    DateBound to;

    /** The first moment included (local time), or null. */
    LocalDateTime start() {
        return from == null ? null : from.start();
    }

    /** The first moment after the range (local time), or null. */
    LocalDateTime endExclusive() {
        return to == null ? null : to.endExclusive();
    }

    /** Refuses a range whose end comes before its start: nothing could match, and a CI check would pass. */
    void requireOrdered() {
        if (from != null && to != null && to.endExclusive().isBefore(from.start())) {
            throw EditoException.input("--from " + from.shown() + " comes after --to " + to.shown()
                    + ": nothing could match");
        }
    }
}
