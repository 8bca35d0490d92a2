package io.edito.text;

import java.util.function.IntPredicate;

/**
 * A yes-or-no property of code points, asked of its source (the JDK's or ICU's tables) once per code point below a
 * limit and remembered: the scans of a check ask such properties once per char of every text, and a byte read costs
 * much less than the source's look-up under C1. Entries are filled as they are first met (0 not asked yet, 1 yes, 2
 * no), those below {@code eagerBelow} at once; threads may race to fill an entry, and write the same value. At or
 * above the limit the source is asked each time.
 */
final class KnownCodePoints {
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final byte[] known;
    private final IntPredicate source;

    /** {@code source}, remembered below {@code limit} (at least U+10000: {@link #test(char)} reads any char). */
    KnownCodePoints(int limit, int eagerBelow, IntPredicate source) {
        if (limit < 0x10000) {
            throw new IllegalArgumentException("a limit below U+10000 would not hold every char");
        }
        this.known = new byte[limit];
        this.source = source;
        for (int cp = 0; cp < eagerBelow; cp++) {
            learn(cp);
        }
    }

    /** The property of a char (a BMP code point, or half of a surrogate pair): no bounds check, so C1 inlines it. */
    boolean test(char c) {
        byte k = known[c];
        return k == UNKNOWN ? learn(c) : k == YES;
    }

    /** The property of any code point. */
    boolean test(int cp) {
        if (cp >= known.length) {
            return source.test(cp);
        }
        byte k = known[cp];
        return k == UNKNOWN ? learn(cp) : k == YES;
    }

    private boolean learn(int cp) {
        boolean yes = source.test(cp);
        known[cp] = yes ? YES : NO;
        return yes;
    }
}
