package io.edito.metrics;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A large export parsed on several threads: one thread reads the text and cuts it into chunks of whole records (at
 * line ends outside quotes, following Commons CSV's own reading of quotes), each chunk is parsed by its own Commons CSV
 * parser on a pool of workers, and the rows come out in file order, with the line each starts on counted the way the
 * parser counts them over the whole file (every CR, LF or CR LF, quoted or not). Rows, lines and failures are those of
 * one parser over the whole text ({@link PrefetchingRecords}; {@code ChunkedRecordsTest} compares both on generated
 * texts): a chunk only ever ends where that parser ends a record, so each chunk's parser sees exactly the records the
 * single parser would. A record longer than {@link RecordGuard#MAX_RECORD_CHARS} stops the read with
 * {@link RecordGuard.TooLong} at the line it starts on. Memory: a few chunks per worker.
 */
final class ChunkedRecords implements RecordStream {
    /** Chunk states of the quote scan, mirroring Commons CSV's lexer for a one-character delimiter, no escape. */
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote inside a quoted field: a second quote makes it a literal quote, anything else closes the field. */
    private static final int QUOTE_SEEN = 3;
    /** After a quoted field's closing quote: trailing data up to the next delimiter or line end. */
    private static final int AFTER_QUOTE = 4;

    /** One chunk parsed: its rows, then possibly a failure (at the line its record starts on); or the end. */
    private record Parsed(List<PrefetchingRecords.Row> rows, RuntimeException failure, long failureLine, boolean end) {
    }

    private static final Parsed END = new Parsed(List.of(), null, 0, true);

    private final Reader reader;
    private final CSVFormat format;
    private final char delimiter;
    private final char quote;
    private final int chunkChars;
    private final int maxRecordChars;
    private final ExecutorService pool;
    private final BlockingQueue<Future<Parsed>> queue;
    private final Thread splitter;
    private volatile boolean closed;
    private volatile int lastChar = -1;
    private boolean done;
    /** The failure that ends the rows, thrown once the rows before it have been handed out. */
    private PrefetchingRecords.FailureException failure;
    private List<PrefetchingRecords.Row> current = List.of();
    private int index;

    /**
     * @param reader         the text (decoded, after any {@code sep=} line)
     * @param format         Commons CSV's format: a one-character delimiter, {@code "} as quote, no escape, no comments
     * @param chunkChars     the characters a chunk holds at least (it ends at the first record end after them)
     * @param maxRecordChars the characters one record may have
     * @param workers        the parsing threads
     */
    ChunkedRecords(Reader reader, CSVFormat format, String name, int chunkChars, int maxRecordChars, int workers) {
        if (format.getDelimiterString().length() != 1 || format.getEscapeCharacter() != null
                || format.getCommentMarker() != null || !Character.valueOf('"').equals(format.getQuoteCharacter())
                || format.getIgnoreSurroundingSpaces() || !format.getTrailingData()) {
            throw new IllegalArgumentException("a format the chunk scan does not follow: " + format);
        }
        this.reader = reader;
        this.format = format;
        this.delimiter = format.getDelimiterString().charAt(0);
        this.quote = '"';
        this.chunkChars = Math.max(1, chunkChars);
        this.maxRecordChars = maxRecordChars;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "edito-csv-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.queue = new ArrayBlockingQueue<>(workers + 1);
        this.splitter = new Thread(this::split, "edito-csv-" + name + "-split");
        splitter.setDaemon(true);
        splitter.start();
    }

    /** Reads the text and hands out chunks of whole records, in order; then a failure, if any, and the end. */
    private void split() {
        char[] buf = new char[Math.max(64, chunkChars * 2)];
        int len = 0;
        int scanned = 0;
        int cut = 0;              // the end of the last whole record in buf
        long lines = 0;           // line ends in the text scanned
        long linesAtCut = 0;      // line ends before buf[cut]
        long linesAtStart = 0;    // line ends before buf[0]
        int prev = -1;
        int state = FIELD_START;
        boolean pendingCr = false; // the last character scanned is a CR ending a record: is it CR LF?
        Parsed last = END;
        try {
            while (!closed) {
                int n;
                try {
                    n = reader.read(buf, len, buf.length - len);
                } catch (IOException | UncheckedIOException e) {
                    // the whole records before the failure are read, as by one parser
                    if (cut > 0) {
                        submit(Arrays.copyOf(buf, cut), linesAtStart);
                    }
                    RuntimeException failure = e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
                    last = new Parsed(List.of(), failure, linesAtCut + 1, true);
                    break;
                }
                if (n < 0) {
                    if (len > 0) {
                        submit(Arrays.copyOf(buf, len), linesAtStart);
                    }
                    break;
                }
                if (n == 0) {
                    continue;
                }
                len += n;
                lastChar = buf[len - 1];
                for (int i = scanned; i < len; i++) {
                    char c = buf[i];
                    long before = lines;
                    if (c == '\r' || c == '\n' && prev != '\r') {
                        lines++;
                    }
                    prev = c;
                    if (pendingCr) {
                        pendingCr = false;
                        if (c == '\n') {
                            cut = i + 1;
                            linesAtCut = lines;
                            continue;
                        }
                        cut = i;
                        linesAtCut = before;
                    }
                    if (state == QUOTED) {
                        if (c == quote) {
                            state = QUOTE_SEEN;
                        }
                        continue;
                    }
                    if (state == QUOTE_SEEN) {
                        if (c == quote) {
                            state = QUOTED;
                            continue;
                        }
                        state = AFTER_QUOTE;
                    }
                    if (c == delimiter) {
                        state = FIELD_START;
                    } else if (c == '\n') {
                        state = FIELD_START;
                        cut = i + 1;
                        linesAtCut = lines;
                    } else if (c == '\r') {
                        state = FIELD_START;
                        pendingCr = true;
                    } else if (state == FIELD_START) {
                        state = c == quote ? QUOTED : UNQUOTED;
                    }
                }
                scanned = len;
                if (len - cut > maxRecordChars) {
                    if (cut > 0) {
                        submit(Arrays.copyOf(buf, cut), linesAtStart);
                    }
                    last = new Parsed(List.of(), new UncheckedIOException(new RecordGuard.TooLong()), linesAtCut + 1, true);
                    break;
                }
                if (len >= chunkChars && cut > 0) {
                    submit(Arrays.copyOf(buf, cut), linesAtStart);
                    System.arraycopy(buf, cut, buf, 0, len - cut);
                    len -= cut;
                    scanned = len;
                    cut = 0;
                    linesAtStart = linesAtCut;
                } else if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            last = new Parsed(List.of(), e, linesAtCut + 1, true);
        }
        try {
            put(CompletableFuture.completedFuture(last));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(char[] text, long lineBase) throws InterruptedException {
        put(pool.submit(() -> parse(text, lineBase)));
    }

    private void put(Future<Parsed> f) throws InterruptedException {
        while (!closed) {
            if (queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** One chunk through its own parser; lines counted from {@code lineBase}, the line ends before the chunk. */
    private Parsed parse(char[] text, long lineBase) {
        List<PrefetchingRecords.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new CharArrayReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            long prevEnd = 0;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (RuntimeException e) {
                    return new Parsed(rows, e, lineBase + prevEnd + 1, true);
                }
                rows.add(new PrefetchingRecords.Row(rec, lineBase + prevEnd + 1));
                prevEnd = parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            return new Parsed(rows, new UncheckedIOException(e), lineBase + 1, true);
        }
        return new Parsed(rows, null, 0, false);
    }

    @Override
    public PrefetchingRecords.Row next() {
        while (index == current.size()) {
            if (failure != null) {
                PrefetchingRecords.FailureException f = failure;
                failure = null;
                throw f;
            }
            if (done) {
                return null;
            }
            Parsed p;
            try {
                p = queue.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            current = p.rows();
            index = 0;
            if (p.end()) {
                done = true;
                if (p.failure() != null) {
                    failure = new PrefetchingRecords.FailureException(p.failure(), p.failureLine());
                }
            }
        }
        return current.get(index++);
    }

    @Override
    public boolean endsWithNewline() {
        int c = lastChar;
        return c == '\n' || c == '\r';
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        pool.shutdownNow();
        try {
            splitter.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
