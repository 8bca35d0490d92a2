package io.edito.text;

import static io.edito.text.GraphemesTest.FAMILY;
import static io.edito.text.GraphemesTest.FLAG_FR;
import static io.edito.text.GraphemesTest.HEART;
import static io.edito.text.GraphemesTest.THUMB_MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.network.CountingUnit;
import io.edito.network.Network;
import io.edito.network.Networks;
import io.edito.network.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMeasureTest {
    private static final String LONG_URL = "https://www.atlas-air.com/offres/ete-2026/marrakech?utm_source=x&utm_medium=social";

    @Test
    void xWeightedLength() {
        Network x = Networks.get("x");
        assertThat(TextMeasure.measure(x, "a".repeat(280)).count()).isEqualTo(280);
        assertThat(TextMeasure.measure(x, "a".repeat(280)).over()).isFalse();
        Measurement m = TextMeasure.measure(x, "a".repeat(279) + FAMILY);
        assertThat(m.count()).isEqualTo(281);
        assertThat(m.over()).isTrue();
        assertThat(m.excess()).isEqualTo(1);
        assertThat(m.describe()).isEqualTo("281/280 (X weighted length)");
        // every URL counts 23 whatever its length (twitter-text only links known TLDs: not .example)
        assertThat(LONG_URL.length()).isGreaterThan(23);
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, LONG_URL)).isEqualTo(23);
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, "Réservez " + LONG_URL)).isEqualTo(9 + 23);
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, "https://atlas.example/x")).isEqualTo(23);
        // CJK weighs 2, skin-toned and flag emoji 2, Latin-1 and French accents 1
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, "日本語")).isEqualTo(6);
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, THUMB_MEDIUM)).isEqualTo(2);
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, FLAG_FR)).isEqualTo(2);
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, "été")).isEqualTo(3);
        // NFC first: a decomposed été weighs the same as a composed one
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, "e\u0301te\u0301")).isEqualTo(3);
        // Arabic (U+0600-06FF lies in U+0000-10FF, weight 100): 1 per letter
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, "مرحبا")).isEqualTo(5);
    }

    @Test
    void xUrlWeightFollowsTheNetworkData() {
        Network x = Networks.get("x").withUrlWeight(java.util.OptionalInt.of(30));
        assertThat(TextMeasure.measure(x, LONG_URL).count()).isEqualTo(30);
    }

    @Test
    void mastodonCountsUrlsAs23AndRemoteMentionsByUsername() {
        Network m = Networks.get("mastodon");
        // "Hi " 3 + "@alice" 6 + " " 1 + URL 23
        assertThat(TextMeasure.measure(m, "Hi @alice@social.example " + LONG_URL).count()).isEqualTo(33);
        assertThat(TextMeasure.measure(m, "@bob merci").count()).isEqualTo(10);
        assertThat(TextMeasure.measure(m, FAMILY + " " + FLAG_FR).count()).isEqualTo(3);
        // an e-mail address is not a mention
        assertThat(TextMeasure.measure(m, "me@example.org").count()).isEqualTo(14);
        // a URL without protocol is counted as typed
        assertThat(TextMeasure.measure(m, "atlas.example").count()).isEqualTo(13);
        assertThat(TextMeasure.measure(m, "x").describe()).isEqualTo("1/500 (Mastodon characters)");
        // the instance limit is data
        assertThat(TextMeasure.measure(m.withLimit(TextField.TEXT, 11000), "x").describe()).isEqualTo("1/11000 (Mastodon characters)");
        // the content warning counts too
        assertThat(TextMeasure.measureMastodon(m, "Spoiler inside", "Série TV").count()).isEqualTo(14 + 8);
        // Mastodon's own mention rule: an ASCII username, a domain without dot, an accent after it
        assertThat(TextMeasure.measure(m, "@élodie@exemple.fr").count()).as("no mention: counted in full").isEqualTo(18);
        assertThat(TextMeasure.measure(m, "@alice@localhost ok").count()).as("a domain needs no dot").isEqualTo(9);
        assertThat(TextMeasure.measure(m, "@andré@social.example").count()).as("an accent after the name").isEqualTo(21);
        assertThat(TextMeasure.measure(m, "@bob@café.example x").count()).as("a domain of word characters").isEqualTo(6);
        assertThat(TextMeasure.measure(m, "=@bob@social.example").count()).as("after '='").isEqualTo(20);
    }

    @Test
    void blueskyGraphemesAndBytes() {
        Network bluesky = Networks.get("bluesky");
        List<Measurement> family = TextMeasure.measureAll(bluesky, TextField.TEXT, FAMILY);
        assertThat(family).extracting(Measurement::count).containsExactly(1, 25);
        assertThat(family).extracting(Measurement::describe).containsExactly("1/300 (graphemes)", "25/3000 (UTF-8 bytes)");
        assertThat(TextMeasure.measure(bluesky, "a".repeat(299) + FAMILY).over()).isFalse();
        assertThat(TextMeasure.measure(bluesky, "a".repeat(300) + FAMILY).describe()).isEqualTo("301/300 (graphemes)");
        // 300 family emoji fit the grapheme limit but not the byte limit: 300 x 25 = 7500 bytes
        List<Measurement> many = TextMeasure.measureAll(bluesky, TextField.TEXT, FAMILY.repeat(300));
        assertThat(many.get(0).over()).isFalse();
        assertThat(many.get(1).count()).isEqualTo(7500);
        assertThat(many.get(1).over()).isTrue();
    }

    @Test
    void threadsCountsEmojiAsTheirUtf8Bytes() {
        Network threads = Networks.get("threads");
        assertThat(TextMeasure.measure(threads, "😀").count()).isEqualTo(4);
        assertThat(TextMeasure.measure(threads, "Bonjour 😀").count()).isEqualTo(8 + 4);
        assertThat(TextMeasure.measure(threads, FAMILY).count()).isEqualTo(25); // 4 x 4 + 3 ZWJ x 3
        assertThat(TextMeasure.measure(threads, FLAG_FR).count()).isEqualTo(8);
        assertThat(TextMeasure.measure(threads, THUMB_MEDIUM).count()).isEqualTo(8);
        assertThat(TextMeasure.measure(threads, HEART).count()).isEqualTo(6);
        assertThat(TextMeasure.measure(threads, "été à Fès, 日本").count()).isEqualTo(13);
        assertThat(TextMeasure.measure(threads, "x").describe()).isEqualTo("1/500 (Threads characters)");
    }

    @Test
    void otherUnits() {
        String s = "Été " + FAMILY; // 4 + 11 UTF-16 units
        assertThat(TextMeasure.measure(Networks.get("instagram"), s).describe()).isEqualTo("15/2200 (UTF-16 code units)");
        assertThat(TextMeasure.count(CountingUnit.CODE_POINTS, s)).isEqualTo(4 + 7);
        assertThat(TextMeasure.count(CountingUnit.UTF8_BYTES, s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length).isEqualTo(6 + 25);
        assertThat(TextMeasure.measure(Networks.get("youtube"), s).describe()).isEqualTo("31/5000 (UTF-8 bytes)");
        assertThat(TextMeasure.measure(Networks.get("youtube"), TextField.TITLE, s).describe()).isEqualTo("15/100 (UTF-16 code units)");
        assertThat(TextMeasure.measure(Networks.get("tiktok"), TextField.PHOTO_TITLE, "t".repeat(91)).describe())
                .isEqualTo("91/90 (UTF-16 code units)");
        assertThat(TextMeasure.measure(Networks.get("linkedin"), TextField.FIRST_COMMENT, "c".repeat(1250)).over()).isFalse();
        assertThat(TextMeasure.measure(Networks.get("blog"), s).describe()).isEqualTo("11 (code points)");
        assertThat(TextMeasure.measure(Networks.get("blog"), "x".repeat(100_000)).over()).isFalse();
        assertThatThrownBy(() -> TextMeasure.measure(Networks.get("x"), TextField.TITLE, "t"))
                .hasMessage("X has no title limit");
    }

    @Test
    void utf8ByteCountMatchesTheJdkEncoder() {
        for (String s : List.of("", "abc", "été", "مرحبا", "日本語", FAMILY, FLAG_FR + HEART, "\u0000\u007f\u0080\u07ff\u0800\uffff")) {
            assertThat(TextMeasure.utf8Bytes(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void linksAndHashtagsAgainstTheNetworkMaximum() {
        Network threads = Networks.get("threads");
        String six = "a https://a.com b https://b.com c https://c.com d https://d.com e https://e.com f https://atlas.example/f";
        assertThat(TextMeasure.links(threads, six).describe()).isEqualTo("6/5 (links)");
        assertThat(TextMeasure.links(threads, six).over()).isTrue();
        assertThat(TextMeasure.links(threads, "une seule https://atlas.com").over()).isFalse();
        assertThat(TextMeasure.links(Networks.get("x"), six).describe()).isEqualTo("6 (links)");
        Network instagram = Networks.get("instagram");
        String tags = "#Un #Deux #Trois #Quatre #Cinq #Six #إعلان";
        assertThat(TextMeasure.hashtags(instagram, tags).describe()).isEqualTo("7/5 (hashtags)");
    }

    @Test
    void whatShowsBeforeTheFold() {
        Network instagram = Networks.get("instagram"); // fold 125 UTF-16 units
        assertThat(TextMeasure.beforeFold(instagram, "court")).isEmpty();
        assertThat(TextMeasure.beforeFold(Networks.get("x"), "a".repeat(400))).isEmpty();
        String text = "a".repeat(124) + FAMILY + " la suite";
        // the family (11 UTF-16 units) does not fit after 124 units: the cut falls before it, never inside it
        assertThat(TextMeasure.beforeFold(instagram, text)).contains("a".repeat(124));
        String exact = "é".repeat(125) + " et la suite";
        assertThat(TextMeasure.beforeFold(instagram, exact)).contains("é".repeat(125));
    }
}
