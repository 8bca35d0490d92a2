package io.edito.check.render;

import static io.edito.check.render.Fixtures.DEC;
import static io.edito.check.render.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import io.edito.core.Paint;
import io.edito.core.Severity;
import io.edito.text.DisplayWidth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CheckTextTest {

    @Test
    void compilerStyleWithTheUnderlineUnderTheSpanInFrenchArabicCjkAndEmoji() {
        String expected = """
                calendar/dec.yaml:4:17: error[vocabulary.forbidden] forbidden term 'pas cher' [soldes-hiver, fr]
                    4 |     text: "Vols pas cher vers Paris ✈️ dès 49 €"
                      |                 ^~~~~~~~
                  = suggestion: write 'à petit prix'

                calendar/dec.yaml:6:26: error[vocabulary.forbidden] forbidden term 'رخيص' [soldes-hiver, ar]
                    6 |       ar: { text: "رحلات رخيص إلى باريس" }
                      |                          ^~~~
                  = suggestion: write 'بسعر مناسب'

                calendar/dec.yaml:9:12: error[length.x] X post too long: 312/280 (X weighted length) [nouvel-an @ x, fr]
                    9 |     text: "新年快乐 🎉🎉 réservez vite!!!"
                      |            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

                calendar/dec.yaml:9:33: warning[style.punctuation] repeated punctuation '!!!' [nouvel-an, fr]
                    9 |     text: "新年快乐 🎉🎉 réservez vite!!!"
                      |                                       ^~~
                  = suggestion: !

                calendar/dec.yaml: info[schedule.max_per_day] post 4 on x on 2026-12-31; the charter allows 3 a day

                calendar/jan.yaml:5:7: error[disclosure] partner post without the disclosure #sponsorisé [galette @ facebook, fr]
                    5 |       Galette des rois :
                      |       ^~~~~~~~~~~~~~~~~~
                  = suggestion: add #sponsorisé

                4 errors, 1 warning, 1 info in 3 posts (4 post×channel checked)
                """;
        assertThat(CheckText.render(Fixtures.result(), Paint.NONE)).isEqualTo(expected);
    }

    @Test
    void underlineWidthIsTheDisplayWidthOfTheSpan() {
        String out = CheckText.render(Fixtures.result(), Paint.NONE);
        List<String> lines = out.lines().toList();
        // the CJK + emoji line: 新年快乐 (8 columns) 🎉🎉 (4) réservez vite!!! (16) and two spaces = 30
        int i = lines.indexOf("    9 |     text: \"新年快乐 🎉🎉 réservez vite!!!\"");
        String underline = lines.get(i + 1).substring("      | ".length());
        assertThat(underline.strip()).hasSize(30);
        assertThat(DisplayWidth.of(underline)).isEqualTo(DisplayWidth.of("    text: \"新年快乐 🎉🎉 réservez vite!!!"));
    }

    @Test
    void tabsAreKeptInTheUnderlineAndControlCharactersNeverReachTheTerminal() {
        String line = "\ttext: \"Prix\u001b[31m\tpas cher\"";
        //            col 1 = tab; "pas cher" starts after 'Prix', ESC, "[31m", tab
        int col = line.codePointCount(0, line.indexOf("pas")) + 1;
        Finding f = new Finding("vocabulary.forbidden", Severity.ERROR, "p", "x", "fr", at(DEC, 1, col),
                at(DEC, 1, col + 7), "forbidden\u001b]0;title\u0007", null);
        CheckResult r = new CheckResult(List.of(f), 1, List.of(new Checked("p", "x", at(DEC, 1, 1))),
                Fixtures.rules(), Map.of(DEC, List.of(line)));
        String out = CheckText.render(r, Paint.NONE);
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007");
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).endsWith("forbidden\uFFFD]0;title\uFFFD [p @ x, fr]");
        assertThat(lines.get(1)).isEqualTo("    1 | \ttext: \"Prix\uFFFD[31m\tpas cher\"");
        assertThat(lines.get(2)).isEqualTo("      | \t                \t^~~~~~~~");
    }

    @Test
    void spanPastTheEndOfTheLineStopsAtTheEndAndAPointGetsOneCaret() {
        Finding past = new Finding("length.x", Severity.ERROR, "p", "x", null, at(DEC, 1, 4), at(DEC, 1, 99), "m", null);
        Finding point = new Finding("length.x", Severity.ERROR, "p", "x", null, at(DEC, 1, 6), at(DEC, 1, 6), "m", null);
        CheckResult r = new CheckResult(List.of(past, point), 1, List.of(), Fixtures.rules(),
                Map.of(DEC, List.of("abcdef")));
        List<String> lines = CheckText.render(r, Paint.NONE).lines().toList();
        assertThat(lines.get(2)).isEqualTo("      |    ^~~");
        assertThat(lines.get(6)).isEqualTo("      |      ^");
    }

    @Test
    void aLongLineIsShownAroundTheSpanOnly() {
        // regression: a 2 MB post on one line printed 2 MB of source and a 2 MB underline for one finding
        String line = "  - { text: \"" + "a".repeat(1_000_000) + " pas cher " + "b".repeat(1_000_000) + "\" }";
        int col = line.codePointCount(0, line.indexOf("pas")) + 1;
        Finding f = new Finding("vocabulary.forbidden", Severity.ERROR, "p", "x", "fr", at(DEC, 1, col),
                at(DEC, 1, col + 7), "forbidden term 'pas cher'", null);
        CheckResult r = new CheckResult(List.of(f), 1, List.of(), Fixtures.rules(), Map.of(DEC, List.of(line)));
        List<String> lines = CheckText.render(r, Paint.NONE).lines().toList();
        // 40 code points before the span (39 a's and a space), 160 in all, an ellipsis at each cut end
        assertThat(lines.get(1)).isEqualTo("    1 | …" + "a".repeat(39) + " pas cher " + "b".repeat(111) + "…");
        assertThat(lines.get(2)).isEqualTo("      | " + " ".repeat(41) + "^~~~~~~~");
        // near the start: no cut there, one at the end; a span running past the window stops at its edge
        String start = "pas cher " + "c".repeat(500);
        Finding g = new Finding("vocabulary.forbidden", Severity.ERROR, "p", "x", "fr", at(DEC, 1, 1), at(DEC, 1, 400),
                "m", null);
        List<String> l2 = CheckText.render(new CheckResult(List.of(g), 1, List.of(), Fixtures.rules(),
                Map.of(DEC, List.of(start))), Paint.NONE).lines().toList();
        assertThat(l2.get(1)).isEqualTo("    1 | " + start.substring(0, 160) + "…");
        assertThat(l2.get(2)).isEqualTo("      | ^" + "~".repeat(159));
    }

    @Test
    void aFindingWhoseLineIsNotInTheSourcesPrintsWithoutSnippet() {
        Finding f = new Finding("length.x", Severity.ERROR, "p", "x", null, at(DEC, 42, 1), at(DEC, 42, 3), "m", null);
        CheckResult r = new CheckResult(List.of(f), 1, List.of(), Fixtures.rules(), Map.of());
        assertThat(CheckText.render(r, Paint.NONE)).isEqualTo("""
                calendar/dec.yaml:42:1: error[length.x] m [p @ x]

                1 error, 0 warnings, 0 info in 1 post (0 post×channel checked)
                """);
    }

    @Test
    void cleanResultPrintsOnlyTheSummary() {
        assertThat(CheckText.render(Fixtures.clean(), Paint.NONE))
                .isEqualTo("0 errors, 0 warnings, 0 info in 1 post (1 post×channel checked)\n");
    }

    @Test
    void findingsAreGroupedByFileInOrderOfFirstAppearance() {
        CheckResult base = Fixtures.result();
        List<Finding> shuffled = List.of(base.findings().get(5), base.findings().get(0), base.findings().get(2));
        CheckResult r = new CheckResult(shuffled, 3, base.checked(), base.rules(), base.sources());
        List<String> heads = CheckText.render(r, Paint.NONE).lines().filter(l -> l.startsWith("calendar/")).toList();
        assertThat(heads).extracting(l -> l.substring(0, l.indexOf(' ')))
                .containsExactly("calendar/jan.yaml:5:7:", "calendar/dec.yaml:4:17:", "calendar/dec.yaml:9:12:");
    }

    @Test
    void coloursComeOnlyThroughPaint() {
        Paint tags = (text, tones) -> "<" + Arrays.stream(tones).map(Enum::name).collect(Collectors.joining(","))
                + ">" + text + "</>";
        String out = CheckText.render(Fixtures.result(), tags);
        assertThat(out).doesNotContain("\u001b");
        assertThat(out).contains("<RED,BOLD>error[vocabulary.forbidden]</>")
                .contains("<YELLOW,BOLD>warning[style.punctuation]</>")
                .contains("<CYAN,BOLD>info[schedule.max_per_day]</>")
                .contains("<RED,BOLD>^~~~~~~~</>")
                .contains("<RED,BOLD>4 errors, 1 warning, 1 info in 3 posts (4 post×channel checked)</>");
        assertThat(CheckText.render(Fixtures.clean(), tags)).startsWith("<GREEN,BOLD>0 errors");
    }
}
