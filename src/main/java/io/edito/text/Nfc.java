package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;

/**
 * Whether a text is in Unicode Normalization Form C, answered without the normaliser for most texts: a text whose
 * every code point is NFC_Quick_Check=Yes with canonical combining class 0 is NFC (UAX #15's quick check: nothing
 * to compose, nothing to reorder), whatever surrounds them; any other code point (a combining accent, an Arabic
 * vowel sign, a Hangul jamo) sends the whole text to the JDK's {@link Normalizer}, which decides as before. Such code
 * points keep their quick check and combining class across Unicode versions (the normalisation stability policy), so
 * ICU's data, newer than the JDK's, gives the JDK's answers; {@code NfcTest} checks every code point and generated
 * texts against the JDK. Under C1 the JDK's check costs about as much as a rule: every displayed text is checked.
 */
final class Nfc {
    /** Below U+20000: quick check Yes with combining class 0, remembered as met. */
    private static final KnownCodePoints SIMPLE = new KnownCodePoints(0x20000, 0,
            cp -> UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) == 1 && UCharacter.getCombiningClass(cp) == 0);

    private Nfc() {
    }

    /** Whether {@code text} is NFC. */
    static boolean isNormalized(String text) {
        return isNormalized(text, text.toCharArray(), text.length());
    }

    /** Whether {@code text}, whose first {@code length} chars are {@code chars[0, length)}, is NFC. */
    static boolean isNormalized(String text, char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x300) {
                continue; // Latin-1 and the Latin extensions: quick check Yes, class 0
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                cp = Character.toCodePoint(c, chars[++i]);
            }
            if (!simple(cp)) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC);
            }
        }
        return true;
    }

    /** {@code text} in NFC. */
    static String normalize(String text) {
        return isNormalized(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC_Quick_Check=Yes and canonical combining class 0 (false for a lone surrogate and above U+1FFFF). */
    static boolean simple(int cp) {
        if (cp >= 0x20000 || Character.isSurrogate((char) cp) && cp < 0x10000) {
            return false;
        }
        return SIMPLE.test(cp);
    }
}
