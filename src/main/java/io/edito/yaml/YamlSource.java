package io.edito.yaml;

import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a YAML file with the start of each of its lines, to turn an offset in the text into a
 * {@link SourcePos} and back. Lines are counted as the parser counts them, so that both kinds of position agree: a line
 * ends at {@code \n}, {@code \r\n}, a lone {@code \r}, U+0085, U+2028 or U+2029 (YAML 1.1 line breaks). Columns
 * count Unicode code points, from 1.
 */
public final class YamlSource {
    private final Path file;
    private final String text;
    /** Where each line starts, lines ending at a line feed (CRLF included), as git, GitHub and editors count them. */
    private final int[] lineStarts;
    /**
     * Where each line starts as the YAML parser counts them (a lone CR, NEL, LS and PS break lines too: YAML 1.1):
     * the same array unless the text holds one of those, the lines the parser's positions are in.
     */
    private final int[] parserLineStarts;

    public YamlSource(Path file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[16];
        int lines = 1;
        boolean other = false; // a break the parser counts that is not a line feed
        char[] chars = text.toCharArray(); // a loop over an array: String.charAt is a call per char under C1 (a 30 MB calendar)
        int n = chars.length;
        for (int i = 0; i < n; ) {
            char c = chars[i];
            if (!mayBreak(c)) { // no line break (nearly every char)
                i++;
                continue;
            }
            int b = breakLength(c, i + 1 < n ? chars[i + 1] : 0);
            if (b == 0) {
                i++;
                continue;
            }
            other |= c != '\n' && b == 1;
            i += b;
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = i;
        }
        this.parserLineStarts = Arrays.copyOf(starts, lines);
        this.lineStarts = other ? lineFeedStarts(text) : parserLineStarts;
    }

    /** Where each line starts, lines ending at a line feed. */
    private static int[] lineFeedStarts(String text) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = i + 1;
        }
        return Arrays.copyOf(starts, lines);
    }

    /**
     * The position of 1-based {@code line} and code point {@code column} as the YAML parser counts lines, in the
     * file's lines ({@link #pos(int)}): the same unless the text holds a line break other than LF and CRLF.
     */
    public SourcePos fromParser(int line, int column) {
        if (parserLineStarts == lineStarts) {
            return new SourcePos(file, line, column);
        }
        int at = offset(parserLineStarts, line, column);
        return at < 0 ? new SourcePos(file, line, column) : pos(at);
    }

    public Path file() {
        return file;
    }

    public String text() {
        return text;
    }

    /**
     * The lines of the text, each without its line break, the last one possibly empty: a view, each line cut from the
     * text when asked for (a report prints the few lines that have findings; a 30 MB calendar is not held twice).
     */
    public List<String> lines() {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                int start = lineStarts[i];
                if (i + 1 == lineStarts.length) {
                    return text.substring(start); // the last line has no break after it
                }
                int next = lineStarts[i + 1];
                boolean crlf = next - start >= 2 && text.charAt(next - 2) == '\r' && text.charAt(next - 1) == '\n';
                return text.substring(start, next - (crlf ? 2 : 1));
            }

            @Override
            public int size() {
                return lineStarts.length;
            }
        };
    }

    /** The offset (UTF-16 index) of 1-based {@code line} and code point {@code column}, or -1 outside the text. */
    public int offset(int line, int column) {
        return offset(lineStarts, line, column);
    }

    private int offset(int[] lineStarts, int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        int at = start;
        for (int c = 1; c < column; c++) {
            if (at >= end) {
                return -1;
            }
            at += Character.isHighSurrogate(text.charAt(at)) && at + 1 < end
                    && Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1;
        }
        return at <= end ? at : -1;
    }

    /** The position of the character at {@code offset} (the second half of a surrogate pair counts as its first). */
    public SourcePos pos(int offset) {
        int at = boundary(offset);
        int line = lineOf(at);
        return new SourcePos(file, line + 1, text.codePointCount(lineStarts[line], at) + 1);
    }

    /**
     * {@link #pos(int)} of both offsets; when the second is on the first's line, after it (a span in one line: most
     * findings), its column is counted from the first's instead of from the line's start.
     */
    public SourcePos[] pos(int first, int second) {
        SourcePos pa = pos(first);
        int a = boundary(first);
        int b = boundary(second);
        int line = pa.line() - 1;
        if (b >= a && (line + 1 == lineStarts.length || b < lineStarts[line + 1])) {
            return new SourcePos[] {pa, new SourcePos(file, line + 1, pa.column() + text.codePointCount(a, b))};
        }
        return new SourcePos[] {pa, pos(second)};
    }

    /** {@code offset} within the text, moved to the start of the surrogate pair it is the second half of. */
    private int boundary(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** The index of the line holding offset {@code at}. */
    private int lineOf(int at) {
        int line = Arrays.binarySearch(lineStarts, at);
        return line < 0 ? -line - 2 : line;
    }

    /**
     * Whether a line break may start with {@code c} ({@link #breakLength(char, char)} is 0 for every other char): CR,
     * LF, NEL, LS, PS and the controls below CR. Small enough for C1 to inline into the loops that skip the rest.
     */
    static boolean mayBreak(char c) {
        return c <= '\r' || c == '\u0085' || (c & 0xFFFE) == 0x2028;
    }

    /** How many chars the line break at {@code i} takes (2 for {@code \r\n}), or 0 when there is none. */
    static int breakLength(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        return breakLength(s.charAt(i), i + 1 < s.length() ? s.charAt(i + 1) : 0);
    }

    /** How many chars a line break starting with {@code c} takes, {@code next} following it (0 at the end). */
    static int breakLength(char c, char next) {
        if (c == '\r') {
            return next == '\n' ? 2 : 1;
        }
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? 1 : 0;
    }
}
