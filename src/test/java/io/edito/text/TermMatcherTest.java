package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    private static List<String> found(TermMatcher m, String text) {
        return m.find(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void caseAndAccentInsensitive() {
        TermMatcher m = TermMatcher.compile(List.of("reservez"));
        assertThat(found(m, "Réservez vite")).containsExactly("Réservez");
        assertThat(found(m, "RÉSERVEZ VITE")).containsExactly("RÉSERVEZ");
        assertThat(found(m, "re\u0301servez (NFD)")).containsExactly("re\u0301servez");
        assertThat(found(m, "réservezvous réserve")).isEmpty(); // whole words only
        TermMatcher accented = TermMatcher.compile(List.of("Été", "cœur"));
        assertThat(found(accented, "Un ete, un COEUR, un été")).containsExactly("ete", "COEUR", "été");
    }

    @Test
    void frenchElisionWithBothApostrophes() {
        TermMatcher m = TermMatcher.compile(List.of("avion", "hiver", "l'offre"));
        assertThat(found(m, "Prenez l'avion cet hiver")).containsExactly("avion", "hiver");
        assertThat(found(m, "Prenez l’avion, vacances d’hiver")).containsExactly("avion", "hiver");
        assertThat(found(m, "L’OFFRE du jour")).containsExactly("L’OFFRE");
        assertThat(found(m, "les avions")).isEmpty();
    }

    @Test
    void multiWordTerms() {
        TermMatcher m = TermMatcher.compile(List.of("pas cher", "cher"));
        String text = "Un vol PAS  CHER, pas-cher et pas\ncher; pas, cher";
        List<TermMatch> matches = m.find(text);
        assertThat(matches.stream().filter(t -> t.term() == 0).map(t -> text.substring(t.start(), t.end())))
                .containsExactly("PAS  CHER", "pas-cher", "pas\ncher");
        // the single word matches everywhere, the longer match sorts first at the same start
        assertThat(matches.stream().filter(t -> t.term() == 1)).hasSize(4);
        assertThat(matches.get(0).term()).isZero();
        assertThat(matches.get(0).text()).isEqualTo("pas cher");
        assertThat(matches.get(1).term()).isOne();
    }

    @Test
    void arabicArticlePrefixesDiacriticsAndTatweel() {
        TermMatcher m = TermMatcher.compile(List.of("رخيص"));
        assertThat(found(m, "سعر رخيص")).containsExactly("رخيص");
        assertThat(found(m, "الطيران الرخيص")).containsExactly("الرخيص");
        assertThat(found(m, "ورخيص والرخيص بالرخيص")).containsExactly("ورخيص", "والرخيص", "بالرخيص");
        assertThat(found(m, "رَخِيص")).containsExactly("رَخِيص"); // with harakat
        assertThat(found(m, "رخـــيص")).containsExactly("رخـــيص"); // with tatweel
        assertThat(found(m, "رخيصة")).isEmpty(); // another word
        TermMatcher withArticle = TermMatcher.compile(List.of("السفر", "بيع"));
        assertThat(found(withArticle, "سفر ممتع والسفر للبيع")).containsExactly("سفر", "والسفر", "للبيع");
        TermMatcher hamza = TermMatcher.compile(List.of("اعلان"));
        assertThat(found(hamza, "إعلان الإعلان")).containsExactly("إعلان", "الإعلان");
    }

    @Test
    void cjkWordsNeedNoSpaces() {
        TermMatcher m = TermMatcher.compile(List.of("日本", "東京"));
        assertThat(found(m, "日本語の東京旅行")).containsExactly("日本", "東京");
    }

    @Test
    void spansAreInTheOriginalStringAroundEmojiAndSurrogates() {
        String family = GraphemesTest.FAMILY;
        TermMatcher m = TermMatcher.compile(List.of("promo"));
        String text = family + " 𝐁 PROMO " + family;
        TermMatch t = m.find(text).get(0);
        assertThat(t.start()).isEqualTo(text.indexOf("PROMO"));
        assertThat(t.end()).isEqualTo(text.indexOf("PROMO") + 5);
        // a folded character that grows (ß -> ss) still maps to its original span
        TermMatcher strasse = TermMatcher.compile(List.of("strasse"));
        String german = "Die Straße";
        assertThat(found(strasse, german)).containsExactly("Straße");
    }

    @Test
    void fold() {
        assertThat(TermMatcher.fold("RÉSERVEZ l’Été")).isEqualTo("reservez l'ete");
        assertThat(TermMatcher.fold("الإعلانُ")).isEqualTo("الاعلان");
    }

    @Test
    void rejectsTermsWithoutLetters() {
        assertThatThrownBy(() -> TermMatcher.compile(List.of("ok", "!!!")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("term '!!!' has no letter or digit to match");
    }

    @Test
    void manyTermsAreIndexedNotScanned() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            terms.add("terme" + i + " interdit");
        }
        terms.add("pas cher");
        TermMatcher m = TermMatcher.compile(terms);
        assertThat(m.terms()).hasSize(201);
        String text = "Vol pas cher vers Fès, terme42 interdit, terme4 autorisé.";
        assertThat(m.find(text)).extracting(TermMatch::term).containsExactly(200, 42);
    }
}
