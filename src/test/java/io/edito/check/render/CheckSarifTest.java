package io.edito.check.render;

import static io.edito.check.render.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import io.edito.check.RuleInfo;
import io.edito.core.Severity;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckSarifTest {
    private static final ObjectMapper READER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadOfficialSchema() throws Exception {
        // oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json, copied unchanged
        try (InputStream in = CheckSarifTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema in src/test/resources").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonNode sarif(CheckResult r) throws Exception {
        return READER.readTree(CheckSarif.render(r, "0.1.0", "https://edito.example/"));
    }

    private static Set<ValidationMessage> validate(JsonNode n) {
        return schema.validate(n);
    }

    @Test
    void validAgainstTheOfficialSchema() throws Exception {
        assertThat(validate(sarif(Fixtures.result()))).isEmpty();
        assertThat(validate(sarif(Fixtures.clean()))).isEmpty();
        assertThat(validate(sarif(Fixtures.many(12)))).isEmpty();
    }

    @Test
    void theValidatorDoesRejectABrokenLog() throws Exception {
        JsonNode n = sarif(Fixtures.result());
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("runs").get(0).get("results").get(1)
                .get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("runs").get(0).get("results").get(2)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation")).put("uri", "mes posts/été.yaml");
        assertThat(validate(n)).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .containsExactlyInAnyOrder("$.runs[0].results[0].level",
                        "$.runs[0].results[1].locations[0].physicalLocation.region.startLine",
                        "$.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri");
    }

    @Test
    void logRunAndDriver() throws Exception {
        JsonNode log = sarif(Fixtures.result());
        assertThat(log.get("$schema").asText()).isEqualTo(CheckSarif.SCHEMA);
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("edito");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://edito.example/");
    }

    @Test
    void everyRuleIsDescribedAndResultsPointAtTheirRule() throws Exception {
        JsonNode run = sarif(Fixtures.result()).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("length.x", "vocabulary.forbidden", "style.punctuation", "disclosure",
                "schedule.max_per_day");
        List<RuleInfo> infos = Fixtures.rules();
        for (int k = 0; k < infos.size(); k++) {
            RuleInfo info = infos.get(k);
            JsonNode rule = rules.get(k);
            assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(info.shortDescription());
            assertThat(rule.get("fullDescription").get("text").asText()).isEqualTo(info.fullDescription());
            assertThat(rule.get("help").get("text").asText()).isEqualTo(info.help());
        }
        JsonNode length = rules.get(0);
        assertThat(length.get("help").get("markdown").asText()).startsWith("""
                **Text too long for X** (`length.x`)

                Each text of the post (text, title, thread items, first comment, alt texts) counted the way X counts, against its limit.

                **How to fix:** Shorten the text, or give this channel a shorter variant under variants:.
                """);
        assertThat(length.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(rules.get(2).get("defaultConfiguration").get("level").asText()).isEqualTo("note");
        assertThat(rules.get(4).get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
        for (JsonNode r : run.get("results")) {
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
        }
        List<String> levels = new ArrayList<>();
        run.get("results").forEach(r -> levels.add(r.get("level").asText()));
        assertThat(levels).containsExactly("error", "error", "error", "warning", "note", "error");
    }

    @Test
    void regionsAreUtf16WithAnExclusiveEndAndEveryResultHasOne() throws Exception {
        JsonNode results = sarif(Fixtures.result()).get("runs").get(0).get("results");
        // "pas cher", ASCII before it: code points and UTF-16 agree; end 24 inclusive -> 25 exclusive
        assertThat(region(results.get(0))).isEqualTo(READER.readTree(
                "{\"startLine\":4,\"startColumn\":17,\"endLine\":4,\"endColumn\":25}"));
        // Arabic letters are in the BMP: one unit each
        assertThat(region(results.get(1))).isEqualTo(READER.readTree(
                "{\"startLine\":6,\"startColumn\":26,\"endLine\":6,\"endColumn\":30}"));
        // the whole CJK + emoji text: 24 code points, 26 UTF-16 units (two emoji outside the BMP)
        assertThat(region(results.get(2))).isEqualTo(READER.readTree(
                "{\"startLine\":9,\"startColumn\":12,\"endLine\":9,\"endColumn\":38}"));
        // "!!!" after the two emoji: code point 33 is UTF-16 column 35
        assertThat(region(results.get(3))).isEqualTo(READER.readTree(
                "{\"startLine\":9,\"startColumn\":35,\"endLine\":9,\"endColumn\":38}"));
        // the whole file: its first line
        assertThat(region(results.get(4))).isEqualTo(READER.readTree("{\"startLine\":1}"));
        // over two lines
        assertThat(region(results.get(5))).isEqualTo(READER.readTree(
                "{\"startLine\":5,\"startColumn\":7,\"endLine\":6,\"endColumn\":33}"));
        for (JsonNode r : results) {
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(loc.get("artifactLocation").get("uri").asText()).matches("calendar/(dec|jan)\\.yaml");
        }
    }

    @Test
    void messagesCarryPostChannelLanguageAndSuggestion() throws Exception {
        JsonNode results = sarif(Fixtures.result()).get("runs").get(0).get("results");
        assertThat(results.get(1).get("message").get("text").asText())
                .isEqualTo("forbidden term 'رخيص' [soldes-hiver, ar] (suggestion: write 'بسعر مناسب')");
        assertThat(results.get(2).get("message").get("text").asText())
                .isEqualTo("X post too long: 312/280 (X weighted length) [nouvel-an @ x, fr]");
        assertThat(results.get(2).get("properties").get("channel").asText()).isEqualTo("x");
    }

    @Test
    void fingerprintsAreStableAndDistinct() throws Exception {
        JsonNode a = sarif(Fixtures.result()).get("runs").get(0).get("results");
        JsonNode b = sarif(Fixtures.result()).get("runs").get(0).get("results");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String fa = a.get(i).get("partialFingerprints").get(CheckSarif.FINGERPRINT).asText();
            assertThat(fa).isEqualTo(b.get(i).get("partialFingerprints").get(CheckSarif.FINGERPRINT).asText());
            assertThat(seen.add(fa)).as("fingerprint %s is unique", fa).isTrue();
        }
        // the same rule on the same post, channel and language twice: told apart by their occurrence
        JsonNode many = sarif(Fixtures.many(2)).get("runs").get(0).get("results");
        String first = many.get(0).get("partialFingerprints").get(CheckSarif.FINGERPRINT).asText();
        String second = many.get(1).get("partialFingerprints").get(CheckSarif.FINGERPRINT).asText();
        assertThat(first).endsWith(":1");
        assertThat(second).isEqualTo(first.substring(0, first.length() - 1) + "2");
        // independent of the counts in the message, of the channels it was merged across and of the position: a fix
        // elsewhere in the post, or the post sent to one more network, keeps the alert
        Finding moved = new Finding("length.x", Severity.ERROR, "nouvel-an", "x,threads", "fr", at(Fixtures.DEC, 3, 1),
                at(Fixtures.DEC, 3, 2), "X post too long: 290/280 (X weighted length)", null);
        CheckResult r = new CheckResult(List.of(moved), 1, List.of(), Fixtures.rules(), Map.of());
        assertThat(sarif(r).get("runs").get(0).get("results").get(0).get("partialFingerprints")
                .get(CheckSarif.FINGERPRINT).asText()).isEqualTo(a.get(2).get("partialFingerprints")
                .get(CheckSarif.FINGERPRINT).asText());
        // two forbidden terms in one text: fixing the first keeps the second's alert (ranked by rule, post and
        // channel alone, the second became the first's :1 and code scanning moved the first alert onto it)
        Finding cheap = new Finding("vocabulary.forbidden", Severity.ERROR, "soldes", "x", "fr", at(Fixtures.DEC, 4, 9),
                at(Fixtures.DEC, 4, 13), "forbidden term 'pas cher'", null);
        Finding free = new Finding("vocabulary.forbidden", Severity.ERROR, "soldes", "x", "fr", at(Fixtures.DEC, 4, 20),
                at(Fixtures.DEC, 4, 27), "forbidden term 'gratuit'", null);
        JsonNode both = sarif(new CheckResult(List.of(cheap, free), 1, List.of(), Fixtures.rules(), Map.of()))
                .get("runs").get(0).get("results");
        JsonNode fixed = sarif(new CheckResult(List.of(free), 1, List.of(), Fixtures.rules(), Map.of()))
                .get("runs").get(0).get("results");
        assertThat(fixed.get(0).get("partialFingerprints").get(CheckSarif.FINGERPRINT).asText())
                .isEqualTo(both.get(1).get("partialFingerprints").get(CheckSarif.FINGERPRINT).asText())
                .isNotEqualTo(both.get(0).get("partialFingerprints").get(CheckSarif.FINGERPRINT).asText());
    }

    @Test
    void pathsWithSpacesAccentsArabicAndColonsAreValidRelativeUris() throws Exception {
        assertThat(CheckSarif.uri(Path.of("mes posts", "été.yaml"))).isEqualTo("mes%20posts/%C3%A9t%C3%A9.yaml");
        assertThat(CheckSarif.uri(Path.of("تقويم.yaml"))).isEqualTo("%D8%AA%D9%82%D9%88%D9%8A%D9%85.yaml");
        assertThat(CheckSarif.uri(Path.of("a:b.yaml"))).isEqualTo("./a:b.yaml");
        assertThat(CheckSarif.uri(Path.of("50%.yaml"))).isEqualTo("50%25.yaml");
        Path odd = Path.of("mes posts", "été #1.yaml");
        Finding f = new Finding("length.x", Severity.ERROR, "p", "x", "fr", at(odd, 1, 1), at(odd, 1, 1), "m", null);
        CheckResult r = new CheckResult(List.of(f), 1, List.of(new Checked("p", "x", at(odd, 1, 1))),
                Fixtures.rules(), Map.of());
        JsonNode log = sarif(r);
        assertThat(validate(log)).isEmpty();
        assertThat(log.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText()).isEqualTo("mes%20posts/%C3%A9t%C3%A9%20%231.yaml");
    }

    @Test
    void aRuleNamedOnlyByAFindingStillGetsADescriptor() throws Exception {
        Finding f = new Finding("media.missing", Severity.WARNING, "p", null, null, at(Fixtures.DEC, 2, 3),
                at(Fixtures.DEC, 2, 3), "image.png is not in the repository", null);
        CheckResult r = new CheckResult(List.of(f), 1, List.of(), List.of(), Map.of());
        JsonNode run = sarif(r).get("runs").get(0);
        assertThat(validate(sarif(r))).isEmpty();
        assertThat(run.get("tool").get("driver").get("rules").get(0).get("id").asText()).isEqualTo("media.missing");
        assertThat(run.get("results").get(0).get("ruleIndex").asInt()).isZero();
    }

    private static JsonNode region(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("region");
    }
}
