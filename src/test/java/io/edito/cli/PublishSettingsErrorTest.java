package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong publish block is told at its channel: x2's error named channels.x (its network) beside x2's position. */
class PublishSettingsErrorTest {
    @TempDir
    Path dir;

    @Test
    void anAccountsPublishErrorNamesTheAccount() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), "brand: atlas-air\ntimezone: UTC\ncalendar: calendar/\n"
                + "channels:\n  x: { handle: \"@atlasair\" }\n  x2: { network: x, handle: \"@atlas2\", publish: { type: webhook } }\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n  - id: p\n    at: 2026-12-01 12:00\n"
                + "    channels: [x2]\n    text: \"Bonjour\"\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("edito.yaml:6:").contains("channels.x2.publish.url")
                .doesNotContain("channels.x.publish");
        // a dry run on a day with nothing due said "nothing due" and exit 0 over the same broken block
        CliRun dry = CliRun.of("publish", dir.toString(), "--dry-run", "--at", "2026-11-01T00:00:00Z");
        assertThat(dry.exit()).isEqualTo(2);
        assertThat(dry.err()).contains("channels.x2.publish.url").contains("1 error in the publish: settings of edito.yaml");
    }
}
