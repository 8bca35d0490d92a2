package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channels are accounts: several per network, one language per account (issue 13, docs/calendar.md#channels-accounts). */
class AccountsTest {
    static final String NOW = AccountProject.NOW;
    private static final ObjectMapper JSON = AccountProject.JSON;

    @TempDir
    Path dir;

    private void project(String channels, String charter, String posts) throws IOException {
        AccountProject.write(dir, channels, charter, posts);
    }

    private static final String TWO_X = AccountProject.TWO_X;
    private static final String BILINGUAL = AccountProject.BILINGUAL;

    private JsonNode checkJson() throws IOException {
        return AccountProject.checkJson(dir);
    }

    private static List<String> findings(JsonNode result) {
        return AccountProject.findings(result);
    }

    @Test
    void anArabicAccountIsCheckedOnItsArabicTextOnlyWithTheNetworksRules() throws IOException {
        String longAr = "خط جديد ".repeat(40); // 320 characters: over X's 280 in Arabic only
        project(TWO_X, "", """
                  - id: promo
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [x, x-ar]
                    text: "Nouvelle ligne Casablanca - Montréal"
                    translations:
                      ar: { text: "%s" }
                """.formatted(longAr.strip()));
        List<String> f = findings(checkJson());
        // on x, both languages are checked (the French goes out, the Arabic translation is checked there too);
        // on x-ar, only the Arabic that goes out: one length.x finding for both accounts, at the Arabic text
        assertThat(f).containsExactly("length.x x,x-ar ar 8:20");
        // reported once for both accounts, the finding is shown on the card of each
        CliRun preview = CliRun.of("preview", dir.toString(), "--channel", "x-ar", "--width", "100", "--color", "never");
        assertThat(preview.out()).contains("@atlasair_ar").contains("error length.x: X post too long");
    }

    @Test
    void theAgendaOfAnAccountShowsWhatGoesOutThereInEveryFormat() throws IOException {
        project(TWO_X, "", BILINGUAL + """
                  - id: fr-only
                    at: 2026-12-02 10:00
                    status: approved
                    lang: fr
                    channels: [x, x-ar]
                    text: "Brouillard sur Casablanca"
                """);
        CliRun text = CliRun.of("agenda", dir.toString(), "--channel", "x-ar", "--width", "120", "--color", "never");
        assertThat(text.out()).contains("خط جديد الدار البيضاء").contains("(no ar text: nothing goes out here)")
                .doesNotContain("Nouvelle ligne").doesNotContain("Brouillard");
        CliRun md = CliRun.of("agenda", dir.toString(), "--channel", "x-ar", "--format", "markdown");
        assertThat(md.out()).contains("| x-ar | approved | ar | خط جديد").contains("| ar | (no ar text");
        CliRun ics = CliRun.of("agenda", dir.toString(), "--channel", "x-ar", "--format", "ics");
        assertThat(ics.out()).contains("Language: ar");
        // both accounts: a row per language, each with what goes out there (one row showed the French for x-ar too)
        CliRun both = CliRun.of("agenda", dir.toString(), "--channel", "x", "--width", "120", "--color", "never");
        assertThat(both.out()).doesNotContain("x,x-ar")
                .contains("promo    x  Nouvelle ligne").contains("promo    x-ar  خط جديد")
                .contains("fr-only  x  Brouillard").contains("fr-only  x-ar  (no ar text: nothing goes out here)");
    }

    @Test
    void aThreadOnANetworkWithoutRepliesIsAnErrorAtItsThreadUnlessAVariantClearsIt() throws IOException {
        project(TWO_X + "  facebook: { handle: \"AtlasAir\" }\n  linkedin: { handle: \"atlas-air\" }\n", "", """
                  - id: five-things
                    at: 2026-12-01 10:00
                    status: approved
                    lang: fr
                    channels: [x, facebook, linkedin]
                    text: "Cinq choses à voir à Dakhla"
                    thread: ["1. La lagune", "2. Le kitesurf"]
                    variants:
                      linkedin: { thread: [] }
                    translations:
                      ar:
                        text: "خمسة أشياء في الداخلة"
                        thread: ["١. البحيرة", "٢. ركوب الأمواج"]
                        variants: { linkedin: { thread: [] } }
                """);
        // on facebook, at the first item; linkedin's variants clear the thread in both languages; X takes threads
        List<String> f = findings(checkJson()).stream().filter(s -> s.startsWith("thread.")).toList();
        assertThat(f).containsExactly("thread.unsupported facebook fr 8:15");
        assertThat(checkJson().toString()).contains("Facebook has no threads: the 2 items after the first would not go "
                + "out on facebook");
    }

    @Test
    void aPostWithoutTheAccountsLanguageIsAnErrorAtItsChannelsAndIsNotPublished() throws IOException {
        project(TWO_X, "", """
                  - id: fr-only
                    at: 2026-12-01 10:00
                    status: approved
                    lang: fr
                    channels: [x, x-ar]
                    text: "Nouvelle ligne Casablanca - Montréal"
                """);
        JsonNode result = checkJson();
        JsonNode missing = null;
        for (JsonNode f : result.get("findings")) {
            if (f.get("rule").asText().equals("languages.missing")) {
                missing = f;
            }
        }
        assertThat(missing).as(result.toString()).isNotNull();
        assertThat(missing.get("channel").asText()).isEqualTo("x-ar");
        assertThat(missing.get("severity").asText()).isEqualTo("error");
        assertThat(missing.get("line").asInt()).isEqualTo(6); // channels: of the post
        assertThat(missing.get("column").asInt()).isEqualTo(19); // x-ar in [x, x-ar]
        assertThat(missing.get("message").asText()).contains("x-ar publishes in ar only");

        CliRun publish = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(Files.exists(dir.resolve("outbox/fr-only--x-ar.json"))).isFalse();
        assertThat(publish.out() + publish.err()).contains("x-ar");
    }

    @Test
    void onePostGoesOutInFrenchOnOneAccountAndInArabicOnTheOtherExactlyOnce() throws IOException {
        project(TWO_X, "", BILINGUAL);
        CliRun run = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode fr = JSON.readTree(dir.resolve("outbox/promo--x.json").toFile());
        JsonNode ar = JSON.readTree(dir.resolve("outbox/promo--x-ar.json").toFile());
        assertThat(fr.get("text").asText()).isEqualTo("Nouvelle ligne Casablanca - Montréal #AtlasAir");
        assertThat(fr.get("lang").asText()).isEqualTo("fr");
        assertThat(ar.get("text").asText()).isEqualTo("خط جديد الدار البيضاء - مونتريال #AtlasAir");
        assertThat(ar.get("lang").asText()).isEqualTo("ar");
        assertThat(ar.get("channel").asText()).isEqualTo("x-ar");
        assertThat(ar.get("network").asText()).as("the account's network, for a receiver that routes by it")
                .isEqualTo("x");
        assertThat(fr.get("network").asText()).isEqualTo("x");

        CliRun ledger = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "ledger", "list", "--format", "json");
        assertThat(ledger.exit()).as(ledger.err()).isZero();
        JsonNode rows = JSON.readTree(ledger.out());
        List<String> pairs = new ArrayList<>();
        rows.forEach(r -> pairs.add(r.get("post").asText() + "@" + r.get("channel").asText() + " "
                + r.get("state").asText()));
        assertThat(pairs).containsExactlyInAnyOrder("promo@x sent", "promo@x-ar sent");

        CliRun again = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:06:00Z");
        assertThat(again.exit()).as(again.err()).isZero();
        CliRun due = CliRun.of("due", dir.toString(), "--at", "2026-12-01T10:06:00Z", "--format", "json");
        List<String> states = new ArrayList<>();
        JSON.readTree(due.out()).get("pairs").forEach(p -> states.add(p.get("channel").asText() + " "
                + p.get("state").asText()));
        assertThat(states).as("sent with the content the calendar has: nothing left to send")
                .containsExactly("x done", "x-ar done");
    }

    @Test
    void theReportJoinsEachAccountsPostOnItsAccountInTheLanguageItWentOutIn() throws IOException {
        project(TWO_X, "", BILINGUAL.replace("status: approved", "status: published"));
        Files.writeString(dir.resolve("x.csv"), """
                post_id,network,account,published_at,impressions,engagements
                promo,x,@atlasair,2026-12-01T10:00:00Z,1000,50
                promo,x,@atlasair_ar,2026-12-01T10:00:00Z,400,30
                """);
        CliRun r = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "report", dir.resolve("x.csv").toString(),
                "--by", "lang", "--as-of", "2026-12-31", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        JsonNode plan = report.get("plan");
        assertThat(plan.get("planned").asInt()).as(plan.toString()).isEqualTo(2);
        assertThat(plan.get("missing").size()).as("x-ar's post joins its row of the X export: not missing").isZero();
        List<String> langs = new ArrayList<>();
        report.get("groups").forEach(g -> langs.add(g.get("key").get("lang").asText() + " " + g.get("posts").asInt()));
        assertThat(langs).containsExactly("ar 1", "fr 1");
    }

    @Test
    void aNetworkSettingOfTheCharterAppliesToEveryAccountAndAChannelIdWins() throws IOException {
        project(TWO_X, """
                hashtags:
                  max: { x: 1, x-ar: 2 }
                """, """
                  - id: tags
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [x, x-ar]
                    text: "Bonjour #Un #Deux"
                    translations:
                      ar: { text: "مرحبا #Un #Deux #Trois" }
                """);
        List<String> f = findings(checkJson());
        assertThat(f).filteredOn(s -> s.startsWith("hashtags.max"))
                // x allows 1: the second and third tags; x-ar, an account of X, allows 2 (its own setting): the third
                .containsExactlyInAnyOrder("hashtags.max x fr 6:24", "hashtags.max x ar 8:30",
                        "hashtags.max x-ar ar 8:36");
    }

    @Test
    void utmSourceMayNameTheAccountOrItsNetwork() throws IOException {
        project(TWO_X, "links:\n  domains: [atlas.example]\n", """
                  - id: utm
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [x-ar]
                    text: "Bonjour"
                    translations:
                      ar: { text: "مرحبا https://atlas.example/a?utm_source=x https://atlas.example/b?utm_source=x-ar https://atlas.example/c?utm_source=facebook" }
                """);
        assertThat(findings(checkJson())).filteredOn(f -> f.startsWith("links.utm_source"))
                .containsExactly("links.utm_source x-ar ar 8:103"); // the third link only
    }

    @Test
    void previewShowsEachAccountWithItsHandleAndLanguage() throws IOException {
        project(TWO_X, "", BILINGUAL);
        CliRun r = CliRun.of("preview", dir.toString(), "--channel", "x-ar", "--width", "100");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("@atlasair_ar").contains("مونتريال").doesNotContain("Montréal");
        CliRun all = CliRun.of("preview", dir.toString(), "--channel", "x", "--width", "100");
        assertThat(all.out()).contains("@atlasair_ar").contains("@atlasair ").contains("Montréal");
    }

    @Test
    void anAccountsTimesAreShownInItsOwnZone() throws IOException {
        project("""
                  facebook: { handle: "AtlasAir" }
                  fb-paris: { network: facebook, handle: "AtlasAirParis", timezone: Europe/Paris }
                """, "", """
                  - id: hello
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [facebook, fb-paris]
                    text: "Bonjour"
                    translations:
                      ar: { text: "مرحبا" }
                """);
        CliRun paris = CliRun.of("preview", dir.toString(), "--channel", "fb-paris", "--lang", "fr", "--width", "100",
                "--color", "never");
        assertThat(paris.exit()).as(paris.err()).isZero();
        assertThat(paris.out()).contains("AtlasAirParis").contains("11:00 Europe/Paris").doesNotContain("10:00 UTC");
        CliRun brand = CliRun.of("preview", dir.toString(), "--channel", "facebook", "--lang", "fr", "--width", "100",
                "--color", "never");
        assertThat(brand.out()).contains("10:00 UTC");

        project("  fb-paris: { network: facebook, handle: \"p\", timezone: Europe/Pariss }\n", "", """
                  - id: hello
                    at: 2026-12-01 10:00
                    channels: [fb-paris]
                    text: "Bonjour"
                """);
        CliRun bad = CliRun.of("validate", dir.toString());
        assertThat(bad.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(bad.out() + bad.err()).contains("unknown time zone 'Europe/Pariss' (did you mean 'Europe/Paris'?)");
    }

    @Test
    void aWrongAccountIsToldAtItsPlaceWithWhatToDo() throws IOException {
        project("""
                  X_AR: { handle: "@a" }
                  x-fr: { handle: "@b" }
                  x-en: { network: instagrm, handle: "@c" }
                  x: { network: bluesky, handle: "@d" }
                  x-es: { network: x, handle: "@e", lang: es }
                  twitter: { handle: "@f" }
                  tw: { network: Twitter, handle: "@g" }
                """, "", """
                  - id: p
                    at: 2026-12-01 10:00
                    channels: [x]
                    text: Bonjour
                """);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        String all = r.out() + r.err();
        assertThat(all).contains("edito.yaml:7:3: error: channel id 'X_AR' must be lower-case letters");
        assertThat(all).contains("edito.yaml:8:3: error: unknown network 'x-fr': a channel named otherwise says its "
                + "network, such as x-fr: { network: x, ... }");
        assertThat(all).contains("edito.yaml:9:20: error: unknown network 'instagrm' (did you mean 'instagram'?)");
        assertThat(all).contains("edito.yaml:10:17: error: channel 'x' is named after network x but says network: "
                + "bluesky: give it another id, such as bluesky-x");
        assertThat(all).contains("edito.yaml:11:43: error: channel 'x-es' publishes in es, which is not one of the "
                + "brand's languages (fr, ar)");
        // a network's other name says the id edito knows it by
        assertThat(all).contains("edito.yaml:12:3: error: unknown network 'twitter' (did you mean 'x'?): a channel "
                + "named otherwise says its network, such as twitter: { network: x, ... }");
        assertThat(all).contains("edito.yaml:13:18: error: unknown network 'Twitter' (did you mean 'x'?)");
    }

    @Test
    void aPostNamingANetworkTheBrandHasOnlyUnderOtherIdsIsToldThoseIds() throws IOException {
        project("""
                  x-fr: { network: x, handle: "@a", lang: fr }
                  x-ar: { network: x, handle: "@b", lang: ar }
                """, "", """
                  - id: p
                    at: 2026-12-01 10:00
                    channels: [x]
                    text: Bonjour
                """);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.out() + r.err()).contains("channel 'x' is not an account of brand 'atlas-air' in edito.yaml: "
                + "its x accounts are x-fr and x-ar");
    }

    @Test
    void anAccountGetsItsOwnLanguagesTextBeforeAFormOfItWhateverTheOrder() throws Exception {
        // Darija in Latin letters (ar-Latn) went out on the Arabic account because it was written first
        io.edito.testing.OneBrandProject.write(dir, "Africa/Casablanca", "fr, ar", """
                  x-ar: { network: x, handle: "@a", lang: ar }
                  mastodon: { handle: "@a@m.example", lang: ar }
                """, """
                  - id: r1
                    at: 2027-07-01 12:00
                    channels: [x-ar, mastodon]
                    status: approved
                    lang: fr
                    text: Bon été
                    translations:
                      ar-Latn: { text: "Sif zwin" }
                      ar: { text: "صيف سعيد" }
                  - id: r2
                    at: 2027-07-02 12:00
                    channels: [x-ar]
                    status: approved
                    lang: fr
                    text: Bon été
                    translations:
                      ar-Latn: { text: "Sif zwin" }
                      ar-MA: { text: "صيف زوين" }
                """);
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(agenda.exit()).as(agenda.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode rows = JSON.readTree(agenda.out()).path("rows");
        assertThat(rows.get(0).path("text").asText()).isEqualTo("صيف سعيد");
        assertThat(rows.get(0).path("lang").asText()).isEqualTo("ar");
        assertThat(rows.get(1).path("lang").asText()).as("a regional form before another script").isEqualTo("ar-MA");
    }

    @Test
    void aThreadOrFirstCommentInThePostsLanguageNeverGoesOutOnAnotherLanguagesAccount() throws Exception {
        // the French thread and first comment went out under the Arabic text on x-ar, unreported
        io.edito.testing.OneBrandProject.write(dir, "Africa/Casablanca", "fr, ar, en", """
                  x: { handle: "@a" }
                  x-ar: { network: x, handle: "@b", lang: ar }
                  linkedin-en: { network: linkedin, handle: "a", lang: en }
                """, """
                  - id: p10
                    at: 2027-07-01 12:00
                    channels: [x, x-ar, linkedin-en]
                    status: approved
                    lang: fr
                    text: "p10 fr"
                    thread: ["p10 fr suite"]
                    first_comment: "p10 fr commentaire"
                    variants: { linkedin-en: { thread: [] } }
                    translations:
                      ar: { text: "نص عربي", thread: ["تتمة"] }
                      en: { text: "p10 en" }
                """);
        CliRun check = CliRun.of("check", dir.toString(), "--now", "2027-01-01T00:00:00Z", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode findings = JSON.readTree(check.out()).path("findings");
        List<String> missing = new java.util.ArrayList<>();
        findings.forEach(f -> {
            if (f.path("rule").asText().equals("languages.missing")) {
                missing.add(f.path("channel").asText() + ": " + f.path("message").asText());
            }
        });
        assertThat(missing).containsExactlyInAnyOrder(
                "x-ar: channel x-ar publishes in ar only, and this post's ar version has no first comment (the fr post has "
                        + "one, which would go out in fr)",
                "linkedin-en: channel linkedin-en publishes in en only, and this post's en version has no first comment "
                        + "(the fr post has one, which would go out in fr)");
        // the variant's thread: [] is "no thread on linkedin-en" in every language: no thread.unsupported there
        assertThat(check.out()).doesNotContain("thread.unsupported");
    }

    @Test
    void everythingAVersionLacksIsToldAtOnceAndTheAgendaSaysWhatItLacks() throws Exception {
        // check told one missing part a run (no title, then no first comment); the agenda said "no ar text" of a post
        // with one; an en thread was asked for on LinkedIn, which has no threads (review)
        io.edito.testing.OneBrandProject.write(dir, "Africa/Casablanca", "fr, ar, en", """
                  x-ar: { network: x, handle: "@b", lang: ar }
                  linkedin-en: { network: linkedin, handle: "a", lang: en }
                """, """
                  - id: p11
                    at: 2027-07-01 12:00
                    channels: [x-ar, linkedin-en]
                    status: approved
                    lang: fr
                    text: "p11 fr"
                    thread: ["p11 fr suite"]
                    first_comment: "p11 fr commentaire"
                    translations:
                      ar: { text: "نص عربي", thread: ["تتمة"] }
                      en: { text: "p11 en" }
                """);
        CliRun check = CliRun.of("check", dir.toString(), "--now", "2027-01-01T00:00:00Z", "--format", "json");
        List<String> missing = new java.util.ArrayList<>();
        JSON.readTree(check.out()).path("findings").forEach(f -> {
            if (f.path("rule").asText().equals("languages.missing")) {
                missing.add(f.path("channel").asText() + ": " + f.path("message").asText() + " | "
                        + f.path("suggestion").asText());
            }
        });
        assertThat(missing).containsExactlyInAnyOrder(
                "x-ar: channel x-ar publishes in ar only, and this post's ar version has no first comment (the fr post has "
                        + "one, which would go out in fr) | add translations: { ar: { first_comment: ... } }, or a variant "
                        + "of x-ar without it",
                "linkedin-en: channel linkedin-en publishes in en only, and this post's en version has no thread or first "
                        + "comment (the fr post has them, which would go out in fr) | give linkedin-en a variant with "
                        + "thread: [] (LinkedIn has no threads), and add translations: { en: { first_comment: ... } }");
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--from", "2027-07-01", "--to", "2027-07-01");
        assertThat(agenda.out()).contains("(the ar version has no first comment: nothing goes out here)")
                .contains("(the en version has no thread or first comment")
                .doesNotContain("no ar text");
    }

    @Test
    void aVariantOfAnAccountOfAnotherLanguageIsWrittenInThatLanguage() throws Exception {
        // variants: { x-ar: { text: ... } } was dropped on the Arabic account: translations.ar went out, nothing said
        io.edito.testing.OneBrandProject.write(dir, "Africa/Casablanca", "fr, ar", """
                  x: { handle: "@a" }
                  x-ar: { network: x, handle: "@b", lang: ar }
                """, """
                  - id: p1
                    at: 2027-07-01 12:00
                    channels: [x, x-ar]
                    status: approved
                    lang: fr
                    text: "Soldes"
                    variants: { x-ar: { at: 2027-07-01 13:00, text: "تخفيضات على حساب إكس" } }
                    translations: { ar: { text: "تخفيضات" } }
                """);
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--format", "json", "--channel", "x-ar");
        assertThat(agenda.exit()).as(agenda.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode rows = JSON.readTree(agenda.out()).path("rows");
        assertThat(rows.get(0).path("text").asText()).isEqualTo("تخفيضات على حساب إكس");
        assertThat(rows.get(0).path("lang").asText()).isEqualTo("ar");
        CliRun fr = CliRun.of("agenda", dir.toString(), "--format", "json", "--channel", "x");
        assertThat(JSON.readTree(fr.out()).path("rows").get(0).path("text").asText()).isEqualTo("Soldes");
    }
}
