package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How language tags cover each other: a bare language its forms; a language in a script those usually in it. */
class LanguageTagTest {
    @TempDir
    Path dir;

    @Test
    void aScriptCoversTheTagsUsuallyWrittenInIt() {
        assertThat(LanguageTag.covers("ar", "ar-Latn")).isTrue();
        assertThat(LanguageTag.covers("ar-Latn", "ar")).isFalse();
        assertThat(LanguageTag.covers("ar-Arab", "ar")).isTrue();
        assertThat(LanguageTag.covers("ar-Arab", "ar-MA")).isTrue();
        assertThat(LanguageTag.covers("AR-arab", "ar")).isTrue();
        assertThat(LanguageTag.covers("ar-Arab", "ar-Latn")).isFalse();
        assertThat(LanguageTag.covers("ar-Arab", "fr")).isFalse();
        assertThat(LanguageTag.covers("fr-Latn", "fr")).isTrue();
        assertThat(LanguageTag.covers("ar-Latn", "ar-MA")).as("Morocco's Arabic is usually in Arabic letters").isFalse();
        assertThat(LanguageTag.covers("ar-Arab-MA", "ar")).as("only a language and its script").isFalse();
        assertThat(LanguageTag.covers("zz-Arab", "zz")).as("no usual script known").isFalse();
    }

    /**
     * A required term in Arabic letters scoped to {@code ar-Arab} is asked of the Arabic text, not of the Arabizi one
     * (review: scoped to {@code ar} it was asked of both, and {@code ar-Arab} applied nowhere, unsaid).
     */
    @Test
    void aCharterTermScopedToAScriptIsAskedOfTextsInIt() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr, ar]
                calendar: calendar/
                charter: charter.yaml
                channels:
                  facebook: { handle: "AtlasAir" }
                """);
        Files.writeString(dir.resolve("charter.yaml"),
                "vocabulary:\n  required: [{ term: \"تطبق الشروط\", languages: [ar-Arab] }]\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: p1
                    at: 2026-12-01 12:00
                    status: approved
                    lang: fr
                    channels: [facebook]
                    text: "Soldes"
                    translations:
                      ar: { text: "تخفيضات" }
                      ar-Latn: { text: "Takhfidat" }
                """);
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json", "--at", "2026-11-25T09:00:00Z");
        assertThat(r.err()).doesNotContain("applies nowhere");
        assertThat(r.out()).contains("required term 'تطبق الشروط' is missing").contains("\"lang\" : \"ar\"")
                .doesNotContain("\"lang\" : \"ar-Latn\"");
    }
}
