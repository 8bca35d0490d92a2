package io.edito.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A target of edito.yaml that does not parse is an error at its line: told by validate, stopping the report. */
class ConfigTargetsTest {
    @TempDir
    Path dir;

    private Path project() throws Exception {
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts: []\n");
        return Files.writeString(dir.resolve("edito.yaml"), """
                brand: acme
                timezone: UTC
                calendar: calendar/
                targets:
                  - "posts>=3"
                  - "likes>3"
                """);
    }

    @Test
    void validateTellsABadTargetAtItsLine() throws Exception {
        project();
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("edito.yaml:6:5: error: target 'likes>3': unknown metric 'likes'")
                .doesNotContain("posts>=3");
    }

    @Test
    void theReportStopsOnItBeforeReadingAnyExport() throws Exception {
        Path config = project();
        CliRun r = CliRun.of("--config", config.toString(), "report", "src/test/resources/metrics/generic.csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("edito.yaml:6:5: error: target 'likes>3': unknown metric 'likes'")
                .contains("1 error in " + config);
        assertThat(r.out()).isEmpty();
    }
}
