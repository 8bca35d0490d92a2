package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.GraphemeClusterBreak;
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
    /** Per BMP code point: 0 not looked up yet, 1 Grapheme_Cluster_Break=Other, 2 anything else. */
    private static final byte[] OTHER = new byte[0x10000];
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private Graphemes() {
    }

    /** The number of grapheme clusters of {@code text}. */
    public static int count(CharSequence text) {
        if (text.length() == 0) {
            return 0;
        }
        if (isSimple(text)) {
            return text.length();
        }
        if (isOneClusterPerCodePoint(text)) {
            return Character.codePointCount(text, 0, text.length());
        }
        BreakIterator it = iterator(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    /** The cluster boundaries: {@code 0}, each break, and {@code text.length()} (just {@code [0]} for an empty text). */
    public static int[] boundaries(CharSequence text) {
        int[] out = new int[text.length() + 1];
        int n = 0;
        out[n++] = 0;
        if (text.length() > 0 && isOneClusterPerCodePoint(text)) {
            for (int i = 0; i < text.length(); ) {
                i += Character.charCount(Character.codePointAt(text, i));
                out[n++] = i;
            }
        } else if (text.length() > 0) {
            BreakIterator it = iterator(text);
            for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
                out[n++] = b;
            }
        }
        return java.util.Arrays.copyOf(out, n);
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

    /**
     * Whether every code point of {@code text} is a cluster of its own: all of them have the Grapheme_Cluster_Break
     * value Other (most letters of most scripts, digits, punctuation, symbols), or are a line feed not after a
     * carriage return. UAX #29 keeps two characters together only when one of them is CR, LF, a control, Extend, ZWJ,
     * SpacingMark, Prepend, a regional indicator or a Hangul jamo or syllable (GB3 to GB13), so such a text breaks
     * at every code point, as ICU's iterator would (GraphemesTest compares them). Cheaper than the iterator.
     */
    static boolean isOneClusterPerCodePoint(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp == '\n' ? i >= 2 && text.charAt(i - 2) == '\r' : !isOther(cp)) {
                return false;
            }
        }
        return true;
    }

    /** Grapheme_Cluster_Break=Other, looked up once per BMP code point. */
    private static boolean isOther(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return true;
        }
        if (cp >= 0x10000) {
            return UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK) == GraphemeClusterBreak.OTHER;
        }
        byte known = OTHER[cp];
        if (known == 0) {
            known = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK) == GraphemeClusterBreak.OTHER
                    ? (byte) 1 : (byte) 2;
            OTHER[cp] = known; // benign race: every thread computes the same value
        }
        return known == 1;
    }

    /** Printable ASCII only (plus space): every char is its own cluster, no need to ask ICU. */
    private static boolean isSimple(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
