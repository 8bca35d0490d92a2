package io.edito.metrics;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * What reading one export did with its rows: rows read, used and skipped (by reason), the first
 * {@link ExportReader#MAX_ISSUES} issues by line, and the rows that do not fit the detected type, with the longest run
 * of them, which tells where a file stops being an export of its type.
 */
final class ReadLog {
    private final Path file;
    private final String fileName;
    /** Why a skipped row with a message fails the read ({@code --strict}), or null: it is skipped. */
    private final String strictBy;
    long read;
    long used;
    long skipped;
    long dataRows;
    final Map<String, Long> reasons = new LinkedHashMap<>();
    /** The first issues by line (a max-heap on line, capped at MAX_ISSUES). */
    private final PriorityQueue<long[]> issueLines = new PriorityQueue<>((a, b) -> Long.compare(b[0], a[0]));
    private final Map<Long, String> issueText = new HashMap<>();
    private long badRows;
    private long runStart;
    private long runLength;
    private String runMessage;
    private long worstStart;
    private long worstLength;
    private String worstMessage;

    /** @param strictBy why a skipped row with a message fails the read instead ({@code --strict}), or null */
    ReadLog(Path file, String strictBy) {
        this.file = file;
        this.fileName = file.toString();
        this.strictBy = strictBy;
    }

    /** A row skipped for {@code reason}; {@code message}, when not null, is kept as an issue at its line. */
    void skip(String reason, String message, long line) {
        skipped++;
        reasons.merge(reason, 1L, Long::sum);
        if (message != null) {
            String full = fileName + ":" + line + ": " + message;
            if (strictBy != null) {
                throw EditoException.input(new SourcePos(file, (int) line, 0), message + " (" + strictBy + ")");
            }
            issueLines.add(new long[] {line});
            issueText.put(line, full);
            if (issueLines.size() > ExportReader.MAX_ISSUES) {
                issueText.remove(issueLines.poll()[0]);
            }
        }
    }

    /** A row used: a run of rows that do not fit ends. */
    void fitted() {
        used++;
        runLength = 0;
    }

    /** A row that fits but is left out: a post read from an earlier export ({@link PostsSeen}). */
    void readBefore(long line) {
        skip(PostsSeen.REASON, null, line);
        runLength = 0;
    }

    /** Counts a row that does not fit the type and keeps the longest run of consecutive ones. */
    void misfit(String message, long line) {
        badRows++;
        if (runLength == 0) {
            runStart = line;
            runMessage = message;
        }
        runLength++;
        if (runLength > worstLength) {
            worstLength = runLength;
            worstStart = runStart;
            worstMessage = runMessage;
        }
    }

    /**
     * Refuses a file whose rows do not fit its detected type beyond {@link ExportReader#MAX_BAD_RATIO} (and
     * {@link ExportReader#MAX_BAD_ROWS}): its totals would be invented. The line named starts the longest run of
     * rows that do not fit, where the file stops being an export of its type.
     */
    void checkFit(String typeId) {
        if (badRows > ExportReader.MAX_BAD_ROWS && badRows > ExportReader.MAX_BAD_RATIO * dataRowsRead()) {
            throw EditoException.input(new SourcePos(file, (int) worstStart, 0), "rows stop fitting a '"
                    + typeId + "' export here (" + worstMessage + "); " + badRows + " of "
                    + dataRowsRead() + " data rows do not fit, more than the "
                    + Math.round(ExportReader.MAX_BAD_RATIO * 100) + " % an export may have: not an export of this type,"
                    + " or a damaged one (see docs/kpi.md#limits)");
        }
    }

    /** Data rows read, total rows aside (they fit by definition). */
    private long dataRowsRead() {
        return read - reasons.getOrDefault("total row", 0L);
    }

    /** The issues kept, by line. */
    List<String> issues() {
        return issueText.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }
}
