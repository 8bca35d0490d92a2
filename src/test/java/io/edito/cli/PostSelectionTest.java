package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --channel, --brand, --from and --to of check and agenda: what they select, and typos refused (exit 2). */
class PostSelectionTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas
                timezone: Europe/Paris
                calendar: calendar/
                channels:
                  x: { handle: "@atlas" }
                  instagram: { handle: "atlas" }
                  forum: { handle: "atlas" }
                """);
        Files.writeString(dir.resolve("calendar/dec.yaml"), """
                posts:
                  - id: photo
                    at: 2026-12-05 12:00
                    status: approved
                    channels: [instagram]
                    text: Une photo de Marrakech
                    media: [ { file: missing.jpg } ]
                  - id: tweet
                    at: 2026-12-06 12:00
                    status: approved
                    channels: [x]
                    text: Un message sans souci
                """);
    }

    private CliRun check(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "check";
        all[1] = dir.toString();
        all[2] = "--now";
        all[3] = "2026-11-25T09:00:00Z";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    @Test
    void aChannelOrBrandTypoIsAnInputErrorNotAGreenRun() {
        CliRun channel = check("--channel", "instagrm");
        assertThat(channel.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(channel.err()).startsWith("edito: --channel: unknown channel 'instagrm' (did you mean 'instagram'?)");
        CliRun brand = check("--brand", "atlsa");
        assertThat(brand.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(brand.err()).startsWith("edito: --brand: unknown brand 'atlsa' (did you mean 'atlas'?)");
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--channel", "instagrm");
        assertThat(agenda.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(agenda.err()).contains("unknown channel 'instagrm'");
        // a channel the project declares is known even when it is no built-in network
        assertThat(check("--channel", "forum").exit()).isEqualTo(ExitCode.OK);
        // a network the project has no account on would check nothing and pass: it is not a channel of it
        CliRun noAccount = check("--channel", "youtube");
        assertThat(noAccount.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noAccount.err()).startsWith("edito: --channel: unknown channel 'youtube'").doesNotContain("pinterest");
    }

    @Test
    void aChannelSelectsOnlyThePostsOnItWithTheirWholePostFindings() {
        CliRun all = check("--format", "json");
        assertThat(all.exit()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(all.out()).contains("\"rule\" : \"media.alt_required\"", "\"post\" : \"photo\"");
        CliRun x = check("--channel", "x", "--format", "json");
        assertThat(x.out()).doesNotContain("\"photo\"").contains("\"checked\" : 1");
        assertThat(x.exit()).isEqualTo(ExitCode.OK);
        CliRun instagram = check("--channel", "instagram", "--format", "json");
        assertThat(instagram.out()).contains("media.alt_required").doesNotContain("\"tweet\"");
        assertThat(instagram.exit()).isEqualTo(ExitCode.CHECKS_FAILED);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        CliRun r = check("--from", "2027-01-10", "--to", "2027-01-01");
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).isEqualTo("edito: --from 2027-01-10 comes after --to 2027-01-01: nothing could match\n");
        assertThat(check("--from", "2026-12-05", "--to", "2026-12-05").exit()).isEqualTo(ExitCode.CHECKS_FAILED);
        // the day, or the minute, before: the range ends where it starts (a CI check passed having checked nothing)
        assertThat(check("--from", "2026-12-02", "--to", "2026-12-01").exit()).isEqualTo(ExitCode.INPUT);
        assertThat(check("--from", "2026-12-01T10:00", "--to", "2026-12-01T09:59").exit()).isEqualTo(ExitCode.INPUT);
        assertThat(check("--from", "2026-12-01T10:00", "--to", "2026-12-01T10:00").exit()).isNotEqualTo(ExitCode.INPUT);
    }
}
