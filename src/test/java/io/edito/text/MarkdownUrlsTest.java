package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A URL written bare in the CommonMark source goes out exactly as written. */
class MarkdownUrlsTest {
    @org.junit.jupiter.api.Test
    void theParseForLiteralRangesIsSkippedOnlyWhereItFindsNone() {
        String[] pieces = {"a", "Vol", " ", "\n", "\n\n", "**", "*", "_", "__", "https://atlas.example/x?utm_source=x&utm_medium=y",
            "https://atlas.example/a_b_", "https://atlas.example/*x*", "http://t.co/x`y`", "`", "``", "```", "~~~", "~", "<", ">",
            "<https://a.example/x_y>", "[", "]", "(", ")", "[lien](https://atlas.example/a_b)", "\t", "    ", "   ", "  ", "- ",
            "> ", "1. ", "&", "&amp;", "\\", "#", "atlas.example/a_b", "<b>", "é", "🇲🇦"};
        java.util.Random r = new java.util.Random(31);
        org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder()
                .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        for (int round = 0; round < 6_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String md = sb.toString();
            MarkdownUrls.Protected fast = MarkdownUrls.protect(md, parser, false);
            MarkdownUrls.Protected slow = MarkdownUrls.protect(md, parser, true);
            if (slow == null) {
                org.assertj.core.api.Assertions.assertThat(fast).as("%s", md).isNull();
            } else {
                org.assertj.core.api.Assertions.assertThat(fast).as("%s", md).isNotNull();
                org.assertj.core.api.Assertions.assertThat(fast.text()).as("%s", md).isEqualTo(slow.text());
                org.assertj.core.api.Assertions.assertThat(fast.origin()).as("%s", md).isEqualTo(slow.origin());
            }
        }
    }

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
