package io.edito.metrics;

import org.apache.commons.csv.CSVRecord;

/**
 * Holds the rows of an export while the order of its slash dates ({@code 03/04/2025}) is undecided: from the first
 * row with an ambiguous date, rows wait (bounded by {@link ExportReader#MAX_PENDING_ROWS} and
 * {@link ExportReader#MAX_PENDING_CHARS}) until a date with a day over 12 proves the order, then are replayed in
 * file order; at the end, or past the bounds, the default order of the file's delimiter decides, and a note says so.
 */
final class DayOrderBuffer {
    /** What handles a row once the day order is settled; false to stop reading (end of the section). */
    interface RowStep {
        boolean process(CSVRecord rec, long line);
    }

    private final ExportTimeParser time;
    private final int[] dateCols;
    private final boolean endsAtBlankLine;
    private final RowStep next;
    private final HeldRows pending = new HeldRows();
    /** Why the day order is what it is (for conflict messages). */
    private String orderReason;
    private String firstAmbiguous;
    private long firstAmbiguousLine;
    private boolean orderDefaulted;

    /**
     * @param dateCols        the date columns looked at for the order
     * @param endsAtBlankLine a blank line ends the export's section (held rows are then replayed at once)
     */
    DayOrderBuffer(ExportTimeParser time, int[] dateCols, boolean endsAtBlankLine, RowStep next) {
        this.time = time;
        this.dateCols = dateCols;
        this.endsAtBlankLine = endsAtBlankLine;
        this.next = next;
    }

    /**
     * Handles one data row; false to stop reading (end of the section). While no date of the file has proved the
     * order, a row with an ambiguous one and every row after it are held, then replayed once a date decides.
     */
    boolean offer(CSVRecord rec, long line) {
        if (time.order() == null && dateCols.length > 0) {
            // a blank row matters only when it ends a section with rows held (it has no date to look at)
            if (!pending.isEmpty() && endsAtBlankLine && ExportRowMapper.isBlank(rec)) {
                pending.add(rec, line);
                return flushDefault();
            }
            boolean ambiguous = observe(rec, line);
            if (time.order() == null && (ambiguous || !pending.isEmpty())) {
                pending.add(rec, line);
                if (pending.full()) {
                    return flushDefault();
                }
                return true;
            }
            if (!pending.isEmpty()) {
                pending.add(rec, line);
                return flush();
            }
        }
        return next.process(rec, line);
    }

    /** At the end of the file: the held rows, read in the default order. */
    void finish() {
        if (!pending.isEmpty()) {
            flushDefault();
        }
    }

    /** The section ended: the held rows are not data. */
    void drop() {
        pending.clear();
    }

    String orderReason() {
        return orderReason;
    }

    /** The note of a file whose order no date proved, or null. */
    String defaultNote() {
        return !orderDefaulted ? null : "dates such as '" + firstAmbiguous + "' (line " + firstAmbiguousLine + ") read "
                + time.defaultOrder() + ": no date in the file has a day over 12 to prove the order; month first"
                + " is the default of ',' and tab files, day first of ';' files";
    }

    /**
     * Looks at the date cells of a row for the day order: the first value that proves one decides it. Returns
     * whether a date before it (or any, when none decides) is ambiguous: with the order still undecided, the row is
     * the first to hold.
     */
    private boolean observe(CSVRecord rec, long line) {
        boolean ambiguous = false;
        for (int c : dateCols) {
            String v = ExportRowMapper.cell(rec, c);
            ExportTimeParser.Evidence e = ExportTimeParser.evidence(v);
            if (e == ExportTimeParser.Evidence.AMBIGUOUS) {
                ambiguous = true;
                if (firstAmbiguous == null) {
                    firstAmbiguous = v.strip();
                    firstAmbiguousLine = line;
                }
            } else if (e.proves() != null) {
                ExportTimeParser.DayOrder o = e.proves();
                time.decide(o);
                orderReason = "line " + line + " ('" + v.strip() + "') is " + o;
                return ambiguous;
            }
        }
        return ambiguous;
    }

    /** Nothing proved the order: the default decides, and a note says so. */
    private boolean flushDefault() {
        time.decide(time.defaultOrder());
        orderDefaulted = true;
        orderReason = "earlier dates such as '" + firstAmbiguous + "' (line " + firstAmbiguousLine + ") were read "
                + time.defaultOrder() + ", the default";
        return flush();
    }

    /** Replays the held rows now that the order is known; false when one of them ends the section. */
    private boolean flush() {
        return pending.replay(next);
    }
}
