package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Which grapheme clusters are emoji (ICU's Unicode properties, so as current as the ICU release).
 * A cluster is an emoji when it contains a code point shown as emoji by default (Emoji_Presentation:
 * 😀, 👨‍👩‍👧‍👦, flags, 👍🏽), or an Emoji code point followed by the emoji variation selector U+FE0F (❤️),
 * or a keycap (1️⃣). A text-style symbol such as © or ❤ without U+FE0F is not counted.
 */
public final class Emoji {
    private static final int VS16 = 0xFE0F;
    private static final int KEYCAP = 0x20E3;

    private Emoji() {
    }

    /** Whether one grapheme cluster (from {@link Graphemes#split}) is displayed as an emoji. */
    public static boolean isEmoji(CharSequence cluster) {
        boolean sawEmojiProperty = false;
        for (int i = 0; i < cluster.length(); ) {
            int cp = Character.codePointAt(cluster, i);
            i += Character.charCount(cp);
            if (cp < 0x23) {
                return false;
            }
            if (cp == KEYCAP) {
                return true;
            }
            if (cp == VS16 && sawEmojiProperty) {
                return true;
            }
            if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
                return true;
            }
            if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI)) {
                sawEmojiProperty = true;
            }
        }
        return false;
    }

    /**
     * The number of emoji in {@code text}, counting each grapheme cluster once (a family is 1, a flag is 1).
     * Only the words (runs without white space) that may hold an emoji are segmented, each with the character before
     * it: a cluster never spans white space except a space followed by a combining mark (kept together by taking
     * that character along) or a prepended mark before a space (neither of which can be an emoji), so the clusters
     * that matter are the ones the whole text would give. {@code GraphemesFastPathTest} checks it against the
     * cluster-by-cluster count of the whole text.
     */
    public static int count(CharSequence text) {
        String s = text.toString();
        return count(s, s.toCharArray());
    }

    /** {@link #count(CharSequence)} of {@code s}, whose chars are {@code chars} ({@code TextEntities.chars}). */
    static int count(String s, char[] chars) {
        if (nextMayBeEmoji(chars, 0) < 0) {
            return 0;
        }
        int n = 0;
        // only the words holding a character that may be part of an emoji: found from each such character
        for (int i = 0, k = nextMayBeEmoji(chars, 0); k >= 0; k = nextMayBeEmoji(chars, i)) {
            i = Spaces.wordStart(chars, k, i);
            int end = Spaces.wordEnd(chars, k);
            int from = i > 0 ? i - 1 : i;
            n += countClusters(s.substring(from, end));
            i = end;
        }
        return n;
    }

    /**
     * The index of the first code point at or after {@code from} (a word boundary) that may be part of an emoji
     * (outside ASCII, Emoji or Emoji_Component), or -1.
     */
    private static int nextMayBeEmoji(char[] s, int from) {
        for (int i = from; i < s.length; ) {
            if (s[i] < 0x80) {
                i++; // not looked for: '#', '*' and digits are Emoji, but a keycap of them holds U+FE0F or U+20E3
                continue;
            }
            int cp = Character.codePointAt(s, i);
            if (EMOJI_OR_COMPONENT.test(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * ICU's Emoji or Emoji_Component of a code point, remembered for the first two planes (where the emoji are): below
     * U+0800 (© and ® among them) read at once, above as each is first met.
     */
    private static final KnownCodePoints EMOJI_OR_COMPONENT = new KnownCodePoints(0x20000, 0x800,
            cp -> UCharacter.hasBinaryProperty(cp, UProperty.EMOJI) || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT));

    static boolean emojiOrComponent(int cp) {
        return EMOJI_OR_COMPONENT.test(cp);
    }

    private static int countClusters(String text) {
        int[] b = Graphemes.boundaries(text);
        int n = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            if (mayBeEmoji(b[i + 1] - b[i], text.charAt(b[i])) && isEmoji(text.subSequence(b[i], b[i + 1]))) {
                n++;
            }
        }
        return n;
    }

    /** Cheap pre-check of a cluster of {@code length} chars starting with {@code first}: ASCII alone is never emoji. */
    static boolean mayBeEmoji(int length, char first) {
        return length > 1 || first >= 0x80;
    }
}
