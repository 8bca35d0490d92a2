package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check does with the input's own problems in CI: annotations, an earlier run's report, --fail-on warning. */
class CheckInputProblemsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Europe/Paris
                languages: [fr]
                calendar: calendar/
                channels:
                  x: { handle: "@atlasair" }
                """);
        Files.createDirectories(dir.resolve("calendar"));
    }

    private void calendar(String posts) throws IOException {
        Files.writeString(dir.resolve("calendar/jan.yaml"), "posts:\n" + posts);
    }

    private static final String GOOD = "  - id: ok\n    at: 2027-01-05 10:00\n    status: approved\n    channels: [x]\n"
            + "    text: \"Bonjour à tous\"\n";

    @Test
    void aBrokenFileIsAnAnnotationInGithubsFormat() throws IOException {
        // the broken file showed nothing on the pull request: stderr only, no ::error
        calendar("  - id: ok\n    at: 2027-01-05 10:00\n    text: \"Bonjour\n");
        CliRun r = CliRun.of("check", dir.toString(), "--format", "github");
        assertThat(r.exit()).isEqualTo(2);
        String file = Path.of(dir.toString(), "calendar", "jan.yaml").toString();
        assertThat(r.out()).startsWith("::error file=" + file.replace(":", "%3A").replace(",", "%2C") + ",line=")
                .contains(",title=edito%3A input error::");
        assertThat(r.out().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("jan.yaml:").contains("error:");
        // the other formats keep stdout empty: exit 2, the problems on stderr
        assertThat(CliRun.of("check", dir.toString(), "--format", "sarif").out()).isEmpty();
    }

    @Test
    void anInputWarningIsAnAnnotationAndCountsForFailOnWarning() throws IOException {
        // 02:30 happens twice in Paris that night: a warning of the calendar, not a finding
        calendar("  - id: twice\n    at: 2026-10-25 02:30\n    status: approved\n    channels: [x]\n"
                + "    text: \"Bonjour à tous\"\n");
        CliRun plain = CliRun.of("check", dir.toString(), "--at", "2026-10-01T00:00:00Z", "--format", "json");
        assertThat(plain.exit()).isZero();
        CliRun strict = CliRun.of("check", dir.toString(), "--at", "2026-10-01T00:00:00Z", "--format", "json",
                "--fail-on", "warning");
        assertThat(strict.exit()).as(strict.err()).isEqualTo(1); // passed with the warning unsaid
        assertThat(strict.err()).contains("happens twice").contains("1 warning about the input (above) with --fail-on warning");
        CliRun github = CliRun.of("check", dir.toString(), "--at", "2026-10-01T00:00:00Z", "--format", "github");
        assertThat(github.exit()).isZero();
        assertThat(github.out()).containsPattern("(?m)^::warning file=.*jan\\.yaml,line=3,col=9,title=edito%3A input "
                + "warning::2026-10-25 02:30 happens twice");
    }

    @Test
    void anInputErrorRemovesTheReportOfAnEarlierRun() throws IOException {
        calendar(GOOD);
        Path report = dir.resolve("out/check.sarif");
        CliRun first = CliRun.of("check", dir.toString(), "--format", "sarif", "-o", report.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(report).exists();
        // a CI step uploading the report with if: always() sent the earlier run's results as this one's
        calendar(GOOD + "  - id: broken\n    at: [\n");
        CliRun second = CliRun.of("check", dir.toString(), "--format", "sarif", "-o", report.toString());
        assertThat(second.exit()).isEqualTo(2);
        assertThat(report).doesNotExist();
        assertThat(second.err()).contains("removed " + report + ", the report of an earlier run");
        // an input named as the output is never removed
        CliRun input = CliRun.of("check", dir.toString(), "--format", "json", "-o", dir.resolve("edito.yaml").toString());
        assertThat(input.exit()).isEqualTo(2);
        assertThat(dir.resolve("edito.yaml")).exists();
    }
}
