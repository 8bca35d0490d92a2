package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.metrics.Fixtures.Collect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reading of slash dates ({@code 03/04/2025}) per file, whatever the order of its rows. */
class DayOrderTest {
    private static final String HEADER = "network,post_id,published_at,impressions,reactions\n";
    private final ExportReader reader = new ExportReader(ExportReader.Options.defaults(ZoneOffset.UTC)
            .withAsOf(LocalDate.of(2026, 3, 1)));

    @TempDir
    Path tmp;

    private record Read(ReadSummary summary, Collect sink) {
        List<LocalDate> days() {
            return sink.posts.stream().map(p -> LocalDate.ofInstant(p.publishedAt(), ZoneId.of("UTC"))).toList();
        }
    }

    private Read read(String name, String text) throws Exception {
        return read(reader, name, text);
    }

    private Read read(ExportReader r, String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        Collect sink = new Collect();
        return new Read(r.read(f, sink), sink);
    }

    @Test
    void aDayOver12LaterInTheFileDecidesTheEarlierAmbiguousRowsToo() throws Exception {
        Read before = read("a.csv", HEADER + "x,b,03/04/2025 10:00,100,1\nx,a,13/04/2025 10:00,100,1\n");
        Read after = read("b.csv", HEADER + "x,a,13/04/2025 10:00,100,1\nx,b,03/04/2025 10:00,100,1\n");
        assertThat(before.days()).containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 13));
        assertThat(after.days()).containsExactly(LocalDate.of(2025, 4, 13), LocalDate.of(2025, 4, 3));
        assertThat(before.summary().notes()).as("proved: nothing to say").isEmpty();
        assertThat(before.sink().posts).extracting(PostMetrics::source)
                .as("rows keep their order and lines").containsExactly(tmp.resolve("a.csv") + ":2", tmp.resolve("a.csv") + ":3");
    }

    @Test
    void monthFirstProofAlsoDecides() throws Exception {
        Read r = read("m.csv", HEADER + "x,b,03/04/2025,100,1\nx,c,,5,1\nx,a,04/13/2025,100,1\n");
        assertThat(r.sink().posts.get(0).publishedAt()).isEqualTo(LocalDate.of(2025, 3, 4).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(r.summary().used()).isEqualTo(3);
    }

    @Test
    void nothingDecidesTheDefaultOrderIsUsedAndANoteSaysSo() throws Exception {
        Read comma = read("c.csv", HEADER + "x,b,03/04/2025,100,1\nx,c,05/06/2025,100,1\n");
        assertThat(comma.days()).containsExactly(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 5, 6));
        assertThat(comma.summary().notes()).singleElement().asString()
                .contains("'03/04/2025' (line 2) read month first").contains("no date in the file has a day over 12");
        Read semi = read("s.csv", HEADER.replace(',', ';') + "x;b;03/04/2025;100;1\n");
        assertThat(semi.days()).containsExactly(LocalDate.of(2025, 4, 3));
        assertThat(semi.summary().notes()).singleElement().asString().contains("read day first");
    }

    @Test
    void contradictoryEvidenceIsAnInputErrorNamingTheLine() throws Exception {
        assertThatThrownBy(() -> read("x.csv", HEADER + "x,a,13/04/2025,1,1\nx,b,03/04/2025,1,1\nx,c,04/14/2025,1,1\n"))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("x.csv:4:")
                .hasMessageContaining("'04/14/2025' is month first")
                .hasMessageContaining("line 2 ('13/04/2025') is day first");
    }

    @Test
    void heldRowsAreBoundedThenReadInTheDefaultOrder() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < ExportReader.MAX_PENDING_ROWS + 5; i++) {
            sb.append("x,p").append(i).append(",03/04/2025,1,1\n");
        }
        sb.append("x,last,13/04/2025,1,1\n");
        assertThatThrownBy(() -> read("big.csv", sb.toString())).isInstanceOf(EditoException.class)
                .hasMessageContaining(":" + (ExportReader.MAX_PENDING_ROWS + 7) + ":")
                .hasMessageContaining("were read month first, the default");
    }

    @Test
    void inboxReceivedAndRepliedShareTheOrder() throws Exception {
        Read r = read("inbox.csv", "channel,received_at,replied_at\nemail,02/03/2025 09:00,02/03/2025 09:30\n"
                + "email,20/03/2025 09:00,\n");
        assertThat(r.sink().inbox).extracting(i -> LocalDate.ofInstant(i.receivedAt(), ZoneOffset.UTC))
                .containsExactly(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 20));
    }

    @Test
    void evidenceOfOneCell() {
        assertThat(ExportTimeParser.evidence("13/04/2025 10:00")).isEqualTo(ExportTimeParser.Evidence.DAY_FIRST);
        assertThat(ExportTimeParser.evidence("4/13/2025")).isEqualTo(ExportTimeParser.Evidence.MONTH_FIRST);
        assertThat(ExportTimeParser.evidence("03/04/2025")).isEqualTo(ExportTimeParser.Evidence.AMBIGUOUS);
        assertThat(ExportTimeParser.evidence("2025-03-04")).isEqualTo(ExportTimeParser.Evidence.NONE);
        assertThat(ExportTimeParser.evidence("2025/03/04")).isEqualTo(ExportTimeParser.Evidence.NONE);
        assertThat(ExportTimeParser.evidence("13/14/2025")).isEqualTo(ExportTimeParser.Evidence.NONE);
    }
}
