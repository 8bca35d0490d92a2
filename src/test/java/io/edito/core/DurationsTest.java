package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurationsTest {
    @TempDir
    Path dir;

    @Test
    void aClockShowsTheDecimalsThatTellItFromAnother() {
        java.time.Duration limit = java.time.Duration.ofSeconds(140);
        assertThat(Durations.clock(java.time.Duration.ofNanos(140_000_100_000L), limit)).isEqualTo("2:20.0001");
        assertThat(Durations.clock(java.time.Duration.ofMillis(140_050), limit)).isEqualTo("2:20.05");
        assertThat(Durations.clock(java.time.Duration.ofMillis(151_500), limit)).isEqualTo("2:31.5");
        assertThat(Durations.clock(java.time.Duration.ofMillis(2_950), java.time.Duration.ofSeconds(3))).isEqualTo("0:02.9");
        assertThat(Durations.clock(limit, limit)).isEqualTo("2:20");
    }

    @Test
    void theFormsPeopleWrite() {
        assertThat(Durations.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Durations.parse("90min")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse(" 1h30m ")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1d 12h")).isEqualTo(Duration.ofHours(36));
        assertThat(Durations.parse("366d")).isEqualTo(Durations.MAX);
        assertThat(Durations.parse("")).isNull();
        assertThat(Durations.parse("h")).isNull();
        assertThat(Durations.parse("-5h")).isNull();
        assertThat(Durations.parse(null)).isNull();
    }

    @Test
    void overAYearOrOverflowingIsRefusedNotThrown() {
        assertThat(Durations.parse("367d")).isNull();
        assertThat(Durations.parse("8785h")).isNull();
        assertThat(Durations.parse("99999999999999h")).isNull(); // minutes still fit a long: refused by the bound
        assertThat(Durations.parse("9999999999999999999h")).isNull(); // more than a long
        assertThat(Durations.parse("99999999999999999999d")).isNull();
    }

    @Test
    void optionsTakeTheSameFormsAndSayHowToWriteOne() {
        assertThat(Durations.option("--sla", "1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> Durations.option("--sla", "90"))
                .isInstanceOf(EditoException.class)
                .hasMessage("--sla: not a duration: '90' (add a unit: 90m or 90h)")
                .extracting(e -> ((EditoException) e).exitCode()).isEqualTo(ExitCode.INPUT);
        assertThatThrownBy(() -> Durations.option("--window", "PT2H"))
                .hasMessage("--window: not a duration: 'PT2H' (e.g. 30m, 2h, 1h30m, 1d; at most 366d)");
        assertThatThrownBy(() -> Durations.option("--join-tolerance", "400d"))
                .hasMessageStartingWith("--join-tolerance: not a duration: '400d'");
    }

    @Test
    void reportAndDueRefuseABadDurationInOneLineWithExitTwo() throws IOException {
        Files.writeString(dir.resolve("m.csv"), "date,network,impressions\n2026-12-01,x,10\n");
        CliRun report = CliRun.of("report", dir.resolve("m.csv").toString(), "--sla", "soon");
        assertThat(report.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(report.err()).isEqualTo("edito: --sla: not a duration: 'soon' (e.g. 30m, 2h, 1h30m, 1d; at most 366d)\n");
        CliRun due = CliRun.of("due", dir.toString(), "--window", "45");
        assertThat(due.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(due.err()).contains("--window: not a duration: '45' (add a unit: 45m or 45h)");
    }

    @Test
    void hugeDurationsInEditoYamlAndTheCharterAreInputErrors() throws IOException {
        // regression: catch_up: 99999999999999999h crashed due and publish (ArithmeticException, exit 3)
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"),
                "posts:\n  - { id: p, at: \"2026-12-01 18:30\", status: approved, channels: [x], text: hi }\n");
        Files.writeString(dir.resolve("edito.yaml"), "brand: b\ntimezone: Europe/Paris\ncalendar: calendar/\n"
                + "publishing: { catch_up: 99999999999999999h }\nchannels: { x: { handle: \"@x\" } }\n");
        CliRun due = CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:31:00+01:00");
        assertThat(due.exit()).isEqualTo(2);
        assertThat(due.err()).contains("catch_up must be a duration such as 6h or 90m (at most 366d)");
        Files.writeString(dir.resolve("edito.yaml"), "brand: b\ntimezone: Europe/Paris\ncalendar: calendar/\n"
                + "charter: charter.yaml\nchannels: { x: { handle: \"@x\" } }\n");
        Files.writeString(dir.resolve("charter.yaml"), "schedule: { min_gap: { x: 99999999999999999999h } }\n"
                + "media: { max_size: 99999999999999999999GB }\n");
        CliRun check = CliRun.of("check", dir.toString(), "--now", "2026-11-25T09:00:00Z");
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("expected a duration such as 30m, 2h, 1h30m or 1d (at most 366d)")
                .contains("size '99999999999999999999GB' is too large").doesNotContain("internal error");
    }
}
