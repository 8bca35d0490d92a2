package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.metrics.Fixtures.Collect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TikTok Content has no year: the video id gives it, even when the id's day is one off in the report's zone. */
class TikTokYearTest {
    private static final String HEADER = "\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\","
            + "\"Total comments\",\"Total shares\",\"Total views\"\n";

    @TempDir
    Path tmp;

    private Collect read(ZoneId zone, String postTime, String videoId) throws Exception {
        Path f = tmp.resolve("Content.csv");
        Files.writeString(f, HEADER + "\"Time\",\"t\",\"https://www.tiktok.com/@b/video/" + videoId + "\",\"" + postTime
                + "\",\"1\",\"0\",\"0\",\"100\"\n");
        Collect c = new Collect();
        new ExportReader(ExportReader.Options.defaults(zone).withAsOf(LocalDate.of(2026, 12, 1))).read(f, c);
        return c;
    }

    @Test
    void aDayOffInTheReportsZoneKeepsTheIdsYearAndTheExportsDay() throws Exception {
        // id 7546034544370004025 was posted 2025-09-04T01:08Z; TikTok (US zone) says September 3
        for (ZoneId z : new ZoneId[] {ZoneOffset.UTC, ZoneId.of("Europe/Paris")}) {
            PostMetrics p = read(z, "September 3", "7546034544370004025").posts.get(0);
            assertThat(p.publishedAt()).as(z.getId()).isEqualTo(LocalDate.of(2025, 9, 3).atStartOfDay(z).toInstant());
            assertThat(p.timeKnown()).isFalse();
        }
        PostMetrics la = read(ZoneId.of("America/Los_Angeles"), "September 3", "7546034544370004025").posts.get(0);
        assertThat(la.publishedAt()).as("same day: the id's time").isEqualTo(Instant.parse("2025-09-04T01:08:00Z"));
        assertThat(la.timeKnown()).isTrue();
    }

    @Test
    void acrossNewYearAndFarApart() throws Exception {
        // id of 2026-01-01T02:00Z, the export says December 31: 2025
        PostMetrics p = read(ZoneOffset.UTC, "December 31", "7590207080418521145").posts.get(0);
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2025-12-31T00:00:00Z"));
        PostMetrics far = read(ZoneOffset.UTC, "June 5", "7546034544370004025").posts.get(0);
        assertThat(far.publishedAt()).as("months apart: the latest June 5 before as-of").isEqualTo(Instant.parse("2026-06-05T00:00:00Z"));
        assertThat(ExportRowMapper.nearDay(MonthDay.of(2, 29), LocalDate.of(2025, 3, 1))).isNull();
        assertThat(ExportRowMapper.nearDay(MonthDay.of(2, 29), LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
