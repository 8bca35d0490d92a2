package io.edito.text;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * URLs written bare in a post's CommonMark source are text the network shows as they are: emphasis, entities and
 * escapes must not touch them (the asterisks around a path segment of a URL are kept, not read as emphasis). Each
 * character of a bare URL that CommonMark would read as markup is backslash-escaped before parsing, and the
 * displayed text is mapped back to the source as written. URLs inside code, raw HTML and links are left as they
 * are (CommonMark already takes them literally or the author wrote markup on purpose); a trailing asterisk or
 * underscore closes emphasis around a URL and is not part of it.
 */
final class MarkdownUrls {
    /** What CommonMark reads as markup inside a URL: emphasis, code, link brackets, escapes, entities. */
    private static final String MARKUP = "*_`[]\\&";

    private MarkdownUrls() {
    }

    /** The source with markup inside bare URLs escaped and where each of its characters was; null when nothing needs it. */
    static Protected protect(String src, Parser withSpans) {
        return protect(src, withSpans, false);
    }

    /**
     * {@link #protect(String, Parser)}; with {@code alwaysParse} false, the source is parsed for its literal ranges
     * only when it may have one ({@link #mayHaveLiteralRanges}), true parses it whatever it holds (the reference,
     * for tests).
     */
    static Protected protect(String src, Parser withSpans, boolean alwaysParse) {
        if (!hasMarkup(src, 0, src.length())) {
            return null;
        }
        List<int[]> urls = new ArrayList<>();
        for (Entity e : Entities.urls(src)) {
            int end = e.end();
            while (end > e.start() && (src.charAt(end - 1) == '*' || src.charAt(end - 1) == '_')) {
                end--;
            }
            if (hasMarkup(src, e.start(), end)) {
                urls.add(new int[] {e.start(), end});
            }
        }
        if (urls.isEmpty()) {
            return null;
        }
        List<int[]> literal = alwaysParse || mayHaveLiteralRanges(src) ? literalRanges(withSpans.parse(src)) : List.of();
        StringBuilder out = new StringBuilder(src.length() + 8);
        int[] origin = new int[src.length() * 2 + 1];
        int done = 0;
        boolean changed = false;
        for (int[] u : urls) {
            if (overlaps(literal, u[0], u[1])) {
                continue;
            }
            for (int i = done; i < u[0]; i++) {
                origin[out.length()] = i;
                out.append(src.charAt(i));
            }
            for (int i = u[0]; i < u[1]; i++) {
                char c = src.charAt(i);
                if (MARKUP.indexOf(c) >= 0) {
                    origin[out.length()] = i;
                    out.append('\\');
                    changed = true;
                }
                origin[out.length()] = i;
                out.append(c);
            }
            done = u[1];
        }
        if (!changed) {
            return null;
        }
        for (int i = done; i < src.length(); i++) {
            origin[out.length()] = i;
            out.append(src.charAt(i));
        }
        origin[out.length()] = src.length();
        return new Protected(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
    }

    /**
     * Whether CommonMark may find code, raw HTML or a link in {@code s}: inline code and fences need a backtick or a
     * tilde, HTML and autolinks a {@code <}, links a {@code [}, indented code a tab or four spaces in a row (after
     * any container marker). Without any of them, {@link #literalRanges} is empty and the parse is not needed.
     */
    static boolean mayHaveLiteralRanges(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`' || c == '~' || c == '<' || c == '[' || c == '\t') {
                return true;
            }
        }
        return s.contains("    ");
    }

    private static boolean hasMarkup(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MARKUP.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Source ranges CommonMark takes literally or that the author marked up as a link. */
    private static List<int[]> literalRanges(Node doc) {
        List<int[]> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            private void add(Node n) {
                for (SourceSpan s : n.getSourceSpans()) {
                    out.add(new int[] {s.getInputIndex(), s.getInputIndex() + s.getLength()});
                }
            }

            @Override
            public void visit(Code code) {
                add(code);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(HtmlBlock block) {
                add(block);
            }

            @Override
            public void visit(HtmlInline html) {
                add(html);
            }

            @Override
            public void visit(Link link) {
                add(link);
            }
        });
        return out;
    }

    /**
     * A source with bare URLs protected.
     *
     * @param text   the source to parse
     * @param origin for each character of {@code text} (and its end), its index in the source as written
     */
    record Protected(String text, int[] origin) {
        /** {@code shown} (mapped into {@link #text}) mapped into the source as written. */
        DisplayedText remap(DisplayedText shown) {
            String t = shown.text();
            int[] m = new int[t.length() + 1];
            for (int i = 0; i <= t.length(); i++) {
                m[i] = origin[Math.min(shown.sourceOffset(i), origin.length - 1)];
            }
            return new DisplayedText(t, m);
        }
    }
}
