package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/kpi.md documents every export type and every column it reads: the catalogue and the page must not drift. */
class KpiDocTest {
    @Test
    void everyTypeAndColumnIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/kpi.md"));
        for (ExportType t : ExportTypes.BUILT_IN) {
            assertThat(doc).as(t.id()).contains("`" + t.id() + "`");
            for (ColumnRule r : t.columns()) {
                for (String h : r.headers()) {
                    assertThat(doc).as(t.id() + " column " + h).contains("`" + h + "`");
                }
            }
        }
        for (String c : ExportTypes.GENERIC_COLUMNS) {
            assertThat(doc).contains("`" + c + "`");
        }
        for (String c : ExportTypes.INBOX_COLUMNS) {
            assertThat(doc).contains("`" + c + "`");
        }
    }
}
