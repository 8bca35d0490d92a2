package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.metrics.Fixtures.Collect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input errors stay one short, readable line naming one position. */
class ReaderMessagesTest {
    private final ExportReader reader = new ExportReader(ExportReader.Options.defaults(ZoneOffset.UTC)
            .withAsOf(LocalDate.of(2026, 3, 1)));

    @TempDir
    Path tmp;

    @Test
    void anUnclosedQuoteNamesOnlyTheLineWhereTheRowStarts() throws Exception {
        Path f = tmp.resolve("cut.csv");
        Files.writeString(f, "network,post_id,impressions\nx,a,1\nx,\"b\n\n\n\nstill open,2\n");
        assertThatThrownBy(() -> reader.read(f, new Collect())).isInstanceOf(EditoException.class)
                .hasMessageContaining("cut.csv:3:").hasMessageContaining("unreadable CSV: EOF reached")
                .hasMessageNotContaining("startline");
    }

    @Test
    void columnsSeenOfAnUnknownExportAreCutAndInvisibleCharactersShown() throws Exception {
        Path f = tmp.resolve("wide.csv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("column").append(i).append(',');
        }
        Files.writeString(f, sb.append("end\n1,2\n").toString());
        assertThatThrownBy(() -> reader.read(f, new Collect())).isInstanceOf(EditoException.class)
                .satisfies(e -> {
                    String m = e.getMessage();
                    assertThat(m).contains("columns seen: 'column0', 'column1'").contains("\u2026").doesNotContain("column1999");
                    assertThat(m.length()).isLessThan(600);
                });
        assertThat(HeaderDetector.shown("a\u0000b\u0007")).isEqualTo("a\\u0000b\\u0007");
        assertThat(HeaderDetector.shown("x".repeat(500))).hasSize(HeaderDetector.MAX_SHOWN + 1).endsWith("\u2026");
    }
}
