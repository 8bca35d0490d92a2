package io.edito.metrics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the CSV parser on its own thread, a few batches ahead of the consumer: parsing and converting a
 * large export use two cores. Records come out in file order with the line each starts on; a parse error
 * comes out at the position it happened. Memory: a few batches.
 */
final class PrefetchingRecords implements AutoCloseable {
    /** A record and the line (1-based, in the parser's numbering) it starts on. */
    record Row(CSVRecord record, long line) {
    }

    /** One batch of rows, or the end, or a failure. */
    private record Item(List<Row> rows, RuntimeException failure, long failureLine) {
    }

    private static final int BATCH = 512;

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private volatile boolean closed;
    private boolean done;
    private List<Row> current = List.of();
    private int index;

    private final Runnable onRecord;

    /** @param onRecord run on the parsing thread after each record (the {@link RecordGuard} reset) */
    PrefetchingRecords(CSVParser parser, String name, Runnable onRecord) {
        this.onRecord = onRecord;
        thread = new Thread(() -> produce(parser), "edito-csv-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(CSVParser parser) {
        Item last = new Item(null, null, 0);
        try {
            Iterator<CSVRecord> it = parser.iterator();
            long prevEnd = 0;
            List<Row> batch = new ArrayList<>(BATCH);
            while (!closed) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (RuntimeException e) {
                    last = new Item(null, e, prevEnd + 1);
                    break;
                }
                onRecord.run();
                batch.add(new Row(rec, prevEnd + 1));
                prevEnd = parser.getCurrentLineNumber();
                if (batch.size() == BATCH) {
                    put(new Item(batch, null, 0));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                put(new Item(batch, null, 0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Item o) throws InterruptedException {
        while (!closed) {
            if (queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The next row, or null at the end; a parse failure is thrown as {@link FailureException}. */
    Row next() {
        while (index == current.size()) {
            if (done) {
                return null;
            }
            Item o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            if (o.rows() == null) {
                done = true;
                if (o.failure() != null) {
                    throw new FailureException(o.failure(), o.failureLine());
                }
                continue;
            }
            current = o.rows();
            index = 0;
        }
        return current.get(index++);
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Carries a parser failure to the consumer thread. */
    static final class FailureException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long line;

        FailureException(RuntimeException error, long line) {
            super(error.getMessage(), error, false, false);
            this.line = line;
        }
    }
}
