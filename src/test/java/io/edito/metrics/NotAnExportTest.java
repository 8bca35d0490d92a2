package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.metrics.Fixtures.Collect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not one export (headers put together, rows of other tables under an export) is an input error
 * naming the line where it stops fitting its detected type, not a report of invented totals (issue 18).
 */
class NotAnExportTest {
    private final ExportReader reader = new ExportReader(ExportReader.Options.defaults(ZoneId.of("UTC"))
            .withAsOf(LocalDate.of(2026, 3, 1)));

    @TempDir
    Path tmp;

    private static void refused(Runnable r, String location, String... parts) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(EditoException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
            assertThat(e.getMessage()).startsWith(location + ": ").contains(parts).doesNotContain("\n");
        });
    }

    @Test
    void aConcatenationOfHeadersIsRefusedAtItsSecondHeader() {
        Path f = Fixtures.path("headers-only.csv");
        refused(() -> reader.read(f, new Collect()), f + ":2",
                "a header row (of a 'x-account-content' export) inside a 'youtube-table' export", "several exports");
    }

    @Test
    void twoExportsPutTogetherAreRefusedWhereTheSecondStarts() {
        Path f = Fixtures.path("concatenated-tiktok-youtube.csv");
        refused(() -> reader.read(f, new Collect()), f + ":4", "'youtube-table' export) inside a 'tiktok-content'");
    }

    @Test
    void anExportWithoutFinalLineBreakPutBeforeAnotherIsRefusedAtTheJoinedLine() throws IOException {
        // `cat a.csv b.csv` of exports that end without a line break (TikTok's, X's): a's last row and b's header are
        // one line, and b's rows would be counted as a's
        Path f = tmp.resolve("joined.csv");
        String header = "\uFEFF\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"";
        String rows = "\n\"February 27\",\"15\",\"30\",\"0\",\"6\",\"1\"\n\"February 28\",\"20\",\"3\",\"1\",\"0\",\"0\"";
        Files.writeString(f, header + rows + header + rows);
        refused(() -> reader.read(f, new Collect()), f + ":3", "ends with this export's own header", "final line break");
    }

    @Test
    void aSecondHeaderWithItsByteOrderMarkIsStillAHeader() throws IOException {
        // `cat a.csv; echo; cat b.csv`: b's header starts with a BOM before its first quote, which the CSV reader
        // then reads as part of the cell
        Path f = tmp.resolve("twice-bom.csv");
        String header = "\uFEFF\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"";
        String rows = "\n\"February 27\",\"15\",\"30\",\"0\",\"6\",\"1\"";
        Files.writeString(f, header + rows + "\n" + header + rows);
        refused(() -> reader.read(f, new Collect()), f + ":3", "this export's own, again");
    }

    @Test
    void theSameExportTwiceIsRefusedToo() throws IOException {
        Path f = tmp.resolve("twice.csv");
        String header = "network,post_id,published_at,impressions,reactions\n";
        Files.writeString(f, header + "x,1,2025-03-03,100,5\n" + header + "x,2,2025-03-04,200,6\n");
        refused(() -> reader.read(f, new Collect()), f + ":3", "this export's own, again");
    }

    @Test
    void rowsOfOtherTablesUnderAnExportAreRefusedWhereTheyStart() {
        Path f = Fixtures.path("youtube-with-other-tables.csv");
        refused(() -> reader.read(f, new Collect()), f + ":7", "rows stop fitting a 'youtube-table' export here",
                "row has 12 cells, the header 9", "3 of 11 data rows do not fit", "more than the 5 %");
    }

    @Test
    void aFewBadRowsWithinTheRatioAreSkippedAndListed() throws IOException {
        StringBuilder b = new StringBuilder("network,post_id,published_at,impressions,reactions\n");
        for (int i = 1; i <= 40; i++) {
            b.append("x,").append(i).append(",2025-03-03,100,5\n");
        }
        b.append("x,41,2025-03-03,lots,5\n").append("x,42,2025-03-03,many,5\n");
        Path f = tmp.resolve("two-bad.csv");
        Files.writeString(f, b);
        ReadSummary s = reader.read(f, new Collect());
        assertThat(s.used()).as("2 bad rows of 42: under 5 %").isEqualTo(40);
        assertThat(s.skipped()).isEqualTo(2);
        assertThat(s.issues()).hasSize(2);
        Files.writeString(f, b + "x,43,2025-03-03,plenty,5\n");
        refused(() -> reader.read(f, new Collect()), f + ":42", "3 of 43 data rows do not fit");
    }

    @Test
    void oneBadRowInATinyExportIsStillRead() throws IOException {
        Path f = tmp.resolve("tiny.csv");
        Files.writeString(f, "network,post_id,published_at,impressions\nx,1,2025-03-03,100\nx,2,2025-03-04,abc\n");
        ReadSummary s = reader.read(f, new Collect());
        assertThat(s.used()).isEqualTo(1);
        assertThat(s.skipped()).isEqualTo(1);
    }
}
