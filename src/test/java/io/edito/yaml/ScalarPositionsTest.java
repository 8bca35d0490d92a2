package io.edito.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every scalar style, every character of a scalar's value is mapped to the source that produces it: the same
 * character, the escape that reads as it, the line break it is folded from, or {@code ''} for a quote.
 */
class ScalarPositionsTest {
    private static final Path FILE = Path.of("c.yaml");

    static Stream<Arguments> scalars() {
        return Stream.of(
                Arguments.of("plain", "text: Un texte simple, pas cher\n"),
                Arguments.of("plain with inner blanks and tab", "text: a  b\tc   d\n"),
                Arguments.of("plain on several lines", "posts:\n  - text: Un texte\n      plain sur deux lignes   \n"
                        + "      pas cher\n    id: x\n"),
                Arguments.of("plain with blank lines", "text: un\n\n   deux\n\n\n   trois\n"),
                Arguments.of("plain with anchor and tag", "text: &a !!str plain\n  suite\n"),
                Arguments.of("plain after a property line", "text: !!str # a comment\n  la valeur\n"),
                Arguments.of("plain with emoji and NFD", "text: 😀 caf\u0065\u0301 fin\n"),
                Arguments.of("single-quoted", "text: 'l''avion ''part'' à 7 h'\n"),
                Arguments.of("single-quoted folded", "text: 'un\n   deux  \n\n  trois ''q'' \\n'\n"),
                Arguments.of("double-quoted escapes", "text: \"caf\\u00e9 \\\"ok\\\" http://e.com\"\n"),
                Arguments.of("double-quoted every escape",
                        "text: \"\\x41\\U0001F600\\t\\\\\\N\\_\\L\\P\\0\\a\\b\\e\\f\\r\\v\\ \\n'x'\"\n"),
                Arguments.of("double-quoted folded", "text: \"un\n    deux\t\n\n  \t trois\"\n"),
                Arguments.of("double-quoted escaped line break", "text: \"un \\\n    deux\\\n\n  trois\"\n"),
                Arguments.of("double-quoted pas\\ncher", "text: \"Un texte pas\\ncher\"\n"),
                Arguments.of("double-quoted with LS, PS, NEL and a lone CR", "intro: x\ntext: \"a\u2028b \u2029c\u0085d\re pas cher\"\n"),
                Arguments.of("plain after LS and a lone CR", "intro: \"x\u2028y\ry\"\ntext: Un texte pas cher\n"),
                Arguments.of("literal", "text: |\n  Ligne un\n    plus indentée\n\n  \tTab é\n"),
                Arguments.of("literal keep", "text: |+\n  a\n\n  b\n\n\nnext: x\n"),
                Arguments.of("literal of blank lines only", "posts:\n  - text: |+\n\n   \n\n    id: x\n"),
                Arguments.of("literal strip", "text: |-\n  a\n  b\n\n"),
                Arguments.of("literal leading blank lines", "text: |\n\n\n   a\n   b\n"),
                Arguments.of("literal with indentation indicator", "posts:\n  - text: |2\n        four more\n"
                        + "      two more\n    id: x\n"),
                Arguments.of("literal indicator and chomping", "text: |1-\n   deux\n  un\n"),
                Arguments.of("literal with comment on header", "text: | # note\n  x y\n"),
                Arguments.of("folded", "text: >\n  Un texte plié\n  sur deux lignes pas cher\n\n"
                        + "  Nouveau paragraphe http://e.com\n"),
                Arguments.of("folded more-indented", "text: >-\n  un\n  deux\n    indenté\n  trois\n\n\n  quatre\n"),
                Arguments.of("folded keep", "text: >+\n  a\n  b\n\n"),
                Arguments.of("folded with indicator", "text: >2\n   un\n  deux\n  trois\n"),
                Arguments.of("folded in a list", "posts:\n  - id: p1\n    text: >\n      Un texte plié\n"
                        + "      sur deux lignes\n"),
                Arguments.of("flow sequence", "thread: [un, \"deux trois\", 'quatre', cinq\n    six, 😀 sept]\n"),
                Arguments.of("flow mapping", "m: {text: \"a b\", other: c d, q: 'x''y'}\n"),
                Arguments.of("CRLF plain", "text: un\r\n  deux\r\n\r\n  trois\r\n"),
                Arguments.of("CRLF folded", "text: >\r\n  un\r\n  deux\r\n\r\n  trois\r\n"),
                Arguments.of("CRLF literal", "text: |\r\n  un\r\n  deux\r\n"),
                Arguments.of("CRLF double-quoted", "text: \"un\r\n  deux \\\r\n  trois\"\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void everyCharacterMapsToTheSourceThatProducesIt(String name, String yaml) {
        checkEveryCharacter(yaml);
    }

    /**
     * Texts made of the characters that make scalars hard (quotes, backslashes, line breaks, tabs, blanks, accents
     * written in one or two code points, emoji, YAML indicators), written by SnakeYAML's own emitter in every style
     * it can choose, folded at a narrow width: each one maps back character by character.
     */
    @Test
    void textsWrittenByTheYamlEmitterInEveryStyleMapBack() {
        String[] pieces = {"a", "mot", " ", "  ", "\n", "\n\n", "\t", "é", "e\u0301", "😀", "\"", "'", "\\", "#", ": ",
            "- ", "x:y", "pas cher", "\u00e9t\u00e9", "ﻻ", "\u2028"};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(14);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (org.yaml.snakeyaml.DumperOptions.ScalarStyle style : org.yaml.snakeyaml.DumperOptions.ScalarStyle.values()) {
                org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
                options.setDefaultScalarStyle(style);
                options.setWidth(12 + random.nextInt(20));
                options.setIndent(2 + random.nextInt(3));
                options.setDefaultFlowStyle(random.nextBoolean() ? org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK
                        : org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
                String yaml = new org.yaml.snakeyaml.Yaml(options).dump(
                        java.util.Map.of("posts", List.of(java.util.Map.of("text", text.toString()))));
                checkEveryCharacter(yaml);
            }
        }
    }

    private static void checkEveryCharacter(String yaml) {
        YamlSource source = new YamlSource(FILE, yaml);
        List<YScalar> scalars = new ArrayList<>();
        collect(new YamlReader().parse(FILE, yaml), scalars);
        assertThat(scalars).isNotEmpty();
        for (YScalar s : scalars) {
            int from = source.offset(s.pos().line(), s.pos().column());
            assertThat(ScalarMap.of(yaml, from, s.value())).as("map of %s", s.value()).isNotNull();
            ScalarPositions positions = ScalarPositions.of(source, s);
            String value = s.value();
            for (int i = 0; i < value.length(); i++) {
                int start = source.offset(positions.start(i).line(), positions.start(i).column());
                int end = source.offset(positions.end(i).line(), positions.end(i).column());
                assertThat(start).as("char %d of %s", i, value).isGreaterThanOrEqualTo(0);
                assertThat(end).isGreaterThanOrEqualTo(start);
                String written = yaml.substring(start, end + Character.charCount(yaml.codePointAt(end)));
                assertProduces(written, value.charAt(i), value, i);
                // a span's two ends, worked out together, are the positions asked one by one
                for (int j = i; j <= value.length(); j += 1 + j / 3) {
                    SourcePos[] span = positions.span(i, j);
                    assertThat(span[0]).as("span %d-%d of %s", i, j, value).isEqualTo(positions.start(i));
                    assertThat(span[1]).as("span %d-%d of %s", i, j, value)
                            .isEqualTo(j > i ? positions.end(j - 1) : positions.start(i));
                }
            }
        }
    }

    /** Checks that the source {@code written} (from the first to the last character mapped) reads as {@code c}. */
    private static void assertProduces(String written, char c, String value, int i) {
        String what = "char " + i + " '" + c + "' of «" + value + "» mapped to «" + written + "»";
        if (written.indexOf(c) >= 0 && written.codePointCount(0, written.length()) == 1) {
            return; // itself (a surrogate pair: each half maps to the whole code point)
        }
        if (written.equals("''")) {
            assertThat(c).as(what).isEqualTo('\'');
        } else if (written.startsWith("\\")) {
            String read = ((YScalar) ((YMap) new YamlReader().parse(FILE, "v: \"" + written + "\"")).get("v").get()).value();
            assertThat(read == null ? "\0" : read).as(what).contains(String.valueOf(c));
        } else {
            assertThat(written).as(what + " (a line break is at its first character)").isIn("\n", "\r", "\u0085",
                    "\u2028", "\u2029");
            assertThat(c).as(what).isIn(' ', '\n');
        }
    }

    private static void collect(YNode n, List<YScalar> out) {
        if (n instanceof YScalar s && s.value() != null && !out.contains(s)) {
            out.add(s);
        } else if (n instanceof YMap m) {
            m.all().forEach(e -> collect(e.value(), out));
        } else if (n instanceof YList l) {
            l.items().forEach(i -> collect(i, out));
        }
    }

    private static SourcePos at(String yaml, String key, int index) {
        YMap m = (YMap) new YamlReader().parse(FILE, yaml);
        YScalar s = (YScalar) m.get(key).get();
        return ScalarPositions.of(new YamlSource(FILE, yaml), s).start(index);
    }

    @Test
    void examplesFromTheReview() {
        String folded = "text: >\n  Un texte plié\n  sur deux lignes pas cher\n\n  Nouveau paragraphe http://e.com\n";
        String value = "Un texte plié sur deux lignes pas cher\nNouveau paragraphe http://e.com\n";
        assertThat(at(folded, "text", value.indexOf("pas cher"))).isEqualTo(new SourcePos(FILE, 3, 19));
        assertThat(at(folded, "text", value.indexOf("http"))).isEqualTo(new SourcePos(FILE, 5, 22));
        // the space that stands for the folded line break is at the break, the end of line 2
        assertThat(at(folded, "text", value.indexOf(" sur"))).isEqualTo(new SourcePos(FILE, 2, 16));
        String escapes = "text: \"caf\\u00e9 \\\"ok\\\" http://e.com\"\n";
        assertThat(at(escapes, "text", "café \"ok\" ".length())).isEqualTo(new SourcePos(FILE, 1, 25));
        String nfd = "text: |\n  \te\u0301e\u0301 http://e.com\n";
        assertThat(at(nfd, "text", "\te\u0301e\u0301 ".length())).isEqualTo(new SourcePos(FILE, 2, 9));
    }

    @Test
    void anEscapeEndsAtItsLastCharacter() {
        String yaml = "text: \"x\\u00e9y\"\n";
        ScalarPositions p = ScalarPositions.of(new YamlSource(FILE, yaml),
                (YScalar) ((YMap) new YamlReader().parse(FILE, yaml)).get("text").get());
        assertThat(p.start(1)).isEqualTo(new SourcePos(FILE, 1, 9));
        assertThat(p.end(1)).isEqualTo(new SourcePos(FILE, 1, 14));
        assertThat(p.start(3)).as("just after the value").isEqualTo(new SourcePos(FILE, 1, 16));
    }

    @Test
    void theMapKeepsRunsOfCharsAndEachOtherCharAlone() {
        // "ab" + é (an escape) + "cd" + a folded line break + "ef", then 😀 written as a \U escape (two chars, one range)
        String yaml = "text: \"ab\\u00e9cd\n  ef\\U0001F600g\"\n";
        int from = yaml.indexOf('"');
        ScalarMap m = ScalarMap.of(yaml, from, "ab\u00e9cd ef\ud83d\ude00g");
        assertThat(m).isNotNull();
        int[][] expected = {{7, 8}, {8, 9}, {9, 15}, {15, 16}, {16, 17}, {17, 18}, {20, 21}, {21, 22},
            {22, 32}, {22, 32}, {32, 33}};
        for (int i = 0; i < expected.length; i++) {
            assertThat(new int[] {m.start(i), m.end(i)}).as("char %d", i).isEqualTo(expected[i]);
        }
        assertThatThrownBy(() -> m.start(expected.length)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aValueTheScanCannotReadBackStaysAtTheScalar() {
        SourcePos pos = new SourcePos(FILE, 1, 7);
        ScalarPositions p = new ScalarPositions(new YamlSource(FILE, "text: autre chose\n"), pos, "pas ceci");
        assertThat(p.start(4)).isEqualTo(pos);
        assertThat(p.end(4)).isEqualTo(pos);
    }

    @Test
    void sourceCountsLinesByLineFeedsAndColumnsInCodePoints() {
        // lines end at LF (CRLF included), as git and GitHub count them; the parser's lone CR, NEL, LS and PS do not
        YamlSource s = new YamlSource(FILE, "a\r\nb\rc\u2028😀d\nz");
        assertThat(s.pos(s.text().indexOf('c'))).isEqualTo(new SourcePos(FILE, 2, 3));
        assertThat(s.pos(s.text().indexOf('d'))).isEqualTo(new SourcePos(FILE, 2, 6));
        assertThat(s.pos(s.text().indexOf('d') - 1)).as("second half of 😀").isEqualTo(new SourcePos(FILE, 2, 5));
        assertThat(s.pos(s.text().indexOf('z'))).isEqualTo(new SourcePos(FILE, 3, 1));
        assertThat(s.offset(2, 6)).isEqualTo(s.text().indexOf('d'));
        assertThat(s.offset(9, 1)).isEqualTo(-1);
        // the parser's positions, in its own lines, are moved to the file's
        assertThat(s.fromParser(4, 2)).isEqualTo(new SourcePos(FILE, 2, 6));
        assertThat(s.fromParser(5, 1)).isEqualTo(new SourcePos(FILE, 3, 1));
        YamlSource others = new YamlSource(FILE, "a\u0085b\u2029c\u000Bd\te\u000Cf\ng");
        assertThat(others.pos(others.text().indexOf('b'))).isEqualTo(new SourcePos(FILE, 1, 3));
        assertThat(others.pos(others.text().indexOf('f'))).as("VT, tab and FF break no line either")
                .isEqualTo(new SourcePos(FILE, 1, 11));
        assertThat(others.pos(others.text().indexOf('g'))).isEqualTo(new SourcePos(FILE, 2, 1));
        assertThat(others.fromParser(3, 7)).isEqualTo(new SourcePos(FILE, 1, 11));
        // two positions at once, as a span asks them, are the positions asked one by one, at every pair of offsets
        YamlSource t = new YamlSource(FILE, "un 😀 deux\r\n  trois\u2028é😀😀 x\rfin\n\nz");
        for (int a = -1; a <= t.text().length() + 1; a++) {
            for (int b = -1; b <= t.text().length() + 1; b++) {
                assertThat(t.pos(a, b)).as("%d, %d", a, b).containsExactly(t.pos(a), t.pos(b));
            }
        }
    }
}
