package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text in a Markdown table cell shows as written: parsed back by CommonMark, it renders to the same text. */
class MarkdownLiteralTest {

    /** What a GitHub table does to a cell before parsing it inline (it unescapes {@code \|}), then CommonMark. */
    private static String shown(String cell) {
        return NetworkText.render(cell.replace("\\|", "|"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "snake_case_name 2*3*4 https://ex.com/a_b_c",
        "Conditions : https://atlas.example/soldes/lisbonne?utm_source=x&utm_medium=social&utm_campaign=winter-sale #AtlasAir",
        "a | b \\ c `code` <b>bold</b> [link](https://x.example) ![img](a.png) ~~strike~~ &amp; &#35;",
        "**pas gras** _pas penché_ __ni ça__ # pas un titre",
        "تخفيضات الشتاء_2026 | *عرض* https://atlas.example/ar?utm_source=x ✈️👩‍👩‍👧",
        "voir (https://ex.com/a_(b)_c). Fin.",
        "https://ex.com/x|y then text"
    })
    void rendersBackToTheSameText(String text) {
        String cell = MarkdownLiteral.cell(text);
        assertThat(shown(cell)).isEqualTo(text);
        // a pipe that would end the cell is always escaped
        assertThat(cell.replace("\\|", "")).doesNotContain("|");
    }

    @Test
    void urlsAreAutolinksWithNothingEscapedInside() {
        String url = "https://atlas.example/soldes/lisbonne?utm_source=x&utm_medium=social&utm_campaign=winter-sale";
        assertThat(MarkdownLiteral.cell("Conditions : " + url + ". #AtlasAir"))
                .isEqualTo("Conditions : <" + url + ">. #AtlasAir");
        assertThat(MarkdownLiteral.cell("snake_case_name 2*3"))
                .isEqualTo("snake\\_case\\_name 2\\*3");
    }

    @Test
    void lineBreaksBecomeSpacesAndControlsAreReplaced() {
        assertThat(MarkdownLiteral.cell("un\r\ndeux\ntrois\u001b[2J")).isEqualTo("un deux trois\uFFFD\\[2J");
        assertThat(MarkdownLiteral.cell(null)).isEmpty();
    }
}
