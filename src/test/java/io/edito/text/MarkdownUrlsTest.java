package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A URL written bare in the CommonMark source goes out exactly as written. */
class MarkdownUrlsTest {
    @Test
    void emphasisNeverTouchesABareUrl() {
        assertThat(NetworkText.render("Voir https://example.com/*x*/y")).isEqualTo("Voir https://example.com/*x*/y");
        assertThat(NetworkText.render("https://example.com/__a__/b_c_")).isEqualTo("https://example.com/__a__/b_c_");
        assertThat(NetworkText.render("https://example.com/a\\*b?x=1&amp;y=2"))
                .isEqualTo("https://example.com/a\\*b?x=1&amp;y=2");
        assertThat(NetworkText.render("example.com/*x*/y et *ici*")).isEqualTo("example.com/*x*/y et ici");
    }

    @Test
    void markupAroundAUrlStillWorks() {
        assertThat(NetworkText.render("**https://example.com/*x*/y** *fin*")).isEqualTo("https://example.com/*x*/y fin");
        assertThat(NetworkText.render("`https://example.com/*x*/y` et [lien](https://example.com/*x*/y)"))
                .isEqualTo("https://example.com/*x*/y et lien https://example.com/*x*/y");
        assertThat(NetworkText.render("Réservez **maintenant** sur https://atlas.com/a_b")).isEqualTo("Réservez maintenant sur https://atlas.com/a_b");
    }

    @Test
    void theDisplayedUrlMapsToTheSourceAsWritten() {
        String source = "Lien : https://example.com/*x*/y !";
        DisplayedText shown = NetworkText.renderMapped(source);
        assertThat(shown.text()).isEqualTo(source);
        for (int i = 0; i <= shown.text().length(); i++) {
            assertThat(shown.sourceOffset(i)).as("offset %d", i).isEqualTo(i);
        }
        assertThat(NetworkText.render(source)).isEqualTo(shown.text());
    }
}
