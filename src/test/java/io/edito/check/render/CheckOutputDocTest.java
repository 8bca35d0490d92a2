package io.edito.check.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/check-output.md are what {@code edito check} prints for the project in
 * src/test/resources/docs-example: edito runs in a JVM of its own, in that folder (so that the paths are
 * {@code calendar/dec.yaml} as in the document), once per format, through its real entry point.
 */
class CheckOutputDocTest {
    private static final Path DOC = Path.of("docs", "check-output.md");
    private static final Path PROJECT = Path.of("src", "test", "resources", "docs-example").toAbsolutePath();
    /** The date the document's example is checked on: the posts are still to come. */
    private static final String NOW = "2026-12-14T09:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> OUTPUT = new LinkedHashMap<>();

    @BeforeAll
    static void runEditoCheck() throws Exception {
        for (String format : List.of("text", "json", "sarif", "github", "junit", "checkstyle")) {
            OUTPUT.put(format, check(format));
        }
    }

    /** {@code edito check --at NOW --format FORMAT} run in {@link #PROJECT}: its stdout. */
    private static String check(String format) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "io.edito.cli.Main", "check", "--at", NOW, "--format", format);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("GITHUB_STEP_SUMMARY");
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit code of check --format %s (findings at error level)", format).isEqualTo(1);
        return out;
    }

    /**
     * The job summary is written after the annotations: one that cannot be written is a warning, and the annotations
     * and the exit code stand (review: no annotation at all, exit 3); an empty variable is no summary.
     */
    @org.junit.jupiter.api.Test
    void aStepSummaryThatCannotBeWrittenLeavesTheAnnotations(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        for (String summary : new String[] {tmp.toString(), ""}) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-Dfile.encoding=UTF-8", "io.edito.cli.Main", "check", "--at", NOW, "--format", "github");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile());
            pb.environment().put("GITHUB_STEP_SUMMARY", summary);
            pb.environment().put("NO_COLOR", "1");
            Process p = pb.start();
            java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(err.get(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(stderr).isEqualTo(1);
            assertThat(out).as("summary '%s'", summary).isEqualTo(OUTPUT.get("github"));
            if (summary.isEmpty()) {
                assertThat(stderr).doesNotContain("GITHUB_STEP_SUMMARY");
            } else {
                assertThat(stderr).contains("edito: warning: GITHUB_STEP_SUMMARY: ").contains("no step summary");
            }
        }
    }

    /** The fenced blocks of the document that follow the heading {@code ## section}. */
    private static List<String> blocks(String section) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<String> blocks = new ArrayList<>();
        boolean inSection = false;
        StringBuilder block = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## " + section);
            } else if (inSection && line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                } else {
                    blocks.add(block.toString());
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void textExampleIsTheRealOutput() throws Exception {
        assertThat(blocks("text").get(0)).isEqualTo(OUTPUT.get("text"));
    }

    @Test
    void githubExampleIsTheRealOutput() throws Exception {
        assertThat(blocks("github").get(0)).isEqualTo(OUTPUT.get("github"));
    }

    @Test
    void xmlExamplesAreTheRealOutput() throws Exception {
        assertThat(blocks("junit").get(0)).isEqualTo(OUTPUT.get("junit"));
        assertThat(blocks("checkstyle").get(0)).isEqualTo(OUTPUT.get("checkstyle"));
    }

    @Test
    void jsonExampleFindingsAreRealFindingsAndTheSummaryIsTheRealOne() throws Exception {
        JsonNode real = JSON.readTree(OUTPUT.get("json"));
        JsonNode doc = JSON.readTree(blocks("json").get(0));
        List<JsonNode> realFindings = new ArrayList<>();
        real.get("findings").forEach(realFindings::add);
        assertThat(doc.get("findings")).isNotEmpty();
        doc.get("findings").forEach(f -> assertThat(realFindings).contains(f));
        assertThat(doc.get("summary")).isEqualTo(real.get("summary"));
        // and written as edito writes it: its lines are real lines (an excerpt may end the array after any finding)
        List<String> realLines = OUTPUT.get("json").lines().map(CheckOutputDocTest::unlinked).toList();
        assertThat(blocks("json").get(0).lines().map(CheckOutputDocTest::unlinked).toList()).isSubsetOf(realLines);
    }

    /** A line of JSON with the link between two findings ({@code }, {} or the end of the array) cut off. */
    private static String unlinked(String line) {
        return line.replace("}, {", "}").replace("} ],", "}");
    }

    @Test
    void sarifExampleIsARealResult() throws Exception {
        JsonNode doc = JSON.readTree(blocks("sarif").get(0));
        List<JsonNode> results = new ArrayList<>();
        JSON.readTree(OUTPUT.get("sarif")).get("runs").get(0).get("results").forEach(results::add);
        assertThat(results).contains(doc);
    }
}
