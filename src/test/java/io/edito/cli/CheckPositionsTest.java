package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edito check --format json} points at the exact span of a finding, whatever the YAML style of the text. */
class CheckPositionsTest {
    @TempDir
    Path dir;

    private static final String POST = "  - id: %s\n    at: 2030-01-10 10:00\n    channels: [mastodon]\n    status: draft\n";

    /** A project whose calendar is {@code calendar} (two files of the project come from the test resources). */
    private Path project(String calendar) throws IOException {
        for (String f : List.of("edito.yaml", "charter.yaml")) {
            try (InputStream in = getClass().getResourceAsStream("/positions/" + f)) {
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), calendar, StandardCharsets.UTF_8);
        return dir;
    }

    /** {@code rule post line:col-endLine:endCol} for every finding. */
    private List<String> spans(String calendar) throws IOException {
        CliRun r = CliRun.of("check", "--format", "json", project(calendar).toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
            assertThat(f.get("file").asText()).endsWith("c.yaml");
            out.add(f.get("rule").asText() + " " + f.get("post").asText() + " " + f.get("line") + ":" + f.get("column")
                    + "-" + f.get("endLine") + ":" + f.get("endColumn"));
        }
        return out;
    }

    @Test
    void foldedPlainAndEscapedTextsOfTheReview() throws IOException {
        String calendar = "posts:\n" + POST.formatted("p1")
                + "    text: >\n"                              // line 6
                + "      Un texte plié\n"                      // 7
                + "      sur deux lignes pas cher\n"           // 8
                + "\n"                                         // 9
                + "      Nouveau paragraphe http://e.com\n"    // 10
                + POST.formatted("p2")                         // 11-14
                + "    text: Un texte\n"                       // 15
                + "      plain sur deux lignes pas cher\n"     // 16
                + POST.formatted("p3")                         // 17-20
                + "    text: \"caf\\u00e9 \\\"ok\\\" http://e.com\"\n" // 21
                + POST.formatted("p4")                         // 22-25
                + "    text: \"Un texte pas\\ncher\"\n"        // 26
                + POST.formatted("p5")                         // 27-30
                + "    text: |\n"                              // 31
                + "      \te\u0301e\u0301 http://e.com\n";     // 32
        assertThat(spans(calendar)).containsExactly(
                "vocabulary.forbidden p1 8:23-8:30",
                "links.https p1 10:26-10:37",
                "vocabulary.forbidden p2 16:29-16:36",
                "links.https p3 21:29-21:40",
                "vocabulary.forbidden p4 26:21-26:29",
                "links.https p5 32:13-32:24");
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() throws IOException {
        String calendar = "\uFEFFposts: [{id: p1, at: 2030-01-10 10:00, channels: [mastodon], status: draft, "
                + "text: pas cher}]\n";
        assertThat(spans(calendar)).containsExactly("vocabulary.forbidden p1 1:83-1:90");
        CliRun text = CliRun.of("check", dir.toString());
        assertThat(text.out()).contains("1 | posts: [{id: p1,").doesNotContain("\uFEFF");
    }

    @Test
    void validateReportsATabAtTheTab() throws IOException {
        project("posts:\n\t- id: p2\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("c.yaml:2:1: error: invalid YAML: a tab indents this line; YAML indents"
                + " with spaces only").doesNotContain("(TAB)");
    }
}
