package io.edito.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import io.edito.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A channel's settings reach the rest of edito typed: its text limit as a number, its publish: block with positions. */
class ChannelSettingsTest {
    @TempDir
    Path dir;

    private void project(String channels) throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), "brand: atlas-air\ntimezone: UTC\ncalendar: calendar/\nchannels:\n"
                + channels);
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: long
                    at: 2026-12-01T10:00:00Z
                    channels: [mastodon]
                    text: %s
                """.formatted("a".repeat(550)));
    }

    @Test
    void aTimezoneWrittenAsAListIsOneErrorWhereItIsWritten() throws IOException {
        project("  mastodon: { handle: \"@atlas@mastodon.example\" }\n");
        Path yaml = dir.resolve("edito.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("timezone: UTC", "timezone: [Europe/Paris]"));
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        // it also said "edito.yaml:1:1: error: missing 'timezone'", which was not so
        assertThat(r.out() + r.err()).contains("edito.yaml:2:11").contains("must be a single value")
                .doesNotContain("missing 'timezone'");
    }

    @Test
    void anInstanceLimitIsANumberAndIsApplied() throws IOException {
        project("  mastodon: { handle: \"@atlas@mastodon.example\", max_characters: 500 }\n");
        CliRun r = CliRun.of("check", dir.toString(), "--now", "2026-11-25T09:00:00Z");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("length.mastodon").contains("550/500");
    }

    @Test
    void anInstanceLimitThatIsNotANumberIsAnErrorAtItsPlace() throws IOException {
        project("  mastodon: { handle: \"@atlas@mastodon.example\", max_characters: lots }\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.out() + r.err()).contains("edito.yaml:5:66").contains("max_characters must be a whole number "
                + "of characters from 1 (the instance's limit, such as 500), not 'lots'");
        // 0: no post could go out ("Mastodon post too long: 399/0")
        project("  mastodon: { handle: \"@atlas@mastodon.example\", max_characters: 0 }\n");
        CliRun zero = CliRun.of("validate", dir.toString());
        assertThat(zero.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(zero.out() + zero.err()).contains("edito.yaml:5:66").contains("not '0'");
    }

    @Test
    void aPublishBlockKeepsWhereEachKeyStands() throws IOException {
        project("  mastodon:\n    handle: \"@atlas@mastodon.example\"\n    publish:\n      type: mastodon\n"
                + "      instance: https://mastodon.example\n      tokn_env: X\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.out() + r.err()).contains("edito.yaml:10:7").contains("tokn_env");
    }
}
