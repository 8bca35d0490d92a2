package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.text.ControlChars;
import io.edito.testing.OneBrandProject;
import io.edito.text.DisplayWidth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calendar's text in the terminal: an escape sequence in it is shown, never run, even one that looks like the colours
 * edito writes itself (black text hides words); tabs and controls take the column they are measured as, so the
 * preview's frame stays aligned.
 */
class CalendarTextInTerminalTest {
    private static final char ESC = 0x1b;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        OneBrandProject.write(dir, "Europe/Paris", "fr", "  x: { handle: \"@atlas\" }", """
                  - id: esc
                    at: 2026-10-15 10:00
                    channels: [x]
                    status: approved
                    text: "visible \\e[30mhidden-black\\e[0m end\\tafter\\ttabs \\a bell"
                """);
    }

    /**
     * Only the text format paints: with colours on, a colour sequence in a github, JSON... report comes from the
     * data and is shown; a file written with -o holds what standard output shows (review: raw ESC in annotations with
     * colours forced, and in -o files).
     */
    @Test
    void machineFormatsAndFilesShowTheDataEscapesEvenWithColoursOn() throws IOException {
        Path p = dir.resolve("links");
        OneBrandProject.write(p, "Europe/Paris", "fr", "  x: { handle: \"@atlas\" }", """
                  - id: esc-link
                    at: 2026-10-15 10:00
                    channels: [x]
                    status: approved
                    text: "voir http://y.example/\\e[30mhidden\\e[0m et \\u009b fin"
                """);
        for (String format : new String[] {"github", "json", "sarif", "junit", "checkstyle"}) {
            CliRun r = CliRun.of("check", p.toString(), "--format", format, "--color", "always", "--at",
                    "2026-10-01T09:00:00Z");
            assertThat(r.out()).as(format).doesNotContain(String.valueOf(ESC)).doesNotContain("\u009b");
            if (format.equals("github")) {
                assertThat(r.out()).contains("link without https: http://y.example/\u241b[30mhidden\u241b[0m");
            }
            Path file = dir.resolve("out." + format);
            CliRun toFile = CliRun.of("check", p.toString(), "--format", format, "--at", "2026-10-01T09:00:00Z",
                    "-o", file.toString());
            assertThat(toFile.exit()).as(toFile.err()).isEqualTo(r.exit());
            assertThat(java.nio.file.Files.readString(file)).as(format).doesNotContain(String.valueOf(ESC))
                    .doesNotContain("\u009b");
        }
        CliRun text = CliRun.of("check", p.toString(), "--color", "always", "--at", "2026-10-01T09:00:00Z");
        assertThat(text.out()).as("the text format keeps its own colours").contains(ESC + "[");
        // however the text format is written (report reads it in any case)
        CliRun report = CliRun.of("--color", "always", "report", "examples/atlas-air/metrics", "--format", "TEXT");
        assertThat(report.out()).as(report.err()).contains(ESC + "[1mKPI report");
    }

    @Test
    void controlCharsAreShownCharForChar() {
        assertThat(ControlChars.shown("a\tb\u001b[30mc\nd\u007f\u0085")).isEqualTo("a b\u241b[30mc\nd\u2421\uFFFD");
        assertThat(ControlChars.shown("plain")).isSameAs("plain");
    }

    @Test
    void previewShowsTheTextsEscapesAndKeepsItsFrameAligned() {
        for (String color : new String[] {"never", "always"}) {
            CliRun r = CliRun.of("preview", dir.toString(), "esc", "--width", "60", "--color", color);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).as(color).contains("\u241b[30mhidden-black\u241b[0m").doesNotContain(ESC + "[30m")
                    .contains("end after tabs \u2407 bell");
            if (color.equals("never")) {
                assertThat(r.out()).doesNotContain(String.valueOf(ESC));
                List<String> frame = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("│")).toList();
                assertThat(frame).isNotEmpty();
                assertThat(frame).allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isEqualTo(DisplayWidth.of(frame.get(0))));
            }
        }
    }

    @Test
    void aToWithATimeTakesInThatMinute() {
        // the post goes out at 10:00: --to 10:00 takes it in, as a --to date takes in its whole day
        assertThat(CliRun.of("agenda", dir.toString(), "--to", "2026-10-15T10:00", "--format", "json").out())
                .contains("\"esc\"");
        assertThat(CliRun.of("agenda", dir.toString(), "--from", "2026-10-15 10:00", "--to", "2026-10-15 10:00",
                "--format", "json").out()).contains("\"esc\"");
        assertThat(CliRun.of("agenda", dir.toString(), "--to", "2026-10-15T09:59", "--format", "json").out())
                .doesNotContain("\"esc\"");
        assertThat(CliRun.of("agenda", dir.toString(), "--from", "2026-10-15T10:01", "--format", "json").out())
                .doesNotContain("\"esc\"");
    }

    @Test
    void agendaShowsTheTextsEscapes() {
        CliRun r = CliRun.of("agenda", dir.toString(), "--from", "2026-10-15", "--to", "2026-10-15", "--color", "always");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\u241b[30mhidden-black").doesNotContain(ESC + "[30m");
    }
}
