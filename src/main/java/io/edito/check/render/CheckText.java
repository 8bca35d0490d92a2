package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.Paint.Tone;
import io.edito.core.Paint;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import io.edito.text.DisplayWidth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Compiler-style output for a terminal, grouped by file:
 * <pre>
 * calendar/dec.yaml:12:19: error[vocabulary.forbidden] "pas cher" is forbidden [soldes @ instagram, fr]
 *    12 |     text: "Vols pas cher vers Paris"
 *       |                 ^~~~~~~~
 *   = suggestion: à petit prix
 * </pre>
 * then a summary line. The underline is placed by display width (CJK and emoji take two columns, combining marks
 * none), and tabs of the source line are copied, so it stays under the span whatever the text. Colours only
 * through {@link Paint}.
 */
public final class CheckText {
    private CheckText() {
    }

    /** The whole report as a string (used by tests and by {@code --output}). */
    public static String render(CheckResult result, Paint paint) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            render(result, paint, out);
        }
        return s.toString();
    }

    public static void render(CheckResult result, Paint paint, PrintWriter out) {
        for (Map.Entry<Path, List<Finding>> group : Spans.byFile(result.findings()).entrySet()) {
            for (Finding f : group.getValue()) {
                finding(result, f, paint, out);
            }
        }
        String summary = Spans.summary(result);
        Tone tone = result.count(Severity.ERROR) > 0 ? Tone.RED
                : result.count(Severity.WARNING) > 0 ? Tone.YELLOW : Tone.GREEN;
        out.println(paint.paint(summary, tone, Tone.BOLD));
        out.flush();
    }

    private static void finding(CheckResult r, Finding f, Paint paint, PrintWriter out) {
        SourcePos start = f.start();
        String where = start == null ? "<input>" : start.describe();
        Tone tone = tone(f.severity());
        StringBuilder head = new StringBuilder()
                .append(paint.paint(where + ":", Tone.BOLD)).append(' ')
                .append(paint.paint(f.severity().id() + "[" + f.rule() + "]", tone, Tone.BOLD)).append(' ')
                .append(Spans.printable(f.message()));
        String context = Spans.context(f);
        if (!context.isEmpty()) {
            head.append(' ').append(paint.paint("[" + Spans.printable(context) + "]", Tone.DIM));
        }
        out.println(head);
        if (!Spans.wholeFile(f)) {
            String line = Spans.line(r, start.file(), start.line());
            if (line != null) {
                snippet(line, start, Spans.end(f), tone, paint, out);
            }
        }
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            out.println("  = " + paint.paint("suggestion:", Tone.BOLD) + " " + Spans.printable(f.suggestion()));
        }
        out.println();
    }

    /** The most of a source line shown under a finding (code points), and how much of it comes before the span. */
    private static final int MAX_SHOWN = 160;
    private static final int CONTEXT = 40;

    /** The source line behind a gutter with its number, then the underline under the span. */
    private static void snippet(String raw, SourcePos start, SourcePos end, Tone tone, Paint paint, PrintWriter out) {
        String full = Spans.printable(raw);
        int all = full.codePointCount(0, full.length());
        int from = Math.min(Math.max(start.column(), 1) - 1, all);
        int to = end.line() > start.line() ? all : Math.min(Math.max(end.column(), start.column()), all);
        // a long line (a whole post on one line) is shown around the span only, with … where it is cut
        int winStart = all <= MAX_SHOWN ? 0 : Math.max(0, Math.min(from - CONTEXT, all - MAX_SHOWN));
        int winEnd = Math.min(all, winStart + MAX_SHOWN);
        String cutStart = winStart > 0 ? "…" : "";
        String line = cutStart + full.substring(full.offsetByCodePoints(0, winStart), full.offsetByCodePoints(0, winEnd))
                + (winEnd < all ? "…" : "");
        from = from - winStart + cutStart.length();
        to = Math.min(to, winEnd) - winStart + cutStart.length();

        String number = Integer.toString(start.line());
        number = " ".repeat(Math.max(0, 5 - number.length())) + number; // as "%5d" wrote it, without java.util.Formatter
        String gutter = " ".repeat(number.length());
        out.println(paint.paint(number + " |", Tone.BLUE, Tone.BOLD) + " " + line);
        int fromIndex = line.offsetByCodePoints(0, from);
        int toIndex = line.offsetByCodePoints(0, Math.max(to, from));
        String prefix = blank(line.substring(0, fromIndex));
        int width = Math.max(1, width(line.substring(fromIndex, toIndex).replace('\t', ' ')));
        String mark = "^" + "~".repeat(width - 1);
        out.println(paint.paint(gutter + " |", Tone.BLUE, Tone.BOLD) + " " + prefix + paint.paint(mark, tone, Tone.BOLD));
    }

    /** Spaces as wide as {@code s} on a terminal, keeping its tabs so that tab stops fall the same. */
    private static String blank(String s) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int tab = s.indexOf('\t'); tab >= 0; from = tab + 1, tab = s.indexOf('\t', from)) {
            b.append(" ".repeat(width(s.substring(from, tab)))).append('\t');
        }
        return b.append(" ".repeat(width(s.substring(from)))).toString();
    }

    /** Display width, without segmenting text that is printable ASCII (one column a character). */
    private static int width(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return DisplayWidth.of(s);
            }
        }
        return s.length();
    }

    private static Tone tone(Severity s) {
        return switch (s) {
            case ERROR -> Tone.RED;
            case WARNING -> Tone.YELLOW;
            case INFO -> Tone.CYAN;
        };
    }
}
