package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control sequences from a calendar never reach the terminal; edito's own colours do. */
class TerminalSafeWriterTest {
    @TempDir
    Path dir;

    private static String through(String... writes) throws IOException {
        StringWriter sw = new StringWriter();
        try (TerminalSafeWriter w = new TerminalSafeWriter(sw)) {
            for (String s : writes) {
                w.write(s);
            }
        }
        return sw.toString();
    }

    /**
     * An override or embedding left open (RLO, U+202E) reverses the rest of the line it is printed on: a finding's
     * post and channel, a frame's border (review). Shown as U+FFFD; the isolates and marks Arabic text needs pass.
     */
    @Test
    void bidiOverridesAndEmbeddingsAreShownIsolatesAndMarksPass() throws IOException {
        assertThat(through("http://x.com/\u202eabc [q4 @ x, fr]")).isEqualTo("http://x.com/\ufffdabc [q4 @ x, fr]");
        assertThat(through("\u202a\u202b\u202c\u202d")).isEqualTo("\ufffd".repeat(4));
        String arabic = "\u2067مرحبا\u2069 \u200f\u061c\u200e\u2066x\u2068y\u2069";
        assertThat(through(arabic)).isEqualTo(arabic);
        assertThat(new String(prepared("a\u202eb"), StandardCharsets.UTF_8)).isEqualTo("before a\ufffdb after");
        assertThat(io.edito.text.ControlChars.shown("C\u202eRLO")).isEqualTo("C\ufffdRLO");
    }

    @Test
    void withoutColoursEvenEditosOwnColourSequencesAreShown() throws IOException {
        StringWriter sw = new StringWriter();
        try (TerminalSafeWriter w = new TerminalSafeWriter(sw)) {
            w.write("a\u001b[1;31mb\u001b[0m");
            w.colours(false); // --color never, NO_COLOR, not a terminal: such a sequence can only come from the data
            w.write("c\u001b[30mhidden\u001b[0m");
        }
        assertThat(sw.toString()).isEqualTo("a\u001b[1;31mb\u001b[0mc\u241b[30mhidden\u241b[0m");
        // through the command line: --color never, and a calendar whose text says \e[30m
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n  - id: \"p\\e[30m\"\n    text: hi\n");
        CliRun r = CliRun.of("validate", dir.resolve("calendar/c.yaml").toString(), "--color", "never");
        assertThat(r.out() + r.err()).doesNotContain("\u001b");
    }

    @Test
    void aLongStringIsWrittenAsItsCharsWouldBe() throws IOException {
        // a string is read a slice of 8,192 chars at a time: sequences cut at a slice's end come out as in one write
        StringBuilder text = new StringBuilder();
        java.util.Random r = new java.util.Random(5);
        String[] pieces = {"abc", "\u001b[1;31m", "\u001b[0m", "\u001b]52;c;", "\u0007", "é", "\n", "\u001b[2J", "\u009b"};
        while (text.length() < 40_000) {
            text.append(pieces[r.nextInt(pieces.length)]);
        }
        for (int shift = 0; shift < 12; shift++) {
            String s = "x".repeat(shift) + text;
            StringWriter one = new StringWriter();
            try (TerminalSafeWriter w = new TerminalSafeWriter(one)) {
                char[] all = s.toCharArray();
                w.write(all, 0, all.length);
            }
            assertThat(through(s)).isEqualTo(one.toString());
        }
    }

    @Test
    void aLongStringReachesTheWriterBelowInWholeCodePoints() throws IOException {
        // emoji (surrogate pairs) at every offset around the 8,192-char slices: no write below ends with a high half
        StringBuilder text = new StringBuilder();
        while (text.length() < 30_000) {
            text.append("a😀").append("b".repeat(text.length() % 7));
        }
        for (int shift = 0; shift < 4; shift++) {
            String s = "x".repeat(shift) + text;
            java.util.List<String> writes = new java.util.ArrayList<>();
            StringWriter below = new StringWriter() {
                @Override
                public void write(char[] cbuf, int off, int len) {
                    writes.add(new String(cbuf, off, len));
                    super.write(cbuf, off, len);
                }

                @Override
                public void write(String str) {
                    writes.add(str);
                    super.write(str);
                }
            };
            try (TerminalSafeWriter w = new TerminalSafeWriter(below)) {
                w.write(s, 0, s.length());
            }
            assertThat(below.toString()).isEqualTo(s);
            assertThat(writes).hasSizeGreaterThan(3)
                    .noneMatch(piece -> Character.isHighSurrogate(piece.charAt(piece.length() - 1)))
                    .noneMatch(piece -> Character.isLowSurrogate(piece.charAt(0)));
        }
        assertThatThrownBy(() -> new TerminalSafeWriter(new StringWriter()).write("abc", 2, 5))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new TerminalSafeWriter(new StringWriter()).write("abc", 0, -1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theSameTextGivesTheSameOutputHoweverItIsCutIntoWrites() throws IOException {
        String[] pieces = {"a", "é", "👨‍👩‍👧", "\u001b", "[", "1", ";", "31", "m", "0", "2J", "]52;c;", "\u0007", "\n", "\t", "\r",
            "\u009b", "\u007f", "\u0000", "\\", "x", " ", "\u001b[0m", "\u001b[1;31m", "\u001b[38;5;1m"};
        java.util.Random r = new java.util.Random(19);
        int neutralised = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                text.append(pieces[r.nextInt(pieces.length)]);
            }
            String whole = through(text.toString());
            String[] chars = new String[text.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = String.valueOf(text.charAt(i));
            }
            assertThat(through(chars)).as("char by char: %s", text).isEqualTo(whole);
            int cut = r.nextInt(text.length() + 1);
            assertThat(through(text.substring(0, cut), text.substring(cut))).as("cut at %d: %s", cut, text).isEqualTo(whole);
            assertThat(whole).doesNotContain("\u0007", "\u009b", "\u007f", "\u0000");
            neutralised += whole.contains("\u241b") ? 1 : 0;
        }
        assertThat(neutralised).isGreaterThan(100);
    }

    /** What {@code text} becomes through the writer into UTF-8 bytes, between {@code before} and {@code after}. */
    private static byte[] throughChars(String before, String text, String after) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeWriter w = new TerminalSafeWriter(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)))) {
            w.write(before + text + after);
        }
        return bytes.toByteArray();
    }

    /** The same, {@code text} prepared as a piece and written as bytes (as text when it cannot be prepared). */
    private static byte[] prepared(String before, String text, String after) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeWriter w = new TerminalSafeWriter(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), bytes)) {
            w.write(before);
            byte[] piece = w.prepare(text);
            if (piece == null) {
                w.write(text);
            } else {
                w.writePrepared(piece);
            }
            w.write(after);
        }
        return bytes.toByteArray();
    }

    private static byte[] prepared(String text) throws IOException {
        return prepared("before ", text, " after");
    }

    @Test
    void aPreparedPieceComesOutAsTheSameTextThroughTheWriter() throws IOException {
        String[] pieces = {"a", "\"k\" : ", "é", "\u00a0", "€", "\u07ff", "\u0800", "\uffff", "👨‍👩‍👧", "تخفيضات", "\u202e",
            "\u2067", "\n", "\t", "\r",
            "\u007f", "\u0080", "\u0085", "\u009b", "\u009f", "\ud83d", "\ude00", "\ud800A", "\udfff\ud800", " ", "\\"};
        java.util.Random r = new java.util.Random(29);
        int asBytes = 0;
        for (int round = 0; round < 3000; round++) {
            String[] parts = new String[3];
            for (int p = 0; p < 3; p++) {
                StringBuilder text = new StringBuilder();
                for (int k = r.nextInt(p == 1 ? 16 : 3); k >= 0; k--) {
                    text.append(pieces[r.nextInt(pieces.length)]);
                }
                parts[p] = text.toString();
            }
            String s = parts[1];
            // what comes before and after ends and starts with a plain char, or with a surrogate half
            assertThat(prepared(parts[0], s, parts[2])).as("%s|%s|%s", parts[0], s, parts[2])
                    .isEqualTo(throughChars(parts[0], s, parts[2]));
            asBytes += new TerminalSafeWriter(new StringWriter(), new ByteArrayOutputStream()).prepare(s) != null ? 1 : 0;
        }
        assertThat(asBytes).as("most pieces go as bytes").isGreaterThan(1500);
        assertThat(new String(prepared("\u009b31m \u007f 😀"), StandardCharsets.UTF_8)).isEqualTo("before \ufffd31m \ufffd 😀 after");
        assertThat(new String(prepared("x\ud83dy"), StandardCharsets.UTF_8)).as("a lone half").isEqualTo("before x?y after");
        // after the first half of a pair, which the encoder holds back, a piece goes as text, in order
        assertThat(prepared("[\ud83d", "x", "y")).isEqualTo(throughChars("[\ud83d", "x", "y"));
        assertThat(prepared("[\ud83d", "\ude00", "")).isEqualTo("[😀".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPieceWithAControlOrWithoutAByteStreamGoesThroughAsText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalSafeWriter w = new TerminalSafeWriter(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), bytes);
        assertThat(w.prepare("a\u001b[1mb")).isNull();
        assertThat(w.prepare("a\u0000")).isNull();
        assertThat(w.prepare("a\u0007")).isNull();
        assertThat(w.prepare("a\n\t\r")).isEqualTo("a\n\t\r".getBytes(StandardCharsets.UTF_8));
        assertThat(w.prepare("\ude00a")).as("may end a pair begun before").isNull();
        assertThat(w.prepare("a\ud83d")).as("may begin a pair ended after").isNull();
        assertThat(new TerminalSafeWriter(new StringWriter()).prepare("plain")).as("no byte stream").isNull();
        // a slice of a larger array: read between its bounds only
        assertThat(w.prepare("ab😀c".toCharArray(), 1, 3)).as("a pair cut by the end").isNull();
        assertThat(w.prepare("ab\ude00c".toCharArray(), 1, 4)).isEqualTo("b?c".getBytes(StandardCharsets.UTF_8));
        assertThat(w.prepare("\u0000x\u009by\u0000".toCharArray(), 1, 4)).isEqualTo("x\ufffdy".getBytes(StandardCharsets.UTF_8));
        // after a sequence left open, a piece is read as the text it was made from
        w.write("\u001b[");
        w.writePrepared(w.prepare("2Jx\u009b"));
        w.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(through("\u001b[2Jx\u009b")).isEqualTo("\u241b[2Jx\ufffd");
    }

    @Test
    void checkInJsonWritesTheSameBytesWhenItsChunksArePreparedOnAllCores() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), "brand: b\ntimezone: Europe/Paris\ncalendar: calendar/\n"
                + "channels: { x: { handle: \"@x\" }, threads: { handle: \"@t\" } }\n");
        Files.createDirectories(dir.resolve("calendar"));
        StringBuilder cal = new StringBuilder("posts:\n");
        for (int i = 0; i < 700; i++) { // two findings or more each: several chunks of 512
            cal.append("  - id: p").append(i).append("\n    at: \"2026-12-01 18:30\"\n    status: draft\n    channels: [x, threads]\n")
                    .append("    text: \"ÉNORME \\x9b promo ").append(i).append(" 😀 \\x7f #a #b #c #d #e #f\"\n");
        }
        Files.writeString(dir.resolve("calendar/c\u009b.yaml"), cal.toString()); // a C1 control in every finding's file
        String[] args = {"check", dir.toString(), "--format", "json", "--now", "2026-11-01T00:00:00Z"};
        ByteArrayOutputStream viaText = new ByteArrayOutputStream();
        ByteArrayOutputStream viaBytes = new ByteArrayOutputStream();
        int a = Main.run(new PrintWriter(new OutputStreamWriter(viaText, StandardCharsets.UTF_8)), new PrintWriter(new StringWriter()), args);
        int b = Main.run(new PrintWriter(new OutputStreamWriter(viaBytes, StandardCharsets.UTF_8)), viaBytes,
                new PrintWriter(new StringWriter()), args);
        assertThat(b).isEqualTo(a).isEqualTo(1);
        String json = viaText.toString(StandardCharsets.UTF_8);
        assertThat(json.split("\"rule\" :", -1).length).isGreaterThan(1100);
        // escaped by the JSON writer (the file's name survives), so nothing raw for the terminal-safe writer to replace
        assertThat(json).contains("c\\u009B.yaml").doesNotContain("\u009b", "\u007f", "\ufffd");
        assertThat(viaBytes.toByteArray()).isEqualTo(viaText.toByteArray());
    }

    @Test
    void editosColoursPassAndEverythingElseIsShown() throws IOException {
        String painted = AnsiPaint.INSTANCE.paint("error", io.edito.core.Paint.Tone.RED, io.edito.core.Paint.Tone.BOLD);
        assertThat(through(painted)).isEqualTo(painted);
        assertThat(through("\u001b[1;31mok\u001b[0m\n\ttab\r\n")).isEqualTo("\u001b[1;31mok\u001b[0m\n\ttab\r\n");
        assertThat(through("a\u001b]52;c;ZXZpbA==\u0007b")).isEqualTo("a\u241b]52;c;ZXZpbA==\u2407b");
        assertThat(through("\u001b[2J\u001b[8mhidden")).isEqualTo("\u241b[2J\u241b[8mhidden");
        assertThat(through("\u001b]8;;https://evil.example\u001b\\link")).isEqualTo("\u241b]8;;https://evil.example\u241b\\link");
        assertThat(through("\u009b31m \u007f \u0000")).isEqualTo("\ufffd31m \ufffd \u2400");
        assertThat(through("\u001b[", "2J")).as("split across writes").isEqualTo("\u241b[2J");
        assertThat(through("end\u001b")).isEqualTo("end\u241b");
        assertThat(through("\u001b\u001b[1mx")).isEqualTo("\u241b\u001b[1mx");
        assertThat(through("تخفيضات 👨‍👩‍👧 é")).isEqualTo("تخفيضات 👨‍👩‍👧 é");
    }

    @Test
    void aHostileCalendarCannotDriveTheTerminal() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), "brand: b\ntimezone: Europe/Paris\ncalendar: calendar/\n"
                + "channels: { x: { handle: \"@x\" } }\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n  - id: p\n    at: \"2026-12-01 18:30\"\n"
                + "    status: approved\n    channels: [x]\n    text: \"hi \\e]52;c;ZXZpbA==\\a \\e[2J \\x9b31m\"\n"
                + "    \"\\e[8mkey\": 1\n");
        for (String[] args : new String[][] {{"validate", dir.toString()}, {"agenda", dir.toString()},
                {"preview", dir.toString(), "--width", "80"}, {"preview", dir.toString(), "--color", "always"}}) {
            CliRun r = CliRun.of(args);
            String all = r.out() + r.err();
            assertThat(all).as(String.join(" ", args)).doesNotContain("\u001b]", "\u001b[2J", "\u001b[8m", "\u0007", "\u009b");
        }
        CliRun v = CliRun.of("validate", dir.toString());
        assertThat(v.out()).contains("unknown key '\u241b[8mkey'");
        Files.writeString(dir.resolve("calendar/c.yaml"), Files.readString(dir.resolve("calendar/c.yaml"))
                .replace("    \"\\e[8mkey\": 1\n", ""));
        for (String[] args : new String[][] {{"agenda", dir.toString()}, {"preview", dir.toString(), "--width", "80"},
                {"preview", dir.toString(), "--color", "always", "--width", "80"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(String.join(" ", args) + r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("\u241b]52;c;ZXZpbA==\u2407")
                    .doesNotContain("\u001b]", "\u001b[2J", "\u0007", "\u009b");
        }
    }
}
