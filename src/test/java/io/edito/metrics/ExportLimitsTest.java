package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.metrics.Fixtures.Collect;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV limits of docs/kpi.md#limits: one row's length and its number of fields. */
class ExportLimitsTest {
    private static final String HEADER = "network,post_id,permalink,published_at,type,impressions,reach,reactions\n";
    private static final String ROW = "instagram,p1,https://www.instagram.com/p/P1/,2025-03-03T09:15:00+01:00,reel,1000,800,50\n";
    private final ExportReader reader = new ExportReader(ExportReader.Options.defaults(ZoneId.of("Europe/Paris"))
            .withAsOf(LocalDate.of(2026, 3, 1)));

    @TempDir
    Path tmp;

    @Test
    void aTenMegabyteFieldStopsTheReadWithItsLine() throws IOException {
        Path f = tmp.resolve("huge-field.csv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write(ROW);
            w.write("instagram,p2,\"");
            String chunk = "x".repeat(1024);
            for (int i = 0; i < 10 * 1024; i++) {
                w.write(chunk);
            }
            w.write("\",2025-03-04T09:15:00+01:00,reel,1,1,1\n");
        }
        assertThatThrownBy(() -> reader.read(f, new Collect()))
                .isInstanceOfSatisfying(EditoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT))
                .hasMessageStartingWith(f + ":3")
                .hasMessageContaining("a row longer than 1,000,000 characters");
    }

    @Test
    void anUnclosedQuoteIsTheSameCleanError() throws IOException {
        Path f = tmp.resolve("unclosed.csv");
        StringBuilder sb = new StringBuilder(HEADER).append(ROW).append("instagram,p2,\"never closed\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(ROW);
        }
        Files.writeString(f, sb);
        assertThatThrownBy(() -> reader.read(f, new Collect()))
                .isInstanceOf(EditoException.class)
                .hasMessageStartingWith(f + ":3")
                .hasMessageContaining("unclosed quote");
    }

    @Test
    void rowsJustUnderTheLengthLimitAreRead() throws IOException {
        Path f = tmp.resolve("long-rows.csv");
        String campaign = "c".repeat(RecordGuard.MAX_RECORD_CHARS - 20_000);
        StringBuilder sb = new StringBuilder("network,post_id,published_at,impressions,campaign\n");
        for (int i = 0; i < 3; i++) {
            sb.append("x,p").append(i).append(",2025-03-03T09:15:00+01:00,10,").append(campaign).append('\n');
        }
        Files.writeString(f, sb);
        Collect sink = new Collect();
        ReadSummary s = reader.read(f, sink);
        assertThat(s.used()).isEqualTo(3);
        assertThat(sink.posts).allSatisfy(p -> assertThat(p.campaign()).hasSize(campaign.length()));
    }

    @Test
    void aHundredThousandFieldRowIsSkippedWithItsLine() throws IOException {
        Path f = tmp.resolve("wide.csv");
        StringBuilder sb = new StringBuilder(HEADER).append(ROW).append("instagram,p2");
        sb.append(",1".repeat(100_000 - 2)).append('\n').append(ROW.replace("p1", "p3"));
        Files.writeString(f, sb);
        Collect sink = new Collect();
        ReadSummary s = reader.read(f, sink);
        assertThat(s.read()).isEqualTo(3);
        assertThat(s.used()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.issues()).containsExactly(f + ":3: 100000 fields, more than " + ExportReader.MAX_FIELDS);
        assertThat(sink.posts).extracting(PostMetrics::postId).containsExactly("p1", "p3");
    }

    @Test
    void aHundredThousandFieldRowBeforeAnyHeaderRefusesTheFile() throws IOException {
        Path f = tmp.resolve("wide-first.csv");
        Files.writeString(f, "a" + ",b".repeat(100_000 - 1) + "\n" + HEADER + ROW);
        assertThatThrownBy(() -> reader.read(f, new Collect()))
                .isInstanceOfSatisfying(EditoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT))
                .hasMessageStartingWith(f + ":1")
                .hasMessageContaining("100000 fields in one row, more than the 10000");
    }

    @Test
    void overflowingNumbersSkipTheRowAndEveryReportFormatRenders() throws IOException {
        // regression: 1e400 (Infinity) and sums of 1e308 reached the CSV renderer and crashed it (exit 3)
        Path f = tmp.resolve("huge-numbers.csv");
        // 38 good rows after them: two bad rows of 40 stay within the share of bad rows an export may have
        Files.writeString(f, HEADER + ROW + ROW.replace("p1", "p2").replace(",1000,", ",1e400,")
                + ROW.replace("p1", "p3").replace(",800,50", ",1e308,1e308") + ROW.repeat(37));
        ReadSummary s = reader.read(f, new Collect());
        assertThat(s.used()).isEqualTo(38);
        assertThat(s.issues()).containsExactly(f + ":3: column 'impressions': out of range (more than 10^18): '1e400'",
                f + ":4: column 'reach': out of range (more than 10^18): '1e308'");
        for (String format : new String[] {"text", "json", "csv", "html", "markdown"}) {
            io.edito.cli.CliRun r = io.edito.cli.CliRun.of("report", "--no-calendar", "--tz", "UTC", "--format", format,
                    "--as-of", "2025-04-01", f.toString());
            assertThat(r.exit()).as(format + ": " + r.err()).isZero();
        }
    }

    @Test
    void theWidestAllowedRowIsRead() throws IOException {
        Path f = tmp.resolve("wide-ok.csv");
        String row = ROW.strip() + ",".repeat(ExportReader.MAX_FIELDS - 8) + "\n";
        Files.writeString(f, HEADER + row);
        ReadSummary s = reader.read(f, new Collect());
        assertThat(s.used()).isEqualTo(1);
    }
}
