package io.edito.cli;

import io.edito.calendar.TimeParser;
import io.edito.core.EditoException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --at TIME}, the pretend clock shared by every command that depends on the time (check, due, publish,
 * listen, mentions changes): reproducible runs in tests and CI. TIME is an instant with its offset
 * ({@code 2026-12-01T18:30:00+01:00}, {@code 2026-12-01T17:30Z}), a local time with its zone
 * ({@code 2026-12-01 18:30[Europe/Paris]}), or a local time as the calendar writes them ({@code 2026-12-01 18:30}),
 * read in the command's zone ({@code --tz}, else its brands') once the project is read ({@link #readIn}).
 * {@code --now}, check's name for it before, is kept as a hidden alias.
 */
final class RunClock {
    /** The time asked for, or null for now (or until a local time is read in its zone). */
    private Instant at;

    /** A local {@code --at} waiting for its zone, or null. */
    private Given local;

    @Option(names = "--at", paramLabel = "TIME", converter = Converter.class,
            description = "Run as if it were TIME (2026-12-01 18:30 in the brand's time zone, or --tz's; "
                    + "2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now.")
    void at(Given time) {
        set(time);
    }

    @Option(names = "--now", paramLabel = "TIME", converter = Converter.class, hidden = true,
            description = "The former name of --at.")
    void now(Given time) {
        set(time);
    }

    private void set(Given time) {
        this.at = time.instant();
        this.local = time.instant() == null ? time : null;
    }

    /**
     * Reads a local {@code --at} in {@code zone}, the zone the command reads local times in (null: none known): an
     * error (exit 2) when it has none or the time does not exist there, a warning on {@code err} when it happens twice
     * (the first is taken, as in a calendar). Nothing to do for an instant or no {@code --at}.
     */
    void readIn(ZoneId zone, PrintWriter err) {
        if (local == null) {
            return;
        }
        at = instant("--at", local, zone, err);
        local = null;
    }

    /**
     * The instant {@code given} to {@code option} stands for, a local time read in {@code zone} (see {@link #readIn});
     * null for null. Also what {@code mentions list --since} is read with.
     */
    static Instant instant(String option, Given given, ZoneId zone, PrintWriter err) {
        if (given == null || given.instant() != null) {
            return given == null ? null : given.instant();
        }
        if (given.zone() != null) { // written with its own
            zone = given.zone();
        }
        if (zone == null) {
            throw EditoException.input(option + " '" + given.written() + "' is a local time, but the brands are in "
                    + "several time zones or none: name one with --tz (or --brand), or write the offset "
                    + "(2026-12-01T18:30+01:00)");
        }
        TimeParser.Local resolved = TimeParser.local(given.time(), zone);
        if (resolved.at() == null) {
            throw EditoException.input(option + " '" + given.written() + "': " + resolved.error());
        }
        if (resolved.warning() != null) {
            err.println("edito: warning: " + option + " '" + given.written() + "': " + resolved.warning());
            err.flush();
        }
        return resolved.at().toInstant();
    }

    /** The time asked for, or null for now. */
    Instant asked() {
        if (local != null) { // a command that reads no zone: said, never guessed
            throw EditoException.input("--at '" + local.written() + "' is a local time, and this command has no time "
                    + "zone to read it in: write the offset (2026-12-01T18:30+01:00)");
        }
        return at;
    }

    /**
     * {@link #instant()} as a person reads it, to the second: in {@code zone}, the command's ({@code --tz}, else the
     * zone its brands share, as the calendar writes its times), else (null) in UTC.
     */
    String shown(ZoneId zone) {
        Instant t = instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return zone != null ? java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone))
                : t.toString();
    }

    /** The time asked for, else the current one. */
    Instant instant() {
        Instant asked = asked();
        return asked == null ? Instant.now() : asked;
    }

    /**
     * A TIME as written: its instant, or (null instant) a local time to read in {@code zone}, the one written with it,
     * else (null) the command's.
     */
    record Given(Instant instant, LocalDateTime time, ZoneId zone, String written) {
    }

    /** Reads TIME: see {@link RunClock}. */
    static final class Converter implements CommandLine.ITypeConverter<Given> {
        @Override
        public Given convert(String value) {
            try { // an instant as ISO-8601 writes it, with its own errors (no such day, +25:00)
                return new Given(new InstantConverter().convert(value), null, null, value);
            } catch (CommandLine.TypeConversionException e) {
                if (!e.getMessage().contains("is not a time with an offset")) {
                    throw e;
                }
            }
            // the calendar's forms (TimeParser.read, the one reading of a time's text)
            TimeParser.Written written;
            try {
                written = TimeParser.read(value.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no real date and time");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            if (written == null) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time such as 2026-12-01 18:30 "
                        + "(in the brand's time zone), 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z");
            }
            LocalDateTime time = written.local();
            if (time.getYear() < InstantConverter.FIRST_YEAR || time.getYear() > InstantConverter.LAST_YEAR) {
                throw new CommandLine.TypeConversionException("'" + value + "' is out of range: give a year from "
                        + InstantConverter.FIRST_YEAR + " to " + InstantConverter.LAST_YEAR);
            }
            if (written.offset() != null) { // +0100, 8:05+01:00, an offset with its [Zone], which must be in force
                io.edito.core.Problems problems = new io.edito.core.Problems();
                io.edito.calendar.PostTime t = TimeParser.parse(value, null, null, false, problems);
                if (t == null) {
                    throw new CommandLine.TypeConversionException("'" + value + "': " + problems.all().get(0).message());
                }
                return new Given(t.at().toInstant(), null, null, value);
            }
            if (written.zone() != null) { // said before the project is read; a time there twice is told by readIn
                TimeParser.Local resolved = TimeParser.local(time, written.zone());
                if (resolved.at() == null) {
                    throw new CommandLine.TypeConversionException("'" + value + "': " + resolved.error());
                }
            }
            return new Given(null, time, written.zone(), value);
        }
    }
}
