package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation's own content warning (review: the Arabic Mastodon account's post went out with the French warning,
 * and {@code content_warning} in a translation was an unknown key): sent, counted, checked and shown with the
 * translation; without one, the post's goes out with it, as before.
 */
class TranslationContentWarningTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr, ar]
                calendar: calendar/
                charter: charter.yaml
                channels:
                  mastodon: { handle: "@atlas@mastodon.example", lang: fr, max_characters: 60, publish: { type: outbox, dir: out/ } }
                  mastodon-ar: { network: mastodon, handle: "@atlas_ar@mastodon.example", lang: ar, max_characters: 60, publish: { type: outbox, dir: out/ } }
                """);
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary:\n  forbidden: [{ term: \"رخيص\", severity: warning }]\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: p1
                    at: 2026-12-01 12:00
                    status: approved
                    lang: fr
                    channels: [mastodon, mastodon-ar]
                    content_warning: "Turbulences"
                    text: "Nos vols de nuit"
                    translations:
                      ar:
                        text: "رحلاتنا الليلية"
                        content_warning: "مطبات هوائية بسعر رخيص جدا"
                """);
    }

    @Test
    void aTranslationsOwnWarningGoesOutWithItIsCountedCheckedAndShown() throws IOException {
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();

        CliRun check = CliRun.of("check", dir.toString(), "--format", "json", "--at", "2026-11-25T09:00:00Z");
        assertThat(check.out()).contains("forbidden term 'رخيص' in the content warning")
                .contains("\"channel\" : \"mastodon-ar\"").contains("\"line\" : 12");
        // a warning: the post goes out (an error would hold it back)
        CliRun publish = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T11:05:00Z");
        assertThat(publish.exit()).as(publish.err()).isIn(0, 1);
        String ar = Files.readString(dir.resolve("out/p1--mastodon-ar.json"));
        String fr = Files.readString(dir.resolve("out/p1--mastodon.json"));
        assertThat(ar).contains("\"spoiler_text\" : \"مطبات هوائية بسعر رخيص جدا\"").doesNotContain("Turbulences");
        assertThat(fr).contains("\"spoiler_text\" : \"Turbulences\"");

        CliRun preview = CliRun.of("preview", "--color", "never", "--width", "80", dir.toString(), "--lang", "ar");
        assertThat(preview.out()).contains("مطبات هوائية").doesNotContain("Turbulences");
    }

    @Test
    void withoutItsOwnThePostsGoesOut() throws IOException {
        Files.writeString(dir.resolve("calendar/c.yaml"), Files.readString(dir.resolve("calendar/c.yaml"))
                .replace("        content_warning: \"مطبات هوائية بسعر رخيص جدا\"\n", ""));
        CliRun publish = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T11:05:00Z");
        assertThat(publish.exit()).as(publish.err()).isIn(0, 1);
        assertThat(Files.readString(dir.resolve("out/p1--mastodon-ar.json"))).contains("\"spoiler_text\" : \"Turbulences\"");
    }
}
