package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects read as check reads them: one that names no languages (its posts have none, and the preview says none: it
 * crashed on a carousel), one whose charter changes the network facts.
 */
class PreviewProjectSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aCarouselOfAPostOfNoLanguageIsPreviewed() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), "brand: atlas-air\ntimezone: UTC\ncalendar: calendar/\n"
                + "channels:\n  instagram: { handle: atlas.air }\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
        for (String f : new String[] {"a.png", "b.png"}) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1080, 1080,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(img, "png", dir.resolve("assets/" + f).toFile());
        }
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n  - id: cabin\n    at: 2026-12-01 12:00\n"
                + "    channels: [instagram]\n    text: \"La cabine\"\n    media:\n"
                + "      - { file: assets/a.png, alt: \"Une cabine vue de face\" }\n"
                + "      - { file: assets/b.png, alt: \"Une cabine vue de côté\" }\n");
        Path page = dir.resolve("p.html");
        CliRun html = CliRun.of("preview", dir.toString(), "--html", page.toString());
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(html.err()).doesNotContain("internal error");
        assertThat(Files.readString(page)).contains("carousel").doesNotContain("null");
        CliRun text = CliRun.of("preview", dir.toString(), "--width", "80");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("cabin").doesNotContain("null");
    }

    @Test
    void theCharterLimitsAreThePreviews() throws IOException {
        // check said "31/20" where the card under it said "31/280": the preview read the built-in facts only
        Files.writeString(dir.resolve("edito.yaml"), "brand: atlas-air\ntimezone: UTC\ncalendar: calendar/\n"
                + "charter: charter.yaml\nchannels:\n  x: { handle: \"@atlasair\" }\n  instagram: { handle: atlas.air }\n");
        Files.writeString(dir.resolve("charter.yaml"), "limits:\n  x: { text: { max: 20 } }\n  instagram: { fold: 10 }\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n  - id: cabin\n    at: 2026-12-01 12:00\n"
                + "    channels: [x, instagram]\n    text: \"La cabine vue de face, au soleil\"\n");
        CliRun text = CliRun.of("preview", dir.toString(), "--width", "80");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("32/20").doesNotContain("/280").contains("La cabine… more");
    }
}
