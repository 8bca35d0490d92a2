package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharKindsTest {
    @Test
    void answersAsTheJdkForEveryChar() {
        int letters = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean jdk = Character.isLetterOrDigit((char) c);
            letters += jdk ? 1 : 0;
            assertThat(CharKinds.isLetterOrDigit((char) c)).as("U+%04X", c).isEqualTo(jdk);
        }
        assertThat(letters).isGreaterThan(40_000);
    }

    @Test
    void spacesAreIcusWhiteSpaceForEveryChar() {
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean icu = com.ibm.icu.lang.UCharacter.isUWhiteSpace(c);
            spaces += icu ? 1 : 0;
            assertThat(Spaces.isSpace((char) c)).as("U+%04X", c).isEqualTo(icu);
        }
        assertThat(spaces).isGreaterThan(20);
    }

    @Test
    void lettersMarksAndCasesAreTheJdksForEveryChar() {
        int marks = 0;
        int lower = 0;
        int upper = 0;
        for (int c = Character.MAX_VALUE; c >= 0; c--) { // from the top: entries filled in another order than a text's
            int type = Character.getType(c);
            boolean letterOrMark = type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK;
            boolean isLower = Character.isLowerCase(c);
            boolean isUpper = Character.isUpperCase(c) || Character.isTitleCase(c);
            marks += type >= Character.NON_SPACING_MARK && type <= Character.COMBINING_SPACING_MARK ? 1 : 0;
            lower += isLower ? 1 : 0;
            upper += isUpper ? 1 : 0;
            assertThat(CharKinds.isLetterOrMark((char) c)).as("U+%04X", c).isEqualTo(letterOrMark);
            assertThat(CharKinds.isLowerCase((char) c)).as("U+%04X", c).isEqualTo(isLower);
            assertThat(CharKinds.isUpperOrTitleCase((char) c)).as("U+%04X", c).isEqualTo(isUpper);
            // the one-byte reading of the three, as a word in capitals reads them
            byte kind = !letterOrMark ? CharKinds.NOT_LETTER : isLower ? CharKinds.LOWER : isUpper ? CharKinds.UPPER
                    : CharKinds.UNCASED;
            assertThat(CharKinds.caseOf((char) c)).as("U+%04X", c).isEqualTo(kind);
        }
        for (int cp = 0x10000; cp < 0x40000; cp++) { // above the BMP, asked of the JDK each time
            int type = Character.getType(cp);
            assertThat(CharKinds.isLetterOrMark(cp)).as("U+%05X", cp)
                    .isEqualTo(type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK);
            assertThat(CharKinds.isLowerCase(cp)).as("U+%05X", cp).isEqualTo(Character.isLowerCase(cp));
            assertThat(CharKinds.isUpperOrTitleCase(cp)).as("U+%05X", cp)
                    .isEqualTo(Character.isUpperCase(cp) || Character.isTitleCase(cp));
        }
        assertThat(marks).isGreaterThan(1_000);
        assertThat(lower).isGreaterThan(1_000);
        assertThat(upper).isGreaterThan(1_000);
    }

    @Test
    void lettersAndNumbersAreTheJdksForEveryCodePoint() {
        int numbers = 0;
        for (int cp = 0x3FFFF; cp >= 0; cp--) { // the BMP from its table, above it from the JDK
            int type = Character.getType(cp);
            boolean number = type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER;
            numbers += number ? 1 : 0;
            boolean expected = number || type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER;
            assertThat(CharKinds.isLetterOrNumber(cp)).as("U+%04X", cp).isEqualTo(expected);
            if (cp <= Character.MAX_VALUE) {
                assertThat(CharKinds.isLetterOrNumber((char) cp)).as("U+%04X", cp).isEqualTo(expected);
            }
        }
        assertThat(numbers).isGreaterThan(1_000);
    }
}
