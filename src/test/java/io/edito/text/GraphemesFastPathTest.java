package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Graphemes' and Emoji's shortcuts must give exactly what ICU's iterator and the full emoji test give. */
class GraphemesFastPathTest {
    private static final String[] PIECES = {
        "a", "Z", " ", ".", "é", "e\u0301", "É", "œ", "’", "–", "«", "»", "\n", "\r\n", "\r", "\t", "\u00AD", "\u00A0",
        "ب", "بَ", "ال", "ﻻ", "\u0640", "\u0610", "日", "本", "ア", "ﾊﾟ", "한", "\u1100\u1161\u11A8", "\u1100",
        "क्ष", "क", "\u094D", "ि", "\u0E33", "ไ", "👍", "👍🏽", "👨‍👩‍👧‍👦", "🇲🇦", "🇫", "❤️", "❤", "✈", "1️⃣", "#", "2026",
        "\u200D", "\u200C", "\u200B", "\uFE0F", "\u20E3", "\uD83D", "\uDE00", "𝐛", "©", "ℹ", "\u2028", "\u0600",
        "الشَّمْس", "\u06DD", "\u070F", "\u0301", "\u0903", "\u0345", "ñ", "Ω", "ж", "\u0591", "\u07EB", "\u0085",
        "\u0000", "\u001F", "\u007F", "\u200E", "\u05D0", "\u0710\u0730", "\uFEFF", "🏽", "🇦🇦🇦",
        "🧕🏾", "👩‍✈️", "🏄‍♀️", "✈️", "❄️", "\u0915\u094D\u0937", "\u0915\u094D\u200D\u0937", "\uD83D\uDE00\u200D",
        "\u200D\uD83D\uDE00", "\uDB40\uDC67", "\u0F0B", "\u1B44", "\uA9C0", "\u11F0"
    };

    @Test
    void boundariesAndCountsAreIcus() {
        BreakIterator icu = BreakIterator.getCharacterInstance(ULocale.ROOT);
        for (String text : corpus()) {
            List<Integer> expected = new ArrayList<>();
            expected.add(0);
            if (!text.isEmpty()) {
                icu.setText(text);
                for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
                    expected.add(b);
                }
            }
            int[] got = Graphemes.boundaries(text);
            assertThat(got).as(text).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
            assertThat(Graphemes.count(text)).as(text).isEqualTo(expected.size() - 1);
        }
    }

    @Test
    void emojiCountIsTheClusterByClusterCount() {
        BreakIterator icu = BreakIterator.getCharacterInstance(ULocale.ROOT);
        for (String text : corpus()) {
            int expected = 0;
            if (!text.isEmpty()) {
                icu.setText(text);
                for (int a = 0, b = icu.next(); b != BreakIterator.DONE; a = b, b = icu.next()) {
                    expected += isEmojiByProperties(text.substring(a, b)) ? 1 : 0;
                }
            }
            assertThat(Emoji.count(text)).as(text).isEqualTo(expected);
            assertThat(new TextEntities(text).emojiCount()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void everyCharAloneIsAnEmojiExactlyWhenItsPropertiesSaySo() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char[] one = {(char) c};
            assertThat(Emoji.isEmoji(one, 0, 1)).as("U+%04X", c).isEqualTo(isEmojiByProperties(String.valueOf((char) c)));
        }
    }

    /**
     * The rule as written in Emoji's documentation, read from ICU's properties code point by code point: a code point
     * shown as emoji by default, an Emoji code point followed by U+FE0F, or a keycap; nothing below U+0023.
     */
    private static boolean isEmojiByProperties(String cluster) {
        boolean emoji = false;
        for (int i = 0; i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x23) {
                return false;
            }
            if (cp == 0x20E3 || cp == 0xFE0F && emoji || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
                return true;
            }
            emoji |= UCharacter.hasBinaryProperty(cp, UProperty.EMOJI);
        }
        return false;
    }

    /**
     * Every decision taken from a pair's kinds is ICU's: each code point below U+20000 before and after
     * code points of every kind, alone and after sequences that rules looking further back read (an emoji and a ZWJ,
     * a consonant and a virama, a regional indicator, a prepended mark).
     */
    @Test
    void everyPairDecisionIsIcus() {
        int[] others = {'a', ' ', '.', 0xE9, 0x5D0, 0x628, 0x65E5, 0x0, 0xA, 0xD, 0x200B, 0x301, 0x93F, 0xFE0F, 0x1F3FD,
            0x200D, 0x1F600, 0x2764, 0xA9, 0x1F1EB, 0x600, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x915, 0x94D, 0x0E33, 0x20E3,
            0xE0020};
        String[] before = {"", "a", "\uD83D\uDE00\u200D", "\u0915\u094D", "\uD83C\uDDEB", "\u0600", "\r", "\u1100"};
        BreakIterator icu = BreakIterator.getCharacterInstance(ULocale.ROOT);
        int decided = 0;
        StringBuilder sb = new StringBuilder();
        for (int cp = 0; cp < 0x20000; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            for (int other : others) {
                for (int order = 0; order < 2; order++) {
                    int x = order == 0 ? cp : other;
                    int y = order == 0 ? other : cp;
                    byte d = Graphemes.decide(Graphemes.kindOf(x), Graphemes.kindOf(y));
                    if (d == Graphemes.UNDECIDED) {
                        continue;
                    }
                    decided++;
                    // every context for a few code points, the plain one for all
                    int contexts = cp % 97 == 0 || cp < 0x300 ? before.length : 1;
                    for (int k = 0; k < contexts; k++) {
                        sb.setLength(0);
                        sb.append(before[k]).appendCodePoint(x);
                        int between = sb.length();
                        sb.appendCodePoint(y).append('a');
                        icu.setText(sb.toString());
                        boolean breaks = icu.isBoundary(between);
                        assertThat(breaks).as("U+%04X U+%04X after \"%s\"", x, y, before[k])
                                .isEqualTo(d == Graphemes.BREAK);
                    }
                }
            }
        }
        assertThat(decided).as("pairs decided from their kinds").isGreaterThan(1_000_000);
    }

    private static List<String> corpus() {
        List<String> out = new ArrayList<>(List.of(PIECES));
        out.add("");
        Random r = new Random(11);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
