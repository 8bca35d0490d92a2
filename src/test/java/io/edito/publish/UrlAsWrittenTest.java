package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URL with Markdown emphasis characters in it goes out exactly as written, on every network, and previews so. */
class UrlAsWrittenTest {
    private static final List<String> CHANNELS = List.of("x", "mastodon", "bluesky", "linkedin", "facebook");

    @TempDir
    Path dir;

    @Test
    void aUrlIsNeverChangedByEmphasisOnAnyNetwork() throws Exception {
        StringBuilder channels = new StringBuilder();
        for (String c : CHANNELS) {
            channels.append("  ").append(c).append(": { handle: \"atlas\", publish: { type: outbox, dir: outbox/ } }\n");
        }
        Files.writeString(dir.resolve("edito.yaml"), "brand: atlas\ntimezone: UTC\nlanguages: [fr]\n"
                + "calendar: calendar/\nchannels:\n" + channels);
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: url-post
                    at: 2026-12-01 10:00
                    channels: [x, mastodon, bluesky, linkedin, facebook]
                    status: approved
                    text: "Le *programme* : https://example.com/*x*/y"
                """);
        CliRun run = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(run.exit()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String c : CHANNELS) {
            JsonNode sent = json.readTree(dir.resolve("outbox/url-post--" + c + ".json").toFile());
            assertThat(sent.get("text").asText()).as(c).isEqualTo("Le programme : https://example.com/*x*/y");
        }
        for (String c : CHANNELS) {
            CliRun preview = CliRun.of("preview", "url-post", dir.toString(), "--channel", c, "--width", "100");
            assertThat(preview.exit()).as(preview.err()).isZero();
            assertThat(preview.out()).as(c).contains("https://example.com/*x*/y");
        }
    }
}
