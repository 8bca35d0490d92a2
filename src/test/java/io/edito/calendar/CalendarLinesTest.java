package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalendarLinesTest {
    @Test
    void linesAreTheRegularExpressionSplitOfEveryYamlLineBreak() {
        String[] samples = {"", "a", "a\n", "a\r\nb", "a\rb\n", "\n\n", "\r\n", "a\r", "\r", "é\r\n\r\nمرحبا\n", "x\n\r\ny",
            "a\u0085b", "a\u2028b\u2029c", "\r\r\n\n", "a\r\u0085"};
        for (String s : samples) {
            assertThat(new io.edito.yaml.YamlSource(java.nio.file.Path.of("t.yaml"), s).lines()).as("%s", s.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactlyElementsOf(Arrays.asList(s.split("\r\n|[\r\n\u0085\u2028\u2029]", -1)));
        }
    }

    @Test
    void theLinesAreTheLinesTheYamlParserCounts() {
        // a finding's line number comes from the parser: the source line printed under it must be that line
        String yaml = "a: 1\rb: 2\u2028c: 3\u0085d: x\r\ne: 5\n";
        java.util.List<String> lines = new io.edito.yaml.YamlSource(java.nio.file.Path.of("t.yaml"), yaml).lines();
        io.edito.yaml.YNode root = new io.edito.yaml.YamlReader().parse(java.nio.file.Path.of("t.yaml"), yaml);
        io.edito.yaml.YMap map = (io.edito.yaml.YMap) root;
        for (io.edito.yaml.YMap.Entry e : map.all()) {
            assertThat(lines.get(e.keyPos().line() - 1)).startsWith(e.key() + ":");
        }
    }
}
