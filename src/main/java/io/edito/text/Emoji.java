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
            char c = s[i];
            if (c < 0x800) {
                if (c >= 0x80 && EMOJI_OR_COMPONENT_BELOW_0800[c]) {
                    return i;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            if (emojiOrComponent(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * ICU's Emoji or Emoji_Component of a code point, remembered for the first two planes (where the emoji are) as
     * each is first met: 0 not yet asked, 1 no, 2 yes. Threads may race to fill an entry; they
     * write the same value.
     */
    private static final byte[] EMOJI_OR_COMPONENT_BELOW_20000 = new byte[0x20000];

    static boolean emojiOrComponent(int cp) {
        if (cp >= EMOJI_OR_COMPONENT_BELOW_20000.length) {
            return askIcu(cp);
        }
        byte known = EMOJI_OR_COMPONENT_BELOW_20000[cp];
        if (known == 0) {
            known = askIcu(cp) ? (byte) 2 : (byte) 1;
            EMOJI_OR_COMPONENT_BELOW_20000[cp] = known;
        }
        return known == 2;
    }

    private static boolean askIcu(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EMOJI) || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT);
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

    /** ICU's Emoji or Emoji_Component of each char below U+0800 (© and ® among them), read once. */
    private static final boolean[] EMOJI_OR_COMPONENT_BELOW_0800 = new boolean[0x800];

    static {
        for (int c = 0; c < EMOJI_OR_COMPONENT_BELOW_0800.length; c++) {
            EMOJI_OR_COMPONENT_BELOW_0800[c] = askIcu(c);
        }
    }

    /** Cheap pre-check of a cluster of {@code length} chars starting with {@code first}: ASCII alone is never emoji. */
    static boolean mayBeEmoji(int length, char first) {
        return length > 1 || first >= 0x80;
    }
}
