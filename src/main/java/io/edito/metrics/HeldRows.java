package io.edito.metrics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Data rows held back in file order, with their lines, until what they wait for is known (the day order of slash
 * dates, the year of dates without one), then replayed; bounded by {@link ExportReader#MAX_PENDING_ROWS} and
 * {@link ExportReader#MAX_PENDING_CHARS}.
 */
final class HeldRows {
    private final List<CSVRecord> rows = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();
    private long chars;

    void add(CSVRecord rec, long line) {
        rows.add(rec);
        lines.add(line);
        for (int i = 0; i < rec.size(); i++) {
            chars += rec.get(i).length() + 1;
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether the bounds are reached: what is held must be replayed without waiting further. */
    boolean full() {
        return rows.size() >= ExportReader.MAX_PENDING_ROWS || chars >= ExportReader.MAX_PENDING_CHARS;
    }

    /** The rows held, in file order. */
    List<CSVRecord> rows() {
        return rows;
    }

    /** Gives every held row to {@code next} in file order, then forgets them; false when one ends the section. */
    boolean replay(DayOrderBuffer.RowStep next) {
        try {
            for (int i = 0; i < rows.size(); i++) {
                if (!next.process(rows.get(i), lines.get(i))) {
                    return false;
                }
            }
            return true;
        } finally {
            clear();
        }
    }

    void clear() {
        rows.clear();
        lines.clear();
        chars = 0;
    }
}
