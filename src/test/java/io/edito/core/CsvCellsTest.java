package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerState;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Formula injection is neutralised in every CSV edito writes (the report's is tested in RenderersTest). */
class CsvCellsTest {
    static final List<String> TRIGGERS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1");

    @Test
    void eachTriggerGetsAnApostropheAndOtherTextIsKept() {
        for (String t : TRIGGERS) {
            assertThat(CsvCells.safe(t)).isEqualTo("'" + t);
        }
        assertThat(CsvCells.safe("winter-sale")).isEqualTo("winter-sale");
        assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }

    @Test
    void theLedgerExportNeutralisesWhatServersAndPeopleWrote() throws Exception {
        Instant t = Instant.parse("2026-12-01T17:30:00Z");
        List<LedgerEntry> entries = TRIGGERS.stream().map(s -> new LedgerEntry(1, "p", "webhook", "abc", LedgerState.FAILED,
                "key", "2026-12-01T18:30:00+01:00", t, t, 1, null, null, s, s, null, s, null, true, List.of(), "manual", s))
                .toList();
        String csv = io.edito.publish.LedgerRenderers.csv(entries);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(TRIGGERS.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String col : List.of("remote_id", "url", "error", "note")) {
                assertThat(rows.get(i).get(col)).as(col).isEqualTo("'" + TRIGGERS.get(i));
            }
            assertThat(rows.get(i).get("attempts")).isEqualTo("1");
        }
    }
}
