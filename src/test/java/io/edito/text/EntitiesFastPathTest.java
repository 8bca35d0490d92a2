package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Entities' word-by-word use of twitter-text must find exactly what twitter-text finds on the whole text. */
class EntitiesFastPathTest {
    private static final String[] PIECES = {
        "https://atlas.example/soldes?utm_source=mastodon", "http://x.com:8080/a?b=c#d", "https://t.co/abc123",
        "atlas.example", "www.atlas.example/x", "https://المغرب.ma/رحلة", "https://fr.wikipedia.org/wiki/Fès_(ville)",
        "(https://atlas.example)", "\"https://atlas.example\".", "https://atlas.example/…", "mailto:team@atlas.example",
        "ftp://old.example", "http:/broken", "HTTPS://Atlas.MA/Vols", "Http://t.co/x", "https:", "://", "a:b", "12:30", "@atlas", "@atlas@mastodon.example",
        "#AtlasAir", "#سفر", "👩‍✈️", "🇲🇦", "é", "Réservez", "مرحبا", "東京", ".", ",", "!", "?", ":", "(", ")", "«", "»",
        "’", "$", "#", "@", "＃", "\u202A", " ", " ", "  ", "\n", "\t", "\u00A0", "\u3000", "#tag://x", "#1", "#été",
        "＃سفر", "1️⃣", "#️⃣", "xn--mgbc0a9azcg.ma", "atlas.ma.", "t.co/x", "Agadir.Dakhla", "..", "a.b",
        "ATLAS.COM/VOLS", "atlas.Co", "atlas.comx", "atlas.com-x", "atlas.co+x", "atlas.co@x", "a.xn--p1ai", "a.XN--P1AI/x",
        "пример.рф", "пример.РФ", "例え.テスト", "例え.中国/x", "atlas.ex", "atlas.exa", "https://atlas.c", "x.y.z.museum",
        "atlas.MA", "https://ﬁ.com", "atlas.ｃｏｍ", "www.atlas.example.com?x=1", "bit.ly", "a.ly/", "atlas.q"
    };

    @Test
    void urlsWithAProtocolAreTwitterTextsOnTheWholeText() {
        Extractor whole = new Extractor();
        whole.setExtractURLWithoutProtocol(false);
        for (String text : corpus()) {
            List<int[]> expected = new ArrayList<>();
            for (Extractor.Entity e : whole.extractURLsWithIndices(text)) {
                expected.add(new int[] {e.getStart(), e.getEnd()});
            }
            List<int[]> got = Entities.protocolUrls(text);
            assertThat(got).as(text).usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void urlsWithASchemeAreThePatternsMatchesOnTheWholeText() {
        List<String> texts = corpus();
        texts.addAll(List.of("hhttps://x.y", "xhttp://a", "éhttps://a", "HtTpS://A.b", "https://a://b", "http://", "https://",
                "http:// x", "(http://a.b)", "https://a.b https://c.d", "1http://a", "_http://a", "https://a\u00A0b",
                "httpſ://a", "ſhttps://a", "ｈttps://a", "\u0661https://a", "\u00B2http://a", "\u2160http://a", "\uD835\uDC00https://a",
                "\uD83Dhttps://a", "\uDC00http://a", "https://a\uD83D", "https://\uD83D\uDE00", "https://a\u2028b", "https://a\u2029b",
                "https://a\u3000b", "https://a\u000Bb", "https://a\fb", "https://a\u0085b", "https://a\u200Bb", "https://a“b",
                "https://a”b", "https://a«b", "https://a»b", "https://a<b>", "https://a\"b", "https://“", "HTTPs://a",
                "hTtP://a", "ＨＴＴＰ://a", "https:/\u002F/a", "https://a\u1680b", "https://a\u202Fb", "Ǆhttp://a", "ǅhttp://a",
                "ʰhttp://a", "ـhttp://a", "\u0301http://a", "\u200Dhttp://a"));
        int found = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = Entities.SCHEME_URL.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertThat(Entities.schemeUrls(text)).as(text).extracting(r -> r[0] + "-" + r[1]).containsExactlyElementsOf(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void mentionsAreThePatternsMatchesOnTheWholeText() {
        List<String> texts = corpus();
        texts.addAll(List.of("@@a", "a@b", "@a@b.c", "x@a", "_@a", ".@a", "@a.", "@a.b@c.d", "é@a", "@é", "@a@b",
                "@a-@b", "@a @b", "/@a", "\\@a", "+@a", "-@a", "@_", "@a_b.c_d@e-f.g", "@a@b.c@d.e"));
        int found = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = Entities.MENTION.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + " " + m.group(1));
            }
            assertThat(Entities.mentions(text, List.of())).as(text).extracting(e -> e.start() + "-" + e.end() + " " + e.value())
                    .containsExactlyElementsOf(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void mastodonMentionsAreThePatternsMatchesOnTheWholeText() {
        List<String> texts = corpus();
        texts.addAll(List.of("@@a", "a@b", "@a@b.c", "x@a", "_@a", ".@a", "@a.", "@a.b@c.d", "é@a", "@é", "@a@b", "=@a",
                "@a-@b", "@a @b", "/@a", "@a..b", "@a.-b@c", "@_", "@a_b.c_d@e-f.g", "@a@b.c@d.e", "@a@é.fr", "@a@b@c"));
        int found = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = Entities.MASTODON_MENTION.matcher(text);
            java.util.regex.Matcher end = Entities.MASTODON_MENTION_END.matcher(text);
            while (m.find()) {
                if (!end.region(m.end(), text.length()).lookingAt()) {
                    expected.add(m.start() + "-" + m.end() + " " + m.group(1));
                }
            }
            assertThat(Entities.mastodonMentions(text, List.of())).as(text)
                    .extracting(e -> e.start() + "-" + e.end() + " " + e.value()).containsExactlyElementsOf(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void urlsWithOrWithoutProtocolAreTwitterTextsOnTheWholeText() {
        Extractor whole = new Extractor();
        for (String text : corpus()) {
            List<int[]> expected = new ArrayList<>();
            for (Extractor.Entity e : whole.extractURLsWithIndices(text)) {
                expected.add(new int[] {e.getStart(), e.getEnd()});
            }
            assertThat(Entities.wordUrls(text, List.of())).as(text)
                    .usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void hashtagsAreTwitterTextsOnTheWholeText() {
        Extractor whole = new Extractor();
        for (String text : corpus()) {
            List<String> expected = new ArrayList<>();
            List<Entity> urls = Entities.urls(text); // ours: a link with a protocol, whatever its domain
            for (Extractor.Entity e : whole.extractHashtagsWithIndices(text)) {
                if (urls.stream().noneMatch(u -> u.start() < e.getStart() && e.getStart() < u.end())) {
                    expected.add(e.getStart() + "-" + e.getEnd()); // twitter-text's, less those inside our links
                }
            }
            assertThat(Entities.hashtags(text)).as(text).extracting(h -> h.start() + "-" + h.end())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theRepeatedPunctuationShortcutNeverHidesAMatch() {
        List<String> texts = corpus();
        String[] marks = {"!", "?", "¡", "¿", "؟", "‼", "⁉", "⁈", "⁇", ".", ",", ";", ":", "…", "a", " ", "ب", "\u2046", "\u204A", "‽"};
        Random r = new Random(3);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                sb.append(marks[r.nextInt(marks.length)]);
            }
            texts.add(sb.toString());
        }
        int matched = 0;
        for (String text : texts) {
            if (Entities.REPEATED_PUNCTUATION.matcher(text).find()) {
                matched++;
                assertThat(Entities.mayRepeatPunctuation(text.toCharArray())).as(text).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(500);
        assertThat(Entities.repeatedPunctuation("Vite !! Réservez.... ici, là")).extracting(TextSpan::text)
                .containsExactly("!!", "....");
    }

    @Test
    void allCapsWordsAreThoseOfThePatternOnTheWholeText() {
        List<String> texts = corpus();
        texts.addAll(List.of("RÉSERVEZ MAINTENANT", "E\u0301TE\u0301 GRATUIT", "ǅUNGLA ǄX", "\u0301\u0301AB", "ÀB\uD835\uDC00C",
                "Ⅻ ⅫⅫ", "ＡＢＣ ｄ", "ΣΑΣ", "ÉTÉ!!", "\uD83D ABC\uDE00", "AB\u20DDCD", "A\u0903B"));
        Random r = new Random(7);
        String[] caps = {"A", "É", "E\u0301", "Ǆ", "ǅ", "ǆ", "ß", "a", "1", " ", "-", "\u0301", "\u20DD", "ب", "Σ", "ς", "𝐀", "Ⓐ"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(16); k > 0; k--) {
                sb.append(caps[r.nextInt(caps.length)]);
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            for (int min : new int[] {0, 2, 3, 5}) {
                List<TextSpan> got = Entities.allCapsWords(text, min, () -> Entities.extract(text));
                List<TextSpan> expected = Entities.allCapsWordsByPattern(text, min, () -> Entities.extract(text));
                assertThat(got).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void mastodonLengthCountsEachProtocolUrlAs23() {
        assertThat(TextMeasure.mastodon("Vols https://atlas.ma/une-tres-longue-adresse/soldes-hiver?x=1 !", 23))
                .isEqualTo("Vols ".length() + 23 + " !".length());
        assertThat(TextMeasure.mastodon("atlas.ma sans protocole", 23)).isEqualTo("atlas.ma sans protocole".length());
        // like Mastodon (twitter-text's list of top-level domains), a made-up TLD is no link: counted in full
        assertThat(TextMeasure.mastodon("https://atlas.example/x", 23)).isEqualTo("https://atlas.example/x".length());
    }

    @Test
    void mastodonEndsALinkByItsOwnGrammarNotXs() {
        // X ends a path at its first Arabic letter; Mastodon takes any char but white space and <>()? (517/500 before)
        assertThat(TextMeasure.mastodon("ب https://atlas.ma/عروض-الشتاء-الكبرى-2027", 23)).isEqualTo(2 + 23);
        assertThat(TextMeasure.mastodon("زوروا https://atlas.ma/soldes?utm_source=x&q=عروض الآن", 23)).isEqualTo(6 + 23 + 5);
        // a path ends on no punctuation; a query on one of its ending chars
        assertThat(TextMeasure.mastodon("https://atlas.ma/été. Fin", 23)).isEqualTo(23 + ". Fin".length());
        assertThat(TextMeasure.mastodon("(https://atlas.ma/a_(b)) x", 23)).isEqualTo(1 + 23 + ") x".length());
        assertThat(TextMeasure.mastodon("https://atlas.ma/x?a=1. y", 23)).isEqualTo(23 + ". y".length());
        assertThat(TextMeasure.mastodon("https://atlas.ma?q=1 z", 23)).isEqualTo(23 + " z".length());
        assertThat(TextMeasure.mastodon("https://atlas.ma:8080/p, q", 23)).isEqualTo(23 + ", q".length());
        assertThat(TextMeasure.mastodon("https://atlas.ma", 23)).isEqualTo(23);
    }

    private static List<String> corpus() {
        List<String> out = new ArrayList<>(List.of(PIECES));
        Random r = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(10);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}
