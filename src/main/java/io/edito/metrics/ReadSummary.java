package io.edito.metrics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What reading one export did: nothing is dropped silently.
 *
 * @param read        data rows read (after the header; blank lines, comments and title lines are not rows)
 * @param used        rows that became records
 * @param skipped     rows not used: malformed ones (each listed in {@code issues}) and total rows
 * @param skipReasons skipped rows by reason
 * @param issues      one message per skipped malformed row, {@code file:line: reason} (the first 100)
 * @param notes       warnings about used rows ("12 post ids were rounded by a spreadsheet...")
 */
public record ReadSummary(Path file, ExportType type, String charset, char delimiter, long read, long used,
                          long skipped, Map<String, Long> skipReasons, List<String> issues, List<String> notes) {
}
