package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphemesTest {
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66"; // 👨‍👩‍👧‍👦
    static final String THUMB_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD"; // 👍🏽
    static final String FLAG_FR = "\uD83C\uDDEB\uD83C\uDDF7"; // 🇫🇷
    static final String HEART = "\u2764\uFE0F"; // ❤️
    static final String KEYCAP_ONE = "1\uFE0F\u20E3"; // 1️⃣

    @Test
    void emojiSequencesAreOneClusterEach() {
        assertThat(FAMILY).isEqualTo("👨‍👩‍👧‍👦");
        assertThat(Graphemes.count(FAMILY)).isEqualTo(1);
        assertThat(Graphemes.count(THUMB_MEDIUM)).isEqualTo(1);
        assertThat(Graphemes.count(FLAG_FR)).isEqualTo(1);
        assertThat(Graphemes.count(FLAG_FR + FLAG_FR)).isEqualTo(2);
        assertThat(Graphemes.count(KEYCAP_ONE)).isEqualTo(1);
        assertThat(Graphemes.count("🏳️‍🌈")).isEqualTo(1);
    }

    @Test
    void combiningMarksJoinTheirBase() {
        assertThat(Graphemes.count("e\u0301te\u0301")).isEqualTo(3); // été in NFD: 5 code points
        assertThat(Graphemes.count("été")).isEqualTo(3);
        assertThat(Graphemes.count("مَرْحَبًا")).isEqualTo(5); // harakat join their letters
        assertThat(Graphemes.count("\r\n")).isEqualTo(1);
        assertThat(Graphemes.count("")).isZero();
        assertThat(Graphemes.count("plain ascii")).isEqualTo(11);
    }

    @Test
    void boundariesAndSplit() {
        String s = "a" + FAMILY + "b";
        assertThat(Graphemes.boundaries(s)).containsExactly(0, 1, 1 + FAMILY.length(), s.length());
        assertThat(Graphemes.split(s)).containsExactly("a", FAMILY, "b");
        assertThat(Graphemes.boundaries("")).containsExactly(0);
    }

    @Test
    void emojiDetection() {
        assertThat(Emoji.count("Bon voyage " + FAMILY + " " + FLAG_FR + THUMB_MEDIUM + HEART + KEYCAP_ONE + " ✈️")).isEqualTo(6);
        assertThat(Emoji.count("© 2026 ❤ 1 # * ™")).isZero(); // text presentation without U+FE0F
        assertThat(Emoji.count("日本語 مرحبا")).isZero();
        assertThat(Emoji.isEmoji("😀")).isTrue();
        assertThat(Emoji.isEmoji("a")).isFalse();
        for (char c = 0; c < 0x80; c++) { // what a text's count takes for granted of an ASCII char alone
            assertThat(Emoji.isEmoji(String.valueOf(c))).as("U+%04X", (int) c).isFalse();
        }
        // a text's emoji and Threads length, counted in one pass, are the emoji count and Threads' rule one by one
        String text = "Bon voyage " + FAMILY + " " + FLAG_FR + THUMB_MEDIUM + HEART + KEYCAP_ONE + " ✈️ é 日本 # 1";
        TextEntities e = new TextEntities(text);
        assertThat(e.emojiCount()).isEqualTo(Emoji.count(text));
        int threads = 0;
        for (String cluster : Graphemes.split(text)) {
            threads += Emoji.isEmoji(cluster) ? cluster.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    : cluster.codePointCount(0, cluster.length());
        }
        assertThat(e.threadsLength()).isEqualTo(threads);
    }
}
