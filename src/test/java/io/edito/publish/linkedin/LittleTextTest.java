package io.edito.publish.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LittleTextTest {

    @Test
    void everyReservedCharacterOfPlainTextIsEscaped() {
        assertThat(LittleText.commentary("a\\b|c{d}e@f[g]h(i)j<k>l#m*n_o~p"))
                .isEqualTo("a\\\\b\\|c\\{d\\}e\\@f\\[g\\]h\\(i\\)j\\<k\\>l#m\\*n\\_o\\~p");
        assertThat(LittleText.commentary("50 % off, 3 > 2 * 1 & more!"))
                .isEqualTo("50 % off, 3 \\> 2 \\* 1 & more!");
    }

    @Test
    void hashtagsWrittenMentionsAndAddressesStayMarkup() {
        assertThat(LittleText.commentary("#Lisbon #été2026 # alone #_x"))
                .isEqualTo("#Lisbon #été2026 \\# alone \\#\\_x");
        assertThat(LittleText.commentary("with @[Atlas Air](urn:li:organization:2414183) and @someone"))
                .isEqualTo("with @[Atlas Air](urn:li:organization:2414183) and \\@someone");
        assertThat(LittleText.commentary("see https://a.example/x_(y)?q=1#top."))
                .isEqualTo("see https://a.example/x_(y)?q=1#top.");
        assertThat(LittleText.commentary("(see https://a.example/x_y)"))
                .isEqualTo("\\(see https://a.example/x_y\\)");
    }

    @Test
    void plainUndoesTheEscapes() {
        String text = "Fares (and times) [new] a_b \\ c ~ #tag @[X](urn:li:person:abc)";
        assertThat(LittleText.plain(LittleText.commentary(text))).isEqualTo(text);
        assertThat(LittleText.plain(null)).isEmpty();
    }
}
