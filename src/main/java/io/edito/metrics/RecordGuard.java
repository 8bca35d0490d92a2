package io.edito.metrics;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the text of one CSV record while the parser reads it: a record (a row, quoted line breaks included) longer
 * than {@link #MAX_RECORD_CHARS} stops the read with {@link TooLong} before the parser has buffered it, so a broken or
 * hostile export (one 2 GB quoted field) cannot exhaust memory. The parser's read-ahead is a few kilobytes, so the
 * bound is approximate by that much. Documented in docs/kpi.md#limits.
 */
final class RecordGuard extends FilterReader {
    /** Characters in one record; real exports stay under a few thousand (long post texts included). */
    static final int MAX_RECORD_CHARS = 1_000_000;

    /** The read that went past the bound. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("a row longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_RECORD_CHARS)
                    + " characters (an unclosed quote, or not an export)");
        }
    }

    private final int max;
    private volatile long sinceRecord;
    private volatile int lastChar = -1;

    RecordGuard(Reader in) {
        this(in, MAX_RECORD_CHARS);
    }

    RecordGuard(Reader in, int max) {
        super(in);
        this.max = max;
    }

    /** Called by the parsing thread after each record. */
    void recordEnded() {
        sinceRecord = 0;
    }

    /** Whether the text read so far ends with a line break (at the end: the file has a final newline). */
    boolean endsWithNewline() {
        int c = lastChar;
        return c == '\n' || c == '\r';
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            lastChar = c;
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            lastChar = buf[off + n - 1];
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLong {
        sinceRecord += n;
        if (sinceRecord > max) {
            throw new TooLong();
        }
    }
}
