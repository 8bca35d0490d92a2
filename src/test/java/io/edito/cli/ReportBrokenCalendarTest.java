package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calendar with errors does not take edito.yaml's targets, mappings and zone away from the report. */
class ReportBrokenCalendarTest {
    @TempDir
    Path dir;

    @Test
    void theTargetsOfEditoYamlStillCountWhenOnlyTheCalendarIsBroken() throws Exception {
        Files.createDirectories(dir.resolve("calendar"));
        Path config = Files.writeString(dir.resolve("edito.yaml"), """
                brand: acme
                timezone: UTC
                calendar: calendar/
                channels:
                  instagram: { handle: "acme" }
                targets: ["posts>=99"]
                """);
        Files.writeString(dir.resolve("calendar/2026-03.yaml"), "posts:\n  - id: a\n    time: [unclosed\n");
        CliRun run = CliRun.of("--config", config.toString(), "report", "src/test/resources/metrics/generic.csv");
        assertThat(run.err()).contains("edito: warning: the calendar of " + config + " has errors")
                .contains("with its targets, mappings and zone");
        assertThat(run.out()).contains("missed  posts>=99");
        assertThat(run.exit()).isEqualTo(1);
    }
}
