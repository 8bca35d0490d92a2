package io.edito.text;

import static io.edito.text.GraphemesTest.FAMILY;
import static io.edito.text.GraphemesTest.FLAG_FR;
import static io.edito.text.GraphemesTest.THUMB_MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {
    @Test
    void hashtagsInFrenchArabicAndCjk() {
        String text = "Partez cet été #Réservez #ÉtéIndien #إعلان #日本 #2026";
        assertThat(Entities.hashtags(text)).extracting(Entity::value)
                .containsExactly("Réservez", "ÉtéIndien", "إعلان", "日本"); // a tag of digits only is no hashtag
        Entity arabic = Entities.hashtags(text).get(2);
        assertThat(text.substring(arabic.start(), arabic.end())).isEqualTo("#إعلان");
        assertThat(arabic.text()).isEqualTo("#إعلان");
        // Arabic text around an Arabic tag
        assertThat(Entities.hashtags("عرض خاص #إعلان للجميع")).extracting(Entity::text).containsExactly("#إعلان");
    }

    @Test
    void mentionsIncludingRemoteAndBlueskyHandles() {
        String text = "Merci @alice, @bob@social.example et @atlas.bsky.social ! contact@atlas.com";
        assertThat(Entities.mentions(text)).extracting(Entity::value, Entity::username).containsExactly(
                tuple("alice", "alice"), tuple("bob@social.example", "bob"), tuple("atlas.bsky.social", "atlas.bsky.social"));
        Entity bob = Entities.mentions(text).get(1);
        assertThat(text.substring(bob.start(), bob.end())).isEqualTo("@bob@social.example");
        assertThat(Entities.mentions("fin de phrase @alice.")).extracting(Entity::text).containsExactly("@alice");
    }

    @Test
    void urlsWithAnyDomainAndWithoutProtocol() {
        String text = "Voir https://atlas.example/ete?utm_source=x, puis atlas.com/offres et (https://fr.wikipedia.org/wiki/Fès_(ville)).";
        List<Entity> urls = Entities.urls(text);
        assertThat(urls).extracting(Entity::text).containsExactly(
                "https://atlas.example/ete?utm_source=x", "atlas.com/offres", "https://fr.wikipedia.org/wiki/Fès_(ville)");
        for (Entity u : urls) {
            assertThat(text.substring(u.start(), u.end())).isEqualTo(u.text());
        }
        // a mention or hashtag inside a URL is not one
        String inUrl = "https://mastodon.social/@atlas#top";
        assertThat(Entities.extract(inUrl)).extracting(Entity::kind).containsExactly(Entity.Kind.URL);
    }

    @Test
    void extractSortsEverything() {
        String text = "@alice #Été https://atlas.com " + FAMILY + " #إعلان";
        assertThat(Entities.extract(text)).extracting(Entity::kind).containsExactly(
                Entity.Kind.MENTION, Entity.Kind.HASHTAG, Entity.Kind.URL, Entity.Kind.HASHTAG);
        Entity last = Entities.extract(text).get(3);
        assertThat(last.start()).isEqualTo(text.indexOf("#إعلان"));
    }

    @Test
    void camelCase() {
        assertThat(Entities.isCamelCase("#AtlasAir")).isTrue();
        assertThat(Entities.isCamelCase("#ÉtéIndien")).isTrue();
        assertThat(Entities.isCamelCase("#Paris2026")).isTrue();
        assertThat(Entities.isCamelCase("#NASA")).isTrue();
        assertThat(Entities.isCamelCase("#إعلان")).isTrue();
        assertThat(Entities.isCamelCase("#日本")).isTrue();
        assertThat(Entities.isCamelCase("#atlasair")).isFalse();
        assertThat(Entities.isCamelCase("#ATLASAIR")).isFalse();
        assertThat(Entities.isCamelCase("#été")).isFalse();
        assertThat(Entities.isCamelCase("2026Atlas")).isTrue();
        // a tag that starts with a digit or a sign: its first letter is not told to be a capital (review)
        assertThat(Entities.isCamelCase("#1er")).isTrue();
        assertThat(Entities.isCamelCase("#_x")).isTrue();
        assertThat(Entities.isCamelCase("#2026SOLDES")).isFalse();
    }

    @Test
    void aHashtagInALinkIsPartOfTheLink() {
        // a fragment after a slash (review: #lowcost was a forbidden hashtag, #Acme a required one found)
        assertThat(Entities.hashtags("Voir https://acme.example/o/#lowcost et #Vrai")).extracting(Entity::text)
                .containsExactly("#Vrai");
        assertThat(new TextEntities("https://acme.example/#Acme hi").hashtags()).isEmpty();
        assertThat(new TextEntities("https://acme.example/#Acme #Acme").hashtags()).extracting(Entity::start)
                .containsExactly(27);
    }

    @Test
    void emojiCountIsPerGrapheme() {
        assertThat(Entities.emojiCount("Bon voyage " + FAMILY + FAMILY + " " + FLAG_FR + " " + THUMB_MEDIUM + " ✈️")).isEqualTo(5);
        assertThat(Entities.emojiCount("Aucun emoji ici, ni ©")).isZero();
    }

    @Test
    void allCapsWords() {
        String text = "RÉSERVEZ vite, c'est GRATUIT avec la SNCF et l'UE ! #NASA https://ATLAS.com/PROMO";
        assertThat(Entities.allCapsWords(text, 3)).extracting(TextSpan::text).containsExactly("RÉSERVEZ", "GRATUIT", "SNCF");
        assertThat(Entities.allCapsWords(text, 5)).extracting(TextSpan::text).containsExactly("RÉSERVEZ", "GRATUIT");
        TextSpan first = Entities.allCapsWords(text, 3).get(0);
        assertThat(first.start()).isZero();
        assertThat(first.end()).isEqualTo(8);
        assertThat(Entities.allCapsWords("عرض خاص 日本語", 2)).isEmpty();
    }

    @Test
    void mathematicalLetters() {
        String bold = "\uD835\uDC01\uD835\uDC28\uD835\uDC27"; // 𝐁𝐨𝐧
        String italic = "\uD835\uDE57\uD835\uDE64\uD835\uDE6E\uD835\uDE56\uD835\uDE5C\uD835\uDE5A"; // 𝙫𝙤𝙮𝙖𝙜𝙚
        String text = "Offre " + bold + " " + italic + " à Fès";
        List<TextSpan> spans = Entities.mathematicalAlphanumerics(text);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).text()).isEqualTo(bold + " " + italic);
        assertThat(spans.get(0).start()).isEqualTo(6);
        assertThat(Entities.mathematicalAlphanumerics("𝐀 b 𝐂")).extracting(TextSpan::text).containsExactly("𝐀", "𝐂");
        assertThat(Entities.mathematicalAlphanumerics("plain ÉTÉ")).isEmpty();
    }

    @Test
    void repeatedPunctuation() {
        String text = "Incroyable !!! Vraiment ?! Oui... Non.... هل أنت مستعد؟؟ https://atlas.com/?b=!!&a=1";
        assertThat(Entities.repeatedPunctuation(text)).extracting(TextSpan::text).containsExactly("!!!", "?!", "....", "؟؟");
        assertThat(Entities.repeatedPunctuation("Bonjour ! Ça va ? Oui…")).isEmpty();
    }

    /** {@link Entities#isCamelCase} as it was written before it read {@link CharKinds}: the reference. */
    private static boolean camelCaseByCodePoints(String hashtag) {
        String tag = hashtag.startsWith("#") || hashtag.startsWith("＃") ? hashtag.substring(1) : hashtag;
        int upper = 0;
        int lower = 0;
        boolean startsLower = false;
        for (int i = 0; i < tag.length(); ) {
            int cp = tag.codePointAt(i);
            boolean u = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            boolean l = Character.isLowerCase(cp);
            if (i == 0) {
                startsLower = l;
            }
            i += Character.charCount(cp);
            upper += u ? 1 : 0;
            lower += l ? 1 : 0;
        }
        return upper + lower == 0 || !startsLower && (lower > 0 || upper <= 4);
    }

    @Test
    void camelCaseReadsEveryCharAsTheJdkDoes() {
        String[] pieces = {"A", "a", "É", "é", "ǅ", "Ǆ", "ǆ", "ß", "ª", "Ⅸ", "ⅸ", "Ⓐ", "ⓐ", "\uD801\uDC00", "\uD801\uDC28",
            "\uD83D\uDE00", "\uD83D", "\uDE00", "1", "_", "س", "日", "ʰ", "ᾈ", "ᾀ"};
        java.util.Random r = new java.util.Random(11);
        int camel = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder tag = new StringBuilder(r.nextInt(4) == 0 ? "" : r.nextBoolean() ? "#" : "＃");
            for (int n = 1 + r.nextInt(7); n > 0; n--) {
                tag.append(pieces[r.nextInt(pieces.length)]);
            }
            boolean expected = camelCaseByCodePoints(tag.toString());
            camel += expected ? 1 : 0;
            assertThat(Entities.isCamelCase(tag.toString())).as(tag.toString()).isEqualTo(expected);
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) { // every char after a capital, and first
            String after = "#A" + c + "b";
            String alone = "#" + c + "bcd";
            assertThat(Entities.isCamelCase(after)).as("U+%04X", (int) c).isEqualTo(camelCaseByCodePoints(after));
            assertThat(Entities.isCamelCase(alone)).as("U+%04X", (int) c).isEqualTo(camelCaseByCodePoints(alone));
        }
        assertThat(camel).isBetween(2_000, 18_000);
    }
}
