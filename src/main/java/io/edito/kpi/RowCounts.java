package io.edito.kpi;

import io.edito.metrics.ReadSummary;
import java.util.List;

/** The records left out of the report's period (dated outside it, or undated), for its row counts. */
final class RowCounts {
    private long outside;
    private long undated;

    void outside() {
        outside++;
    }

    void undated() {
        undated++;
    }

    /** The report's row counts: the rows {@code files} read, used and skipped, and the records left out here. */
    Report.Rows rows(List<ReadSummary> files) {
        long read = 0;
        long used = 0;
        long skipped = 0;
        for (ReadSummary f : files) {
            read += f.read();
            used += f.used();
            skipped += f.skipped();
        }
        return new Report.Rows(read, used, skipped, outside, undated);
    }
}
