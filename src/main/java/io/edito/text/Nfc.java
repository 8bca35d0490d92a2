package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;

/**
 * Whether a text is in Unicode Normalization Form C, answered without the normaliser for most texts by UAX #15's
 * quick check: a text whose every code point is NFC_Quick_Check=Yes, its combining marks in canonical order (classes
 * that do not decrease along each run of marks), is NFC: nothing to compose, nothing to reorder. Any other code point
 * (a combining accent that may compose, a Hangul jamo), or marks out of order, send the whole text to the JDK's
 * {@link Normalizer}, which decides as before. Code points keep their quick check and combining class across Unicode
 * versions (the normalisation stability policy), so ICU's data, newer than the JDK's, gives the JDK's answers;
 * {@code NfcTest} checks every code point and generated texts against the JDK. Under C1 the JDK's check costs about
 * as much as a rule: every displayed text is checked, and Arabic texts hold vowel signs (combining classes 27 to 35).
 */
public final class Nfc {
    /**
     * Per code point below U+20000, as met: its canonical combining class plus one when its quick check is Yes,
     * {@link #NOT_YES} when it is Maybe or No, 0 when not asked yet. Threads may race to fill an entry, and write the
     * same value.
     */
    private static final short[] QUICK = new short[0x20000];
    private static final short NOT_YES = -1;

    private Nfc() {
    }

    /** Whether {@code text} is NFC. */
    static boolean isNormalized(String text) {
        return isNormalized(text, text.toCharArray(), text.length());
    }

    /** Whether {@code text}, whose first {@code length} chars are {@code chars[0, length)}, is NFC. */
    static boolean isNormalized(String text, char[] chars, int length) {
        int last = 0; // the combining class of the code point before
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x300) {
                last = 0; // Latin-1 and the Latin extensions: quick check Yes, class 0
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                cp = Character.toCodePoint(c, chars[++i]);
            }
            int ccc = yesClass(cp);
            if (ccc < 0 || ccc != 0 && last > ccc) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC);
            }
            last = ccc;
        }
        return true;
    }

    /** {@code text} in NFC ({@link Normalizer#normalize}), the same string when it is NFC already (most texts). */
    public static String normalize(String text) {
        return isNormalized(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The canonical combining class of a code point whose NFC_Quick_Check is Yes; -1 for Maybe or No, a lone
     * surrogate, and above U+1FFFF (not remembered: the JDK decides).
     */
    static int yesClass(int cp) {
        short k; // a code point already met: one read, and a method small enough for C1 to inline
        return cp < 0x20000 && (k = QUICK[cp]) > 0 ? k - 1 : yesClassFirst(cp);
    }

    /** {@link #yesClass} of a code point not met yet, or of one whose quick check is not Yes. */
    private static int yesClassFirst(int cp) {
        if (cp >= 0x20000 || Character.isSurrogate((char) cp) && cp < 0x10000) {
            return -1;
        }
        short k = QUICK[cp];
        if (k == 0) {
            k = UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) == 1
                    ? (short) (UCharacter.getCombiningClass(cp) + 1) : NOT_YES;
            QUICK[cp] = k;
        }
        return k < 0 ? -1 : k - 1;
    }
}
