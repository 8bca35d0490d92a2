package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.metrics.Fixtures.Collect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The real, unmodified exports of ../shared/real-exports (beside the clone in CI; elsewhere give their folder
 * with {@code -Dedito.realExports=DIR}; absent, the tests are
 * skipped: the fixtures under src/test/resources cover every quirk). Expected sums were computed
 * independently, with Python's csv module, from the columns docs/kpi.md maps.
 */
@EnabledIf("present")
class RealExportsTest {
    private static final Path DIR = Path.of(System.getProperty("edito.realExports", "../shared/real-exports"));
    private final ExportReader reader = new ExportReader(ExportReader.Options.defaults(ZoneId.of("UTC")).withAsOf(LocalDate.of(2026, 3, 1)));

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    private record Read(ReadSummary summary, Collect sink) {
    }

    private Read read(String name) {
        Collect c = new Collect();
        return new Read(reader.read(DIR.resolve(name), c), c);
    }

    private static void sums(Read r, Map<Metric, Double> expected) {
        expected.forEach((m, v) -> assertThat(r.sink().sum(m)).as(m.key()).isEqualTo(v));
    }

    @Test
    void metaContent() {
        Read fb = read("meta-facebook-content-Jan-14-2025_Apr-14-2025_1396269028466733.csv");
        assertThat(fb.summary()).extracting(ReadSummary::read, ReadSummary::used, ReadSummary::skipped).containsExactly(261L, 261L, 0L);
        sums(fb, Map.of(Metric.IMPRESSIONS, 15982.0, Metric.REACH, 8395.0, Metric.REACTIONS, 87.0, Metric.COMMENTS, 20.0,
                Metric.SHARES, 20.0, Metric.CLICKS, 162.0));
        Read fb2 = read("meta-facebook-content-Mar-18-2025_Apr-14-2025_553302954456165.csv");
        assertThat(fb2.summary().used()).isEqualTo(48);
        sums(fb2, Map.of(Metric.REACH, 1286.0, Metric.REACTIONS, 8.0, Metric.COMMENTS, 2.0, Metric.CLICKS, 20.0));
        assertThat(fb2.sink().posts).as("0 views beside a reach: not a measure").noneMatch(p -> p.values().has(Metric.IMPRESSIONS));
        assertThat(fb2.summary().notes()).contains("48 post(s) with 0 'Views' but a reach above 0: 0 is not a measure "
                + "there, so their impressions are left out (and so of the engagement rate)");
        Read ig = read("meta-instagram-content-Mar-18-2025_Apr-14-2025_1019826952924933.csv");
        assertThat(ig.summary().used()).isEqualTo(78);
        sums(ig, Map.of(Metric.IMPRESSIONS, 10931.0, Metric.REACH, 7783.0, Metric.REACTIONS, 274.0, Metric.COMMENTS, 1.0,
                Metric.SHARES, 8.0, Metric.SAVES, 4.0, Metric.FOLLOWS, 6.0));
        Read old = read("facebook-insights-post-level-2017.csv");
        assertThat(old.summary().read()).isEqualTo(1);
        sums(old, Map.of(Metric.IMPRESSIONS, 60.0, Metric.REACH, 35.0));
    }

    @Test
    void metaDailySeries() {
        Read reach = read("meta-facebook-page-Reach-utf16.csv");
        assertThat(reach.summary().used()).isEqualTo(105);
        assertThat(reach.sink().sum(SeriesMetric.REACH)).isEqualTo(10734);
        assertThat(read("meta-facebook-page-Follows-utf16.csv").sink().sum(SeriesMetric.NEW_FOLLOWS)).isEqualTo(66);
    }

    @Test
    void x() {
        Read a = read("x-legacy-tweet_activity_metrics_rOpenSci_20191001_20191101_en.csv");
        assertThat(a.summary().used()).isEqualTo(20);
        sums(a, Map.of(Metric.IMPRESSIONS, 130422.0, Metric.ENGAGEMENTS, 2861.0, Metric.SHARES, 188.0, Metric.COMMENTS, 16.0,
                Metric.REACTIONS, 557.0, Metric.CLICKS, 426.0, Metric.VIDEO_VIEWS, 8833.0, Metric.FOLLOWS, 1.0));
        Read b = read("x-legacy-tweet_activity_metrics_rOpenSci_20210301_20210401_en.csv");
        assertThat(b.summary().used()).isEqualTo(21);
        sums(b, Map.of(Metric.IMPRESSIONS, 120924.0, Metric.ENGAGEMENTS, 2306.0));
        Read c = read("x-account_analytics_content-2026-05-25-to-2026-08-22.csv");
        assertThat(c.summary().used()).isEqualTo(377);
        sums(c, Map.of(Metric.IMPRESSIONS, 16105.0, Metric.ENGAGEMENTS, 1018.0, Metric.REACTIONS, 490.0, Metric.SHARES, 20.0,
                Metric.COMMENTS, 66.0, Metric.SAVES, 5.0, Metric.FOLLOWS, 11.0));
    }

    @Test
    void youtubeTiktokPubler() {
        Read yt = read("youtube-studio-Table-data.csv");
        assertThat(yt.summary()).extracting(ReadSummary::read, ReadSummary::used, ReadSummary::skipped).containsExactly(25L, 24L, 1L);
        sums(yt, Map.of(Metric.VIDEO_VIEWS, 61503.0, Metric.IMPRESSIONS, 841342.0,
                Metric.IMPRESSION_CLICKS, 53004.0, Metric.CLICKS, 0.0));
        assertThat(yt.sink().posts).as("'Subscribers' is the net change, not follows gained")
                .noneMatch(p -> p.values().has(Metric.FOLLOWS));
        assertThat(yt.summary().notes()).anyMatch(n -> n.startsWith("'Subscribers' is YouTube's net change"));
        assertThat(yt.sink().sum(Metric.WATCH_TIME_HOURS)).isCloseTo(1383.0207, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(yt.sink().posts).as("no likes, comments or shares in this export: no engagements, not CTR x impressions")
                .allMatch(p -> Double.isNaN(p.engagements()));
        Read tt = read("tiktok-studio-Content.csv");
        sums(tt, Map.of(Metric.IMPRESSIONS, 537161.0, Metric.REACTIONS, 4063.0, Metric.COMMENTS, 117.0, Metric.SHARES, 275.0));
        assertThat(read("tiktok-studio-FollowerHistory.csv").sink().sum(SeriesMetric.FOLLOWER_CHANGE)).isEqualTo(4976);
        Read ov = read("tiktok-studio-Overview.csv");
        assertThat(ov.sink().sum(SeriesMetric.VIEWS)).isEqualTo(2946198);
        assertThat(ov.sink().sum(SeriesMetric.LIKES)).isEqualTo(23673);
        assertThat(read("tiktok-studio-FollowerActivity.csv").summary().used()).isEqualTo(168);
        Read pub = read("publer-post-insights-2025-06.csv");
        assertThat(pub.summary()).extracting(ReadSummary::read, ReadSummary::used).containsExactly(10L, 10L);
        sums(pub, Map.of(Metric.REACH, 157.0, Metric.REACTIONS, 34.0, Metric.COMMENTS, 3.0, Metric.CLICKS, 3.0));
    }
}
