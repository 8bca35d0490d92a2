package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalendarLinesTest {
    @Test
    void linesAreTheRegularExpressionSplitAtLineFeeds() {
        String[] samples = {"", "a", "a\n", "a\r\nb", "a\rb\n", "\n\n", "\r\n", "a\r", "\r", "é\r\n\r\nمرحبا\n", "x\n\r\ny",
            "a\u0085b", "a\u2028b\u2029c", "\r\r\n\n", "a\r\u0085"};
        for (String s : samples) {
            assertThat(new io.edito.yaml.YamlSource(java.nio.file.Path.of("t.yaml"), s).lines()).as("%s", s.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactlyElementsOf(Arrays.asList(s.split("\r\n|\n", -1)));
        }
    }

    @Test
    void aPositionFromTheParserIsOnTheLineItNames() {
        // the parser also breaks lines at a lone CR, NEL, LS and PS; its positions are moved to the file's lines (LF),
        // so that the source line printed under a finding holds what the finding points at
        String yaml = "a: 1\rb: 2\u2028c: 3\u0085d: x\r\ne: 5\n";
        java.util.List<String> lines = new io.edito.yaml.YamlSource(java.nio.file.Path.of("t.yaml"), yaml).lines();
        io.edito.yaml.YNode root = new io.edito.yaml.YamlReader().parse(java.nio.file.Path.of("t.yaml"), yaml);
        io.edito.yaml.YMap map = (io.edito.yaml.YMap) root;
        assertThat(lines).hasSize(3);
        for (io.edito.yaml.YMap.Entry e : map.all()) {
            assertThat(lines.get(e.keyPos().line() - 1).substring(e.keyPos().column() - 1)).startsWith(e.key() + ":");
        }
    }
}
