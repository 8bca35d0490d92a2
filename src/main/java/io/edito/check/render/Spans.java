package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import io.edito.text.MarkdownLiteral;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every renderer needs from a finding's position, computed one way: the finding's span in the model is
 * 1-based, in code points, with an inclusive end; each format converts from here (SARIF and GitHub count UTF-16
 * code units with an exclusive end, JSON and Checkstyle keep code points).
 */
final class Spans {
    private Spans() {
    }

    /** True when the finding is about a file as a whole (no line known). */
    static boolean wholeFile(Finding f) {
        return f.start() == null || f.start().line() <= 0;
    }

    /** The last character of the span; the start when the model has no end or an end before the start. */
    static SourcePos end(Finding f) {
        SourcePos s = f.start();
        SourcePos e = f.end();
        if (e == null || e.line() < s.line() || e.line() == s.line() && e.column() < s.column()) {
            return s;
        }
        return e;
    }

    /** The file of a finding, or null. */
    static Path file(Finding f) {
        return f.start() == null ? null : f.start().file();
    }

    /** A path as CI tools want it: forward slashes whatever the platform; {@code <input>} when unknown. */
    static String slashed(Path p) {
        if (p == null) {
            return "<input>";
        }
        String s = p.toString();
        return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
    }

    /** {@code file:line:column} with forward slashes (the file alone for a whole-file finding). */
    static String where(Finding f) {
        if (wholeFile(f)) {
            return slashed(file(f));
        }
        SourcePos s = f.start();
        return slashed(s.file()) + ":" + s.line() + (s.column() > 0 ? ":" + s.column() : "");
    }

    /** Line {@code line} of {@code file} when the result holds it, or null (unlike CheckResult.sourceLine). */
    static String line(CheckResult r, Path file, int line) {
        List<String> lines = r.sources() == null ? null : r.sources().get(file);
        return lines == null || line < 1 || line > lines.size() ? null : lines.get(line - 1);
    }

    /**
     * The 1-based UTF-16 column of the 1-based code-point column {@code cpColumn} in {@code line}. Past the end of
     * the line (or without the line) each missing code point counts one unit, which is exact for the BMP.
     */
    static int utf16Column(String line, int cpColumn) {
        if (line == null || cpColumn <= 1) {
            return Math.max(cpColumn, 1);
        }
        int cps = line.codePointCount(0, line.length());
        int within = Math.min(cpColumn - 1, cps);
        int units = line.offsetByCodePoints(0, within);
        return units + (cpColumn - 1 - within) + 1;
    }

    /** Findings grouped by file, files in order of first appearance, each group in the result's order. */
    static Map<Path, List<Finding>> byFile(List<Finding> findings) {
        Map<Path, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(file(f), k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    /**
     * {@code s} with control characters (other than tab) replaced by U+FFFD, so that text read from a calendar
     * cannot move the cursor, clear a terminal or forge a workflow command.
     */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c != '\t' && (c < 0x20 || c >= 0x7f && c < 0xa0);
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** "3 errors, 2 warnings, 1 info in 12 posts (40 post×channel checked)". */
    static String summary(CheckResult r) {
        long e = r.count(Severity.ERROR);
        long w = r.count(Severity.WARNING);
        long i = r.count(Severity.INFO);
        int checked = r.checked() == null ? 0 : r.checked().size();
        return plural(e, "error") + ", " + plural(w, "warning") + ", " + i + " info in " + plural(r.posts(), "post")
                + " (" + checked + " post×channel checked)";
    }

    static String plural(long n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    /** "post @ channel, lang" for the end of a message, leaving out what the finding lacks; "" when it has none. */
    static String context(Finding f) {
        if (f.postId() == null && f.channel() == null && f.lang() == null) {
            return "";
        }
        String s = subject(f.postId(), f.channel());
        return f.lang() == null ? s : s + ", " + f.lang();
    }

    /** The message on one line for formats without room for more: "message [post @ channel, lang] (suggestion: …)". */
    static String oneLine(Finding f) {
        StringBuilder m = new StringBuilder(f.message() == null ? "" : f.message());
        String context = context(f);
        if (!context.isEmpty()) {
            m.append(" [").append(context).append(']');
        }
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            m.append(" (suggestion: ").append(f.suggestion()).append(')');
        }
        return m.toString();
    }

    /** {@code s} on one line: each line break (CR LF, LF, CR, NEL, U+2028, U+2029) a space. */
    static String flat(String s) {
        if (s == null) {
            return null;
        }
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\u0085', ' ')
                .replace('\u2028', ' ').replace('\u2029', ' ');
    }

    /** Text that Markdown shows as it is (one place for it: {@link io.edito.text.MarkdownLiteral#cell}). */
    static String markdown(String s) {
        return MarkdownLiteral.cell(s);
    }

    /** "post-id @ channel", or the post id alone for a finding about the whole post. */
    static String subject(String postId, String channel) {
        String p = postId == null ? "(file)" : postId;
        return channel == null ? p : p + " @ " + channel;
    }
}
