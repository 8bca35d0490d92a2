package io.edito.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text written into a Markdown table cell so that it shows exactly as it is, in CommonMark and in GitHub's
 * tables: the punctuation that would start emphasis, code, links, images, HTML, strikethrough or entities is
 * backslash-escaped, {@code |} is escaped for the table, control characters become U+FFFD and line breaks spaces.
 * URLs are written as autolinks ({@code <https://...>}), whose content Markdown takes literally: escaping a
 * {@code _} inside a URL would put the backslash into the link GitHub makes of it.
 */
public final class MarkdownLiteral {
    /** What a CommonMark autolink may hold (no space, no angle bracket) after an http(s) scheme. */
    private static final Pattern URL = Pattern.compile("(?<![\\p{L}\\p{N}_])(?i:https?)://[^\\s<>]+");
    /** Sentence punctuation right after a URL, left out of it (as GitHub does). */
    private static final String TRAILING = ".,:;!?'\"*_~";

    private MarkdownLiteral() {
    }

    /** {@code s} as the content of a one-line table cell; "" for null. */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        String text = printable(s);
        StringBuilder b = new StringBuilder(text.length() + 16);
        Matcher m = URL.matcher(text);
        int done = 0;
        while (m.find()) {
            int end = urlEnd(text, m.start(), m.end());
            if (end <= m.start() + "http://".length()) {
                continue;
            }
            escape(text, done, m.start(), b);
            b.append('<').append(text.substring(m.start(), end).replace("|", "\\|")).append('>');
            done = end;
        }
        escape(text, done, text.length(), b);
        return b.toString();
    }

    private static int urlEnd(String s, int start, int end) {
        while (end > start) {
            char c = s.charAt(end - 1);
            if (TRAILING.indexOf(c) >= 0 || c == ')' && unbalanced(s, start, end)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether {@code s[start, end)} closes more parentheses than it opens. */
    private static boolean unbalanced(String s, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth < 0;
    }

    private static void escape(String s, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
    }

    /** Line breaks as spaces, other control characters (but tab) as U+FFFD. */
    private static String printable(String s) {
        return ControlChars.printable(s, " ");
    }
}
