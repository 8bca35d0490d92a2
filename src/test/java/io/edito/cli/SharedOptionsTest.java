package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every command shares through one mixin: the clock (--at, with check's former --now) and -o. */
class SharedOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void checkTakesAtAndStillItsFormerNowWhichHelpNoLongerShows() {
        CliRun at = CliRun.of("check", "examples/atlas-air", "--at", "2026-12-14T09:00:00Z", "--format", "json");
        CliRun now = CliRun.of("check", "examples/atlas-air", "--now", "2026-12-14T09:00:00Z", "--format", "json");
        CliRun today = CliRun.of("check", "examples/atlas-air", "--at", "2027-06-01T09:00:00Z", "--format", "json");
        assertThat(at.exit()).isEqualTo(1);
        assertThat(now.out()).isEqualTo(at.out());
        assertThat(today.out()).as("the clock changes what is in the past").isNotEqualTo(at.out());
        String help = CliRun.of("check", "--help").out();
        assertThat(help).contains("--at=TIME").doesNotContain("--now");
    }

    @Test
    void everyTimeDependentCommandTakesAt() {
        for (String cmd : new String[] {"check", "due", "publish", "listen"}) {
            assertThat(CliRun.of(cmd, "--help").out()).as(cmd).contains("--at=TIME");
        }
        assertThat(CliRun.of("mentions", "close", "--help").out()).contains("--at=TIME");
        CliRun bad = CliRun.of("due", "examples/atlas-air", "--at", "tomorrow");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--at");
        CliRun empty = CliRun.of("agenda", "examples/atlas-air", "-o", "");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("edito: --output: an empty file name" + System.lineSeparator());
        CliRun narrow = CliRun.of("agenda", "examples/atlas-air", "--width=-5");
        assertThat(narrow.exit()).isEqualTo(2);
        assertThat(narrow.err()).contains("--width must be a number of columns from 1 to 9999, not -5");
        assertThat(CliRun.of("agenda", "examples/atlas-air", "--width=2147483647").err())
                .contains("--width must be a number of columns from 1 to 9999, not 2147483647");
        for (String far : new String[] {"-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1969-12-31T23:59Z"}) {
            CliRun out = CliRun.of("listen", "examples/atlas-air", "--at=" + far);
            assertThat(out.exit()).as(far).isEqualTo(2);
            assertThat(out.err()).as(far).contains("is out of range: give a year from 1970 to 9999")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void outputWritesTheWholeFileAndNothingOnStdout() throws Exception {
        Path file = tmp.resolve("agenda.json");
        CliRun r = CliRun.of("agenda", "examples/atlas-air", "--format", "json", "-o", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("{").isEqualTo(
                CliRun.of("agenda", "examples/atlas-air", "--format", "json").out());
        assertThat(Files.list(tmp)).as("no temporary file left beside it").containsExactly(file);
        for (String[] cmd : new String[][] {{"check", "--help"}, {"report", "--help"}, {"schema", "--help"},
            {"ledger", "export", "--help"}, {"mentions", "export", "--help"}}) {
            assertThat(CliRun.of(cmd).out()).as(String.join(" ", cmd))
                    .contains("-o, --output=FILE").contains("atomically");
        }
    }

    @Test
    void aCommandThatReadsNoProjectFileRefusesConfigRatherThanIgnoringIt() throws Exception {
        // every command inherits --config: init, schema and completion read no project file and ignored it silently
        String[][] runs = {{"init", tmp.resolve("new").toString(), "--config", "other.yaml"},
            {"schema", "calendar", "--config", "other.yaml"}, {"completion", "bash", "--config", "other.yaml"},
            {"--config", "other.yaml", "schema", "config"}};
        for (String[] args : runs) {
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).contains("--config other.yaml: ").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
        assertThat(java.nio.file.Files.exists(tmp.resolve("new"))).isFalse();
        assertThat(CliRun.of("schema", "calendar").exit()).isZero();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedByEveryCommandThatTakesOne() {
        for (String cmd : new String[] {"agenda", "check", "preview"}) {
            CliRun r = CliRun.of(cmd, "examples/atlas-air", "--from", "2026-12-10", "--to", "2026-12-01");
            assertThat(r.exit()).as(cmd).isEqualTo(2);
            assertThat(r.err()).as(cmd).contains("--from 2026-12-10 comes after --to 2026-12-01: nothing could match");
        }
    }
}
