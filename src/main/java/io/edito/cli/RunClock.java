package io.edito.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * {@code --at TIME}, the pretend clock shared by every command that depends on the time (check, due, publish,
 * listen, mentions changes): reproducible runs in tests and CI. {@code --now}, check's name for it before, is kept
 * as a hidden alias.
 */
final class RunClock {
    /** The time asked for, or null for now. */
    Instant at;

    @Option(names = "--at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Run as if it were TIME (ISO-8601 with an offset or Z, e.g. 2026-12-01T18:30:00+01:00); "
                    + "default: now.")
    void at(Instant time) {
        this.at = time;
    }

    @Option(names = "--now", paramLabel = "TIME", converter = InstantConverter.class, hidden = true,
            description = "The former name of --at.")
    void now(Instant time) {
        this.at = time;
    }

    /**
     * {@link #instant()} as a person reads it, to the second: in the brands' time zone when they share one (as the
     * calendar writes its times), else in UTC.
     */
    String shown(io.edito.config.ProjectConfig config) {
        return shown(config, java.util.List.of());
    }

    /** {@link #shown(io.edito.config.ProjectConfig)} in the zone {@code brands} share (all of them when empty). */
    String shown(io.edito.config.ProjectConfig config, java.util.Collection<String> brands) {
        java.time.ZoneId zone = config == null ? null : config.sharedZone(brands);
        Instant t = instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return zone != null ? java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone))
                : t.toString();
    }

    /** The time asked for, else the current one. */
    Instant instant() {
        return at == null ? Instant.now() : at;
    }
}
