package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Entities hands twitter-text only the tokens that may hold a URL or a hashtag: the result must be exactly what
 * twitter-text finds in the whole text, on hand-picked edge cases and on many generated texts.
 */
class EntitiesFastPathTest {
    private static final List<String> EDGE_CASES = List.of(
            "",
            " ",
            "atlas.example",
            "Voir atlas.com/offres.",
            "https://atlas.example/ete?utm_source=x&utm_medium=social, puis atlas.com/offres et www.atlas.co.",
            "(https://fr.wikipedia.org/wiki/Fès_(ville)).",
            "fin de phrase. Début.Suite e.g. v2.0 1.5 a.b.c x.y.z.com",
            "«https://atlas.example/soldes» “atlas.ma” 'atlas.fr'",
            "http://t.co/abc123 https://t.co/abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop",
            "https://atlas.example/page#section #AtlasAir#Dakhla #tag://x #a#b ＃Été #️⃣ #1 #_ok",
            "@alice.example.com contact@atlas.com @bob@social.example",
            "نص عربي https://atlas.example/ar/عروض?utm_source=x #إعلان موقع.مصر و مثال.рф",
            "日本語のテキスト https://例え.テスト/パス 東京.jp #日本",
            "xn--80ak6aa92e.com https://xn--mgbh0fb.xn--kgbechtv/",
            "a\tatlas.com\nb\r\nhttps://atlas.example\f\u000Bx.com",
            "\u00A0atlas.com\u00A0 \u3000https://atlas.example\u3000#Tag\u2028x.com",
            "$AAPL.US and $TWTR https://atlas.example/$5",
            "https://atlas.example.:8080/path https://atlas.example:8080/ http://localhost:3000/",
            "👨‍👩‍👧‍👦atlas.com👍🏽 🇲🇦#Maroc❤️https://atlas.example",
            ".com .atlas.com atlas..com atlas.-com -atlas.com _atlas.com /atlas.com",
            "RT @atlas: https://atlas.example/a https://atlas.example/b\nhttps://atlas.example/c");

    private static final String[] PIECES = {
        "vol", "Réservez", "l’avion", "atlas", "example", "com", "co", "ma", "fr", "рф", "مصر", "日本", "http", "https",
        "://", "/", ".", ".", ".", ",", ";", ":", "!", "?", "(", ")", "#", "#", "＃", "@", "-", "_", "=", "&", "?utm=x",
        " ", " ", " ", " ", "\n", "\t", "\u00A0", "\u3000", "👍🏽", "❤️", "️⃣", "1", "42", "www", "t.co/x", "$"
    };

    @Test
    void urlsAsTwitterTextFindsThemInTheWholeText() {
        Function<String, List<Extractor.Entity>> whole = t -> new Extractor().extractURLsWithIndices(t);
        for (String text : corpus()) {
            assertThat(describe(Entities.twitterUrls(text))).as(text).isEqualTo(describe(whole.apply(text)));
        }
    }

    @Test
    void urlsWithAProtocolAsTwitterTextFindsThemInTheWholeText() {
        Function<String, List<Extractor.Entity>> whole = t -> {
            Extractor x = new Extractor();
            x.setExtractURLWithoutProtocol(false);
            return x.extractURLsWithIndices(t);
        };
        for (String text : corpus()) {
            assertThat(describe(Entities.twitterUrlsWithProtocol(text))).as(text).isEqualTo(describe(whole.apply(text)));
        }
    }

    @Test
    void hashtagsAsTwitterTextFindsThemInTheWholeText() {
        Function<String, List<Extractor.Entity>> whole = t -> new Extractor().extractHashtagsWithIndices(t);
        for (String text : corpus()) {
            assertThat(describe(Entities.twitterHashtags(text))).as(text).isEqualTo(describe(whole.apply(text)));
        }
    }

    @Test
    void theCorpusExercisesBothPaths() {
        // guards against a corpus that would make the comparisons above trivially equal
        long withUrls = corpus().stream().filter(t -> !new Extractor().extractURLsWithIndices(t).isEmpty()).count();
        long withTags = corpus().stream().filter(t -> !new Extractor().extractHashtagsWithIndices(t).isEmpty()).count();
        assertThat(withUrls).isGreaterThan(300);
        assertThat(withTags).isGreaterThan(300);
    }

    private static List<String> corpus() {
        List<String> out = new ArrayList<>(EDGE_CASES);
        Random r = new Random(20261125);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static List<String> describe(List<Extractor.Entity> entities) {
        return entities.stream().map(e -> e.getType() + " " + e.getStart() + "-" + e.getEnd() + " " + e.getValue()).toList();
    }
}
