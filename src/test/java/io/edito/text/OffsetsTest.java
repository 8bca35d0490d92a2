package io.edito.text;

import static io.edito.text.GraphemesTest.FAMILY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OffsetsTest {
    @Test
    void blueskyFacetsNeedUtf8Offsets() {
        String text = "Été " + FAMILY + " #إعلان https://atlas.com";
        Entity tag = Entities.hashtags(text).get(0);
        // "Été " is 6 bytes, the family 25, the space 1
        assertThat(Offsets.utf8(text, tag.start())).isEqualTo(6 + 25 + 1);
        assertThat(Offsets.utf8(text, tag.end()))
                .isEqualTo(text.substring(0, tag.end()).getBytes(StandardCharsets.UTF_8).length)
                .isEqualTo(32 + 1 + 5 * 2);
        assertThat(Offsets.codePoints(text, tag.start())).isEqualTo(4 + 7 + 1);
        assertThat(Offsets.graphemes(text, tag.start())).isEqualTo(4 + 1 + 1);
        assertThat(Offsets.graphemes(text, 5)).isEqualTo(4); // inside the family: its cluster
        assertThat(Offsets.utf8(text, text.length())).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThatThrownBy(() -> Offsets.utf8(text, text.length() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
