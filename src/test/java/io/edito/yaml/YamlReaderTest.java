package io.edito.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
    @TempDir
    Path dir;

    private YNode parse(String yaml) {
        return new YamlReader().parse(Path.of("f.yaml"), yaml);
    }

    @Test
    void scalarsStayAsWritten() {
        YMap m = (YMap) parse("lang: no\nid: 012\nat: 18:30\nflag: yes\nempty:\nq: \"null\"\n");
        assertThat(((YScalar) m.get("lang").get()).value()).isEqualTo("no");
        assertThat(((YScalar) m.get("id").get()).value()).isEqualTo("012");
        assertThat(((YScalar) m.get("at").get()).value()).isEqualTo("18:30");
        assertThat(((YScalar) m.get("flag").get()).value()).isEqualTo("yes");
        assertThat(((YScalar) m.get("empty").get()).isNull()).isTrue();
        assertThat(((YScalar) m.get("q").get()).value()).isEqualTo("null");
    }

    @Test
    void positionsAreOneBasedLineAndColumn() {
        YMap m = (YMap) parse("a: 1\nposts:\n  - id: x\n    text: hello\n");
        YList posts = (YList) m.get("posts").get();
        YMap post = (YMap) posts.items().get(0);
        assertThat(post.entries().get("text").keyPos().line()).isEqualTo(4);
        assertThat(post.entries().get("text").keyPos().column()).isEqualTo(5);
        assertThat(post.get("text").get().pos().column()).isEqualTo(11);
    }

    /**
     * Lines end at a line feed, as git, GitHub's annotations and editors count them: the parser's own line breaks
     * (a lone CR, NEL, LS, PS: YAML 1.1) inside a text do not move what follows to another line (review: a U+2028 in
     * a text put every finding below it a line too far).
     */
    @Test
    void positionsCountLinesByLineFeedsOnly() {
        for (String odd : new String[] {"\u2028", "\u2029", "\u0085", "\r"}) {
            YMap m = (YMap) parse("a: \"x" + odd + "y" + odd + "z\"\nposts:\n  - id: x\n    text: hello\r\n    b: 2\n");
            YMap post = (YMap) ((YList) m.get("posts").get()).items().get(0);
            String name = String.format("U+%04X", (int) odd.charAt(0));
            assertThat(m.entries().get("posts").keyPos().line()).as(name).isEqualTo(2);
            assertThat(post.entries().get("text").keyPos().line()).as(name).isEqualTo(4);
            assertThat(post.get("text").get().pos().column()).as(name).isEqualTo(11);
            assertThat(post.entries().get("b").keyPos().line()).as(name).isEqualTo(5);
        }
        YamlSource source = new YamlSource(Path.of("f.yaml"), "a: \"x\u2028y\"\nb: c\n");
        assertThat(source.lines()).containsExactly("a: \"x\u2028y\"", "b: c", "");
        assertThat(source.fromParser(3, 1).line()).as("the parser's line 3 is the file's 2").isEqualTo(2);
        // a syntax error below such a line is reported on its own line
        assertThatThrownBy(() -> parse("a: \"x\u2028y\"\nb: [1\n"))
                .isInstanceOf(EditoException.class)
                .satisfies(e -> assertThat(((EditoException) e).pos().line()).isEqualTo(3));
    }

    @Test
    void aByteOrderMarkIsDroppedWhereTheFileIsRead() throws Exception {
        Path f = dir.resolve("bom.yaml");
        Files.write(f, "\uFEFFtext: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(new YamlReader().readText(f)).isEqualTo("text: x\n");
        YMap m = (YMap) new YamlReader().read(f);
        assertThat(m.get("text").get().pos().column()).isEqualTo(7);
    }

    @Test
    void duplicateKeyIsAnErrorNamingBothLines() {
        assertThatThrownBy(() -> parse("id: a\ntext: x\nid: b\n"))
                .isInstanceOf(EditoException.class)
                .hasMessage("f.yaml:3:1: duplicate key 'id' (first at line 1)");
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("posts:\n  - id: a\n   text: [unclosed\n"))
                .isInstanceOf(EditoException.class)
                .hasMessageStartingWith("f.yaml:")
                .hasMessageContaining("invalid YAML")
                .satisfies(e -> assertThat(((EditoException) e).exitCode()).isEqualTo(2));
    }

    private static String error(String yaml) {
        try {
            new YamlReader().parse(Path.of("f.yaml"), yaml);
        } catch (EditoException e) {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no error for " + yaml);
    }

    @Test
    void aTabInIndentationIsReportedAtTheTabInPlainWords() {
        assertThat(error("posts:\n\t- id: p2\n"))
                .isEqualTo("f.yaml:2:1: invalid YAML: a tab indents this line; YAML indents with spaces only");
        assertThat(error("posts:\n  - id: p2\n  \t  at: x\n"))
                .isEqualTo("f.yaml:3:3: invalid YAML: a tab indents this line; YAML indents with spaces only");
    }

    @Test
    void aLineIndentedTheWrongWayIsReportedWhereItIsWithTheMappingItBreaks() {
        assertThat(error("posts:\n  - id: p2\n    channels: [x]\n      text: hi\n"))
                .isEqualTo("f.yaml:4:7: invalid YAML: this line is not indented like the keys of the mapping that"
                        + " starts at line 2, column 5 (expected <block end>, but found '<block mapping start>')");
    }

    @Test
    void syntaxErrorsAreAtTheProblemInOneLineWithoutEchoedSource() {
        assertThat(error("posts:\n  - id: p5\n    text: \"bad \\q escape\"\n"))
                .isEqualTo("f.yaml:3:17: invalid YAML: found unknown escape character q (while scanning a"
                        + " double-quoted scalar that starts at line 3, column 11)");
        assertThat(error("posts:\n  - id: p3\n    text: \"unclosed\n"))
                .isEqualTo("f.yaml:4:1: invalid YAML: found unexpected end of stream (while scanning a quoted"
                        + " scalar that starts at line 3, column 11)");
        assertThat(error("posts:\n  - id: p6\n    text: a: b\n"))
                .isEqualTo("f.yaml:3:12: invalid YAML: mapping values are not allowed here");
        assertThat(error("é: [a, b\nat: x\n")).startsWith("f.yaml:2:3: invalid YAML: expected ',' or ']'")
                .doesNotContain("at: x").endsWith("(while parsing a flow sequence that starts at line 1, column 4)");
    }

    @Test
    void billionLaughsIsStoppedQuickly() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        assertThatThrownBy(() -> parse(y.toString()))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("billion laughs");
    }

    @Test
    void aliasesAndMergeKeysWork() {
        YMap m = (YMap) parse("base: &b {status: approved, lang: fr}\npost:\n  <<: *b\n  lang: ar\n");
        YMap post = (YMap) m.get("post").get();
        assertThat(((YScalar) post.get("status").get()).value()).isEqualTo("approved");
        assertThat(((YScalar) post.get("lang").get()).value()).isEqualTo("ar");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(EditoException.class).hasMessageContaining("nested deeper");
        // said where the limit is passed: line and column, as every other YAML error
        String flow = "x: 1\nnotes: " + "[".repeat(70) + "]".repeat(70) + "\n";
        assertThatThrownBy(() -> parse(flow)).isInstanceOf(EditoException.class)
                .satisfies(e -> assertThat(((EditoException) e).pos().line()).isEqualTo(2))
                .satisfies(e -> assertThat(((EditoException) e).pos().column()).isBetween(8, 8 + 70));
    }

    @Test
    void nestingUpToTheLimitIsReadAndOneLevelMoreIsNot() {
        int limit = YamlLimits.DEFAULT.maxDepth();
        assertThat(parse(blockNesting(limit))).isInstanceOf(YMap.class);
        assertThatThrownBy(() -> parse(blockNesting(limit + 1))).isInstanceOf(EditoException.class)
                .hasMessageContaining("nested deeper than 64 levels")
                .satisfies(e -> assertThat(((EditoException) e).pos().line()).isPositive());
    }

    /** {@code levels} block mappings inside each other (the root counts as the first). */
    private static String blockNesting(int levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels - 1; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return sb.append("  ".repeat(levels - 1)).append("leaf: v\n").toString();
    }

    @Test
    void aliasExpansionIsCountedUpToTheMillionNodeLimit() {
        // an anchor of 1,000 scalars (1,001 nodes) used n times: linear, not exponential, but still counted
        String anchor = "a: &a [" + "x,".repeat(999) + "x]\n";
        String under = anchor + "b: [" + "*a,".repeat(900) + "*a]\n";
        assertThat(parse(under)).isInstanceOf(YMap.class);
        String over = anchor + "b: [" + "*a,".repeat(999) + "*a]\n";
        assertThatThrownBy(() -> parse(over)).isInstanceOf(EditoException.class)
                .hasMessageContaining("expands to more than 1000000 nodes");
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newBufferedWriter(big)) {
            String line = "# " + "x".repeat(1000) + "\n";
            for (int i = 0; i < 50 * 1024; i++) {
                out.write(line);
            }
        }
        assertThatThrownBy(() -> new YamlReader().read(big))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("over the 8 MB limit");
    }

    @Test
    void aFileJustOverTheLimitShowsASizeThatDiffersFromTheLimit() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[9_000_087]);
        assertThatThrownBy(() -> new YamlReader().read(big))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("file is 8.6 MB, over the 8 MB limit for YAML files");
    }

    @Test
    void emptyFileIsAnEmptyMapping() {
        assertThat(parse("")).isInstanceOf(YMap.class);
    }

    @Test
    void invalidUtf8IsAClearError() throws Exception {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> new YamlReader().read(f)).hasMessageContaining("not valid UTF-8");
        // the line and column of the first bad byte, after a line of Arabic (two bytes a letter, one column each)
        Path g = dir.resolve("mixed.yaml");
        byte[] arabic = "t: مرحبا\nu: caf".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(arabic, arabic.length + 2);
        bytes[arabic.length] = (byte) 0xE9;
        bytes[arabic.length + 1] = '\n';
        Files.write(g, bytes);
        assertThatThrownBy(() -> new YamlReader().read(g)).hasMessage(g + ":2:7: not valid UTF-8 (YAML files must be "
                + "UTF-8; re-save the file as UTF-8)");
        // an editor's byte order mark is not a column
        Path h = dir.resolve("bom.yaml");
        Files.write(h, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> new YamlReader().read(h)).hasMessageStartingWith(h + ":1:4: not valid UTF-8");
        // a file saved as UTF-16 says so
        Path u = dir.resolve("utf16.yaml");
        Files.write(u, "\uFEFFa: b\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> new YamlReader().read(u)).hasMessage(u + ":1:1: saved as UTF-16LE (YAML files must be "
                + "UTF-8; re-save the file as UTF-8)");
    }

    /** A receiver of streamed items that records them, or throws at the second. */
    private static final class Items implements YamlReader.Streamed {
        final java.util.List<String> seen = new java.util.ArrayList<>();
        final boolean fail;
        java.util.Map<String, YMap.Entry> before;

        Items(boolean fail) {
            this.fail = fail;
        }

        @Override
        public String key() {
            return "posts";
        }

        @Override
        public boolean start(java.util.Map<String, YMap.Entry> before) {
            this.before = java.util.Map.copyOf(before);
            return true;
        }

        @Override
        public void item(YNode item) {
            if (fail && !seen.isEmpty()) {
                throw new IllegalStateException("the receiver's own bug");
            }
            seen.add(item.pos().line() + ":" + item.plain());
        }
    }

    @Test
    void aTopLevelListIsHandedOverItemByItem() {
        String text = "brand: a\nposts:\n  - x\n  - { k: v }\nnested: { posts: [1, 2] }\n";
        Items items = new Items(false);
        YMap root = (YMap) new YamlReader().parse(Path.of("c.yaml"), text, items);
        assertThat(items.seen).containsExactly("3:x", "4:{k=v}");
        assertThat(items.before).containsOnlyKeys("brand");
        assertThat(root.get("posts").orElseThrow().plain()).isEqualTo(java.util.List.of());
        assertThat(root.get("nested").orElseThrow().plain().toString()).isEqualTo("{posts=[1, 2]}"); // only the top level
        // a list with an anchor, or after a merge key, stays in the tree
        Items anchored = new Items(false);
        YMap kept = (YMap) new YamlReader().parse(Path.of("c.yaml"), "posts: &p\n  - x\n", anchored);
        assertThat(anchored.seen).isEmpty();
        assertThat(kept.get("posts").orElseThrow().plain()).isEqualTo(java.util.List.of("x"));
        Items merged = new Items(false);
        new YamlReader().parse(Path.of("c.yaml"), "m: &m { brand: b }\n<<: *m\nposts:\n  - x\n", merged);
        assertThat(merged.seen).isEmpty();
    }

    @Test
    void whatTheReceiverThrowsIsNotTakenForAYamlError() {
        assertThatThrownBy(() -> new YamlReader().parse(Path.of("c.yaml"), "posts:\n  - x\n  - y\n", new Items(true)))
                .isInstanceOf(IllegalStateException.class).hasMessage("the receiver's own bug");
    }

    @Test
    void aTagIsAnErrorAtItsValueButThoseOfTextMapAndList() {
        // !!binary aGVsbG8= was read as the text "aGVsbG8=" and would have gone out so
        assertThatThrownBy(() -> parse("posts:\n  - text: !!binary aGVsbG8=\n"))
                .isInstanceOf(EditoException.class).hasMessageContaining("f.yaml:2:11")
                .hasMessageContaining("YAML tag '!!binary' is not read by edito");
        assertThatThrownBy(() -> parse("a: !!python/object:os.system ls\n")).hasMessageContaining("'!!python/object:os.system'");
        assertThatThrownBy(() -> parse("notes: !private x\n")).hasMessageContaining("YAML tag '!private'");
        assertThatThrownBy(() -> parse("n: !!int 12\n")).hasMessageContaining("'!!int'");
        YMap m = (YMap) parse("a: !!str 0930\nb: !!map {x: 1}\nc: !!seq [1]\nd: ! 3\n");
        assertThat(((YScalar) m.get("a").orElseThrow()).value()).isEqualTo("0930");
    }

    @Test
    void aControlCharacterIsNamedAtItsPlaceAndUtf16Or32IsToldByName() throws Exception {
        // SnakeYAML said "special characters are not allowed" at 1:1
        Path nul = Files.writeString(dir.resolve("nul.yaml"), "posts:\n  - id: a\n    text: \"a\u0000b\"\n");
        assertThatThrownBy(() -> new YamlReader().read(nul)).hasMessage(nul + ":3:13: U+0000 (NULL) is not allowed in a "
                + "YAML file (tabs, line breaks and printable characters only): remove it");
        Path del = Files.writeString(dir.resolve("del.yaml"), "a: b\u0085c\nd: \u007f\n");
        assertThatThrownBy(() -> new YamlReader().read(del)).hasMessageStartingWith(del + ":2:4: U+007F (DELETE)");
        Path u16 = dir.resolve("u16.yaml");
        Files.write(u16, "posts:\n  - id: a\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> new YamlReader().read(u16)).hasMessage(u16 + ":1:1: saved as UTF-16LE without a byte "
                + "order mark (YAML files must be UTF-8; re-save the file as UTF-8)");
        Path u32 = dir.resolve("u32.yaml");
        byte[] text = "posts: []\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        byte[] marked = new byte[text.length + 4];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(text, 0, marked, 4, text.length);
        Files.write(u32, marked);
        assertThatThrownBy(() -> new YamlReader().read(u32)).hasMessageStartingWith(u32 + ":1:1: saved as UTF-32LE (");
    }

    @Test
    void aComplexKeyIsToldWithoutTheParsersInnerWords() {
        assertThatThrownBy(() -> parse("posts:\n  - id: a\n    ? [a, b]\n    : c\n"))
                .hasMessageContaining("f.yaml:3:8: invalid YAML: a key must be a plain value (a word or a quoted text), "
                        + "not a list or a map").hasMessageNotContaining("org.yaml");
    }

    @Test
    void anAliasInsideItsOwnAnchorIsToldSoNotAsUnknown() {
        assertThatThrownBy(() -> parse("variants: &v\n  x: { text: a, v: *v }\n"))
                .hasMessageContaining("f.yaml:2:20: alias '*v' is inside the node '&v' names");
        assertThatThrownBy(() -> parse("a: *nowhere\n")).hasMessageContaining("unknown alias '*nowhere'");
        YMap m = (YMap) parse("a: &x [1, 2]\nb: *x\n");
        assertThat(m.get("b").orElseThrow()).isSameAs(m.get("a").orElseThrow());
    }
}
