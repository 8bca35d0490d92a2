package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
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
        return boundaries(chars, from, to, scratch(to - from + 1)) - 1;
    }

    /** A boundary array of this thread, of at least {@code size} ints: for counts that keep no boundaries. */
    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[][] {new int[256]});

    /**
     * This thread's array of at least {@code size} ints, for {@link #boundaries(char[], int, int, int[])} whose
     * result is read and dropped before the next call (not kept, not passed on to code that asks for another).
     */
    static int[] scratch(int size) {
        if (size > SCRATCH_KEPT) {
            return new int[size]; // a text of more than 64 K chars: its array is not kept for the thread's life
        }
        int[][] holder = SCRATCH.get();
        if (holder[0].length < size) {
            holder[0] = new int[Math.min(SCRATCH_KEPT, Math.max(size, 2 * holder[0].length))];
        }
        return holder[0];
    }

    /** The largest scratch array a thread keeps (256 KB). */
    private static final int SCRATCH_KEPT = 1 << 16;

    /** The cluster boundaries: {@code 0}, each break, and {@code text.length()} (just {@code [0]} for an empty text). */
    public static int[] boundaries(CharSequence text) {
        return boundaries(chars(text));
    }

    /** {@link #boundaries(CharSequence)} of the text whose chars are {@code chars}. */
    static int[] boundaries(char[] chars) {
        return boundaries(chars, 0, chars.length);
    }

    /**
     * The boundaries of the clusters of the text {@code chars[from, to)}, as indexes into {@code chars}: {@code from},
     * each break, {@code to}. Each pair of adjacent code points is decided from their kinds where UAX #29 decides it
     * from the pair alone ({@link #decide}); the text between two breaks so decided is one cluster when every pair in it
     * is decided to hold together, and is otherwise segmented alone by ICU (such a break also cuts every rule that
     * looks further back, so ICU segments it exactly as within the whole text). {@code GraphemesFastPathTest}
     * compares the results with ICU's iterator on the whole text, and every decision with ICU's.
     */
    static int[] boundaries(char[] chars, int from, int to) {
        int[] out = new int[to - from + 1];
        return java.util.Arrays.copyOf(out, boundaries(chars, from, to, out));
    }

    /**
     * {@link #boundaries(char[], int, int)} written into {@code out} (at least {@code to - from + 1} ints): how many
     * there are.
     */
    static int boundaries(char[] chars, int from, int to, int[] out) {
        int n = 0;
        out[n++] = from;
        if (from >= to) {
            return n;
        }
        int a = from; // the start of the segment being read: a break ICU always makes
        boolean icu = false; // whether a pair of the segment is left to ICU
        int wx = width(chars, from, to);
        byte kx = kindAt(chars, from, wx);
        for (int i = from + wx; i < to; ) {
            char c = chars[i];
            int wy;
            byte ky;
            if (c < 0x80) { // ASCII, most of a text: read at once
                wy = 1;
                ky = KINDS[c];
            } else {
                wy = width(chars, i, to);
                ky = kindAt(chars, i, wy);
            }
            // two plain code points (letters, spaces, punctuation): a break, the everyday case
            byte d = kx == PLAIN && ky == PLAIN ? BREAK : decide(kx, ky);
            if (d == BREAK) {
                if (icu) {
                    n = segmented(chars, a, i, out, n);
                } else {
                    out[n++] = i; // every pair of the segment holds together: one cluster
                }
                a = i;
                icu = false;
            } else if (d == UNDECIDED) {
                icu = true;
            }
            kx = ky;
            i += wy;
        }
        if (icu) {
            return segmented(chars, a, to, out, n);
        }
        out[n++] = to; // every pair of the last segment holds together: one cluster
        return n;
    }

    /** ICU's boundaries of the segment {@code [a, end)} after its start, into {@code out} from {@code n}. */
    private static int segmented(char[] chars, int a, int end, int[] out, int n) {
        BreakIterator it = iterator(new String(chars, a, end - a));
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            out[n++] = a + b;
        }
        return n;
    }

    /** 2 for a surrogate pair at {@code i} (before {@code to}), else 1. */
    private static int width(char[] chars, int i, int to) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < to && Character.isLowSurrogate(chars[i + 1]) ? 2 : 1;
    }

    private static BreakIterator iterator(CharSequence text) {
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        return it;
    }

    private static char[] chars(CharSequence text) {
        return text.toString().toCharArray();
    }

    // ---- pairs decided from their kinds ----

    static final byte BREAK = 0;
    static final byte TOGETHER = 1;
    static final byte UNDECIDED = 2;

    /** Control or LF (Grapheme_Cluster_Break): a break after it (GB4) and before it (GB5, when not after a CR). */
    static final byte CONTROL_OR_LF = 1;
    /** Extend or SpacingMark: held to what comes before it (GB9, GB9a). */
    static final byte ATTACHES = 2;
    /** ZWJ: held to what comes before it (GB9); an emoji after it, the sequence before decides (GB11). */
    static final byte ZWJ = 3;
    /** Other, neither Extended_Pictographic nor an Indic conjunct consonant: letters, digits, punctuation, spaces. */
    static final byte PLAIN = 4;
    /** Other and Extended_Pictographic: the emoji (GB11 after a ZWJ). */
    static final byte PICTOGRAPHIC = 5;
    /**
     * Anything else, left to ICU: CR, Prepend, Regional_Indicator, the Hangul jamo and syllables, Indic conjunct
     * consonants (GB9c), lone surrogates, and code points above U+1FFFF.
     */
    static final byte UNKNOWN = 6;

    /**
     * Whether UAX #29 breaks between two adjacent code points of these kinds whatever surrounds them
     * ({@link #BREAK}), holds them together ({@link #TOGETHER}), or lets the sequence before them decide
     * ({@link #UNDECIDED}: only ICU knows).
     */
    static byte decide(byte kx, byte ky) {
        if (kx == CONTROL_OR_LF) {
            return BREAK; // GB4
        }
        if (kx == UNKNOWN || ky == UNKNOWN) {
            return UNDECIDED;
        }
        if (ky == CONTROL_OR_LF) {
            return BREAK; // GB5 (a CR before it is UNKNOWN)
        }
        if (ky == ATTACHES || ky == ZWJ) {
            return TOGETHER; // GB9, GB9a
        }
        if (kx == ZWJ && ky == PICTOGRAPHIC) {
            return UNDECIDED; // GB11: an emoji ZWJ sequence, or not
        }
        return BREAK; // GB999: no rule holds these two together (GB6-GB9c, GB12, GB13 need kinds that are UNKNOWN)
    }

    /** Indic_Conjunct_Break=Consonant (GB9c joins them across a virama). */
    private static final UnicodeSet CONJUNCT_CONSONANTS = new UnicodeSet("[\\p{InCB=Consonant}]").freeze();

    /**
     * The kind of each code point below U+20000 as met (0: not asked yet); threads may race to fill an entry, and
     * write the same value. ASCII is filled at once.
     */
    private static final byte[] KINDS = new byte[0x20000];

    static {
        for (int c = 0; c < 0x80; c++) {
            KINDS[c] = kindOf(c);
        }
    }

    /** The kind of the code point of {@code width} chars at {@code i}. */
    private static byte kindAt(char[] chars, int i, int width) {
        byte k; // a char's kind already met: one byte read, and a method small enough for C1 to inline
        return width == 1 && (k = KINDS[chars[i]]) != 0 ? k : kindAtFirst(chars, i, width);
    }

    /** {@link #kindAt} of a char not met yet, or of a surrogate pair. */
    private static byte kindAtFirst(char[] chars, int i, int width) {
        return width == 1 ? charKind(chars[i]) : pairKind(chars[i], chars[i + 1]);
    }

    /** The kind of a char not met yet (a lone surrogate: {@link #UNKNOWN}, never remembered). */
    private static byte charKind(char c) {
        if (Character.isSurrogate(c)) {
            return UNKNOWN;
        }
        byte k = kindOf(c);
        KINDS[c] = k;
        return k;
    }

    /** The kind of the code point of a surrogate pair. */
    private static byte pairKind(char high, char low) {
        int cp = Character.toCodePoint(high, low);
        if (cp >= KINDS.length) {
            return UNKNOWN;
        }
        byte k = KINDS[cp];
        if (k == 0) {
            k = kindOf(cp);
            KINDS[cp] = k;
        }
        return k;
    }

    /** The kind of a code point, from ICU's properties. */
    static byte kindOf(int cp) {
        if (cp >= KINDS.length || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return UNKNOWN;
        }
        switch (UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK)) {
            case UCharacter.GraphemeClusterBreak.CONTROL, UCharacter.GraphemeClusterBreak.LF:
                return CONTROL_OR_LF;
            case UCharacter.GraphemeClusterBreak.EXTEND, UCharacter.GraphemeClusterBreak.SPACING_MARK:
                return ATTACHES;
            case UCharacter.GraphemeClusterBreak.ZWJ:
                return ZWJ;
            case UCharacter.GraphemeClusterBreak.OTHER:
                if (CONJUNCT_CONSONANTS.contains(cp)) {
                    return UNKNOWN;
                }
                return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC) ? PICTOGRAPHIC : PLAIN;
            default:
                return UNKNOWN;
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
}
