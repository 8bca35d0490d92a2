package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.core.ExitCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bilingual account ({@code languages: [fr, ar]}): the texts of both languages joined in one caption, checked on
 * what goes out and published as one text (issue 13, docs/calendar.md#channels-accounts).
 */
class BilingualAccountsTest {
    private static final String INSTAGRAM = """
              instagram: { handle: "atlas.air", languages: [fr, ar], publish: { type: outbox, dir: outbox/ } }
            """;

    @TempDir
    Path dir;

    /** A post on the bilingual account: French at line 6 column 12, Arabic at line 8 column 20. */
    /** The findings but media.required (an Instagram post without an image: beside the point here). */
    private List<String> textFindings() throws IOException {
        return AccountProject.findings(AccountProject.checkJson(dir)).stream()
                .filter(f -> !f.startsWith("media.required")).toList();
    }

    private void post(String charter, String fr, String ar) throws IOException {
        AccountProject.write(dir, INSTAGRAM, charter, """
                  - id: launch
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [instagram]
                    text: "%s"
                    translations:
                      ar: { text: "%s" }
                """.formatted(fr, ar));
    }

    @Test
    void aCaptionUnderTheLimitInEachLanguageButOverItJoinedIsAnErrorAtItsText() throws IOException {
        post("", "Vol ".repeat(300).strip(), "رحلة ".repeat(220).strip()); // 1,199 and 1,099 characters
        List<String> f = textFindings();
        // measured once, on what goes out: 1,199 + 2 + 1,099 = 2,300 over Instagram's 2,200
        assertThat(f).containsExactly("length.instagram instagram fr+ar 6:12");
        assertThat(AccountProject.checkJson(dir).toString()).contains("caption too long: 2300/2200");
    }

    @Test
    void aBlockScalarsFinalLineBreakIsNoBlankLineBeforeTheOtherLanguage() throws IOException {
        // the agenda's row had two blank lines between the languages where the caption that goes out has one (review)
        AccountProject.write(dir, INSTAGRAM, "", """
                  - id: launch
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [instagram]
                    text: |
                      Nouvelle ligne
                    translations:
                      ar: { text: "خط جديد" }
                """);
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(agenda.out()).contains("\"text\" : \"Nouvelle ligne\\n\\nخط جديد\"");
    }

    @Test
    void eachLanguageIsReadWithItsOwnWordsAndFindingsPointIntoThePartTheyAreIn() throws IOException {
        post("""
                vocabulary:
                  forbidden: ["رخيص"]
                hashtags:
                  forbidden: ["#lowcost"]
                """, "Nouvelle ligne Casablanca - Montréal", "خط جديد رخيص #lowcost");
        List<String> f = textFindings();
        // the forbidden word in the Arabic part (checked as Arabic), the hashtag found in the joined text: both
        // at their place in the Arabic translation (line 8), not at the French text
        assertThat(f).containsExactly("vocabulary.forbidden instagram ar 8:28",
                "hashtags.forbidden instagram fr+ar 8:33");
    }

    @Test
    void aBilingualAccountNeedsBothTextsAndHoldsThePostBackWithoutOne() throws IOException {
        AccountProject.write(dir, INSTAGRAM, "", """
                  - id: fr-only
                    at: 2026-12-01 10:00
                    status: approved
                    lang: fr
                    channels: [instagram]
                    text: "Nouvelle ligne Casablanca - Montréal"
                """);
        JsonNode result = AccountProject.checkJson(dir);
        List<String> f = AccountProject.findings(result);
        assertThat(f).contains("languages.missing instagram ar 6:16"); // at the channel in the list
        assertThat(result.toString()).contains("instagram publishes fr and ar in one text, and this post has no ar text");
        CliRun publish = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(Files.exists(dir.resolve("outbox/fr-only--instagram.json"))).isFalse();
        assertThat(publish.out() + publish.err()).contains("fr-only").contains("instagram");
    }

    @Test
    void theJoinedCaptionIsWhatIsPublishedPreviewedAndCarriesBothLanguages() throws IOException {
        AccountProject.write(dir, """
                  instagram: { handle: "atlas.air", languages: [fr, ar], join: "\\n\\n—\\n\\n", publish: { type: outbox, dir: outbox/ } }
                """, "", """
                  - id: launch
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [instagram]
                    text: "Nouvelle ligne #AtlasAir"
                    media: [{ file: img/a.jpg, alt: "Un avion au décollage" }]
                    translations:
                      ar:
                        text: "خط جديد #AtlasAir"
                        media: [{ alt: "طائرة تقلع" }]
                """);
        Files.createDirectories(dir.resolve("img"));
        ImageIO.write(new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB), "jpg", dir.resolve("img/a.jpg").toFile());
        CliRun run = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        JsonNode sent = AccountProject.JSON.readTree(dir.resolve("outbox/launch--instagram.json").toFile());
        assertThat(sent.get("text").asText()).isEqualTo("Nouvelle ligne #AtlasAir\n\n—\n\nخط جديد #AtlasAir");
        assertThat(sent.get("languages").toString()).isEqualTo("[\"fr\",\"ar\"]");
        assertThat(sent.has("lang")).isFalse();
        assertThat(sent.get("media").get(0).get("alt").asText()).isEqualTo("Un avion au décollage\n\n—\n\nطائرة تقلع");

        CliRun preview = CliRun.of("preview", dir.toString(), "--width", "100", "--color", "never");
        assertThat(preview.out()).contains("fr+ar").contains("Nouvelle ligne").contains("خط جديد");
        assertThat(preview.out().split("@?atlas\\.air", -1).length - 1).as(preview.out()).isEqualTo(1);

        Path html = dir.resolve("preview.html");
        CliRun page = CliRun.of("preview", dir.toString(), "--html", html.toString());
        assertThat(page.exit()).as(page.err()).isZero();
        String h = Files.readString(html);
        assertThat(h).contains("lang=\"fr\"").contains("in fr and ar").doesNotContain("lang=\"fr+ar\"");
    }

    @Test
    void eachThreadItemGoesOutInBothLanguagesJoinedAsTheTextIs() throws IOException {
        AccountProject.write(dir, """
                  mastodon: { handle: "@atlas@m.example", languages: [fr, ar], publish: { type: outbox, dir: outbox/ } }
                """, "", """
                  - id: t1
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [mastodon]
                    text: "Bonjour à tous"
                    thread: ["deuxième partie"]
                    first_comment: "commentaire"
                    translations:
                      ar:
                        text: "مرحبا بالجميع"
                        thread: ["الجزء الثاني", "الجزء الثالث"]
                        first_comment: "تعليق"
                """);
        CliRun run = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T10:05:00Z");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        JsonNode sent = AccountProject.JSON.readTree(dir.resolve("outbox/t1--mastodon.json").toFile());
        assertThat(sent.get("text").asText()).isEqualTo("Bonjour à tous\n\nمرحبا بالجميع");
        assertThat(sent.get("first_comment").asText()).isEqualTo("commentaire\n\nتعليق");
        // the Arabic replies went nowhere: the thread was the French one alone
        assertThat(sent.get("thread").toString())
                .isEqualTo("[\"deuxième partie\\n\\nالجزء الثاني\",\"الجزء الثالث\"]");
        CliRun preview = CliRun.of("preview", dir.toString(), "--width", "100", "--color", "never");
        assertThat(preview.out()).contains("الجزء الثاني").contains("الجزء الثالث");
    }

    @Test
    void validateExplainsEachMistakeOfLanguagesAndJoin() throws IOException {
        AccountProject.write(dir, """
                  instagram: { handle: "a", lang: fr, languages: [fr, ar] }
                  facebook: { handle: "b", languages: [fr, en] }
                  threads: { handle: "c", languages: [fr, fr] }
                  x: { handle: "d", lang: fr, join: " / " }
                """, "", "  []\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.out() + r.err())
                .contains("channel 'instagram' has both lang: and languages:")
                .contains("channel 'facebook' publishes in en, which is not one of the brand's languages (fr, ar)")
                .contains("channel 'threads' lists fr twice in languages:")
                .contains("join: is what goes between the languages of a channel with languages: [A, B]; channel 'x' "
                        + "has one");
    }
}
