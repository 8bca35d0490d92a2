package io.edito.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.cli.CliRun;
import io.edito.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule family, with a post that breaks it and one that does not, in French, Arabic, emoji and CJK. */
class CheckRulesTest {
    static final String NOW = "2026-11-25T09:00:00Z";

    @TempDir
    Path dir;

    String charter = "";

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                charter: charter.yaml
                channels:
                  x: { handle: "@atlasair" }
                  instagram: { handle: "atlas.air" }
                  bluesky: { handle: "atlas.example" }
                  threads: { handle: "atlas.air" }
                  mastodon: { handle: "@atlas@mastodon.example", max_characters: 600 }
                  facebook: { handle: "AtlasAir" }
                """);
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
    }

    /** Runs check on one post (YAML lines of the post, indented 4) and returns the findings as JSON. */
    private JsonNode check(String post) throws IOException {
        Files.writeString(dir.resolve("charter.yaml"), charter.isEmpty() ? "{}\n" : charter);
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post);
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW);
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    }

    /** Runs check on one post with {@code charterText} as the charter, expecting an input error (exit 2). */
    private CliRun refused(String charterText, String post) throws IOException {
        Files.writeString(dir.resolve("charter.yaml"), charterText);
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post);
        CliRun r = CliRun.of("check", dir.toString(), "--now", NOW);
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        return r;
    }

    private static List<String> rules(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("findings").forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    private static JsonNode first(JsonNode result, String rule) {
        for (JsonNode f : result.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + result);
    }

    private static String post(String channels, String text) {
        return "  - id: p1\n    at: 2026-12-01 12:00\n    status: approved\n    channels: [" + channels + "]\n"
                + "    text: \"" + text + "\"\n";
    }

    @Test
    void xWeightedLengthCountsUrlsAndEmojiLikeX() throws IOException {
        String ok = "a".repeat(256) + " https://www.atlas-air.com/" + "x".repeat(100);
        assertThat(rules(check(post("x", ok)))).doesNotContain("length.x");
        String over = "a".repeat(279) + "👨‍👩‍👧‍👦";
        JsonNode f = first(check(post("x", over)), "length.x");
        assertThat(f.get("message").asText()).contains("281/280 (X weighted length)");
        assertThat(f.get("line").asInt()).isEqualTo(6);
        assertThat(f.get("column").asInt()).isEqualTo(12);
        String cjk = "日本語".repeat(47);
        assertThat(first(check(post("x", cjk)), "length.x").get("message").asText()).contains("282/280");
    }

    @Test
    void aThreadsReplyHasAPostsLimitsOfLinksAndHashtags() throws IOException {
        // each thread item and the first comment go out on Threads as posts of their own (replies)
        String links = "https://e0.example https://e1.example https://e2.example https://e3.example https://e4.example"
                + " https://e5.example";
        String post = post("threads", "Bonjour") + "    thread: [\"" + links + "\", \"deux #Un #Deux\"]\n"
                + "    first_comment: \"" + links + " #Un #Deux\"\n";
        JsonNode r = check(post);
        List<String> messages = new ArrayList<>();
        r.get("findings").forEach(f -> messages.add(f.get("rule").asText() + ": " + f.get("message").asText()));
        assertThat(messages).contains(
                "links.max: Threads accepts at most 5 links in a post; thread item 2 has 6",
                "links.max: Threads accepts at most 5 links in a post; the first comment has 6",
                "hashtags.max: 2 hashtags in thread item 3, over Threads' limit of 1",
                "hashtags.max: 2 hashtags in the first comment, over Threads' limit of 1");
        // the main text itself is within both
        assertThat(messages).noneMatch(m -> m.contains("this one has"));
        // Instagram has no replies: its thread items never go out as posts (thread.unsupported says so)
        assertThat(rules(check(post("instagram", "Bonjour") + "    thread: [\"#a #b #c #d #e #f\"]\n")))
                .contains("thread.unsupported").doesNotContain("hashtags.max");
        // Instagram's first comment is a comment under the post, not a post: no post limit applies to it
        assertThat(rules(check(post("instagram", "Bonjour") + "    first_comment: \"#a #b #c #d #e #f\"\n")))
                .doesNotContain("hashtags.max");
    }

    @Test
    void youtubeRefusesAngleBracketsInTitlesAndDescriptions() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("  facebook: { handle: \"AtlasAir\" }", "  facebook: { handle: \"AtlasAir\" }\n  youtube: { handle: \"@atlasair\" }"));
        String post = "  - id: p1\n    at: 2026-12-01 12:00\n    status: approved\n    channels: [youtube]\n"
                + "    title: \"Top 10 <destinations>\"\n    text: \"Prix a < b\"\n";
        JsonNode r = check(post);
        List<String> messages = new ArrayList<>();
        r.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("text.refused_character")) {
                messages.add(f.get("message").asText() + " @" + f.get("line").asInt() + ":" + f.get("column").asInt());
            }
        });
        assertThat(messages).containsExactlyInAnyOrder(
                "YouTube does not accept < and > in a description: '<' here @7:19",
                "YouTube does not accept < and > in a title: '<' here @6:20");
        assertThat(rules(check(post.replace("<destinations>", "destinations").replace("a < b", "a moins de b"))))
                .doesNotContain("text.refused_character");
    }

    @Test
    void aPostsOwnMediaEntryNeedsAFile() throws IOException {
        // the entry was dropped in silence and the post went out text-only
        CliRun r = refused("{}\n", post("x", "Bonjour") + "    media: [ { alt: \"Une image sans fichier\" } ]\n");
        assertThat(r.out() + r.err()).contains("c.yaml:7:14").contains("a media entry of the post needs file:");
        // a translation's entry without file: gives its alt text to the post's image: as before
        writeImage("assets/a.png", 1200, 1200);
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("languages: [fr]", "languages: [fr, en]"));
        String translated = post("x", "Bonjour") + "    media: [ { file: assets/a.png, alt: \"Une cabine vue de face\" } ]\n"
                + "    translations:\n      en: { text: \"Hello\", media: [ { alt: \"A cabin seen from the front\" } ] }\n";
        assertThat(rules(check(translated))).doesNotContain("media.file");
    }

    @Test
    void aPostRepeatedByAYamlAliasIsSaidToBe() throws IOException {
        // "duplicate post id 'p1' (also at c.yaml:3:9)" at c.yaml:3:9: the anchor named twice
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n  - &p\n    id: p1\n    at: 2026-12-01 12:00\n"
                + "    status: approved\n    channels: [x]\n    text: \"Bonjour\"\n  - *p\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("duplicate post id 'p1': the post written here is listed twice")
                .contains("a YAML alias to its anchor").doesNotContain("also at");
    }

    @Test
    void aTranslationIntoALanguageTheBrandDoesNotPublishIsWarnedOf() throws IOException {
        // translations: { zz: ... } passed in silence, and was even checked on X as [p1 @ x, zz]
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post("x", "Bonjour")
                + "    translations:\n      zz: { text: \"Zz zz\" }\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.out() + r.err()).contains("c.yaml:8:7").contains("language 'zz' is not among the brand's "
                + "languages [fr]");
    }

    @Test
    void altLimitsThatNoAltTextCouldMeetAreRefused() throws IOException {
        // every alt text was told outside "50-10"
        CliRun r = refused("media: { alt_min: 50, alt_max: 10 }\n", post("x", "Bonjour"));
        assertThat(r.out() + r.err()).contains("charter.yaml:1:").contains("media.alt_max 10 is less than alt_min 50");
    }

    @Test
    void aRefusedCharacterIsToldInEveryTextItIsRefusedIn() throws IOException {
        // refuses: was read for every text but checked in the post's text and title only
        charter = "limits:\n  x: { text: { refuses: \"<>\" }, alt: { refuses: \"<>\" } }\n";
        writeImage("assets/a.png", 1200, 1200);
        String post = post("x", "Bonjour") + "    thread: [\"Suite <b> du fil\"]\n    first_comment: \"Commentaire <i>\"\n"
                + "    media:\n      - { file: assets/a.png, alt: \"Feu <d'artifice> sur la baie\" }\n";
        List<String> lines = new ArrayList<>();
        check(post).get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("text.refused_character")) {
                lines.add(f.get("line").asInt() + ": " + f.get("message").asText());
            }
        });
        assertThat(lines).containsExactlyInAnyOrder("7: X does not accept < and > in a post: '<' here",
                "8: X does not accept < and > in a post: '<' here", "10: X does not accept < and > in an alt text: '<' here");
        charter = "";
    }

    @Test
    void anAltTextOverTheNetworksOwnLimitIsTooLong() throws IOException {
        writeImage("assets/a.png", 1200, 1200);
        String x = post("x", "Photo") + "    media:\n      - { file: assets/a.png, alt: \"" + "a".repeat(1001) + "\" }\n";
        assertThat(first(check(x), "length.x").get("message").asText())
                .isEqualTo("X alt text of image 1 too long: 1001/1000 (UTF-16 code units)");
        assertThat(rules(check(x.replace("a".repeat(1001), "a".repeat(1000))))).doesNotContain("length.x");
        String masto = post("mastodon", "Photo") + "    media:\n      - { file: assets/a.png, alt: \"" + "é".repeat(1501)
                + "\" }\n";
        assertThat(first(check(masto), "length.mastodon").get("message").asText()).contains("media description of image 1")
                .contains("1501/1500");
    }

    @Test
    void blueskyCountsGraphemeClusters() throws IOException {
        String family = "👨‍👩‍👧‍👦".repeat(300);
        JsonNode r = check(post("bluesky", family));
        // 300 graphemes is within the limit; but 300 families are 7,500 UTF-8 bytes, over Bluesky's 3,000
        assertThat(first(r, "length.bluesky").get("message").asText()).contains("bytes").doesNotContain("300/300");
        assertThat(rules(check(post("bluesky", "é".repeat(300))))).doesNotContain("length.bluesky");
        assertThat(first(check(post("bluesky", "é".repeat(301))), "length.bluesky").get("message").asText())
                .contains("301/300");
    }

    @Test
    void mastodonUsesTheInstanceLimitAndCountsRemoteMentionsByUsername() throws IOException {
        String text = "@someone@very.long.instance.example.social " + "a".repeat(590);
        assertThat(rules(check(post("mastodon", text)))).doesNotContain("length.mastodon");
        assertThat(first(check(post("mastodon", "a".repeat(601))), "length.mastodon").get("message").asText())
                .contains("601/600");
    }

    @Test
    void mastodonCountsTheContentWarningWithEveryStatusOfTheThread() throws IOException {
        // each status is sent with the warning (spoiler_text), and the instance counts it with the status's text
        String post = "  - id: p1\n    at: 2026-12-01 12:00\n    status: approved\n    channels: [mastodon]\n"
                + "    content_warning: \"" + "w".repeat(20) + "\"\n"
                + "    text: \"" + "a".repeat(580) + "\"\n"
                + "    thread:\n      - \"" + "b".repeat(581) + "\"\n      - \"" + "c".repeat(570) + "\"\n"
                + "    first_comment: \"" + "d".repeat(590) + "\"\n";
        List<String> messages = new ArrayList<>();
        check(post).get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("length.mastodon")) {
                messages.add(f.get("message").asText());
            }
        });
        assertThat(messages).containsExactlyInAnyOrder("Mastodon thread item 2 too long: 601/600 (Mastodon characters)",
                "Mastodon first comment too long: 610/600 (Mastodon characters)");
    }

    @Test
    void aTikTokPhotoPostIsMeasuredAgainstThePhotoLimits() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                + "  tiktok: { handle: \"atlas.air\" }\n");
        String media = "    media: [ { file: assets/a.jpg, alt: \"Un avion\" } ]\n";
        String caption = "a".repeat(2300);
        String photo = "  - id: p1\n    at: 2026-12-01 12:00\n    status: approved\n    channels: [tiktok]\n"
                + "    title: \"" + "t".repeat(95) + "\"\n" + "    text: \"" + caption + "\"\n" + media;
        List<String> messages = new ArrayList<>();
        check(photo).get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("length.tiktok")) {
                messages.add(f.get("message").asText());
            }
        });
        assertThat(messages).containsExactly("TikTok photo title too long: 95/90 (UTF-16 code units)");
        String video = photo.replace("assets/a.jpg", "assets/a.mp4");
        messages.clear();
        check(video).get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("length.tiktok")) {
                messages.add(f.get("message").asText());
            }
        });
        assertThat(messages).containsExactly("TikTok caption too long: 2300/2200 (UTF-16 code units)");
    }

    @Test
    void threadsLimitsLinksAndCountsEmojiAsBytes() throws IOException {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            links.append(" https://atlas.example/").append(i);
        }
        assertThat(rules(check(post("threads", "Liens" + links)))).contains("links.max");
        assertThat(rules(check(post("threads", "😀".repeat(125))))).doesNotContain("length.threads");
        assertThat(rules(check(post("threads", "😀".repeat(126))))).contains("length.threads");
    }

    @Test
    void markdownIsRemovedBeforeCounting() throws IOException {
        String text = "**" + "a".repeat(280) + "**";
        assertThat(rules(check(post("x", text)))).doesNotContain("length.x");
    }

    @Test
    void forbiddenTermsIgnoreCaseAccentsElisionAndArabicArticle() throws IOException {
        charter = """
                vocabulary:
                  forbidden:
                    - { term: "pas cher", suggest: "à petit prix" }
                    - { term: "reservez", suggest: "découvrez", severity: warning }
                    - { term: "رخيص", suggest: "بسعر مناسب" }
                    - { term: "avion" }
                rules: { style.all_caps: off, languages.script: off }
                """;
        JsonNode r = check(post("facebook", "Un vol PAS CHER ! RÉSERVEZ vite l’avion"));
        assertThat(rules(r)).containsExactly("vocabulary.forbidden", "vocabulary.forbidden", "vocabulary.forbidden");
        JsonNode pasCher = first(r, "vocabulary.forbidden");
        assertThat(pasCher.get("column").asInt()).isEqualTo(19);
        assertThat(pasCher.get("endColumn").asInt()).isEqualTo(26);
        assertThat(pasCher.get("suggestion").asText()).contains("à petit prix");
        assertThat(r.get("summary").get("warnings").asInt()).isEqualTo(1);
        // hashtags and mentions of every text that goes out too (Instagram's hashtags often go in the first comment)
        String saved = charter;
        charter = "hashtags: { forbidden: [\"#lowcost\"] }\nmentions: { allowed: [\"@atlasair\"] }\n";
        JsonNode tags = check(post("facebook", "Bonjour") + "    first_comment: \"#LowCost @rival\"\n");
        assertThat(rules(tags)).containsExactlyInAnyOrder("hashtags.forbidden", "mentions.allowed");
        assertThat(first(tags, "hashtags.forbidden").get("line").asInt())
                .isEqualTo(first(tags, "mentions.allowed").get("line").asInt());
        charter = saved;
        // every text that goes out: thread items, the first comment and the title too, each at its own place
        JsonNode thread = check(post("x", "ok") + "    thread: [\"deux vols pas cher\"]\n"
                + "    first_comment: \"Un avion pour tous\"\n");
        assertThat(rules(thread)).containsExactly("vocabulary.forbidden", "vocabulary.forbidden");
        assertThat(thread.get("findings").findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("pas cher"))
                .anySatisfy(m -> assertThat(m).contains("avion"));
        // a landing page's address is not the post's wording: not matched inside a link
        assertThat(rules(check(post("facebook", "Nos offres https://atlas.example/vols-pas-cher-paris")))).isEmpty();
        JsonNode ar = check(post("facebook", "سفر الرخيص إلى باريس"));
        assertThat(rules(ar)).containsExactly("vocabulary.forbidden");
        assertThat(rules(check(post("facebook", "Un vol à petit prix, des avions neufs")))).isEmpty();
    }

    @Test
    void requiredTermsAreScopedByLanguageAndCampaign() throws IOException {
        charter = """
                vocabulary:
                  required:
                    - { term: "conditions", languages: [fr], campaigns: [winter-sale] }
                """;
        String p = post("facebook", "Soldes !") + "    campaign: winter-sale\n";
        assertThat(rules(check(p))).containsExactly("vocabulary.required");
        assertThat(rules(check(post("facebook", "Soldes !")))).isEmpty();
        assertThat(rules(check(post("facebook", "Soldes, Conditions dans l'appli") + "    campaign: winter-sale\n")))
                .isEmpty();
    }

    @Test
    void aVisibilityOrAContentWarningIsToldWhereTheNetworkHasNone() throws IOException {
        // a post for followers only went out public on X, its content warning dropped (review)
        JsonNode r = check(post("mastodon, x, bluesky", "Annonce interne") + "    visibility: private\n"
                + "    content_warning: \"Turbulences\"\n");
        List<String> found = new ArrayList<>();
        r.get("findings").forEach(f -> found.add(f.get("rule").asText() + " " + f.get("channel").asText()
                + " " + f.get("line").asInt() + ":" + f.get("column").asInt()));
        assertThat(found).containsExactly("audience.visibility x 7:17", "audience.visibility bluesky 7:17",
                "audience.content_warning x 8:22", "audience.content_warning bluesky 8:22");
        assertThat(first(r, "audience.visibility").get("severity").asText()).isEqualTo("error");
        assertThat(first(r, "audience.visibility").get("message").asText())
                .isEqualTo("visibility: private cannot go out on x: every X post is public to everyone");
        assertThat(rules(check(post("mastodon, x", "Annonce") + "    visibility: public\n"))).isEmpty();
    }

    @Test
    void aTitleThatGoesNowhereIsTold() throws IOException {
        // a title: on X or a Facebook photo was shown by the preview and sent by no publisher
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                + "  linkedin: { handle: \"atlas-air\" }\n");
        String titled = post("x, bluesky, linkedin, facebook", "Nouvelle ligne") + "    title: \"Dakhla\"\n";
        JsonNode r = check(titled);
        List<String> found = new ArrayList<>();
        r.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("title.unsent")) {
                found.add(f.get("channel").asText() + " " + f.get("line").asInt() + ":" + f.get("column").asInt());
            }
        });
        assertThat(found).containsExactlyInAnyOrder("x 7:13", "bluesky 7:13", "linkedin 7:13", "facebook 7:13");
        assertThat(r.get("findings").findValuesAsText("message")).contains("title: does not go out on x: X has no "
                + "title for a post", "title: does not go out on linkedin: LinkedIn shows a title only on the card of "
                + "a link: (this post has no link:)");
        // with a link: LinkedIn's article and Bluesky's card carry it; X and a Facebook post still do not
        JsonNode linked = check(titled + "    link: https://atlas.example/dakhla\n");
        List<String> still = new ArrayList<>();
        linked.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("title.unsent")) {
                still.add(f.get("channel").asText());
            }
        });
        assertThat(still).containsExactlyInAnyOrder("x", "facebook");
    }

    @Test
    void aLinkThatNoCardCarriesAndTheTextDoesNotHoldIsTold() throws IOException {
        // preview showed a link card on X, Mastodon and (beside images) Bluesky: none of them sends one (review)
        JsonNode r = check(post("x, mastodon, bluesky, facebook", "Nouvelle ligne") + "    link: https://atlas.example/dakhla\n");
        List<String> found = new ArrayList<>();
        r.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("links.unsent")) {
                found.add(f.get("channel").asText());
            }
        });
        assertThat(found).containsExactly("x", "mastodon");
        assertThat(first(r, "links.unsent").get("message").asText()).isEqualTo("link: https://atlas.example/dakhla does "
                + "not go out on x: X makes no card of it, only a link written in the text goes out");
        assertThat(first(r, "links.unsent").get("line").asInt()).isEqualTo(7);
        writeImage("assets/a.png", 1200, 630);
        JsonNode withImage = check(post("bluesky", "Nouvelle ligne") + "    link: https://atlas.example/dakhla\n"
                + "    media: [ { file: assets/a.png, alt: \"La lagune\" } ]\n");
        assertThat(first(withImage, "links.unsent").get("message").asText()).endsWith("a Bluesky post with images or a "
                + "video shows them, not the link's card");
        // written in the text, it goes out as the text's link
        assertThat(rules(check(post("x", "Nouvelle ligne https://atlas.example/dakhla") + "    link: https://atlas.example/dakhla\n")))
                .doesNotContain("links.unsent");
    }

    @Test
    void hashtagRules() throws IOException {
        charter = """
                hashtags: { max: { x: 2 }, required: ["#AtlasAir"], forbidden: ["#lowcost"], camel_case: true }
                disclosure: { fr: "#sponsorisé" }
                """;
        assertThat(rules(check(post("x", "Vol #AtlasAir #Soldes #Paris")))).containsExactly("hashtags.max");
        assertThat(rules(check(post("instagram", "Vol #AtlasAir #a #b #c #d #e")))).contains("hashtags.max");
        assertThat(rules(check(post("x", "Vol sans tag")))).containsExactly("hashtags.required");
        assertThat(rules(check(post("x", "Vol #AtlasAir #lowcost")))).contains("hashtags.forbidden");
        assertThat(rules(check(post("x", "Vol #AtlasAir #soldeshiver")))).containsExactly("hashtags.camel_case");
        assertThat(rules(check(post("x", "Vol #AtlasAir #إعلان")))).isEmpty();
        assertThat(rules(check(post("x", "Vol #AtlasAir #sponsorisé")))).isEmpty();
        // a link's fragment is no hashtag: not forbidden, not counted, not the required one (review)
        assertThat(rules(check(post("x", "Vol #AtlasAir https://atlas.example/o/#lowcost")))).isEmpty();
        assertThat(rules(check(post("x", "Vol https://atlas.example/#AtlasAir")))).containsExactly("hashtags.required");
        assertThat(rules(check(post("x", "Vol #AtlasAir #Paris https://atlas.example/#Soldes")))).isEmpty();
    }

    @Test
    void aHashtagBlueskyLeavesAsPlainTextIsFoundWhereItIsWritten() throws IOException {
        String linked = "#" + "Atlas".repeat(12) + "Air"; // 63 characters after the #
        String plain = "#" + "Atlas".repeat(13); // 65
        assertThat(rules(check(post("bluesky", "Vol " + linked + "!")))).doesNotContain("hashtags.too_long");
        JsonNode f = first(check(post("bluesky", "Vol " + plain + "! Bon voyage")), "hashtags.too_long");
        assertThat(f.get("severity").asText()).isEqualTo("warning");
        assertThat(f.get("message").asText()).isEqualTo("hashtag " + plain + " is 65 characters long: Bluesky makes a "
                + "link of a hashtag of at most 64, this one goes out as plain text");
        assertThat(f.get("line").asInt()).isEqualTo(6);
        assertThat(f.get("column").asInt()).isEqualTo(12 + "Vol ".length()); // the # itself
        assertThat(f.get("endColumn").asInt()).isEqualTo(12 + "Vol ".length() + 65); // its last letter, not the '!'
        // X links it: nothing to say there
        assertThat(rules(check(post("x", "Vol " + plain)))).doesNotContain("hashtags.too_long");
        // a thread item is a post of its own on Bluesky, with its own links
        JsonNode item = first(check(post("bluesky", "Vol") + "    thread:\n      - \"Suite " + plain + "\"\n"),
                "hashtags.too_long");
        assertThat(item.get("line").asInt()).isEqualTo(8);
        assertThat(item.get("column").asInt()).isEqualTo(10 + "Suite ".length());
    }

    @Test
    void tooManyHashtagsPointsAtOnesTheCharterDoesNotAskFor() throws IOException {
        // X's limit of 2 in this charter, #AtlasAir required, #sponsorisé the disclosure: the finding pointed at the
        // third hashtag, the disclosure, and removing it brought a disclosure error
        charter = "hashtags: { required: [\"#AtlasAir\"], max: { x: 2 } }\ndisclosure: { partner: \"#sponsorisé\" }\n";
        JsonNode r = check(post("x", "Vols #AtlasAir #Soldes #sponsorisé") + "    partner: riad\n");
        JsonNode f = first(r, "hashtags.max");
        assertThat(f.get("suggestion").asText()).isEqualTo("keep 2: remove #Soldes");
        assertThat(f.get("column").asInt()).isEqualTo(post("x", "").lines().filter(l -> l.contains("text:")).findFirst()
                .orElseThrow().indexOf('"') + 1 + "Vols #AtlasAir ".length() + 1);
        // when what the charter asks for is already more than the limit, it says so rather than point at it
        charter = "hashtags: { required: [\"#AtlasAir\", \"#Maroc\"], max: { x: 2 } }\ndisclosure: { partner: \"#sponsorisé\" }\n";
        JsonNode all = check(post("x", "Vols #AtlasAir #Maroc #sponsorisé") + "    partner: riad\n");
        assertThat(first(all, "hashtags.max").get("message").asText()).isEqualTo("3 hashtags, over the charter's limit "
                + "for x of 2: the charter's required hashtags and disclosure alone are 3");
    }

    @Test
    void linkRules() throws IOException {
        charter = "links: { https: true, domains: [atlas.example], utm: required, shorteners: forbidden }\n";
        String good = "https://atlas.example/soldes?utm_source=facebook&utm_medium=social&utm_campaign=hiver";
        assertThat(rules(check(post("facebook", "Réservez " + good)))).isEmpty();
        assertThat(rules(check(post("facebook", "Réservez " + good.replace("https", "http"))))).contains("links.https");
        assertThat(rules(check(post("facebook", "Réservez https://atlas.example/soldes")))).contains("links.utm");
        // an empty parameter is none
        assertThat(rules(check(post("facebook", "Réservez " + good.replace("utm_medium=social", "utm_medium="))))).contains("links.utm");
        // the suggestion adds what is missing, not what the link has
        JsonNode noCampaign = first(check(post("facebook", "Réservez " + good.replace("hiver", ""))), "links.utm");
        assertThat(noCampaign.get("message").asText()).isEqualTo("link without utm_campaign");
        assertThat(noCampaign.get("suggestion").asText()).isEqualTo("add utm_campaign=<campaign> (<campaign>: the "
                + "campaign's name; the post gives no campaign:)");
        JsonNode none = first(check(post("facebook", "Réservez https://atlas.example/soldes?a=1")), "links.utm");
        assertThat(none.get("suggestion").asText()).isEqualTo("add utm_source=facebook&utm_medium=social&utm_campaign="
                + "<campaign> (<campaign>: the campaign's name; the post gives no campaign:)");
        JsonNode campaign = first(check(post("facebook", "Réservez https://atlas.example/soldes?a=1")
                + "    campaign: hiver\n"), "links.utm");
        assertThat(campaign.get("suggestion").asText()).isEqualTo("add utm_source=facebook&utm_medium=social&utm_campaign=hiver");
        // the suggestion's <campaign> pasted as it is: still to be written (the check passed it)
        JsonNode pasted = first(check(post("facebook", "Réservez " + good.replace("=hiver", "=%3Ccampaign%3E"))), "links.utm");
        assertThat(pasted.get("message").asText()).isEqualTo("link whose utm_campaign is still a placeholder");
        assertThat(pasted.get("suggestion").asText()).startsWith("write utm_campaign=<campaign> (<campaign>: the campaign's name");
        // one text on two channels: one link cannot carry both sources (the suggestion named the first channel's,
        // and following it gave a links.utm_source warning on the other)
        JsonNode shared = first(check(post("facebook, instagram", "Réservez https://atlas.example/soldes")), "links.utm");
        assertThat(shared.get("channel").asText()).isEqualTo("facebook,instagram");
        assertThat(shared.get("suggestion").asText()).isEqualTo("add utm_medium=social&utm_campaign=<campaign> (<campaign>: "
                + "the campaign's name; the post gives no campaign:), and give "
                + "facebook and instagram each a variant with its own link (utm_source=facebook, utm_source=instagram): "
                + "they share this text");
        assertThat(rules(check(post("x", "Réservez " + good)))).contains("links.utm_source");
        // the links of a thread item and of the first comment, each at its own place
        JsonNode others = check(post("facebook", "Réservez " + good) + "    thread: [\"Suite http://atlas.example/x\"]\n"
                + "    first_comment: \"Lien https://bit.ly/abc\"\n");
        assertThat(rules(others)).contains("links.https", "links.shorteners");
        assertThat(first(others, "links.https").get("line").asInt())
                .isNotEqualTo(first(others, "links.shorteners").get("line").asInt());
        assertThat(rules(check(post("facebook", "Réservez https://bit.ly/abc")))).contains("links.shorteners",
                "links.domains");
        assertThat(rules(check(post("instagram", "Réservez " + good.replace("facebook", "instagram")))))
                .contains("links.not_clickable");
    }

    @Test
    void disclosureInTheLanguageOfEachText() throws IOException {
        charter = "disclosure: { fr: \"#sponsorisé\", ar: \"#إعلان\" }\n";
        String paid = post("facebook", "Avec notre partenaire") + "    paid: true\n";
        assertThat(rules(check(paid))).containsExactly("disclosure");
        assertThat(rules(check(post("facebook", "Avec notre partenaire #Sponsorisé") + "    paid: true\n"))).isEmpty();
        // in a link's fragment, the reader sees no disclosure
        assertThat(rules(check(post("facebook", "Vols https://atlas.example/offre#sponsorisé") + "    paid: true\n")))
                .contains("disclosure");
        String ar = post("facebook", "Avec notre partenaire #sponsorisé") + "    partner: Riad\n"
                + "    translations:\n      ar: { text: \"مع شريكنا\" }\n";
        JsonNode r = check(ar);
        assertThat(rules(r)).containsExactly("disclosure");
        assertThat(first(r, "disclosure").get("lang").asText()).isEqualTo("ar");
    }

    @Test
    void disclosureOfAPostWithoutLanguageIsAnyOfTheCharters() throws IOException {
        // regression: "no disclosure is defined for null in the charter", suggesting disclosure: { null: "..." }
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("languages: [fr]\n", ""));
        charter = "disclosure: { fr: \"#sponsorisé\", en: \"#ad\" }\n";
        JsonNode missing = check(post("facebook", "With our partner") + "    paid: true\n");
        assertThat(rules(missing)).containsExactly("disclosure");
        assertThat(first(missing, "disclosure").get("message").asText())
                .isEqualTo("paid post without a disclosure (#ad, #sponsorisé)").doesNotContain("null");
        assertThat(rules(check(post("facebook", "With our partner #ad") + "    paid: true\n"))).isEmpty();
    }

    @Test
    void styleRules() throws IOException {
        charter = "style: { max_emoji: 2 }\n";
        assertThat(rules(check(post("facebook", "Bon voyage ✈️🌍🧳")))).containsExactly("style.emoji");
        assertThat(rules(check(post("facebook", "Bon voyage 👨‍👩‍👧‍👦✈️")))).isEmpty();
        assertThat(rules(check(post("facebook", "Un vol INCROYABLE")))).containsExactly("style.all_caps");
        assertThat(rules(check(post("facebook", "Un vol 𝐢𝐧𝐜𝐫𝐨𝐲𝐚𝐛𝐥𝐞")))).containsExactly("style.math_letters");
        assertThat(rules(check(post("facebook", "Un vol incroyable !!!")))).containsExactly("style.punctuation");
        assertThat(rules(check(post("facebook", "Un vol avec la SNCF et la RAM.")))).isEmpty();
    }

    @Test
    void altTextInEveryLanguage() throws IOException {
        writeImage("assets/sq.png", 1080, 1080);
        String base = post("facebook", "Photo") + "    media:\n      - file: assets/sq.png\n";
        assertThat(rules(check(base))).containsExactly("media.alt_required");
        String withAlt = base + "        alt: \"Un avion au-dessus de l'Atlas\"\n";
        assertThat(rules(check(withAlt))).isEmpty();
        JsonNode r = check(withAlt + "    translations:\n      ar: { text: \"صورة\" }\n");
        assertThat(rules(r)).containsExactly("media.alt_required");
        assertThat(first(r, "media.alt_required").get("lang").asText()).isEqualTo("ar");
        assertThat(rules(check(withAlt + "    translations:\n      ar: { text: \"صورة\", media: [ { alt: \"طائرة فوق الأطلس\" } ] }\n")))
                .isEmpty();
    }

    @Test
    void altTextOfTheImagesAChannelsVariantAttaches() throws IOException {
        // only the first channel's media were read: an image a variant attaches for Instagram went out without alt
        writeImage("assets/sq.jpg", 1080, 1080);
        writeImage("assets/feed.jpg", 1080, 1350);
        String post = post("facebook, instagram", "Photo") + "    media:\n      - { file: assets/sq.jpg, alt: \"Un avion au-dessus de l'Atlas\" }\n"
                + "    variants:\n      instagram:\n        media:\n          - { file: assets/feed.jpg }\n";
        JsonNode r = check(post);
        assertThat(rules(r)).containsExactly("media.alt_required");
        assertThat(first(r, "media.alt_required").get("message").asText()).isEqualTo("assets/feed.jpg has no alt text in fr on instagram");
        assertThat(first(r, "media.alt_required").get("channel").asText()).isEqualTo("instagram");
        assertThat(first(r, "media.alt_required").get("line").asInt()).isEqualTo(12); // the variant's entry
        // the other way round: the post's image has none, the variant's has one; facebook sends the post's
        String reverse = post("facebook, instagram", "Photo") + "    media:\n      - { file: assets/sq.jpg }\n"
                + "    variants:\n      instagram:\n        media:\n          - { file: assets/feed.jpg, alt: \"Cabine vue de face\" }\n";
        JsonNode back = check(reverse);
        assertThat(rules(back)).containsExactly("media.alt_required");
        assertThat(first(back, "media.alt_required").get("message").asText()).isEqualTo("assets/sq.jpg has no alt text in fr");
        // an image that all channels share is told once, not once per channel
        String shared = post("facebook, instagram, x", "Photo") + "    media:\n      - { file: assets/sq.jpg }\n";
        assertThat(rules(check(shared))).containsExactly("media.alt_required");
        // a one-character alt text is "1 character"
        charter = "media: { alt_min: 5 }\n";
        JsonNode one = check(post("facebook", "Photo") + "    media:\n      - { file: assets/sq.jpg, alt: \"5\" }\n");
        assertThat(first(one, "media.alt_length").get("message").asText()).contains("is 1 character,");
    }

    @Test
    void altTextOnAnAccountOfOneLanguageAndACropOnlyVariant() throws IOException {
        writeImage("assets/sq.png", 1080, 1080);
        writeImage("assets/feed.png", 1080, 1350);
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("languages: [fr]\n", "languages: [fr, en]\n")
                .replace("  facebook: { handle: \"AtlasAir\" }\n", "  facebook: { handle: \"AtlasAir\" }\n"
                        + "  x-en: { network: x, handle: \"@atlasair_en\", lang: en }\n"));
        // x-en sends English only: its variant's image has no alt text, the English translation's alt describes
        // the post's image; it was told "in fr", the language x-en never sends
        String post = post("facebook, x-en", "Photo") + "    media:\n      - { file: assets/sq.png, alt: \"Un avion au-dessus de l'Atlas\" }\n"
                + "    variants:\n      x-en:\n        text: \"Photo\"\n        media:\n          - { file: assets/feed.png }\n"
                + "    translations:\n      en: { text: \"Photo\", media: [ { alt: \"A plane over the Atlas\" } ] }\n";
        assertThat(altFindings(check(post))).containsExactly("assets/feed.png has no alt text in en on x-en");
        // a variant that only crops the post's image: one missing alt text is told once, at the post's entry
        String crop = post("facebook, mastodon", "Photo") + "    media:\n      - { file: assets/sq.png }\n"
                + "    variants:\n      mastodon:\n        media:\n          - { crop: \"1:1\" }\n";
        assertThat(altFindings(check(crop))).containsExactly("8: assets/sq.png has no alt text in fr");
    }

    /** The alt text findings: message, with the line where it is not the first of a post's lines. */
    private static List<String> altFindings(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("media.alt_required")) {
                out.add((f.get("line").asInt() == 8 ? "8: " : "") + f.get("message").asText());
            }
        });
        return out;
    }

    @Test
    void anImageNamedAsAnotherFormatOrWithoutASizeIsTold() throws IOException {
        writeImage("assets/sq.png", 1080, 1080);
        Files.copy(dir.resolve("assets/sq.png"), dir.resolve("assets/photo.jpg"));
        JsonNode r = check(post("facebook", "Photo") + "    media:\n      - { file: assets/photo.jpg, alt: \"Cabine vue de face\" }\n");
        assertThat(first(r, "media.file").get("message").asText()).isEqualTo("assets/photo.jpg is a PNG image named as a JPEG file");
        assertThat(first(r, "media.file").get("suggestion").asText()).isEqualTo("rename it .png, or export it as JPEG");
        // a PNG 0 pixels wide is a PNG, not "not that of a PNG"
        byte[] zero = Files.readAllBytes(dir.resolve("assets/sq.png"));
        zero[16] = zero[17] = zero[18] = zero[19] = 0;
        Files.write(dir.resolve("assets/zero.png"), zero);
        JsonNode z = check(post("facebook", "Photo") + "    media:\n      - { file: assets/zero.png, alt: \"Cabine vue de face\" }\n");
        assertThat(first(z, "media.file").get("message").asText())
                .isEqualTo("assets/zero.png is a PNG file whose header gives no size (0 pixels wide or high, or cut short)");
        // a name written with decomposed accents (as macOS writes them) against a composed one in the calendar
        Files.copy(dir.resolve("assets/sq.png"), dir.resolve("assets/cafe\u0301.png"));
        JsonNode nfd = check(post("facebook", "Photo") + "    media:\n      - { file: assets/caf\u00e9.png, alt: \"Cabine vue de face\" }\n");
        assertThat(first(nfd, "media.file").get("message").asText()).startsWith("assets/caf\u00e9.png does not exist as "
                + "written: its folder holds cafe\u0301.png, the same name with its accents written another way");
        // too wide for Instagram: the suggestion is its widest shape, not its tallest
        writeImage("assets/wide.png", 1400, 700);
        JsonNode w = check(post("instagram", "Photo") + "    media:\n      - { file: assets/wide.png, alt: \"Cabine vue de face\" }\n");
        assertThat(first(w, "media.aspect_ratio").get("suggestion").asText()).startsWith("crop it to 1.91:1 or 1:1");
    }

    @Test
    void mediaFilesShapesAndPaths() throws IOException {
        writeImage("assets/tall.jpg", 1080, 1920);
        writeImage("assets/feed.jpg", 1080, 1350);
        String tall = post("instagram", "Photo") + "    media:\n      - { file: assets/tall.jpg, alt: \"Cabine vue de face\" }\n";
        assertThat(rules(check(tall))).containsExactly("media.aspect_ratio");
        assertThat(rules(check(tall.replace("alt:", "crop: \"4:5\", alt:")))).isEmpty();
        String feed = post("instagram", "Photo") + "    media:\n      - { file: assets/feed.jpg, alt: \"Cabine vue de face\" }\n";
        assertThat(rules(check(feed))).isEmpty();
        // the ratio read to the hundredth, as Meta writes its bounds and as the preview reads it (check's own slack
        // and the preview's exact bounds disagreed: "0 errors" beside "shown cropped to 4:5")
        writeImage("assets/taller.jpg", 1080, 1360);
        writeImage("assets/wide.jpg", 1200, 628);
        writeImage("assets/wider.jpg", 1080, 563);
        for (String[] c : new String[][] {{"taller", "media.aspect_ratio"}, {"wide", null}, {"wider", "media.aspect_ratio"}}) {
            String p = post("instagram", "Photo") + "    media:\n      - { file: assets/" + c[0]
                    + ".jpg, alt: \"Cabine vue de face\" }\n";
            assertThat(rules(check(p))).as(c[0]).isEqualTo(c[1] == null ? List.of() : List.of(c[1]));
        }
        String missing = post("facebook", "Photo") + "    media:\n      - { file: assets/none.png, alt: \"Cabine vue\" }\n";
        assertThat(first(check(missing), "media.file").get("message").asText()).contains("does not exist");
        String escape = post("facebook", "Photo") + "    media:\n      - { file: ../../etc/passwd, alt: \"Cabine vue\" }\n";
        assertThat(first(check(escape), "media.file").get("message").asText()).contains("outside");
        String absolute = post("facebook", "Photo") + "    media:\n      - { file: /etc/passwd, alt: \"Cabine vue\" }\n";
        assertThat(first(check(absolute), "media.file").get("message").asText()).contains("absolute");
        Path outside = Files.createTempFile("outside", ".png");
        Files.createSymbolicLink(dir.resolve("assets/link.png"), outside);
        String link = post("facebook", "Photo") + "    media:\n      - { file: assets/link.png, alt: \"Cabine vue\" }\n";
        assertThat(first(check(link), "media.file").get("message").asText()).contains("symbolic link to a place outside");
    }

    @Test
    void imagesInAFormatOrOfASizeTheNetworkDoesNotTake() throws IOException {
        writeImage("assets/sq.png", 1080, 1080);
        writeImage("assets/sq.jpg", 1080, 1080);
        // Instagram's content publishing takes JPEG only: its publisher refused a PNG at the post's time
        String png = post("instagram, facebook", "Photo") + "    media:\n      - { file: assets/sq.png, alt: \"Cabine vue\" }\n";
        JsonNode r = check(png);
        assertThat(rules(r)).containsExactly("media.image_format");
        assertThat(first(r, "media.image_format").get("channel").asText()).isEqualTo("instagram");
        assertThat(first(r, "media.image_format").get("message").asText())
                .isEqualTo("assets/sq.png is a PNG image: Instagram publishes JPEG images only");
        assertThat(first(r, "media.image_format").get("severity").asText()).isEqualTo("error");
        String jpeg = post("instagram", "Photo") + "    media:\n      - { file: assets/sq.jpg, alt: \"Cabine vue\" }\n";
        assertThat(rules(check(jpeg))).isEmpty();
        // a PNG named .jpg is a PNG to Instagram too (and mis-named: media.file)
        Files.copy(dir.resolve("assets/sq.png"), dir.resolve("assets/named.jpg"));
        String named = post("instagram", "Photo") + "    media:\n      - { file: assets/named.jpg, alt: \"Cabine vue\" }\n";
        assertThat(rules(check(named))).containsExactlyInAnyOrder("media.file", "media.image_format");

        // Bluesky's image blobs are 1,000,000 bytes at most (app.bsky.embed.images): one byte over is told
        byte[] big = new byte[1_000_001];
        byte[] head = Files.readAllBytes(dir.resolve("assets/sq.jpg"));
        System.arraycopy(head, 0, big, 0, head.length);
        Files.write(dir.resolve("assets/big.jpg"), big);
        byte[] fits = java.util.Arrays.copyOf(big, 1_000_000);
        Files.write(dir.resolve("assets/fits.jpg"), fits);
        String over = post("bluesky", "Photo") + "    media:\n      - { file: assets/big.jpg, alt: \"Cabine vue\" }\n";
        JsonNode b = check(over);
        assertThat(rules(b)).containsExactly("media.image_size");
        assertThat(first(b, "media.image_size").get("message").asText())
                .isEqualTo("assets/big.jpg is 1,000,001 bytes, over Bluesky's 1,000,000 bytes for an image");
        String at = post("bluesky", "Photo") + "    media:\n      - { file: assets/fits.jpg, alt: \"Cabine vue\" }\n";
        assertThat(rules(check(at))).isEmpty();
        // a charter may switch a fact off, as any other
        charter = "limits: { instagram: { image_formats: null } }\n";
        assertThat(rules(check(png))).isEmpty();
    }

    @Test
    void languagesMustAllBePresentAndInTheirScript() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("languages: [fr]", "languages: [fr, ar]"));
        assertThat(rules(check(post("facebook", "Bonjour à tous")))).containsExactly("languages.translation");
        String wrong = post("facebook", "Bonjour à tous") + "    translations:\n      ar: { text: \"Hello everyone, welcome on board\" }\n";
        assertThat(rules(check(wrong))).containsExactly("languages.script");
        String right = post("facebook", "Bonjour à tous") + "    translations:\n      ar: { text: \"مرحبا بكم على متن رحلتنا https://atlas.example/ar #AtlasAir\" }\n";
        assertThat(rules(check(right))).isEmpty();
    }

    @Test
    void scheduleRules() throws IOException {
        charter = """
                schedule:
                  windows: { x: { mon-fri: "11:00-14:00", sat-sun: "10:00-22:00" } }
                  blackout: [ { from: 2026-12-31, to: 2027-01-01, reason: "Réveillon" } ]
                  min_gap: { x: 2h, default: 4h }
                  max_per_day: { default: 2 }
                  approval_lead: 24h
                campaigns:
                  winter-sale: { from: 2026-12-01, to: 2026-12-20 }
                """;
        String at = "  - id: p%d\n    at: %s\n    status: %s\n    channels: [x]\n    text: \"Post %d différent %s\"\n";
        assertThat(rules(check(String.format(at, 1, "2026-12-01 12:00", "approved", 1, "un")))).isEmpty();
        assertThat(rules(check(String.format(at, 1, "2026-12-01 20:00", "approved", 1, "un"))))
                .containsExactly("schedule.windows");
        assertThat(rules(check(String.format(at, 1, "2026-12-31 12:00", "approved", 1, "un"))))
                .containsExactly("schedule.blackout");
        assertThat(rules(check(String.format(at, 1, "2026-11-20 12:00", "approved", 1, "un"))))
                .containsExactly("schedule.past");
        assertThat(rules(check(String.format(at, 1, "2026-11-25 12:00", "review", 1, "un"))))
                .containsExactly("schedule.approval_lead");
        String three = String.format(at, 1, "2026-12-01 11:00", "approved", 1, "un")
                + String.format(at, 2, "2026-12-01 12:00", "approved", 2, "deux")
                + String.format(at, 3, "2026-12-01 13:30", "approved", 3, "trois");
        assertThat(rules(check(three))).containsExactlyInAnyOrder("schedule.min_gap", "schedule.min_gap",
                "schedule.max_per_day");
        String campaign = String.format(at, 1, "2026-12-22 12:00", "approved", 1, "un") + "    campaign: winter-sale\n";
        assertThat(rules(check(campaign))).containsExactly("schedule.campaign");
    }

    @Test
    void duplicateTextsOnTheSameChannel() throws IOException {
        String at = "  - id: p%d\n    at: %s\n    status: approved\n    channels: [facebook]\n    text: \"%s\"\n";
        String dup = String.format(at, 1, "2026-12-01 12:00", "Nos vols vers Paris sont en soldes cette semaine")
                + String.format(at, 2, "2026-12-03 12:00", "Nos vols vers Paris sont en soldes cette semaine !");
        assertThat(rules(check(dup))).containsExactly("duplicates.text");
        String far = String.format(at, 1, "2026-12-01 12:00", "Nos vols vers Paris sont en soldes cette semaine")
                + String.format(at, 2, "2026-12-20 12:00", "Nos vols vers Paris sont en soldes cette semaine");
        assertThat(rules(check(far))).isEmpty();
        // the earlier post is left out of the check (--from) but still counts as what the later one repeats
        check(dup);
        CliRun later = CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW, "--from", "2026-12-02");
        assertThat(later.out()).contains("\"duplicates.text\"").contains("same text as p1 on facebook");
    }

    @Test
    void suppressionNeedsAReasonAndCharterScopesLowerSeverity() throws IOException {
        charter = """
                hashtags: { required: ["#AtlasAir"] }
                rules:
                  hashtags.required: [ { severity: info, campaigns: [launch] } ]
                  style: off
                """;
        JsonNode lowered = check(post("facebook", "Lancement INCROYABLE") + "    campaign: launch\n");
        assertThat(rules(lowered)).containsExactly("hashtags.required");
        assertThat(first(lowered, "hashtags.required").get("severity").asText()).isEqualTo("info");
        JsonNode normal = check(post("facebook", "Lancement"));
        assertThat(first(normal, "hashtags.required").get("severity").asText()).isEqualTo("warning");
        String ignored = post("facebook", "Lancement") + "    ignore: [ { rule: hashtags.required, reason: \"test\" } ]\n";
        assertThat(rules(check(ignored))).isEmpty();
        String typo = post("facebook", "Lancement #AtlasAir") + "    ignore: [ { rule: hashtag.required, reason: \"x\" } ]\n";
        assertThat(first(check(typo), "charter.ignore").get("message").asText()).contains("did you mean 'hashtags.required'");
    }

    @Test
    void theLastMatchingSettingWinsAnOffAsMuchAsASeverity() throws IOException {
        // off for all, then a warning on x: x gets the warning (an off met first used to win whatever came after)
        charter = """
                vocabulary: { forbidden: ["pas cher"] }
                rules:
                  vocabulary.forbidden:
                    - { severity: off }
                    - { severity: warning, channels: [x] }
                  style: off
                  style.all_caps: info
                """;
        JsonNode onX = check(post("x", "Un vol pas cher INCROYABLE"));
        assertThat(rules(onX)).containsExactlyInAnyOrder("vocabulary.forbidden", "style.all_caps");
        assertThat(first(onX, "vocabulary.forbidden").get("severity").asText()).isEqualTo("warning");
        assertThat(first(onX, "style.all_caps").get("severity").asText()).isEqualTo("info");
        assertThat(rules(check(post("facebook", "Un vol pas cher")))).isEmpty();
    }

    @Test
    void badCharterIsAnInputErrorWithPositionAndSuggestion() throws IOException {
        CliRun r = refused("hashtag: { max: 3 }\nrules:\n  lenght.x: off\n", post("x", "Bonjour"));
        assertThat(r.err()).contains("charter.yaml:1:1: error: unknown key 'hashtag' in charter (did you mean 'hashtags'?)")
                .contains("charter.yaml:3:3: error: unknown rule 'lenght.x' (did you mean 'length.x'?)");
        Files.writeString(dir.resolve("charter.yaml"), "rules:\n  stile: off\n  length.twitter: info\n");
        assertThat(CliRun.of("check", dir.toString(), "--now", NOW).err())
                .contains("unknown rule 'stile' (did you mean 'style'?)")
                .contains("unknown rule 'length.twitter' (did you mean 'length.x'?)");
        // a misspelt channel in a scope left the setting matching nothing, quietly
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary: { forbidden: [ { term: \"pas cher\", channels: "
                + "[twiter] } ] }\nrules:\n  length.x: { severity: info, channels: [x, facebok] }\n");
        CliRun scopes = CliRun.of("check", dir.toString(), "--now", NOW);
        assertThat(scopes.exit()).isEqualTo(2);
        assertThat(scopes.err()).contains("charter.yaml:1:59: error: unknown channel 'twiter'")
                .contains("charter.yaml:3:45: error: unknown channel 'facebok' (did you mean 'facebook'?)");
        // default is a per-channel setting's fallback, not a channel a scope can name
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary: { forbidden: [ { term: cheap, channels: [default] } ] }\n");
        assertThat(CliRun.of("check", dir.toString(), "--now", NOW).err()).contains("unknown channel 'default'");
        // a rule's setting may be off, a term's severity may not: each error names what it takes (review)
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary: { forbidden: [ { term: cheap, severity: off } ] }\n"
                + "rules:\n  length.x: warn\n  style: { severity: of }\n");
        assertThat(CliRun.of("check", dir.toString(), "--now", NOW).err())
                .contains("charter.yaml:1:53: error: severity must be error, warning or info, not 'off'")
                .contains("charter.yaml:3:13: error: severity must be error, warning, info or off, not 'warn' (did you mean 'warning'?)")
                .contains("charter.yaml:4:22: error: severity must be error, warning, info or off, not 'of' (did you mean 'off'?)");
    }

    @Test
    void aScopeNamingNoBrandLanguageOrCampaignOfTheProjectIsToldAtTheName() throws IOException {
        // a typo in a scope left the term applying nowhere, quietly
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post("x", "Bonjour") + "    campaign: winter-sale\n");
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary:\n  forbidden:\n"
                + "    - { term: cheap, brands: [atlas-ai] }\n"
                + "    - { term: barato, languages: [es] }\n"
                + "    - { term: rabais, campaigns: [winter-sael] }\n"
                + "    - { term: promo, campaigns: [summer], lang: fr-CA, brands: [atlas-air] }\n"
                + "campaigns:\n  summer: { from: 2027-06-01, to: 2027-08-31 }\n");
        CliRun r = CliRun.of("check", dir.toString(), "--now", NOW);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("charter.yaml:3:31: error: unknown brand 'atlas-ai' (did you mean 'atlas-air'?)")
                .contains("charter.yaml:4:35: warning: no brand or post is written in 'es' (the project's languages: fr)")
                .contains("charter.yaml:5:35: warning: no post is in campaign 'winter-sael' (did you mean 'winter-sale'?)")
                // a campaign the charter declares, a form of a language the project writes in, a brand it has: fine
                .doesNotContain("'summer'").doesNotContain("fr-CA").doesNotContain("unknown brand 'atlas-air'");
        // one month's file checked alone knows only its own campaigns: another month's is not told unknown
        Files.writeString(dir.resolve("calendar/d.yaml"), "posts:\n" + post("x", "Salut").replace("p1", "p2")
                + "    campaign: summer-sale\n");
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary: { forbidden: [ { term: rabais, campaigns: [summer-sale] } ] }\n");
        CliRun whole = CliRun.of("check", dir.toString(), "--now", NOW);
        assertThat(whole.err()).doesNotContain("summer-sale");
        CliRun oneMonth = CliRun.of("check", dir.resolve("calendar/c.yaml").toString(), "--now", NOW);
        assertThat(oneMonth.exit()).as(oneMonth.err()).isZero();
        assertThat(oneMonth.err()).doesNotContain("summer-sale");
        Files.delete(dir.resolve("calendar/d.yaml"));
        // without the brand error, warnings alone do not stop the check
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary: { forbidden: [ { term: barato, languages: [es] } ] }\n");
        CliRun warned = CliRun.of("check", dir.toString(), "--now", NOW);
        assertThat(warned.exit()).as(warned.err()).isZero();
        assertThat(warned.err()).contains("no brand or post is written in 'es'");
    }

    @Test
    void aTermWithoutLetterOrDigitIsACharterErrorNotACrash() throws IOException {
        // regression: TermMatcher threw IllegalArgumentException inside check and preview (internal error, exit 3)
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary:\n  forbidden: [\"(\", { term: \"!!\" }, cheap]\n");
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post("x", "Bonjour"));
        CliRun r = CliRun.of("check", dir.toString(), "--now", NOW);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("charter.yaml:2:15: error: term '(' has no letter or digit to match")
                .contains("charter.yaml:2:28: error: term '!!' has no letter or digit to match")
                .doesNotContain("internal error");
    }

    /**
     * A symbol between a term's words is matched: "R&D" finds "R&D" and "R & D" (the warning said it matched
     * "r d" wherever written, and it matched only "R D"); "24/7" finds "24/7"; the words alone still match.
     */
    @Test
    void aSymbolBetweenATermsWordsIsMatchedToo() throws IOException {
        charter = "vocabulary:\n  forbidden: [\"R&D\", \"24/7\"]\n";
        for (String text : new String[] {"notre R&D avance", "notre R & D avance", "notre r&d", "notre R D avance",
            "ouvert 24/7", "ouvert 24 7"}) {
            assertThat(rules(check(post("x", text)))).as(text).containsExactly("vocabulary.forbidden");
        }
        for (String text : new String[] {"notre R+D avance", "R. D. Martin", "ouvert 24h/7j"}) {
            assertThat(rules(check(post("x", text)))).as(text).isEmpty();
        }
        assertThat(first(check(post("x", "notre R & D avance")), "vocabulary.forbidden").get("message").asText())
                .isEqualTo("forbidden term 'R & D' ('R&D')");
    }

    /**
     * A term's symbols are not matched (a term is matched by its words): "100 %" flags "100 euros". Said where the
     * charter is written (review); dashes, apostrophes and other punctuation only separate words and are not told.
     */
    @Test
    void aTermsSymbolsThatMatchingLeavesOutAreAWarningAtTheTerm() throws IOException {
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary:\n  forbidden: [\"100 %\", { term: \"cher🎉\" }, "
                + "\"low-cost\", \"l'été\", \"pas cher !\", \"A+B & C\", \"٥٠٪\", \"50％\"]\n");
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post("x", "Bonjour"));
        CliRun r = CliRun.of("validate", dir.toString());
        String all = r.out() + r.err();
        assertThat(all).contains("charter.yaml:2:15: warning: term '100 %': % is not matched (a term is matched by its "
                + "words, letters and digits): it matches '100' wherever it is written")
                .contains("term 'cher🎉': 🎉 is not matched").contains("it matches 'cher' wherever")
                .doesNotContain("term 'A+B & C'") // between words a symbol is matched: nothing left out
                // the Arabic and the full-width percent signs as the percent sign (٥٠٪ flagged every price of 50)
                .contains("term '٥٠٪': ٪ is not matched").contains("term '50％': ％ is not matched")
                .doesNotContain("term 'low-cost'").doesNotContain("term 'l'été'").doesNotContain("term 'pas cher !'");
        assertThat(r.exit()).as("a warning").isZero();
    }

    /** Vocabulary (review of the charter's matching): what a reader reads is the wording, not a link or a handle. */
    @Test
    void aRequiredTermOnlyInALinkOrAHandleIsMissingAndAForbiddenOneInAHandleIsNotFlagged() throws IOException {
        charter = "vocabulary:\n  required: [conditions]\n  forbidden: [promo]\n";
        List<String> inLink = messages(check(post("facebook", "Soldes d'hiver https://atlas.example/conditions")));
        assertThat(inLink).contains("required term 'conditions' is missing");
        List<String> inHandle = messages(check(post("facebook", "Soldes, voir @conditions et @promo_maroc")));
        assertThat(inHandle).contains("required term 'conditions' is missing")
                .noneMatch(m -> m.startsWith("forbidden term"));
        List<String> said = messages(check(post("facebook", "Soldes, conditions en promo")));
        assertThat(said).doesNotContain("required term 'conditions' is missing").contains("forbidden term 'promo'");
    }

    @Test
    void aMultiWordTermSpansInvisibleMarksButNotAParagraphOrAListItem() throws IOException {
        charter = "vocabulary:\n  forbidden: [\"pas cher\", \"عرض خاص\"]\n";
        assertThat(messages(check(post("facebook", "Ne la ratez pas\\n\\nCher client"))))
                .noneMatch(m -> m.startsWith("forbidden term"));
        assertThat(messages(check(post("facebook", "Ce qu'il ne faut pas\\n- Cher public"))))
                .noneMatch(m -> m.startsWith("forbidden term"));
        assertThat(messages(check(post("facebook", "Un vol pas\\ncher"))))
                .contains("forbidden term 'pas cher'");
        for (String mark : new String[] {"\\u200F", "\\u061C", "\\u200E"}) {
            assertThat(messages(check(post("facebook", "عرض" + mark + " خاص")))).as(mark)
                    .anyMatch(m -> m.startsWith("forbidden term"));
        }
    }

    @Test
    void aMastodonContentWarningIsCheckedForForbiddenTerms() throws IOException {
        charter = "vocabulary:\n  forbidden: [{ term: \"pas cher\", suggest: \"à petit prix\" }]\n";
        JsonNode r = check(post("mastodon, x", "Nos vols").replace("    text:", "    lang: fr\n    content_warning: \"Vols pas cher\"\n    text:"));
        JsonNode f = first(r, "vocabulary.forbidden");
        assertThat(f.get("message").asText()).isEqualTo("forbidden term 'pas cher' in the content warning");
        assertThat(f.get("channel").asText()).isEqualTo("mastodon");
        assertThat(f.get("line").asInt()).isEqualTo(7);
    }

    @Test
    void anAllCapsHashtagIsToldToBeWrittenInLowerCaseAfterItsFirstLetter() throws IOException {
        charter = "hashtags: { camel_case: true }\n";
        JsonNode r = check(post("facebook", "Les #SOLDES et #soldeshiver et #NASA et #2026SOLDES et #1er"));
        List<String> suggestions = new ArrayList<>();
        r.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("hashtags.camel_case")) {
                suggestions.add(f.get("suggestion").asText());
            }
        });
        // #Soldeshiver was suggested, and the rule then passed it: where the capitals go is the writer's to say
        assertThat(suggestions).containsExactly("a capital at the start of each word, the rest in lower case (#Soldes "
                + "if it is one word)", "a capital at the start of each word (#Soldeshiver if it is one word)",
                "a capital at the start of each word, the rest in lower case (#2026Soldes if it is one word)");
        // unless the text writes the words: cut where it does
        JsonNode cut = check(post("facebook", "Soldes d'hiver sur les vols de nuit #soldeshiver #volsdenuit"));
        List<String> cuts = new ArrayList<>();
        cut.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("hashtags.camel_case")) {
                cuts.add(f.get("suggestion").asText());
            }
        });
        assertThat(cuts).containsExactly("#SoldesHiver", "#VolsDeNuit");
        // a tag in capitals too (it suggested #SOLDESHIVER, the tag itself)
        JsonNode caps = check(post("facebook", "Soldes d'hiver #SOLDESHIVER"));
        assertThat(caps.get("findings").findValuesAsText("suggestion")).contains("#SoldesHiver");
        assertThat(io.edito.check.rules.HashtagRules.inWordsOf("soldes", "Soldes d'hiver")).isNull();
    }

    /** Charter entries that could never match, or match twice, are told where they are written (review). */
    @Test
    void repeatedTermsAndHashtagsThatAreNotOneAreToldInTheCharter() throws IOException {
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary:\n  forbidden: [promo, \"PROMO\", "
                + "{ term: \"Promo\", channels: [x] }]\nhashtags:\n  forbidden: [\"#Atlas Air\", \"#low-cost\", \"#ok_Tag\", "
                + "\"#کتاب\u200cخانه\", \"#رمضان\", \"#日本\"]\n"
                + "mentions:\n  allowed: [\"@onmt \"]\n");
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post("x", "Merci @onmt"));
        CliRun r = CliRun.of("check", dir.toString(), "--now", NOW, "--format", "json");
        assertThat(r.err()).contains("charter.yaml:2:22: warning: term 'PROMO' matches what 'promo' (line 2) matches")
                .doesNotContain("term 'Promo' matches")
                // at each entry, not at the list (review: both were told at its '[')
                .contains("charter.yaml:4:15: error: '#Atlas Air' is not one hashtag")
                .contains("charter.yaml:4:29: error: '#low-cost' is not one hashtag")
                .doesNotContain("'#ok_Tag' is not").doesNotContain("کتاب").doesNotContain("#رمضان").doesNotContain("#日本");
        assertThat(r.exit()).isEqualTo(2);
        Files.writeString(dir.resolve("charter.yaml"), "mentions:\n  allowed: [\"@onmt \"]\n");
        assertThat(messages(check(post("x", "Merci @onmt")))).noneMatch(m -> m.contains("@onmt"));
    }

    /** A disclosure is there as a whole, not inside a word or a longer hashtag (review of the charter's matching). */
    @Test
    void aDisclosureCountsOnlyAsAWholeTagOrPhrase() throws IOException {
        charter = "disclosure: { fr: \"#sponsorisé\", en: \"Paid partnership\" }\n";
        String[][] cases = {
            {"fr", "Contenu non#sponsorisé", "missing"}, {"fr", "Voir #sponsorisé_par_riad", "missing"},
            {"fr", "Un séjour #Sponsorisé !", "ok"}, {"fr", "#sponsorisé", "ok"},
            {"en", "This is an unpaid partnership with Riad", "missing"},
            {"en", "Paid\\u00a0partnership with Riad", "ok"}, {"en", "Our paid  partnership.", "ok"}};
        // a disclosure that starts or ends with punctuation may touch the word beside it
        charter = "disclosure: { fr: \"(pub)\" }\n";
        assertThat(messages(check("  - id: p1\n    at: 2026-12-01 12:00\n    status: approved\n    channels: [facebook]\n"
                + "    paid: true\n    lang: fr\n    text: \"Offre spéciale(pub)\"\n")))
                .noneMatch(m -> m.contains("without the disclosure"));
        charter = "disclosure: { fr: \"#sponsorisé\", en: \"Paid partnership\" }\n";
        for (String[] c : cases) {
            String post = "  - id: p1\n    at: 2026-12-01 12:00\n    status: approved\n    channels: [facebook]\n"
                    + "    paid: true\n    lang: " + c[0] + "\n    text: \"" + c[1] + "\"\n";
            List<String> found = messages(check(post));
            if (c[2].equals("ok")) {
                assertThat(found).as(c[1]).noneMatch(m -> m.contains("without the disclosure"));
            } else {
                assertThat(found).as(c[1]).anyMatch(m -> m.contains("without the disclosure"));
            }
        }
    }

    private static List<String> messages(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("findings").forEach(f -> out.add(f.get("message").asText()));
        return out;
    }

    @Test
    void exitCodeFollowsFailOn() throws IOException {
        charter = "hashtags: { required: [\"#AtlasAir\"] }\n";
        Files.writeString(dir.resolve("charter.yaml"), charter);
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post("facebook", "Bonjour"));
        assertThat(CliRun.of("check", dir.toString(), "--now", NOW).exit()).isZero();
        assertThat(CliRun.of("check", dir.toString(), "--now", NOW, "--fail-on", "warning").exit()).isEqualTo(1);
        assertThat(CliRun.of("check", dir.toString(), "--now", NOW, "--fail-on", "bad").exit()).isEqualTo(2);
    }

    private void writeImage(String rel, int w, int h) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        String format = rel.endsWith(".gif") ? "gif" : rel.endsWith(".jpg") ? "jpg" : "png";
        javax.imageio.ImageIO.write(img, format, dir.resolve(rel).toFile());
    }

    @Test
    void onXAGifGoesAlone() throws IOException {
        writeImage("assets/a.gif", 800, 800);
        writeImage("assets/b.gif", 800, 800);
        writeImage("assets/c.png", 800, 800);
        String media = "    media:\n      - { file: assets/a.gif, alt: \"Un avion qui décolle\" }\n"
                + "      - { file: assets/%s, alt: \"Un avion qui atterrit\" }\n";
        // X: "4 photos, or 1 GIF, or 1 video": two GIFs, or a GIF beside a photo, cannot go out in one post
        JsonNode two = check(post("x", "Décollage") + String.format(media, "b.gif"));
        assertThat(first(two, "media.count").get("message").asText()).isEqualTo("2 media items (2 images), 2 of them GIFs: "
                + "on X a GIF goes alone (up to 4 photos, or 1 GIF, or 1 video)");
        assertThat(rules(check(post("x", "Décollage") + String.format(media, "c.png")))).contains("media.count");
        // one GIF alone is fine; Bluesky takes GIFs as images
        assertThat(rules(check(post("x", "Décollage") + "    media:\n      - { file: assets/a.gif, alt: \"Un avion qui "
                + "décolle\" }\n"))).doesNotContain("media.count");
        assertThat(rules(check(post("bluesky", "Décollage") + String.format(media, "b.gif")))).doesNotContain("media.count");
    }

    @Test
    void changedSinceChecksOnlyFilesChangedInGit() throws Exception {
        Files.writeString(dir.resolve("charter.yaml"), "hashtags: { required: [\"#AtlasAir\"] }\n");
        Files.writeString(dir.resolve("calendar/old.yaml"), "posts:\n" + post("facebook", "Ancien sans tag"));
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "base");
        Files.writeString(dir.resolve("calendar/new.yaml"), "posts:\n" + post("facebook", "Nouveau sans tag")
                .replace("id: p1", "id: p2"));
        CliRun all = CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW);
        assertThat(all.out()).contains("\"post\" : \"p1\"").contains("\"post\" : \"p2\"");
        CliRun changed = CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW, "--changed-since", "HEAD");
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("\"post\" : \"p2\"").doesNotContain("\"post\" : \"p1\"");
        CliRun bad = CliRun.of("check", dir.toString(), "--now", NOW, "--changed-since", "no-such-rev");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("edito: --changed-since:");
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
