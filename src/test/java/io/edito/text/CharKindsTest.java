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
}
