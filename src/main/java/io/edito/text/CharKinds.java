package io.edito.text;

/**
 * {@link Character#isLetterOrDigit(char)} read from a table, where the scans of a check spend their time: the same
 * answers, without a look-up of the character's properties per char under C1. Below U+0800 (Latin, Greek, Cyrillic,
 * Hebrew, Arabic) the table is filled at once; above, each char as it is first met (emoji halves, CJK).
 */
final class CharKinds {
    /** 0 not asked yet, 1 a letter or digit, 2 neither; threads may race to fill an entry: they write the same value. */
    private static final byte[] LETTER_OR_DIGIT = new byte[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < 0x800; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c) ? (byte) 1 : (byte) 2;
        }
    }

    private CharKinds() {
    }

    static boolean isLetterOrDigit(char c) {
        byte known = LETTER_OR_DIGIT[c];
        if (known == 0) {
            known = Character.isLetterOrDigit(c) ? (byte) 1 : (byte) 2;
            LETTER_OR_DIGIT[c] = known;
        }
        return known == 1;
    }
}
