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

/** A file cut in its last row is told, not read as a post without metrics. */
class CutFileTest {
    private static final String HEADER = "network,post_id,published_at,impressions,reactions\n";
    private static final ExportReader.Options OPTIONS = ExportReader.Options.defaults(ZoneOffset.UTC)
            .withAsOf(LocalDate.of(2026, 3, 1));

    @TempDir
    Path tmp;

    private ReadSummary read(String text, boolean strict, Collect sink) throws Exception {
        Path f = tmp.resolve("cut.csv");
        Files.writeString(f, text);
        return new ExportReader(OPTIONS.withStrict(strict)).read(f, sink);
    }

    @Test
    void aShortLastRowWithoutFinalNewlineIsSkippedAndTold() throws Exception {
        Collect sink = new Collect();
        ReadSummary s = read(HEADER + "x,a,2025-03-03,100,1\nx,b,2025-03-04", false, sink);
        assertThat(sink.posts).extracting(PostMetrics::postId).containsExactly("a");
        assertThat(s.read()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.skipReasons()).containsEntry("row ends early", 1L);
        assertThat(s.issues()).singleElement().asString().endsWith("cut.csv:3: row ends early (3 of 5 cells): the file was cut");
    }

    @Test
    void strictMakesItAnInputError() {
        assertThatThrownBy(() -> read(HEADER + "x,a,2025-03-03,100,1\nx,b,2025-03-04", true, new Collect()))
                .isInstanceOf(EditoException.class).hasMessageContaining("cut.csv:3:").hasMessageContaining("row ends early");
    }

    @Test
    void shortRowsEndedByANewlineOrInAFileOfShortRowsKeepTheMetaRule() throws Exception {
        Collect withNewline = new Collect();
        read(HEADER + "x,a,2025-03-03,100,1\nx,b,2025-03-04\n", false, withNewline);
        assertThat(withNewline.posts).hasSize(2);
        Collect metaLike = new Collect();
        ReadSummary s = read(HEADER + "x,a,2025-03-03,100\nx,b,2025-03-04", false, metaLike);
        assertThat(metaLike.posts).hasSize(2);
        assertThat(s.issues()).isEmpty();
        Collect full = new Collect();
        read(HEADER + "x,a,2025-03-03,100,1\nx,b,2025-03-04,5,1", false, full);
        assertThat(full.posts).as("a full last row without newline is fine").hasSize(2);
    }
}
