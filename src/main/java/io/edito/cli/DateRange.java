package io.edito.cli;

import io.edito.core.EditoException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** {@code --from DATE --to DATE}: the days a command looks at (agenda, check, preview), each bound a day or a time. */
final class DateRange {
    @Option(names = "--from", paramLabel = "DATE", converter = DateBound.Converter.class,
            description = "First day (or date and time) to include.")
    DateBound from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateBound.Converter.class,
            description = "Last day to include (a date includes the whole day, a date and time that minute).")
    DateBound to;

    /** The zone {@code today} and {@code tomorrow} are read in: this machine's until {@link #readIn} says. */
    private ZoneId zone = ZoneId.systemDefault();

    /** The time of the run, whose day {@code today} is: the clock's until {@link #asOf} says ({@code --at}). */
    private java.time.Instant now;

    /** Reads {@code today} and {@code tomorrow} in {@code zone} (null: this machine's). */
    void readIn(ZoneId zone) {
        this.zone = zone == null ? ZoneId.systemDefault() : zone;
    }

    /** Reads {@code today} and {@code tomorrow} as of {@code time} (a command's {@code --at}). */
    void asOf(java.time.Instant time) {
        this.now = time;
    }

    /** The first moment included (local time), or null. */
    LocalDateTime start() {
        return from == null ? null : from.in(zone, now()).start();
    }

    /** The first moment after the range (local time), or null. */
    LocalDateTime endExclusive() {
        return to == null ? null : to.in(zone, now()).endExclusive();
    }

    private java.time.Instant now() {
        return now == null ? java.time.Instant.now() : now;
    }

    /** Refuses a range whose end comes before its start: nothing could match, and a CI check would pass. */
    void requireOrdered() {
        // --to the day (or minute) before --from leaves an empty range too: its end is the start
        if (from != null && to != null && !endExclusive().isAfter(start())) {
            throw EditoException.input("--from " + from.shown() + " comes after --to " + to.shown()
                    + ": nothing could match");
        }
    }
}
