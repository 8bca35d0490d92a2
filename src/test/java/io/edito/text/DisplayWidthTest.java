package io.edito.text;

import static io.edito.text.GraphemesTest.FAMILY;
import static io.edito.text.GraphemesTest.FLAG_FR;
import static io.edito.text.GraphemesTest.THUMB_MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void widths() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("été")).isEqualTo(3);
        assertThat(DisplayWidth.of("e\u0301te\u0301")).isEqualTo(3);
        assertThat(DisplayWidth.of("日本語")).isEqualTo(6);
        assertThat(DisplayWidth.of("ｈｉ")).isEqualTo(4); // fullwidth Latin
        assertThat(DisplayWidth.of(FAMILY)).isEqualTo(2);
        assertThat(DisplayWidth.of(FLAG_FR)).isEqualTo(2);
        assertThat(DisplayWidth.of(THUMB_MEDIUM)).isEqualTo(2);
        assertThat(DisplayWidth.of("\u0301")).isZero();
        assertThat(DisplayWidth.of("\u200B")).isZero();
        assertThat(DisplayWidth.of("مَرْحَبًا")).isEqualTo(5);
        assertThat(DisplayWidth.of("한국어")).isEqualTo(6);
        assertThat(DisplayWidth.of("")).isZero();
    }

    @Test
    void truncateNeverSplitsAClusterAndCountsColumns() {
        assertThat(DisplayWidth.truncate("Bonjour", 10)).isEqualTo("Bonjour");
        assertThat(DisplayWidth.truncate("Bonjour à tous", 8)).isEqualTo("Bonjour…");
        assertThat(DisplayWidth.truncate("日本語のテキスト", 7)).isEqualTo("日本語…");
        assertThat(DisplayWidth.truncate("日本語のテキスト", 6)).isEqualTo("日本…");
        assertThat(DisplayWidth.truncate("ab" + FAMILY + "cd", 4)).isEqualTo("ab…");
        assertThat(DisplayWidth.truncate("ab" + FAMILY + "cd", 5)).isEqualTo("ab" + FAMILY + "…");
        assertThat(DisplayWidth.truncate("abcdef", 3, "...")).isEqualTo("...");
        assertThat(DisplayWidth.truncate("abcdef", 2, "...")).isEqualTo("..");
    }

    @Test
    void wrapAtWordsAndBetweenIdeographs() {
        assertThat(DisplayWidth.wrap("Réservez votre été à Marrakech", 12))
                .containsExactly("Réservez", "votre été à", "Marrakech");
        assertThat(DisplayWidth.wrap("日本語のテキストです", 6)).containsExactly("日本語", "のテキ", "ストで", "す");
        assertThat(DisplayWidth.wrap("ligne 1\nligne 2\n\nfin", 20)).containsExactly("ligne 1", "ligne 2", "", "fin");
        assertThat(DisplayWidth.wrap("https://atlas.example/very-long-path", 10))
                .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(10));
        String emoji = (FAMILY + FLAG_FR).repeat(3);
        assertThat(DisplayWidth.wrap(emoji, 5)).allSatisfy(line -> {
            assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(5);
            assertThat(Graphemes.split(emoji)).containsAll(Graphemes.split(line));
        });
        assertThat(String.join("", DisplayWidth.wrap(emoji, 5))).isEqualTo(emoji);
    }

    @Test
    void aUrlIsNotCutWhereItFitsOnTheNextLine() {
        // "…venez: https://" then "atlas.example/x." on the next line: copied from the card, the link was broken
        assertThat(DisplayWidth.wrap("Pour en savoir plus venez: https://atlas.example/x?utm_source=x.", 40))
                .containsExactly("Pour en savoir plus venez:", "https://atlas.example/x?utm_source=x.");
        assertThat(DisplayWidth.wrap("voir www.atlas.example/a/b/c ici", 25)).containsExactly("voir", "www.atlas.example/a/b/c", "ici");
        // glued to a word, too long together for a line: cut after a "/" as any long word, never inside a word
        assertThat(DisplayWidth.wrap("Infos et réservations:https://bit.ly/atlas-hiver-2027 et profitez", 40))
                .containsExactly("Infos et réservations:https://bit.ly/", "atlas-hiver-2027 et profitez");
        // a French " !" after a URL that fits alone: the URL whole, the punctuation on the next line
        assertThat(DisplayWidth.wrap("Réservez : https://riad-mogador.example/offres/ete !", 40))
                .containsExactly("Réservez :", "https://riad-mogador.example/offres/ete", "!");
        // a URL glued to a word is a URL too
        assertThat(DisplayWidth.wrap("احجز الآن عبرhttps://atlas.example/a/b ok", 30))
                .containsExactly("احجز الآن", "عبرhttps://atlas.example/a/b", "ok");
        // longer than the line: cut where it must, as any word
        assertThat(DisplayWidth.wrap("https://atlas.example/" + "x".repeat(30), 20)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
    }
}
