package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --at}: an instant, a local time with its zone, or a local time read in the command's zone. */
class RunClockTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final StringWriter warnings = new StringWriter();

    private RunClock clock(String written) {
        RunClock c = new RunClock();
        c.at(new RunClock.Converter().convert(written));
        return c;
    }

    private Instant in(ZoneId zone, String written) {
        RunClock c = clock(written);
        c.readIn(zone, new PrintWriter(warnings, true));
        return c.instant();
    }

    @Test
    void eachFormReadsToItsInstant() {
        assertThat(in(null, "2026-12-01T18:30:00+01:00")).isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        assertThat(in(null, "2026-12-01T17:30Z")).isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        assertThat(in(PARIS, "2026-12-01 18:30")).isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        assertThat(in(PARIS, "2026-07-01T18:30")).as("summer time").isEqualTo(Instant.parse("2026-07-01T16:30:00Z"));
        assertThat(in(PARIS, "2026-12-01 8:05:30")).isEqualTo(Instant.parse("2026-12-01T07:05:30Z"));
        assertThat(in(null, "2026-12-01 18:30[Africa/Casablanca]")).as("its own zone, none needed")
                .isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        assertThat(in(PARIS, "2026-12-01 18:30[Africa/Casablanca]")).as("its own zone wins")
                .isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        // the calendar's other forms with an offset (review: refused here while validate read them)
        assertThat(in(null, "2026-12-01T18:30+0100")).isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        assertThat(in(null, "2026-12-01 8:05+01:00")).isEqualTo(Instant.parse("2026-12-01T07:05:00Z"));
        assertThat(in(null, "2026-12-01T18:30:00+01:00[Europe/Paris]")).isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        assertThatThrownBy(() -> new RunClock.Converter().convert("2026-12-01T18:30:00+02:00[Europe/Paris]"))
                .hasMessageContaining("offset +02:00 is not in force in Europe/Paris");
        assertThat(warnings.toString()).isEmpty();
    }

    @Test
    void aLocalTimeNeedsAZoneAndMustExistThere() {
        assertThatThrownBy(() -> in(null, "2026-12-01 18:30")).isInstanceOf(EditoException.class)
                .hasMessageContaining("--at '2026-12-01 18:30' is a local time, but the brands are in several time "
                        + "zones or none: name one with --tz (or --brand), or write the offset");
        assertThatThrownBy(() -> in(PARIS, "2026-03-29 02:30")).isInstanceOf(EditoException.class)
                .hasMessage("--at '2026-03-29 02:30': 2026-03-29 02:30 does not exist in Europe/Paris: clocks jump "
                        + "from 02:00 to 03:00 (+01:00 to +02:00); choose another time or write an offset");
        assertThatThrownBy(() -> new RunClock.Converter().convert("2026-03-29 02:30[Europe/Paris]"))
                .as("with its zone: a usage error before anything is read")
                .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining("does not exist");
        // twice: the first, as in a calendar, and said
        assertThat(in(PARIS, "2026-10-25 02:30")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(warnings.toString()).startsWith("edito: warning: --at '2026-10-25 02:30': 2026-10-25 02:30 happens "
                + "twice in Europe/Paris (at +02:00, then at +01:00); edito uses the first");
        assertThatThrownBy(() -> clock("2026-12-01 18:30").instant()).as("a command that reads no zone")
                .isInstanceOf(EditoException.class).hasMessageContaining("has no time zone to read it in");
    }

    @Test
    void whatIsNoTimeIsToldBeforeTheProjectIsRead() {
        RunClock.Converter c = new RunClock.Converter();
        assertThatThrownBy(() -> c.convert("tomorrow")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'tomorrow' is not a time such as 2026-12-01 18:30 (in the brand's time zone), "
                        + "2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z");
        assertThatThrownBy(() -> c.convert("2026-02-30 10:00")).hasMessage("'2026-02-30 10:00' is no real date and time");
        assertThatThrownBy(() -> c.convert("0999-12-01 10:00")).hasMessageContaining("is out of range");
        assertThatThrownBy(() -> c.convert("2026-12-01 10:00[Mars/Olympus]")).isInstanceOf(
                CommandLine.TypeConversionException.class);
        assertThatThrownBy(() -> c.convert("2026-02-30T10:00:00Z")).as("an instant's own errors")
                .hasMessage("'2026-02-30T10:00:00Z' is no real time: invalid date 'february 30'");
    }
}
