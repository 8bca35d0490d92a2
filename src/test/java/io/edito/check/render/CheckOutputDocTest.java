package io.edito.check.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.check.Severity;
import io.edito.core.Paint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/check-output.md are what the renderers print for {@link Fixtures#result()}. */
class CheckOutputDocTest {
    private static final Path DOC = Path.of("docs", "check-output.md");

    /** The fenced blocks of the document that follow the heading {@code ## section}. */
    private static List<String> blocks(String section) throws Exception {
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
        assertThat(blocks("text").get(0)).isEqualTo(CheckText.render(Fixtures.result(), Paint.NONE));
    }

    @Test
    void githubExampleLinesAreRealOutputLines() throws Exception {
        List<String> real = CheckGithub.render(Fixtures.result()).lines().toList();
        assertThat(blocks("github").get(0).lines().toList()).isSubsetOf(real).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void xmlExampleLinesAreRealOutputLines() throws Exception {
        List<String> checkstyle = CheckCheckstyle.render(Fixtures.result()).lines().toList();
        assertThat(blocks("checkstyle").get(0).lines().toList()).isSubsetOf(checkstyle);
        List<String> junit = CheckJunit.render(Fixtures.result(), Severity.ERROR).lines().toList();
        assertThat(blocks("junit").get(0).lines().filter(l -> !l.strip().equals("…")).toList()).isSubsetOf(junit);
    }

    @Test
    void jsonExampleFindingsAreRealFindings() throws Exception {
        String json = CheckJson.render(Fixtures.result());
        for (String line : blocks("json").get(0).lines().toList()) {
            assertThat(json).contains(line.replace("} ],", "}").replace("}, {", "}"));
        }
    }
}
