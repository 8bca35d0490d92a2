package io.edito.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "Deliberate breaks" table of examples/atlas-air/README.md is what {@code edito check} reports on the example. */
class AtlasAirReadmeTest {
    private static final Path README = Path.of("examples", "atlas-air", "README.md");
    /** A row: | `post` | `rule` | what is wrong, where "also fails `rule`" or "Also `rule`" names more rules |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `([a-z_.]+)` \\| (.*) \\|$");
    /** "also fails `a` and `b`" up to the end of its clause (a dot inside a rule id does not end it). */
    private static final Pattern ALSO = Pattern.compile("[Aa]lso (?:fails )?((?:[^.;:(]|\\.(?=\\S))*)");
    private static final Pattern RULE = Pattern.compile("`([a-z_]+\\.[a-z_]+)`");

    @Test
    void deliberateBreaksAreExactlyWhatCheckReports() throws Exception {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(README)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> rules = documented.computeIfAbsent(row.group(1), k -> new TreeSet<>());
                rules.add(row.group(2));
                Matcher also = ALSO.matcher(row.group(3));
                while (also.find()) {
                    Matcher rule = RULE.matcher(also.group(1));
                    while (rule.find()) {
                        rules.add(rule.group(1));
                    }
                }
            }
        }
        assertThat(documented).hasSize(13);

        CliRun run = CliRun.of("check", "examples/atlas-air", "--at", "2026-12-14T09:00:00Z", "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        Map<String, Set<String>> reported = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            reported.computeIfAbsent(f.get("post").asText(), k -> new TreeSet<>()).add(f.get("rule").asText());
        }
        assertThat(reported).isEqualTo(documented);
    }
}
