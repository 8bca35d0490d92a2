package io.edito.yaml;

import java.util.Arrays;

/**
 * Where each character of a scalar's value is written in its source. The scalar is scanned again from its start with
 * the rules of the YAML scanner (SnakeYAML's, which read it): node properties ({@code &anchor}, {@code !tag}) are
 * skipped; a plain scalar folds its line breaks (a single break becomes a space, a break followed by blank lines
 * becomes those lines' breaks, the blanks around a break are dropped); a single-quoted one reads {@code ''} as a quote
 * and folds the same way; a double-quoted one reads every escape ({@code \n \t \" \\ \xXX \\uXXXX \UXXXXXXXX}, an
 * escaped line break, ...); a literal or folded block scalar keeps or folds its lines past its indentation, with its
 * indentation indicator and chomping.
 *
 * <p>Each value character gets the source range {@code [start, end)} it comes from: one character, a whole escape
 * ({@code \u00e9} for é), the line break that a folding space or a kept line break stands for. A scan that does not
 * give back the value exactly (a scalar written in a way the scanner reads differently) gives no map at all, never a
 * wrong one.
 */
final class ScalarMap {
    private final String src;
    private final int srcLength;
    /**
     * {@code src[windowFrom, windowFrom + window.length)}, copied from the scalar's start and doubled as the scan
     * reads further: {@code String.charAt} is a call per char under C1 on a file holding any char above U+00FF.
     */
    private char[] window;
    private final int windowFrom;
    private final String value;
    /** The value's chars, compared with the source's one by one (a call per char under C1 through the string). */
    private final char[] valueChars;
    private int p;
    private int n; // value characters produced so far
    /**
     * The map, by runs: run {@code r} starts at value char {@code runValue[r]}, which is read from source offset
     * {@code runFrom[r]}; a run of chars each read from the one source char after the previous one has
     * {@code runTo[r] = -1}, and a char read from anything else (an escape, a line break folded into a space...) is a
     * run of its own ending at {@code runTo[r]}. Most of a text is a few long runs: two ints per char were most of
     * what a check of 10,000 posts allocated for its findings' positions.
     */
    private int[] runValue = new int[8];
    private int[] runFrom = new int[8];
    private int[] runTo = new int[8];
    private int runs;

    private ScalarMap(String src, int from, String value) {
        this.src = src;
        this.srcLength = src.length();
        this.windowFrom = from;
        this.window = new char[0];
        this.value = value;
        this.valueChars = value.toCharArray();
        this.p = from;
    }

    /**
     * The source ranges of the characters of {@code value}, the scalar that starts at offset {@code from} of
     * {@code src} (at its properties, quote, block indicator or first character): read with {@link #start} and
     * {@link #end}; null when the value cannot be found there.
     */
    static ScalarMap of(String src, int from, String value) {
        if (value == null || value.isEmpty() || from < 0 || from >= src.length()) {
            return null;
        }
        ScalarMap m = new ScalarMap(src, from, value);
        try {
            m.scan();
        } catch (Mismatch | RuntimeException e) {
            return null;
        }
        m.window = null; // the scan's own: a map is kept a while, its runs only
        return m.n == value.length() ? m : null;
    }

    /** The source offset where value char {@code i} ({@code 0 <= i < value.length()}) is read from. */
    int start(int i) {
        int r = runOf(i);
        return runTo[r] < 0 ? runFrom[r] + (i - runValue[r]) : runFrom[r];
    }

    /** The source offset just after what value char {@code i} is read from. */
    int end(int i) {
        int r = runOf(i);
        return runTo[r] < 0 ? runFrom[r] + (i - runValue[r]) + 1 : runTo[r];
    }

    /** The run that holds value char {@code i}: the last to start at or before it. */
    private int runOf(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(i);
        }
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runValue[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Value char {@code n} is read from source {@code [from, to)}: the last run goes on when it is a run of single chars
     * whose next char would be read from {@code from}, or a new one starts.
     */
    private void mapped(int from, int to) {
        boolean single = to == from + 1;
        int r = runs - 1;
        if (!(single && r >= 0 && runTo[r] < 0 && from == runFrom[r] + (n - runValue[r]))) {
            if (runs == runValue.length) {
                runValue = Arrays.copyOf(runValue, runs * 2);
                runFrom = Arrays.copyOf(runFrom, runs * 2);
                runTo = Arrays.copyOf(runTo, runs * 2);
            }
            runValue[runs] = n;
            runFrom[runs] = from;
            runTo[runs] = single ? -1 : to;
            runs++;
        }
    }

    /** The scan went astray: the source does not give the value. */
    private static final class Mismatch extends Exception {
        private static final Mismatch INSTANCE = new Mismatch();

        private Mismatch() {
            super(null, null, false, false);
        }
    }

    private void scan() throws Mismatch {
        skipProperties();
        char c = ch(p);
        switch (c) {
            case '"' -> quoted(true);
            case '\'' -> quoted(false);
            case '|' -> block(false);
            case '>' -> block(true);
            default -> plain();
        }
    }

    // ---- helpers ----

    private char ch(int i) {
        int k = i - windowFrom;
        return k >= 0 && k < window.length ? window[k] : outsideWindow(i);
    }

    /** The char at {@code i}, past the window: the window grown to hold it (or before it: read from the text). */
    private char outsideWindow(int i) {
        if (i >= srcLength) {
            return '\0';
        }
        if (i < windowFrom) {
            return src.charAt(i);
        }
        int to = (int) Math.min(srcLength, Math.max(i + 1L, windowFrom + Math.max(2L * window.length, 2L * value.length() + 64)));
        window = new char[to - windowFrom];
        src.getChars(windowFrom, to, window, 0);
        return window[i - windowFrom];
    }

    private boolean eof(int i) {
        return i >= srcLength;
    }

    private int breakLength(int i) {
        return i >= srcLength ? 0 : YamlSource.breakLength(ch(i), ch(i + 1));
    }

    /** What a line break reads as: {@code \n}, except U+2028 and U+2029, which stay themselves. */
    private char breakValue(int i) {
        char c = ch(i);
        return c == '\u2028' || c == '\u2029' ? c : '\n';
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    private void emit(char c, int from, int to) throws Mismatch {
        if (n >= valueChars.length || valueChars[n] != c) {
            throw Mismatch.INSTANCE;
        }
        mapped(from, to);
        n++;
    }

    private void emitBreak(int at) throws Mismatch {
        emit(breakValue(at), at, at + breakLength(at));
    }

    private void emitBreaks(int[] breaks, int count) throws Mismatch {
        for (int i = 0; i < count; i++) {
            emitBreak(breaks[i]);
        }
    }

    /** Skips {@code &anchor} and {@code !tag} properties and the spaces, comments and line breaks after them. */
    private void skipProperties() {
        while (ch(p) == '&' || ch(p) == '!') {
            if (ch(p) == '!' && ch(p + 1) == '<') {
                while (!eof(p) && ch(p) != '>') {
                    p++;
                }
                p++;
            } else {
                while (!eof(p) && !blank(ch(p)) && breakLength(p) == 0) {
                    p++;
                }
            }
            while (!eof(p)) {
                if (blank(ch(p))) {
                    p++;
                } else if (breakLength(p) > 0) {
                    p += breakLength(p);
                } else if (ch(p) == '#') {
                    while (!eof(p) && breakLength(p) == 0) {
                        p++;
                    }
                } else {
                    break;
                }
            }
        }
    }

    // ---- plain ----

    private void plain() throws Mismatch {
        int len = value.length();
        while (n < len) {
            int before = p;
            while (n < len && !eof(p) && !blank(ch(p)) && breakLength(p) == 0) {
                emit(ch(p), p, p + 1);
                p++;
            }
            if (n >= len) {
                return;
            }
            int ws = p;
            while (blank(ch(p))) {
                p++;
            }
            if (breakLength(p) > 0) {
                fold(false);
            } else if (p == ws && p == before) {
                throw Mismatch.INSTANCE; // neither text nor space: the scalar ended before its value did
            } else {
                for (int k = ws; k < p; k++) {
                    emit(ch(k), k, k + 1);
                }
            }
        }
    }

    /**
     * Folds the line break at {@code p} and the blank lines after it: one break reads as a space (mapped to the
     * break), more read as the later ones (the first is dropped); a break other than {@code \n} is kept. Leading
     * spaces of the next lines are skipped, and tabs too in a quoted scalar.
     */
    private void fold(boolean quoted) throws Mismatch {
        int first = p;
        p += breakLength(p);
        int[] breaks = new int[4];
        int count = 0;
        while (true) {
            while (ch(p) == ' ' || quoted && ch(p) == '\t') {
                p++;
            }
            int b = breakLength(p);
            if (b == 0) {
                break;
            }
            if (count == breaks.length) {
                breaks = Arrays.copyOf(breaks, count * 2);
            }
            breaks[count++] = p;
            p += b;
        }
        if (breakValue(first) != '\n') {
            emitBreak(first);
        } else if (count == 0) {
            emit(' ', first, first + breakLength(first));
        }
        emitBreaks(breaks, count);
    }

    // ---- quoted ----

    private void quoted(boolean dbl) throws Mismatch {
        char quote = ch(p);
        p++;
        nonSpaces(dbl);
        while (ch(p) != quote) {
            if (eof(p)) {
                throw Mismatch.INSTANCE;
            }
            int before = p;
            int ws = p;
            while (blank(ch(p))) {
                p++;
            }
            if (breakLength(p) > 0) {
                fold(true);
            } else {
                for (int k = ws; k < p; k++) {
                    emit(ch(k), k, k + 1);
                }
            }
            nonSpaces(dbl);
            if (p == before) {
                throw Mismatch.INSTANCE;
            }
        }
    }

    private void nonSpaces(boolean dbl) throws Mismatch {
        while (!eof(p)) {
            run();
            if (eof(p)) {
                return;
            }
            char c = ch(p);
            if (!blank(c) && breakLength(p) == 0 && c != '\'' && c != '"' && c != '\\') {
                emit(c, p, p + 1);
                p++;
            } else if (!dbl && c == '\'' && ch(p + 1) == '\'') {
                emit('\'', p, p + 2);
                p += 2;
            } else if (dbl && c == '\'' || !dbl && (c == '"' || c == '\\')) {
                emit(c, p, p + 1);
                p++;
            } else if (dbl && c == '\\') {
                escape();
            } else {
                return;
            }
        }
    }

    /**
     * The everyday part of a quoted scalar: the chars from {@code p} that stand for themselves (no blank, line break,
     * quote or backslash), read from the window and compared with the value in one loop, without a call per char;
     * stops at the first other char, at the window's end or at the value's end (the slow path then decides).
     */
    private void run() throws Mismatch {
        int k = p - windowFrom;
        if (k < 0) {
            return;
        }
        char[] w = window;
        char[] v = valueChars;
        int i = n;
        int first = k;
        while (k < w.length && i < v.length) {
            char c = w[k];
            if (c == ' ' || c == '\'' || c == '"' || c == '\\' || YamlSource.mayBreak(c)) { // the tab among the controls
                break;
            }
            if (v[i] != c) {
                throw Mismatch.INSTANCE;
            }
            i++;
            k++;
        }
        if (k > first) { // chars each read from the next source char: the first goes on or starts a run, the rest go on
            mapped(windowFrom + first, windowFrom + first + 1);
        }
        n = i;
        p = windowFrom + k;
    }

    /** One escape of a double-quoted scalar, at {@code p}. */
    private void escape() throws Mismatch {
        int at = p;
        char e = ch(p + 1);
        char simple = simpleEscape(e);
        if (simple != 0 || e == '0') {
            emit(simple, at, at + 2);
            p = at + 2;
            return;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (digits > 0) {
            int to = at + 2 + digits;
            int cp = Integer.parseInt(src.substring(at + 2, to), 16);
            for (char c : Character.toChars(cp)) {
                emit(c, at, to);
            }
            p = to;
            return;
        }
        int b = breakLength(p + 1);
        if (b == 0) {
            throw Mismatch.INSTANCE;
        }
        // an escaped line break: the break and the next line's indentation read as nothing; blank lines as breaks
        p = at + 1 + b;
        while (true) {
            while (blank(ch(p))) {
                p++;
            }
            if (breakLength(p) == 0) {
                return;
            }
            emitBreak(p);
            p += breakLength(p);
        }
    }

    /** The character of a one-letter escape {@code \e}, or 0 when {@code e} is not one ({@code \0} reads as 0 too). */
    private static char simpleEscape(char e) {
        return switch (e) {
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 't', '\t' -> '\t';
            case 'n' -> '\n';
            case 'v' -> '\u000B';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'e' -> '\u001B';
            case ' ' -> ' ';
            case '"' -> '"';
            case '/' -> '/';
            case '\\' -> '\\';
            case 'N' -> '\u0085';
            case '_' -> '\u00A0';
            case 'L' -> '\u2028';
            case 'P' -> '\u2029';
            default -> 0;
        };
    }

    // ---- block ----

    private void block(boolean folded) throws Mismatch {
        p++;
        Boolean keep = null; // null: clip, TRUE: keep (+), FALSE: strip (-)
        for (int i = 0; i < 2; i++) {
            char c = ch(p);
            if (c == '+' || c == '-') {
                keep = c == '+';
                p++;
            } else if (c >= '1' && c <= '9') {
                p++; // the indentation is read from the value below
            }
        }
        while (blank(ch(p))) {
            p++;
        }
        if (ch(p) == '#') {
            while (!eof(p) && breakLength(p) == 0) {
                p++;
            }
        }
        if (breakLength(p) == 0) {
            throw Mismatch.INSTANCE;
        }
        p += breakLength(p);
        int indent = blockIndent();
        int[] breaks = new int[4];
        int[] count = new int[1];
        breaks = blockBreaks(indent, breaks, count);
        int lineBreak = -1;
        while (column() == indent && !eof(p)) {
            emitBreaks(breaks, count[0]);
            boolean leadingNonSpace = !blank(ch(p));
            while (!eof(p) && breakLength(p) == 0) {
                emit(ch(p), p, p + 1);
                p++;
            }
            lineBreak = breakLength(p) > 0 ? p : -1;
            if (lineBreak >= 0) {
                p += breakLength(p);
            }
            breaks = blockBreaks(indent, breaks, count);
            if (column() != indent || eof(p)) {
                break;
            }
            if (folded && lineBreak >= 0 && breakValue(lineBreak) == '\n' && leadingNonSpace && !blank(ch(p))) {
                if (count[0] == 0) {
                    emit(' ', lineBreak, lineBreak + breakLength(lineBreak));
                }
            } else if (lineBreak >= 0) {
                emitBreak(lineBreak);
            }
        }
        if (keep != Boolean.FALSE && lineBreak >= 0) {
            emitBreak(lineBreak);
        }
        if (keep == Boolean.TRUE) {
            emitBreaks(breaks, count[0]);
        }
    }

    /**
     * The indentation of the block scalar whose body starts at {@code p}: its first line with content has as many
     * more spaces than the indentation as the value's first line has (none, unless an indentation indicator set it).
     */
    private int blockIndent() throws Mismatch {
        int m = 0;
        while (m < value.length() && (value.charAt(m) == '\n' || value.charAt(m) == '\u2028' || value.charAt(m) == '\u2029')) {
            m++;
        }
        if (m == value.length()) {
            // nothing but line breaks (kept by '+'): blank lines as deep as the deepest of them
            int deepest = 1;
            int q = p;
            while (true) {
                int spaces = 0;
                while (ch(q + spaces) == ' ') {
                    spaces++;
                }
                int b = breakLength(q + spaces);
                if (b == 0) {
                    return Math.max(deepest, spaces + 1); // the first line with content is past the scalar: less deep
                }
                deepest = Math.max(deepest, spaces);
                q += spaces + b;
            }
        }
        int q = p;
        for (int i = 0; i < m; i++) {
            while (!eof(q) && breakLength(q) == 0) {
                q++;
            }
            if (eof(q)) {
                throw Mismatch.INSTANCE;
            }
            q += breakLength(q);
        }
        int sourceSpaces = 0;
        while (ch(q + sourceSpaces) == ' ') {
            sourceSpaces++;
        }
        int valueSpaces = 0;
        while (m + valueSpaces < value.length() && value.charAt(m + valueSpaces) == ' ') {
            valueSpaces++;
        }
        int indent = sourceSpaces - valueSpaces;
        if (indent < 1) {
            throw Mismatch.INSTANCE;
        }
        return indent;
    }

    /** Spaces up to {@code indent}, then blank lines: the offsets of their breaks go in {@code breaks}. */
    private int[] blockBreaks(int indent, int[] breaks, int[] count) {
        count[0] = 0;
        skipIndent(indent);
        while (breakLength(p) > 0) {
            if (count[0] == breaks.length) {
                breaks = Arrays.copyOf(breaks, breaks.length * 2);
            }
            breaks[count[0]++] = p;
            p += breakLength(p);
            skipIndent(indent);
        }
        return breaks;
    }

    private void skipIndent(int indent) {
        for (int col = column(); col < indent && ch(p) == ' '; col++) {
            p++;
        }
    }

    /** The 0-based column of {@code p} on its line, counted in chars (the indentation is only spaces). */
    private int column() {
        int i = p;
        while (i > 0 && breakLength(i - 1) == 0) {
            i--;
        }
        return p - i;
    }
}
