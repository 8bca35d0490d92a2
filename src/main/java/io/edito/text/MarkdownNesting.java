package io.edito.text;

/**
 * How deep the quotes and lists of a CommonMark text nest, read without parsing it: a text nested thousands of levels
 * deep makes a tree too deep to walk, so the calendar refuses it before anything renders it.
 */
public final class MarkdownNesting {
    private MarkdownNesting() {
    }

    /**
     * The deepest nesting of quotes and lists a line of {@code text} opens: its {@code >}, list markers ({@code -},
     * {@code *}, {@code +}, {@code 1.}, {@code 1)} before a space or a tab) and the indent before them (two spaces or
     * a tab a level): at least CommonMark's depth.
     */
    public static int depth(String text) {
        int max = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int depth = 0;
            int indent = 0; // the line's indent, before its first marker: a level in two, with a marker only
            while (i < n) {
                char c = text.charAt(i);
                char next = i + 1 < n ? text.charAt(i + 1) : '\n';
                if (c == '>') {
                    depth++;
                    i++;
                } else if (c == ' ' || c == '\t') {
                    if (depth == 0) {
                        indent += c == '\t' ? 2 : 1;
                    }
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && (next == ' ' || next == '\t')) {
                    depth++;
                    i += 2;
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < n && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                        j++;
                    }
                    if (j + 1 < n && (text.charAt(j) == '.' || text.charAt(j) == ')')
                            && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
                        depth++;
                        i = j + 2;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            max = Math.max(max, depth == 0 ? 0 : depth + indent / 2);
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return max;
    }
}
