package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.core.ExitCode;
import io.edito.core.Sha256;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payload of webhook, command and outbox gives a receiver what it needs to fetch each media file: its path in the
 * repository (not a path of the machine that ran edito), its SHA-256 and its public URL (issue 14).
 */
class MediaPayloadTest {
    @TempDir
    Path dir;

    private void project(String publish) throws IOException {
        project(publish, "./assets/vol d'été.jpg", "");
        Files.createDirectories(dir.resolve("assets"));
        ImageIO.write(new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB), "jpg",
                dir.resolve("assets/vol d'été.jpg").toFile());
    }

    /** The post {@code cabin} with one image, {@code file}, and the post's {@code more} lines (indented as its keys). */
    private void project(String publish, String file, String more) throws IOException {
        AccountProject.write(dir, "  instagram: { handle: \"atlas.air\", publish: " + publish + " }\n", "", """
                  - id: cabin
                    at: 2026-12-01 10:00
                    status: approved
                    lang: fr
                    channels: [instagram]
                    text: "La cabine"
                    media: [{ file: "%s", alt: "La cabine vue de l'allée" }]
                    translations:
                      ar: { text: "المقصورة", media: [{ alt: "المقصورة من الممر" }] }
                """.formatted(file) + more);
    }

    /** Publishes the post to the outbox: the first media entry of its payload. */
    private JsonNode publishedMedia() throws IOException {
        CliRun run = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        return AccountProject.JSON.readTree(dir.resolve("outbox/cabin--instagram.json").toFile()).get("media").get(0);
    }

    @Test
    void eachMediaFileGoesOutWithItsRepositoryPathDigestAndPublicUrl() throws IOException {
        project("{ type: outbox, dir: outbox/, media_url: \"https://cdn.atlas.example/{path}\" }");
        JsonNode media = publishedMedia();
        assertThat(media.get("path").asText()).isEqualTo("assets/vol d'été.jpg");
        assertThat(media.get("sha256").asText()).isEqualTo(Sha256.hex(dir.resolve("assets/vol d'été.jpg")));
        assertThat(media.get("url").asText()).isEqualTo("https://cdn.atlas.example/assets/vol%20d%27%C3%A9t%C3%A9.jpg");
        assertThat(media.get("alt").asText()).isEqualTo("La cabine vue de l'allée");
    }

    @Test
    void withoutMediaUrlThereIsNoUrlAndAWrongOneIsToldByValidate() throws IOException {
        project("{ type: outbox, dir: outbox/ }");
        JsonNode media = publishedMedia();
        assertThat(media.has("url")).isFalse();
        assertThat(media.get("path").asText()).isEqualTo("assets/vol d'été.jpg");

        project("{ type: outbox, dir: outbox/, media_url: \"https://cdn.atlas.example/media\" }");
        CliRun noPlaceholder = CliRun.of("validate", dir.toString());
        assertThat(noPlaceholder.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noPlaceholder.out() + noPlaceholder.err()).contains("media_url").contains("has no {path}");

        project("{ type: outbox, dir: outbox/, media_url: \"http://cdn.atlas.example/{path}\" }");
        CliRun plain = CliRun.of("validate", dir.toString());
        assertThat(plain.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(plain.out() + plain.err()).contains("uses plain http");
    }

    /**
     * The content hash covered the absolute path edito read the image from: another checkout of the repository (a CI
     * runner, a second cron host) read every pair published with media as edited, and an image replaced under the
     * same name as unchanged (agency review).
     */
    @Test
    void anotherCheckoutIsTheSameContentAndAnImageReplacedUnderItsNameIsAnEdit(@TempDir Path elsewhere)
            throws IOException {
        project("{ type: outbox, dir: outbox/ }");
        publishedMedia();
        Path moved = elsewhere.resolve("checkout");
        io.edito.TestFiles.copyTree(dir, moved);
        CliRun due = CliRun.of("due", moved.toString(), "--at", "2026-12-01T10:10:00Z", "--format", "json");
        assertThat(due.exit()).as(due.err()).isZero();
        assertThat(due.out()).doesNotContain("edited");
        CliRun again = CliRun.of("publish", moved.toString(), "--at", "2026-12-01T10:10:00Z");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out() + again.err()).doesNotContain("edited").doesNotContain("content changed");

        ImageIO.write(new BufferedImage(1080, 1350, BufferedImage.TYPE_INT_RGB), "jpg",
                moved.resolve("assets/vol d'été.jpg").toFile());
        CliRun replaced = CliRun.of("due", moved.toString(), "--at", "2026-12-01T10:15:00Z");
        assertThat(replaced.out()).contains("edited").contains("cabin");
        // a file that cannot be read (moved away, not checked out) is not an edit of what was sent
        Files.delete(moved.resolve("assets/vol d'été.jpg"));
        CliRun missing = CliRun.of("due", moved.toString(), "--at", "2026-12-01T10:15:00Z");
        assertThat(missing.out()).doesNotContain("edited");
    }

    /** A pair held back because its media file cannot be read is told once, not on every cron run (reread review). */
    @Test
    void aPairHeldBackForAnUnreadableMediaFileIsToldOnce() throws IOException {
        project("{ type: outbox, dir: outbox/ }", "assets/cabin.jpg",
                "    ignore: [ { rule: media.file, reason: \"test\" }, { rule: media.required, reason: \"test\" } ]\n");
        Files.createDirectories(dir.resolve("assets/cabin.jpg")); // a folder where the image should be
        CliRun first = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(first.out() + first.err()).contains("held back").contains("media file assets/cabin.jpg cannot be read");
        CliRun second = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:10:00Z");
        assertThat(second.out() + second.err()).doesNotContain("held back");
        assertThat(dir.resolve("outbox/cabin--instagram.json")).doesNotExist();
    }
}
