package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Extended grapheme clusters (UAX #29) as ICU4J finds them: what a reader sees as one character.
 * A family emoji ({@code 👨‍👩‍👧‍👦}), a flag, a skin-toned hand and {@code e} + combining accent are one each.
 * (JDK 17's own BreakIterator splits emoji ZWJ sequences; ICU pins the Unicode version of its release.)
 * All offsets are UTF-16 indices into the given string.
 */
public final class Graphemes {
    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private Graphemes() {
    }

    /** The number of grapheme clusters of {@code text}. */
    public static int count(CharSequence text) {
        return count(chars(text), 0, text.length());
    }

    /**
     * The number of grapheme clusters of the text {@code chars[from, to)} (read as an array: under C1,
     * {@code String.charAt} on a text above U+00FF costs a call per char).
     */
    static int count(char[] chars, int from, int to) {
        int n = 0;
        int a = from; // start of the current segment: a break ICU always makes
        for (int i = from + 1; i <= to; i++) {
            if (i == to || breaksBetween(chars[i - 1], chars[i])) {
                n += i - a == 1 ? 1 : icuCount(new String(chars, a, i - a));
                a = i;
            }
        }
        return n;
    }

    /** The cluster boundaries: {@code 0}, each break, and {@code text.length()} (just {@code [0]} for an empty text). */
    public static int[] boundaries(CharSequence text) {
        return boundaries(chars(text));
    }

    /** {@link #boundaries(CharSequence)} of the text whose chars are {@code chars}. */
    static int[] boundaries(char[] chars) {
        int len = chars.length;
        int[] out = new int[len + 1];
        int n = 0;
        out[n++] = 0;
        int a = 0;
        byte kx = len == 0 ? 0 : kind(chars[0]);
        for (int i = 1; i <= len; i++) {
            // breaksBetween(chars[i - 1], chars[i]), reading each char's kind once
            byte ky = i == len ? 0 : kind(chars[i]);
            boolean breaks = i == len || kx == ALWAYS_AFTER || kx == OTHER && ky != ATTACHES && ky != UNKNOWN;
            kx = ky;
            if (breaks) {
                if (i - a == 1) {
                    out[n++] = i;
                } else {
                    BreakIterator it = iterator(new String(chars, a, i - a));
                    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
                        out[n++] = a + b;
                    }
                }
                a = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static char[] chars(CharSequence text) {
        return text.toString().toCharArray();
    }

    private static int icuCount(CharSequence segment) {
        BreakIterator it = iterator(segment);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    /**
     * Whether ICU always breaks between the adjacent chars {@code x} and {@code y}, whatever surrounds them: after a
     * control character or a line feed (UAX #29 GB4), and between a character of no special kind (Grapheme_Cluster_Break
     * Other: letters, digits, punctuation, Latin, Greek, Cyrillic, Arabic letters) and one that does not attach to what
     * precedes it (not Extend, ZWJ or SpacingMark: GB9, GB9a). Such a break also cuts every rule that looks further
     * back (regional indicator pairs, emoji ZWJ sequences, Indic conjuncts), so the text on each side of it is
     * segmented alone exactly as within the whole text. Decided from a table of ICU's own property values below U+0800;
     * above it, only a control character or line feed on the left breaks (the rest is left to ICU).
     * {@code GraphemesFastPathTest} compares the results with ICU's iterator on the whole text.
     */
    static boolean breaksBetween(char x, char y) {
        byte kx = kind(x);
        return kx == ALWAYS_AFTER || kx == OTHER && kind(y) != ATTACHES && kind(y) != UNKNOWN;
    }

    /** The kind of {@code c} in {@link #KIND}, {@link #UNKNOWN} at or above U+0800. */
    private static byte kind(char c) {
        return c < KIND.length ? KIND[c] : UNKNOWN;
    }

    /** Not in the table: decided by ICU. */
    private static final byte UNKNOWN = 4;
    private static final byte ATTACHES = 1;
    private static final byte ALWAYS_AFTER = 2;
    private static final byte OTHER = 3;
    /** Below U+0800: 3 Other, 2 Control or LF, 1 Extend, ZWJ or SpacingMark, 0 anything else (CR, Prepend...). */
    private static final byte[] KIND = new byte[0x800];

    static {
        for (int c = 0; c < KIND.length; c++) {
            int gcb = UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK);
            KIND[c] = switch (gcb) {
                case UCharacter.GraphemeClusterBreak.OTHER -> OTHER;
                case UCharacter.GraphemeClusterBreak.CONTROL, UCharacter.GraphemeClusterBreak.LF -> ALWAYS_AFTER;
                case UCharacter.GraphemeClusterBreak.EXTEND, UCharacter.GraphemeClusterBreak.ZWJ,
                        UCharacter.GraphemeClusterBreak.SPACING_MARK -> ATTACHES;
                default -> (byte) 0;
            };
        }
    }

    /** The clusters themselves, in order. */
    public static List<String> split(CharSequence text) {
        int[] b = boundaries(text);
        List<String> out = new ArrayList<>(b.length - 1);
        for (int i = 0; i + 1 < b.length; i++) {
            out.add(text.subSequence(b[i], b[i + 1]).toString());
        }
        return out;
    }

    private static BreakIterator iterator(CharSequence text) {
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        return it;
    }
}
