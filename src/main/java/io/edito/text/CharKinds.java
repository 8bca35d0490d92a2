package io.edito.text;

/**
 * {@link Character#isLetterOrDigit(char)} read from a table below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic),
 * where the scans of a check spend their time: the same answers, without a look-up of the character's properties per
 * char under C1.
 */
final class CharKinds {
    private static final boolean[] LETTER_OR_DIGIT_BELOW_0800 = new boolean[0x800];

    static {
        for (char c = 0; c < LETTER_OR_DIGIT_BELOW_0800.length; c++) {
            LETTER_OR_DIGIT_BELOW_0800[c] = Character.isLetterOrDigit(c);
        }
    }

    private CharKinds() {
    }

    static boolean isLetterOrDigit(char c) {
        return c < 0x800 ? LETTER_OR_DIGIT_BELOW_0800[c] : Character.isLetterOrDigit(c);
    }
}
