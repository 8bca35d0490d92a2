package io.edito.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.text.Entity;
import io.edito.text.TextEntities;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The script rule's letter count (tables, a loop per stretch between entities) against the plain reading of it. */
class LanguageCountTest {
    private static final String[] PIECES = {"Bon ", "voyage", "é", "e\u0301", " مرحبا ", "بِكُم", "ﻻ", " שלום", "Привет",
        "東京", "ひらがな", "カタカナ", "😀", "👩‍✈️", "🇲🇦", "123", " #AtlasAir", " @atlas", " https://atlas.example/x ",
        "ΣΊΣΥΦΟΣ", "ª", "ǅ", "\uD835\uDC00", "ʼ", "𠀀", "\u0640", " ", "\n", "!!"};
    private static final List<UnicodeScript> EXPECTED = List.of(UnicodeScript.LATIN, UnicodeScript.ARABIC,
            UnicodeScript.HAN, UnicodeScript.CYRILLIC, UnicodeScript.HEBREW, UnicodeScript.GREEK);

    @Test
    void countsAsThePlainReadingOfEveryLetter() {
        Random r = new Random(11);
        int withOther = 0;
        for (int round = 0; round < 4000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<Entity> entities = new TextEntities(text).all();
            for (UnicodeScript expected : EXPECTED) {
                LanguageRules.Letters got = LanguageRules.count(text.toCharArray(), entities, expected);
                LanguageRules.Letters want = plain(text, entities, expected);
                assertThat(got).as("%s in %s", text, expected).isEqualTo(want);
                withOther += want.other() > 0 ? 1 : 0;
            }
        }
        assertThat(withOther).isGreaterThan(1000);
    }

    /** Every code point outside the entities: a letter of a script other than Common and Inherited counts. */
    private static LanguageRules.Letters plain(String text, List<Entity> entities, UnicodeScript expected) {
        int letters = 0;
        int in = 0;
        int other = 0;
        UnicodeScript dominant = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (entities.stream().anyMatch(e -> e.start() <= at && at < e.end()) || !Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript s = UnicodeScript.of(cp);
            if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) {
                continue;
            }
            letters++;
            if (s == expected || expected == UnicodeScript.HAN && (s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA)) {
                in++;
            } else {
                other++;
                dominant = s;
            }
        }
        return new LanguageRules.Letters(letters, in, other, dominant);
    }
}
