package io.edito.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts written as separate posts per language (translation_of:), and languages with a script subtag (ar-Latn). */
class TranslationGroupTest {
    @TempDir
    Path dir;

    String charter = "{}\n";

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: dar-lkhobz
                timezone: Africa/Casablanca
                languages: [fr, ar, en]
                calendar: calendar/
                charter: charter.yaml
                channels:
                  x: { handle: "@darlkhobz" }
                  facebook: { handle: "DarLkhobz" }
                """);
        Files.createDirectories(dir.resolve("calendar"));
    }

    private CliRun run(String posts, String... args) throws IOException {
        Files.writeString(dir.resolve("charter.yaml"), charter);
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + posts);
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, dir.toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    private JsonNode check(String posts) throws IOException {
        CliRun r = run(posts, "check", "--format", "json", "--now", "2026-11-25T09:00:00Z");
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> findings(JsonNode result, String rule) {
        List<String> out = new ArrayList<>();
        result.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(rule)) {
                out.add(f.get("post").asText() + " " + f.get("lang").asText() + " " + f.get("message").asText());
            }
        });
        return out;
    }

    static String post(String id, String lang, String at, String extra, String text) {
        return "  - id: " + id + "\n    at: " + at + "\n    status: approved\n    channels: [x, facebook]\n"
                + (lang == null ? "" : "    lang: " + lang + "\n") + extra + "    text: \"" + text + "\"\n";
    }

    private static final String FR = post("pain", "fr", "2026-12-01 10:00",
            "    translations:\n      en: { text: \"Fresh bread every morning #DarLkhobz\" }\n",
            "Du pain frais chaque matin #DarLkhobz");
    private static final String AR = post("pain-ar", "ar", "2026-12-01 10:00", "    translation_of: pain\n",
            "خبز طازج كل صباح #DarLkhobz");

    @Test
    void aGroupIsCheckedAsOnePostInSeveralLanguages() throws IOException {
        JsonNode r = check(FR + AR);
        assertThat(findings(r, "languages.translation")).isEmpty();
        // the two versions go out together on the same accounts: one publication, not two posts too close
        assertThat(findings(r, "schedule.min_gap")).isEmpty();
        assertThat(findings(r, "schedule.max_per_day")).isEmpty();
        assertThat(r.get("summary").get("checked").asInt()).as("each post is still checked on each channel").isEqualTo(4);
    }

    @Test
    void withoutTranslationOfTheArabicPostMissesEveryOtherLanguage() throws IOException {
        JsonNode r = check(FR + AR.replace("    translation_of: pain\n", ""));
        assertThat(findings(r, "languages.translation")).hasSize(3);
    }

    @Test
    void aLanguageMissingFromTheWholeGroupIsToldOnceAtItsOriginal() throws IOException {
        String fr = post("pain", "fr", "2026-12-01 10:00", "", "Du pain frais chaque matin #DarLkhobz");
        JsonNode r = check(fr + AR);
        assertThat(findings(r, "languages.translation")).containsExactly(
                "pain en no en version in the translation group pain, pain-ar (the brand publishes in fr, ar, en)");
    }

    @Test
    void versionsFarApartAreFlaggedAsTheCharterSays() throws IOException {
        String late = AR.replace("2026-12-01 10:00", "2026-12-01 15:30");
        assertThat(findings(check(FR + late), "schedule.translation_gap")).containsExactly("pain-ar ar goes out "
                + "5h30 after pain, the post it translates (Tue 1 Dec 10:00); the charter wants the versions of a post "
                + "within 1h of each other");
        charter = "schedule: { translation_gap: 6h }\n";
        assertThat(findings(check(FR + late), "schedule.translation_gap")).isEmpty();
        charter = "rules: { schedule.translation_gap: off }\n";
        assertThat(findings(check(FR + AR.replace("2026-12-01 10:00", "2026-12-02 10:00")),
                "schedule.translation_gap")).isEmpty();
    }

    @Test
    void anUnknownIdIsAnErrorAtItsPosition() throws IOException {
        CliRun r = run(FR + AR.replace("translation_of: pain", "translation_of: pian"), "validate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("c.yaml:15:21").contains("translation_of: no post 'pian' (did you mean 'pain'?)");
    }

    @Test
    void aCycleIsAnError() throws IOException {
        String a = post("a", "fr", "2026-12-01 10:00", "    translation_of: b\n", "Du pain frais");
        String b = post("b", "ar", "2026-12-01 10:00", "    translation_of: a\n", "خبز طازج");
        CliRun r = run(a + b, "check");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("c.yaml:7:21").contains("translation_of makes a cycle: a -> b -> a");
        String self = post("a", "fr", "2026-12-01 10:00", "    translation_of: a\n", "Du pain frais");
        assertThat(run(self, "validate").err() + run(self, "validate").out()).contains("post 'a' names itself");
    }

    @Test
    void twoPostsOfTheSameLanguageInAGroupAreAnError() throws IOException {
        String fr2 = post("pain-fr", "fr", "2026-12-01 10:00", "    translation_of: pain\n", "Encore du pain");
        CliRun r = run(FR + AR + fr2, "validate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("c.yaml:21:11")
                .contains("two fr versions in the translation group of 'pain': post 'pain-fr' and post 'pain'");
        String en = post("pain-en", "en", "2026-12-01 10:00", "    translation_of: pain-ar\n", "Bread");
        CliRun twice = run(FR + AR + en, "validate");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.out() + twice.err()).contains("two en versions in the translation group of 'pain'");
    }

    @Test
    void latinScriptDarijaIsArabicWrittenInLatinLetters() throws IOException {
        String darija = post("pain-darija", "ar-Latn", "2026-12-01 10:00", "    translation_of: pain\n",
                "Lkhobz skhoun kol sbah, ajiw tdoqo #DarLkhobz");
        JsonNode r = check(FR + darija);
        assertThat(findings(r, "languages.script")).isEmpty();
        assertThat(findings(r, "languages.translation")).as("ar-Latn counts as the brand's ar").isEmpty();
        CliRun validate = run(FR + darija, "validate");
        assertThat(validate.exit()).isZero();
        assertThat(validate.out() + validate.err()).doesNotContain("not among the brand's languages");
        // marked plain ar, the same text is an error that says how to mark it
        JsonNode wrong = check(FR + darija.replace("ar-Latn", "ar"));
        assertThat(findings(wrong, "languages.script")).singleElement().asString()
                .contains("mostly in Latin script");
        JsonNode f = wrong.get("findings").findParents("rule").stream()
                .filter(n -> n.get("rule").asText().equals("languages.script")).findFirst().orElseThrow();
        assertThat(f.get("suggestion").asText()).contains("ar-Latn");
        // and Arabic letters under ar-Latn are the mistake the other way round
        JsonNode arabic = check(FR + darija.replace("Lkhobz skhoun kol sbah, ajiw tdoqo", "خبز طازج كل صباح تعالوا"));
        assertThat(findings(arabic, "languages.script")).singleElement().asString().contains("mostly in Arabic script");
    }

    @Test
    void aTextOfFewerThanTenLettersIsNotReadForItsScript() throws IOException {
        // a brand or a product's name in an Arabic post is no wrong language
        for (String text : new String[] {"Atlas Air ✈️", "iPhone 16 Pro 📱", "OK 👍"}) {
            String shortAr = post("pain-ar2", "ar", "2026-12-01 10:00", "    translation_of: pain\n", text);
            assertThat(findings(check(FR + shortAr), "languages.script")).as(text).isEmpty();
        }
        String longer = post("pain-ar3", "ar", "2026-12-01 10:00", "    translation_of: pain\n", "Bon voyage à tous");
        assertThat(findings(check(FR + longer), "languages.script")).singleElement().asString()
                .contains("mostly in Latin script (14 of 14 letters)");
    }

    @Test
    void charterSettingsForArApplyToArLatnUnlessItHasItsOwn() throws IOException {
        charter = """
                vocabulary:
                  forbidden:
                    - { term: "rkhis", suggest: "b taman mnasb", languages: [ar] }
                disclosure: { fr: "#sponsorisé", en: "#ad", ar: "#i3lan" }
                """;
        String darija = "  - id: promo\n    at: 2026-12-01 10:00\n    status: approved\n    channels: [x]\n"
                + "    lang: ar-Latn\n    paid: true\n    text: \"Lkhobz rkhis lyoum f Dar Lkhobz\"\n";
        JsonNode r = check(darija);
        assertThat(findings(r, "vocabulary.forbidden")).singleElement().asString().startsWith("promo ar-Latn");
        assertThat(findings(r, "disclosure")).singleElement().asString().contains("without the disclosure #i3lan");
        charter = charter.replace("ar: \"#i3lan\"", "ar: \"#إعلان\", ar-Latn: \"#pub\"");
        assertThat(findings(check(darija), "disclosure")).singleElement().asString().contains("#pub");
    }
}
