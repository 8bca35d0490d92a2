package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export whose dates have no year (TikTok Studio) is placed in time as a whole: its newest day is the latest on or
 * before --as-of, the others come before it, even when --as-of falls inside the year the export covers.
 */
class YearlessDatesTest {
    @TempDir
    Path tmp;

    private List<String> notes;

    private Fixtures.Collect read(String csv, LocalDate asOf) throws Exception {
        Path f = Files.writeString(tmp.resolve("FollowerHistory.csv"), csv);
        Fixtures.Collect c = new Fixtures.Collect();
        notes = new ExportReader(ExportReader.Options.defaults(ZoneId.of("UTC")).withAsOf(asOf)).read(f, c).notes();
        return c;
    }

    private static final String YEAR = """
            "Date","Followers","Difference in followers from previous day"
            "February 28","5000","0"
            "June 1","5004","4"
            "December 5","5008","4"
            "December 6","5009","1"
            "February 27","5013","4"
            """;

    @Test
    void aYearOfDaysCutByTheAsOfDayStaysInOrder() throws Exception {
        Fixtures.Collect c = read(YEAR, LocalDate.of(2026, 12, 5));
        assertThat(c.series.stream().filter(p -> p.metric() == SeriesMetric.FOLLOWERS).map(SeriesPoint::date).toList())
                .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 5),
                        LocalDate.of(2025, 12, 6), LocalDate.of(2026, 2, 27));
        assertThat(notes).containsExactly("dates without a year: the newest, February 27, read as 2026-02-27 (the "
                + "latest on or before 2026-12-05, --as-of), each other one in the 12 months up to it");
    }

    @Test
    void aFileFromNewToOldHasItsNewestDayFirst() throws Exception {
        String reversed = """
                "Date","Followers","Difference in followers from previous day"
                "January 2","103","-1"
                "January 1","104","4"
                "December 31","100","5"
                """;
        Fixtures.Collect c = read(reversed, LocalDate.of(2026, 3, 1));
        assertThat(c.series.stream().filter(p -> p.metric() == SeriesMetric.FOLLOWERS).map(SeriesPoint::date).toList())
                .containsExactly(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void theNewestDayOfAListInFileOrder() {
        MonthDay feb27 = MonthDay.of(2, 27);
        assertThat(YearlessBuffer.newest(List.of(MonthDay.of(2, 28), MonthDay.of(12, 31), MonthDay.of(1, 1), feb27)))
                .isEqualTo(feb27);
        assertThat(YearlessBuffer.newest(List.of(feb27, MonthDay.of(1, 1), MonthDay.of(12, 31)))).isEqualTo(feb27);
        assertThat(YearlessBuffer.newest(List.of(feb27))).isEqualTo(feb27);
    }

    @Test
    void datesWithAYearAreReadAsWrittenWithoutANote() throws Exception {
        Fixtures.Collect c = read("""
                "Date","Followers","Difference in followers from previous day"
                "2025-12-30","100","0"
                "2026-01-02","103","3"
                """, LocalDate.of(2026, 12, 5));
        assertThat(c.series.get(0).date()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(notes).isEmpty();
    }
}
