package io.edito.cli;

import io.edito.core.BulkWriter;
import io.edito.text.ControlChars;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Everything edito prints goes through this writer: a calendar, an export or a server answer may hold terminal
 * control sequences (a YAML {@code "\e]52;c;..."} writes the clipboard, {@code "\e[2J"} clears the screen, OSC 8
 * disguises a link, {@code "\e[8m"} hides text), and the person reading edito's output must see them, not undergo
 * them. Line feed, carriage return and tab pass; the colour sequences edito itself writes ({@link AnsiPaint}: SGR
 * with the parameters below) pass; every other control character is shown as its Unicode control picture
 * ({@code ␛} for ESC, {@code ␇} for BEL...), C1 controls and DEL as {@code �}. docs/security.md#terminal.
 * <p>
 * Given the byte stream under its writer (stdout), it also takes large pieces of text prepared on other threads
 * ({@link BulkWriter}): a piece without C0 controls comes out the same whatever was written before it, so it can be
 * made safe and encoded in UTF-8 (as the writer below encodes) where it was made, and written here as bytes.
 */
final class TerminalSafeWriter extends Writer implements BulkWriter {
    /** SGR parameters of picocli's styles that AnsiPaint and the report's Styler use (on and off codes). */
    private static final Set<String> SGR = Set.of("0", "1", "2", "3", "4", "21", "22", "23", "24", "30", "31", "32", "33", "34",
            "35", "36", "37", "39", "90", "91", "92", "93", "94", "95", "96");
    private static final int MAX_SEQUENCE = 32;

    private final Writer out;
    /** The bytes under {@code out}, UTF-8 (null when there is no such stream): where prepared pieces go. */
    private final OutputStream bytes;
    private final StringBuilder pending = new StringBuilder();
    /**
     * Whether edito's colour sequences pass: off when the command prints without colours (--color never, NO_COLOR,
     * not a terminal), when every such sequence can only come from the data (a calendar's {@code \e[30m} would
     * otherwise pass for one of edito's colours and hide text).
     */
    private volatile boolean colours = true;

    /** Lets edito's colour sequences through, or shows them too ({@link #colours}). */
    void colours(boolean on) {
        colours = on;
    }
    /**
     * Whether the last char given to {@code out} was the first half of a surrogate pair: the encoder below holds it
     * until the next char, so bytes written past it would come out before it.
     */
    private boolean heldHalf;

    private void toOut(char[] buf, int off, int len) throws IOException {
        out.write(buf, off, len);
        heldHalf = len > 0 && Character.isHighSurrogate(buf[off + len - 1]);
    }

    private void toOut(String s) throws IOException {
        out.write(s);
        heldHalf = !s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1));
    }

    TerminalSafeWriter(Writer out) {
        this(out, null);
    }

    /** @param bytes the stream {@code out} writes to, in UTF-8, or null */
    TerminalSafeWriter(Writer out, OutputStream bytes) {
        this.out = out;
        this.bytes = bytes;
    }

    /**
     * {@code text} as {@link #write} would write it after a completed sequence, in UTF-8 as the writer below encodes:
     * DEL and C1 controls become {@code �}; null when it holds a C0 control other than tab and line breaks (ESC starts
     * a sequence that depends on what follows), when it starts with the second half of a surrogate pair or ends with
     * the first (they may pair with what comes around), or when there is no byte stream. Any thread.
     */
    @Override
    public byte[] prepare(char[] chars, int from, int to) {
        if (bytes == null || from < to && (Character.isLowSurrogate(chars[from]) || Character.isHighSurrogate(chars[to - 1]))) {
            return null; // a half that may pair with what comes before or after: as text, in order
        }
        int length = 0; // the bytes it takes, in a first pass that also finds the C0 controls
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f) {
                length++;
            } else if (c < 0x20 && !plain(c)) { // a C0 control other than tab and line breaks
                return null;
            } else {
                int n = utf8Length(chars, i, to);
                length += n;
                i += n == 4 ? 1 : 0; // a surrogate pair: both halves
            }
        }
        byte[] out = new byte[length];
        int j = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x7f) {
                out[j++] = (byte) c;
            } else {
                j = encode(chars, i, to, out, j);
                i += pairAt(chars, i, to) ? 1 : 0;
            }
        }
        return out;
    }

    /**
     * {@code text} as this writer shows it on a terminal without colours: what {@code -o FILE} writes, so that a file
     * {@code cat} later in a CI job cannot drive the terminal or the log any more than standard output could.
     */
    static String shown(String text) {
        java.io.StringWriter sw = new java.io.StringWriter(text.length());
        TerminalSafeWriter w = new TerminalSafeWriter(sw);
        w.colours(false);
        try {
            w.write(text);
            w.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return sw.toString();
    }

    /** {@link #prepare(char[], int, int)} of a whole string. */
    byte[] prepare(String text) {
        char[] chars = text.toCharArray();
        return prepare(chars, 0, chars.length);
    }

    /** Whether {@code chars[i]} and {@code chars[i + 1]}, before {@code to}, are a surrogate pair. */
    private static boolean pairAt(char[] chars, int i, int to) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < to && Character.isLowSurrogate(chars[i + 1]);
    }

    /**
     * How many bytes {@link #encode} writes for {@code chars[i]} (not a C0 control): DEL and C1 controls are
     * {@code U+FFFD} (3), a surrogate pair 4 (counted at its first half), a lone surrogate {@code '?'} (1).
     */
    private static int utf8Length(char[] chars, int i, int to) {
        char c = chars[i];
        if (c < 0x80) {
            return c == 0x7f ? 3 : 1;
        }
        if (c < 0x800) {
            return c <= 0x9f ? 3 : 2;
        }
        if (Character.isSurrogate(c)) {
            return pairAt(chars, i, to) ? 4 : 1;
        }
        return 3;
    }

    /**
     * {@code chars[i]} made {@link #safe} and encoded in UTF-8 at {@code out[j]} (with the second half of a surrogate
     * pair; a lone surrogate as {@code '?'}, as the JDK's encoder replaces it): the index after.
     */
    private static int encode(char[] chars, int i, int to, byte[] out, int j) {
        char c = safe(chars[i]);
        if (c < 0x80) {
            out[j++] = (byte) c;
        } else if (c < 0x800) {
            out[j++] = (byte) (0xC0 | c >> 6);
            out[j++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            out[j++] = (byte) (0xE0 | c >> 12);
            out[j++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[j++] = (byte) (0x80 | c & 0x3F);
        } else if (pairAt(chars, i, to)) {
            int cp = Character.toCodePoint(c, chars[i + 1]);
            out[j++] = (byte) (0xF0 | cp >> 18);
            out[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[j++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[j++] = '?';
        }
        return j;
    }

    /**
     * Writes a piece {@link #prepare} made: what was written before is flushed to the stream first. After an escape
     * sequence left open, or after the first half of a surrogate pair (which the encoder below holds back), the piece
     * goes through as text, decoded, in order (never the case between JSON chunks): the chars that {@link #prepare}
     * replaced read the same there as their replacement.
     */
    @Override
    public void writePrepared(byte[] prepared) throws IOException {
        synchronized (lock) {
            if (pending.length() > 0 || heldHalf || bytes == null) {
                write(new String(prepared, StandardCharsets.UTF_8));
                return;
            }
            out.flush();
            bytes.write(prepared);
        }
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
                    toOut(buf, i, run - i);
                    i = run;
                    continue;
                }
            }
            if (b == null) {
                b = new StringBuilder();
            }
            accept(buf[i++], b);
            if (pending.length() == 0 && b.length() > 0) {
                toOut(b.toString());
                b.setLength(0);
            }
        }
        if (b != null && b.length() > 0) {
            toOut(b.toString());
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
        return c >= 0x20 ? c < 0x7f || c > 0x9f && !ControlChars.isEmbeddingOrOverride(c)
                : c == '\n' || c == '\r' || c == '\t';
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
            if (c == 'm' && colours && allowed(pending.substring(2, pending.length() - 1))) {
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
        if (c == 0x7f || c >= 0x80 && c <= 0x9f || ControlChars.isEmbeddingOrOverride(c)) {
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
            toOut(b.toString());
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    /** The {@link PrintWriter} commands print to (picocli's), which passes prepared pieces to the writer under it. */
    static final class Printing extends PrintWriter implements BulkWriter {
        private final TerminalSafeWriter safe;

        Printing(TerminalSafeWriter safe) {
            super(safe, true);
            this.safe = safe;
        }

        @Override
        public byte[] prepare(char[] chars, int from, int to) {
            return safe.prepare(chars, from, to);
        }

        /** {@link TerminalSafeWriter#colours(boolean)}. */
        void colours(boolean on) {
            safe.colours(on);
        }

        /** Straight to the safe writer: a PrintWriter over a Writer keeps no buffer of its own. */
        @Override
        public void writePrepared(byte[] prepared) throws IOException {
            safe.writePrepared(prepared);
        }
    }
}
