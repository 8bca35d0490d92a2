package io.edito.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * Everything edito prints goes through this writer: a calendar, an export or a server answer may hold terminal
 * control sequences (a YAML {@code "\e]52;c;..."} writes the clipboard, {@code "\e[2J"} clears the screen, OSC 8
 * disguises a link, {@code "\e[8m"} hides text), and the person reading edito's output must see them, not undergo
 * them. Line feed, carriage return and tab pass; the colour sequences edito itself writes ({@link AnsiPaint}: SGR
 * with the parameters below) pass; every other control character is shown as its Unicode control picture
 * ({@code ␛} for ESC, {@code ␇} for BEL...), C1 controls and DEL as {@code �}. docs/security.md#terminal.
 */
final class TerminalSafeWriter extends Writer {
    /** SGR parameters of picocli's styles that AnsiPaint and the report's Styler use (on and off codes). */
    private static final Set<String> SGR = Set.of("0", "1", "2", "3", "4", "21", "22", "23", "24", "30", "31", "32", "33", "34",
            "35", "36", "37", "39", "90", "91", "92", "93", "94", "95", "96");
    private static final int MAX_SEQUENCE = 32;

    private final Writer out;
    private final StringBuilder pending = new StringBuilder();

    TerminalSafeWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        // runs of plain characters (all of them, mostly) go through as they are, in bulk; the rest one by one
        int end = off + len;
        StringBuilder b = null;
        for (int i = off; i < end; ) {
            if (pending.length() == 0) {
                int run = i;
                while (run < end && plain(buf[run])) {
                    run++;
                }
                if (run > i) {
                    out.write(buf, i, run - i);
                    i = run;
                    continue;
                }
            }
            if (b == null) {
                b = new StringBuilder();
            }
            accept(buf[i++], b);
            if (pending.length() == 0 && b.length() > 0) {
                out.write(b.toString());
                b.setLength(0);
            }
        }
        if (b != null && b.length() > 0) {
            out.write(b.toString());
        }
    }

    /** Chars of a string being written, a slice at a time: {@link Writer#write(String, int, int)} copies it whole. */
    private final char[] slice = new char[8192];

    /**
     * The string a slice at a time, under the writer's lock as {@link Writer#write(String, int, int)} would be; a slice
     * never ends between the two halves of a surrogate pair, so that the writer below gets whole code points.
     */
    @Override
    public void write(String str, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, str.length());
        synchronized (lock) {
            for (int at = off, end = off + len; at < end; ) {
                int n = Math.min(slice.length, end - at);
                if (at + n < end && Character.isHighSurrogate(str.charAt(at + n - 1))) {
                    n--; // the pair's low half would start the next slice
                }
                str.getChars(at, at + n, slice, 0);
                write(slice, 0, n);
                at += n;
            }
        }
    }

    /** A character that passes as it is outside an escape sequence: {@link #safe} keeps it and it starts none. */
    private static boolean plain(char c) {
        return c >= 0x20 ? c < 0x7f || c > 0x9f : c == '\n' || c == '\r' || c == '\t';
    }

    private void accept(char c, StringBuilder b) {
        if (pending.length() > 0) {
            pending.append(c);
            if (pending.length() == 2) {
                if (c != '[') {
                    flushRejected(b);
                }
                return;
            }
            if (c >= '0' && c <= '9' || c == ';') {
                if (pending.length() > MAX_SEQUENCE) {
                    flushRejected(b);
                }
                return;
            }
            if (c == 'm' && allowed(pending.substring(2, pending.length() - 1))) {
                b.append(pending);
                pending.setLength(0);
            } else {
                flushRejected(b);
            }
            return;
        }
        if (c == '\u001b') {
            pending.append(c);
        } else {
            b.append(safe(c));
        }
    }

    private static boolean allowed(String params) {
        for (String p : params.split(";", -1)) {
            if (!SGR.contains(p.isEmpty() ? "0" : p)) {
                return false;
            }
        }
        return true;
    }

    /** The sequence was not one of edito's colours: shown, neutralised, character by character. */
    private void flushRejected(StringBuilder b) {
        String s = pending.toString();
        pending.setLength(0);
        b.append(safe(s.charAt(0)));
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001b') {
                pending.append(c);
            } else {
                b.append(safe(c));
            }
        }
    }

    /** {@code c}, or a visible stand-in when a terminal would act on it. */
    static char safe(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c); // control pictures: U+241B for ESC
        }
        if (c == 0x7f || c >= 0x80 && c <= 0x9f) {
            return '\uFFFD';
        }
        return c;
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() > 0) {
            // an escape sequence cut by a flush is not one of edito's colours (they are written whole): neutralise it
            StringBuilder b = new StringBuilder();
            while (pending.length() > 0) {
                flushRejected(b);
            }
            out.write(b.toString());
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
