package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void helpListsSubcommandsAndExitCodes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("validate", "agenda", "Exit codes:", "checks failed", "usage or input error",
                "runtime failure", "--stacktrace", "--color", "--quiet", "--config");
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("edito ");
    }

    @Test
    void unknownSubcommandIsUsageErrorWithSuggestion() {
        CliRun r = CliRun.of("agneda");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("edito: Unmatched argument").contains("agenda").contains("See 'edito --help'");
    }

    @Test
    void badOptionValueIsUsageError() {
        CliRun r = CliRun.of("agenda", "--tz", "Europe/Pariss");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown time zone 'Europe/Pariss'").contains("did you mean 'Europe/Paris'");
    }

    @Test
    void formatNotOfferedIsUsageError() {
        CliRun r = CliRun.of("validate", "--format", "ics", "--tz", "UTC", "nowhere.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format ics is not offered");
    }

    @Test
    void noProjectIsAClearError() {
        CliRun r = CliRun.of("agenda", "--config", "/nonexistent/edito.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("edito: /nonexistent/edito.yaml: no such file").doesNotContain("Exception");
    }
}
