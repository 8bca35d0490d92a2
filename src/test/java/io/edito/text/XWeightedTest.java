package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-by-word fast path gives exactly what one parseTweet over the whole text gives. */
class XWeightedTest {
    private static final List<String> FRAGMENTS = List.of(
            "Réservez", "votre", "vol", "à", "Fès.", "l’été", "d'hiver", "PROMO!!", "…", "—", "«", "»", "“ok”",
            "https://www.atlas-air.com/offres?utm_source=x&utm_medium=social", "atlas.com", "atlas.com/ete.", "(atlas.com)",
            "https://atlas.example/x", "http://t.co/abc", "www.example.org", "e-mail:contact@atlas.com", "@alice", "@bob@social.example",
            "#AtlasAir", "#إعلان", "#日本", "$TSLA", "مرحبا", "بالسفر", "日本語", "한국어", "ไทย",
            GraphemesTest.FAMILY, GraphemesTest.FLAG_FR, GraphemesTest.THUMB_MEDIUM, GraphemesTest.HEART, GraphemesTest.KEYCAP_ONE,
            "😀😀", "🏳️‍🌈", "🧑🏽‍🚀", "🫠", "©", "®", "™", "‼", "1", "#", "*", "a.b", "...", "e\u0301", "\u200D", "\uFE0F",
            "x\u200Dy", "😀.com", "atlas.com😀", "🇲🇦.ma", "😀https://atlas.com");
    private static final List<String> SPACES = List.of(" ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u3000", "\u2009", "");

    @Test
    void equalsAWholeTextParseOnAVariedCorpus() {
        Random random = new Random(20261125L);
        for (int n = 0; n < 800; n++) {
            String text = Normalizer.normalize(randomText(random), Normalizer.Form.NFC);
            assertThat(XWeighted.length(text, 23)).as("%s", text).isEqualTo(XWeighted.reference(text, 23));
        }
    }

    @Test
    void wordByWordEntitiesEqualWholeTextExtraction() {
        Random random = new Random(7L);
        com.twitter.twittertext.Extractor extractor = new com.twitter.twittertext.Extractor();
        for (int n = 0; n < 1500; n++) {
            String text = Normalizer.normalize(randomText(random), Normalizer.Form.NFC);
            List<String> whole = extractor.extractHashtagsWithIndices(text).stream()
                    .map(e -> e.getStart() + ":" + e.getValue()).toList();
            assertThat(Entities.hashtags(text).stream().map(e -> e.start() + ":" + e.value()).toList()).as("%s", text).isEqualTo(whole);
            // URLs with a protocol are ours (any domain, e.g. .example): compare the rest, outside them
            List<Entity> withProtocol = Entities.urls(text).stream()
                    .filter(e -> e.text().regionMatches(true, 0, "http", 0, 4)).toList();
            List<String> urls = extractor.extractURLsWithIndices(text).stream()
                    .filter(e -> !text.regionMatches(true, e.getStart(), "http", 0, 4))
                    .filter(e -> withProtocol.stream().noneMatch(p -> e.getStart() < p.end() && p.start() < e.getEnd()))
                    .map(e -> e.getStart() + ":" + e.getEnd()).toList();
            List<String> ours = Entities.urls(text).stream()
                    .filter(e -> !e.text().regionMatches(true, 0, "http", 0, 4))
                    .map(e -> e.start() + ":" + e.end()).toList();
            assertThat(ours).as("%s", text).isEqualTo(urls);
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
            sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            sb.append(SPACES.get(random.nextInt(SPACES.size())));
        }
        return sb.toString();
    }

    @Test
    void urlWeightOtherThan23() {
        String text = "Voir https://www.atlas-air.com/offres et atlas.com " + GraphemesTest.FAMILY;
        assertThat(XWeighted.length(text, 30)).isEqualTo(XWeighted.reference(text, 30)).isEqualTo(5 + 30 + 4 + 30 + 1 + 2);
    }

    @Test
    void anEmojiNewerThanTwitterTextsTableCountsTwoAsX() {
        // twitter-text 3.1.0 knows emoji up to Unicode 12.1: 🫶🏽 weighed 4 and the phoenix 🐦‍🔥 5
        assertThat(XWeighted.length("مرحبا 🫶🏽", 23)).isEqualTo(5 + 1 + 2);
        assertThat(XWeighted.length("مرحبا 🐦\u200D🔥", 23)).isEqualTo(5 + 1 + 2);
        assertThat(XWeighted.length("🫠 🪿 🇲🇦 👩🏽\u200D✈️", 23)).isEqualTo(2 + 1 + 2 + 1 + 2 + 1 + 2);
        // what it knows, as it weighs it: an emoji 2, a symbol without its emoji selector by its code point's weight
        // (© in U+0000-10FF: 1; ™ outside the ranges: 2)
        assertThat(XWeighted.length("a ❤️ © ™", 23)).isEqualTo(1 + 1 + 2 + 1 + 1 + 1 + 2);
        assertThat(XWeighted.length("🫶🫶", 23)).isEqualTo(4);
        // not recommended sequences: as twitter-text weighs them (letters of regional indicators, a letter with a skin
        // tone, a joined pair no vendor draws, an emoji asked for as text)
        assertThat(XWeighted.length("🇭🇪🇱🇱🇴", 23)).isEqualTo(10);
        assertThat(XWeighted.length("a🏽", 23)).isEqualTo(3);
        assertThat(XWeighted.length("👍\u200D🔥", 23)).isEqualTo(5);
        assertThat(XWeighted.length("😀\uFE0E", 23)).isEqualTo(4);
    }
}
