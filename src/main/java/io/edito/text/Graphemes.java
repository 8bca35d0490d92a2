package io.edito.text;

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
        if (text.length() == 0) {
            return 0;
        }
        int simple = simpleCount(text);
        if (simple >= 0) {
            return simple;
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
        if (text.length() > 0) {
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
     * The count without ICU when every character is below U+0300 (Latin, Latin-1, Latin Extended, IPA: none of them
     * joins a neighbour, except CR LF, which is one cluster); -1 otherwise.
     */
    private static int simpleCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300) {
                return -1;
            }
            if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                n++;
            }
        }
        return n;
    }
}
