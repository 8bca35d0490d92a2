package io.edito.text;

/**
 * {@link Character#isLetterOrDigit(char)}, remembered per char ({@link KnownCodePoints}) where the scans of a check
 * spend their time: below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic) read at once, above as each is first met.
 */
final class CharKinds {
    private static final KnownCodePoints LETTER_OR_DIGIT = new KnownCodePoints(0x10000, 0x800, Character::isLetterOrDigit);

    private CharKinds() {
    }

    static boolean isLetterOrDigit(char c) {
        return LETTER_OR_DIGIT.test(c);
    }
}
