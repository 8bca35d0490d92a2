package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * GitHub Actions workflow commands, one line per finding:
 * {@code ::error file=F,line=L,col=C,endLine=L,endColumn=C2,title=T::message} ({@code warning}, and
 * {@code notice} for info), then a plain summary line. Every finding is printed even though GitHub shows only ten
 * annotations of each kind per step; the full list goes to the job summary ({@link GithubStepSummary}).
 * <p>
 * Columns are UTF-16 code units (what GitHub's pages count), {@code endColumn} exclusive, and given only when the
 * span is on one line, as GitHub requires. The file is a relative path with forward slashes: run the command from
 * the repository root.
 */
public final class CheckGithub {
    /** Annotations of each kind that GitHub shows per step. */
    public static final int SHOWN_PER_KIND = 10;

    private CheckGithub() {
    }

    /** @param summary whether the findings go to the job summary too ({@code $GITHUB_STEP_SUMMARY} is set) */
    public static String render(CheckResult result, boolean summary) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            render(result, summary, out);
        }
        return s.toString();
    }

    private static void render(CheckResult result, boolean summary, PrintWriter out) {
        for (Finding f : result.findings()) {
            out.print(command(result, f));
            out.print('\n');
        }
        out.print("edito: " + Spans.summary(result) + "\n");
        long most = Math.max(result.count(Severity.ERROR), Math.max(result.count(Severity.WARNING),
                result.count(Severity.INFO)));
        if (most > SHOWN_PER_KIND) {
            out.print("edito: GitHub shows only the first " + SHOWN_PER_KIND + " annotations of each kind per step; all "
                    + Spans.plural(result.findings().size(), "finding") + " are listed above"
                    + (summary ? " and in the job summary.\n" : ".\n"));
        }
        out.flush();
    }

    /** One workflow command, without the line end. */
    static String command(CheckResult r, Finding f) {
        StringBuilder b = new StringBuilder("::").append(kind(f.severity())).append(' ');
        if (Spans.file(f) != null) {
            b.append("file=").append(escapeProperty(Spans.slashed(Spans.file(f)))).append(',');
        }
        if (!Spans.wholeFile(f)) {
            SourcePos start = f.start();
            SourcePos end = Spans.end(f);
            b.append("line=").append(start.line()).append(',');
            if (end.line() == start.line()) {
                String line = Spans.line(r, start.file(), start.line());
                b.append("col=").append(Spans.utf16Column(line, Math.max(1, start.column()))).append(',');
                b.append("endLine=").append(end.line()).append(',');
                b.append("endColumn=").append(Spans.utf16Column(line, Math.max(1, end.column()) + 1)).append(',');
            } else {
                b.append("endLine=").append(end.line()).append(',');
            }
        }
        b.append("title=").append(escapeProperty(title(f)));
        b.append("::").append(escapeData(message(f)));
        return b.toString();
    }

    /**
     * A problem of the input (a calendar file, edito.yaml, a charter) as a workflow command: a file that cannot be
     * read shows on the pull request too, where the findings would have. The column is made UTF-16 from the file's
     * line when it can be read.
     */
    public static String problem(io.edito.core.Problem p) {
        StringBuilder b = new StringBuilder("::").append(p.isError() ? "error" : "warning").append(' ');
        SourcePos pos = p.pos();
        if (pos != null && pos.file() != null) {
            b.append("file=").append(escapeProperty(Spans.slashed(pos.file()))).append(',');
            if (pos.line() > 0) {
                b.append("line=").append(pos.line()).append(',');
                if (pos.column() > 0) {
                    b.append("col=").append(Spans.utf16Column(lineOf(pos.file(), pos.line()), pos.column())).append(',');
                }
            }
        }
        b.append("title=").append(escapeProperty(p.isError() ? "edito: input error" : "edito: input warning"));
        return b.append("::").append(escapeData(p.message())).toString();
    }

    /** Line {@code n} of {@code file}, or null when it cannot be read (then each code point counts one unit). */
    private static String lineOf(java.nio.file.Path file, int n) {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(file)) {
            return lines.skip(n - 1L).findFirst().orElse(null);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return null; // not UTF-8, gone: the column as the problem gives it
        }
    }

    static String kind(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** "rule-id: post @ channel (lang)". */
    private static String title(Finding f) {
        StringBuilder t = new StringBuilder(f.rule());
        if (f.postId() != null || f.channel() != null) {
            t.append(": ").append(Spans.subject(f.postId(), f.channel()));
            if (f.lang() != null) {
                t.append(" (").append(f.lang()).append(')');
            }
        }
        return t.toString();
    }

    private static String message(Finding f) {
        String m = f.message() == null ? "" : f.message();
        return f.suggestion() == null || f.suggestion().isBlank() ? m : m + "\nSuggestion: " + f.suggestion();
    }

    /** The message after {@code ::}: {@code %}, CR and LF percent-encoded, as the runner decodes them. */
    static String escapeData(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> b.append("%25");
                case '\r' -> b.append("%0D");
                case '\n' -> b.append("%0A");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A property value: as {@link #escapeData} and also {@code :} and {@code ,}, which end a property. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
