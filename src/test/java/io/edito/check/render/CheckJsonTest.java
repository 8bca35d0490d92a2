package io.edito.check.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckJsonTest {
    private static final ObjectMapper READER = new ObjectMapper();

    @Test
    void everyFindingWithEveryKeyInTheDocumentedOrder() throws Exception {
        JsonNode root = READER.readTree(CheckJson.render(Fixtures.result()));
        assertThat(names(root)).containsExactly("findings", "summary");
        assertThat(root.get("findings")).hasSize(6);
        for (JsonNode f : root.get("findings")) {
            assertThat(names(f)).containsExactly("rule", "severity", "post", "channel", "lang", "file", "line", "column",
                    "endLine", "endColumn", "message", "suggestion");
        }
        assertThat(names(root.get("summary"))).containsExactly("posts", "checked", "errors", "warnings", "infos");
    }

    @Test
    void valuesAreThoseOfTheModel() throws Exception {
        JsonNode root = READER.readTree(CheckJson.render(Fixtures.result()));
        JsonNode expected = READER.readTree("""
                {"findings": [
                  {"rule": "vocabulary.forbidden", "severity": "error", "post": "soldes-hiver", "channel": null, "lang": "fr",
                   "file": "calendar/dec.yaml", "line": 4, "column": 17, "endLine": 4, "endColumn": 24,
                   "message": "forbidden term 'pas cher'", "suggestion": "write 'à petit prix'"},
                  {"rule": "vocabulary.forbidden", "severity": "error", "post": "soldes-hiver", "channel": null, "lang": "ar",
                   "file": "calendar/dec.yaml", "line": 6, "column": 26, "endLine": 6, "endColumn": 29,
                   "message": "forbidden term 'رخيص'", "suggestion": "write 'بسعر مناسب'"},
                  {"rule": "length.x", "severity": "error", "post": "nouvel-an", "channel": "x", "lang": "fr",
                   "file": "calendar/dec.yaml", "line": 9, "column": 12, "endLine": 9, "endColumn": 35,
                   "message": "X post too long: 312/280 (X weighted length)", "suggestion": null},
                  {"rule": "style.punctuation", "severity": "warning", "post": "nouvel-an", "channel": null, "lang": "fr",
                   "file": "calendar/dec.yaml", "line": 9, "column": 33, "endLine": 9, "endColumn": 35,
                   "message": "repeated punctuation '!!!'", "suggestion": "!"},
                  {"rule": "schedule.max_per_day", "severity": "info", "post": null, "channel": null, "lang": null,
                   "file": "calendar/dec.yaml", "line": null, "column": null, "endLine": null, "endColumn": null,
                   "message": "post 4 on x on 2026-12-31; the charter allows 3 a day", "suggestion": null},
                  {"rule": "disclosure", "severity": "error", "post": "galette", "channel": "facebook", "lang": "fr",
                   "file": "calendar/jan.yaml", "line": 5, "column": 7, "endLine": 6, "endColumn": 32,
                   "message": "partner post without the disclosure #sponsorisé", "suggestion": "add #sponsorisé"}
                ],
                "summary": {"posts": 3, "checked": 4, "errors": 4, "warnings": 1, "infos": 1}}
                """);
        assertThat(root).isEqualTo(expected);
    }

    @Test
    void cleanResultHasAnEmptyListAndZeroCounts() throws Exception {
        JsonNode root = READER.readTree(CheckJson.render(Fixtures.clean()));
        assertThat(root).isEqualTo(READER.readTree("""
                {"findings": [], "summary": {"posts": 1, "checked": 1, "errors": 0, "warnings": 0, "infos": 0}}
                """));
    }

    @Test
    void outputIsIndentedAndEndsWithANewline() {
        String out = CheckJson.render(Fixtures.clean());
        assertThat(out).startsWith("{\n").endsWith("}\n");
    }

    private static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
