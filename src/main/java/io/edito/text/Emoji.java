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
        char[] chars = cluster.toString().toCharArray();
        return isEmoji(chars, 0, chars.length);
    }

    /**
     * Whether the cluster {@code chars[from, to)} is displayed as an emoji: a lone char is read from a table (the
     * letters of most texts are clusters of one char), a longer cluster code point by code point.
     */
    static boolean isEmoji(char[] chars, int from, int to) {
        return to - from == 1 ? LONE_CHAR.test(chars[from]) : isEmojiSequence(chars, from, to); // C1 inlines this
    }

    /** {@link #isEmoji(char[], int, int)} of a cluster of two chars or more. */
    private static boolean isEmojiSequence(char[] chars, int from, int to) {
        boolean sawEmojiProperty = false;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(chars, i, to);
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
     * Whether a cluster of one char is an emoji: a keycap alone, or a char shown as emoji by default (the rule of
     * {@link #isEmoji(char[], int, int)} for one code point: a lone U+FE0F follows no Emoji code point).
     */
    private static final KnownCodePoints LONE_CHAR = new KnownCodePoints(0x10000, 0x80,
            c -> c >= 0x23 && (c == KEYCAP || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)));

    /** The number of emoji in {@code text}, counting each grapheme cluster once (a family is 1, a flag is 1). */
    public static int count(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        int[] b = Graphemes.boundaries(chars);
        return count(chars, b, b.length);
    }

    /**
     * The number of emoji among the clusters of {@code chars} whose {@code n} boundaries are {@code boundaries[0, n)}
     * ({@link Graphemes#boundaries}: a text's, found once for its emoji and for the networks that count clusters).
     */
    static int count(char[] chars, int[] boundaries, int n) {
        int emoji = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (isEmoji(chars, boundaries[i], boundaries[i + 1])) {
                emoji++;
            }
        }
        return emoji;
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
}
