package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
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
