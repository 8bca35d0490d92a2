package io.edito.text;

/**
 * Properties of chars asked once per char of every text, remembered per char ({@link KnownCodePoints}) where the
 * scans of a check spend their time: a byte read instead of the JDK's look-up, which is a few calls under C1. Letters
 * and digits below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic) are read at once, the rest as each is first met.
 */
public final class CharKinds {
    private static final KnownCodePoints LETTER_OR_DIGIT = new KnownCodePoints(0x10000, 0x800, Character::isLetterOrDigit);
    /** {@code [\p{L}\p{M}]}: the general categories of letters and marks, 1 (Lu) to 8 (Mc). */
    private static final KnownCodePoints LETTER_OR_MARK = new KnownCodePoints(0x10000, 0, cp -> {
        int type = Character.getType(cp);
        return type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK;
    });
    /** {@code [\p{L}\p{N}]}: the general categories of letters (1 Lu to 5 Lo) and numbers (9 Nd to 11 No). */
    private static final KnownCodePoints LETTER_OR_NUMBER = new KnownCodePoints(0x10000, 0x800, cp -> {
        int type = Character.getType(cp);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER
                || type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER;
    });
    private static final KnownCodePoints LOWER_CASE = new KnownCodePoints(0x10000, 0, Character::isLowerCase);
    private static final KnownCodePoints UPPER_OR_TITLE_CASE = new KnownCodePoints(0x10000, 0,
            cp -> Character.isUpperCase(cp) || Character.isTitleCase(cp));

    private CharKinds() {
    }

    static boolean isLetterOrDigit(char c) {
        return LETTER_OR_DIGIT.test(c);
    }

    /** A letter or a number ({@code [\p{L}\p{N}]}) of the BMP. */
    static boolean isLetterOrNumber(char c) {
        return LETTER_OR_NUMBER.test(c);
    }

    /** {@link #isLetterOrNumber(char)} of any code point (above the BMP asked of the JDK each time). */
    public static boolean isLetterOrNumber(int cp) {
        return LETTER_OR_NUMBER.test(cp);
    }

    /** A letter or a combining mark ({@code [\p{L}\p{M}]}) of the BMP. */
    static boolean isLetterOrMark(char c) {
        return LETTER_OR_MARK.test(c);
    }

    /** {@link #isLetterOrMark(char)} of any code point (above the BMP asked of the JDK each time). */
    static boolean isLetterOrMark(int cp) {
        return LETTER_OR_MARK.test(cp);
    }

    /** {@link Character#isLowerCase(int)} of a char. */
    static boolean isLowerCase(char c) {
        return LOWER_CASE.test(c);
    }

    /** {@link Character#isLowerCase(int)}, as {@link #isLetterOrMark(int)} reads any code point. */
    static boolean isLowerCase(int cp) {
        return LOWER_CASE.test(cp);
    }

    /** {@link Character#isUpperCase(int)} or {@link Character#isTitleCase(int)} of a char. */
    static boolean isUpperOrTitleCase(char c) {
        return UPPER_OR_TITLE_CASE.test(c);
    }

    /** {@link #caseOf}: not a letter or mark; a letter or mark of no case (Arabic, Han, a mark); lower; upper or title. */
    static final byte NOT_LETTER = 1;
    static final byte UNCASED = 2;
    static final byte LOWER = 3;
    static final byte UPPER = 4;
    /** {@link #caseOf} of each char, 0 while not asked (threads may race to fill an entry, and write the same value). */
    private static final byte[] CASE = new byte[0x10000];

    /**
     * A char's letter-or-mark test and case in one byte read (a word in capitals asks all three of each char):
     * {@link #isLetterOrMark(char)}, then {@link #isLowerCase(char)}, then {@link #isUpperOrTitleCase(char)}.
     */
    static byte caseOf(char c) {
        byte k = CASE[c];
        return k != 0 ? k : learnCase(c); // small enough for C1 to inline: the rare first reading is a call
    }

    private static byte learnCase(char c) {
        byte k = !isLetterOrMark(c) ? NOT_LETTER : isLowerCase(c) ? LOWER : isUpperOrTitleCase(c) ? UPPER : UNCASED;
        CASE[c] = k;
        return k;
    }

    /** {@link #isUpperOrTitleCase(char)} of any code point. */
    static boolean isUpperOrTitleCase(int cp) {
        return UPPER_OR_TITLE_CASE.test(cp);
    }
}
