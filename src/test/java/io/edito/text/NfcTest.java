package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NfcTest {

    /** Every code point the quick path lets through is NFC alone, after a letter, and before a combining accent. */
    @Test
    void everyCodePointTheQuickPathAcceptsIsOneTheNormaliserLeavesAlone() {
        int accepted = 0;
        for (int cp = 0x300; cp < 0x20000; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE || Nfc.yesClass(cp) != 0) {
                continue;
            }
            accepted++;
            String c = new String(Character.toChars(cp));
            for (String s : List.of(c, "a" + c, c + "b", "\u0627" + c + "\u064E")) {
                assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("U+%04X in %s", cp, s).isTrue();
            }
            // a combining class 0 code point with quick check Yes composes with nothing before it
            assertThat(Normalizer.normalize("e" + c, Normalizer.Form.NFC)).as("U+%04X after e", cp).isEqualTo("e" + c);
        }
        assertThat(accepted).as("most code points take the quick path").isGreaterThan(100_000);
        assertThat(Nfc.yesClass(0x0301)).as("combining acute, quick check Maybe").isEqualTo(-1);
        assertThat(Nfc.yesClass(0x0651)).as("Arabic shadda, class 33").isEqualTo(33);
        assertThat(Nfc.yesClass(0x1161)).as("Hangul vowel jamo, quick check Maybe").isEqualTo(-1);
        assertThat(Nfc.yesClass(0x1F600)).isZero();
    }

    /**
     * Every combining mark whose quick check is Yes, after a letter, doubled, and after each other mark in both orders:
     * the quick path (in canonical order) and the normaliser (out of it) agree with the JDK.
     */
    @Test
    void marksInAndOutOfCanonicalOrderAgreeWithTheJdk() {
        List<String> marks = new ArrayList<>();
        for (int cp = 0x300; cp < 0x20000; cp++) {
            if (!(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) && Nfc.yesClass(cp) > 0) {
                marks.add(new String(Character.toChars(cp)));
            }
        }
        assertThat(marks.size()).as("marks of quick check Yes").isGreaterThan(500);
        Random r = new Random(7);
        int outOfOrder = 0;
        for (String m : marks) {
            String other = marks.get(r.nextInt(marks.size()));
            for (String s : List.of("a" + m, "\u0627" + m, m + m, "x" + m + other, "x" + other + m, m + "b" + other)) {
                boolean jdk = Normalizer.isNormalized(s, Normalizer.Form.NFC);
                outOfOrder += jdk ? 0 : 1;
                assertThat(Nfc.isNormalized(s)).as("%s", s).isEqualTo(jdk);
            }
        }
        assertThat(outOfOrder).as("texts with marks out of order").isGreaterThan(100);
    }

    @Test
    void agreesWithTheJdkOnGeneratedTexts() {
        String[] pieces = {"a", "e", "A", " ", "\n", "é", "e\u0301", "\u0301", "\u0327", "ç", "\u0627", "\u0644",
            "\u0651", "\u064E", "\u0651\u064E", "\u064E\u0651", "\u1100", "\u1161", "\u11A8", "가", "😀", "👍🏽",
            "\u200D", "\uFE0F", "\uD83D", "\uDE00", "Å", "\u212B", "\u0958", "\u0915\u093C", "ﬁ", "x"};
        Random r = new Random(19);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(sb.toString());
        }
        int notNfc = 0;
        for (String t : texts) {
            boolean jdk = Normalizer.isNormalized(t, Normalizer.Form.NFC);
            notNfc += jdk ? 0 : 1;
            assertThat(Nfc.isNormalized(t)).as(t).isEqualTo(jdk);
            assertThat(Nfc.normalize(t)).as(t).isEqualTo(Normalizer.normalize(t, Normalizer.Form.NFC));
            char[] padded = (t + "\u0301zz").toCharArray();
            assertThat(Nfc.isNormalized(t, padded, t.length())).as("only the first chars are read: %s", t).isEqualTo(jdk);
        }
        assertThat(notNfc).as("both kinds of texts generated").isBetween(2_000, 18_000);
    }
}
