package io.edito.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The disclosure's fold, read by hand, gives what NFC, lower case and the blanks' pattern give. */
class DisclosureFoldTest {
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
    private static final String[] PIECES = {
        " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2007", "\u202F", "\u2009", "\u3000", "\u0085",
        "\u2028", "#Sponsorisé", "Partenariat", "PUB", "e\u0301", "E\u0301", "\u0130", "ΣΑΣ", "إعلان", "#إعلان",
        "ﬁ", "A", "b", "(", ")", "#", "_", "1", "Ǆ", "\uD835\uDC00", "\uD83D\uDE00", "\uD83D"
    };

    @Test
    void foldedIsThePatternsFoldOnGeneratedTexts() {
        Random r = new Random(11);
        int changed = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            String expected = BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                    .replaceAll(" ");
            assertThat(DisclosureRule.folded(text)).as(text).isEqualTo(expected);
            changed += expected.equals(text) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(10_000); // most texts are changed by the fold: the comparison is not empty
    }
}
