package io.edito.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.metrics.Metric;
import io.edito.metrics.MetricValues;
import io.edito.metrics.PostMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan vs actual for posts with a day only, and the planned side of a report without --from/--to. */
class DayOnlyJoinTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static ReportSpec spec(LocalDate from, LocalDate to, List<PlannedPost> planned) {
        return new ReportSpec(PARIS, from, to, List.of(Dimension.CAMPAIGN), false, 0, Kpi.ENGAGEMENTS, List.of(), planned,
                Duration.ofMinutes(30), Duration.ofHours(1));
    }

    private static PostMetrics dayOnly(String id, String network, LocalDate day, double impressions) {
        double[] v = MetricValues.newArray();
        v[Metric.IMPRESSIONS.ordinal()] = impressions;
        Instant start = day.atStartOfDay(PARIS).toInstant();
        return new PostMetrics("f.csv", 2, network, id, "https://x.com/a/status/" + id, start, false, null, null, null,
                null, MetricValues.wrap(v));
    }

    private static PlannedPost plan(String id, String network, String at, String campaign) {
        return new PlannedPost(id, network, OffsetDateTime.parse(at), null, campaign, null, null);
    }

    private static Report run(ReportSpec spec, PostMetrics... posts) {
        ReportBuilder b = new ReportBuilder(spec);
        for (PostMetrics p : posts) {
            b.post(p);
        }
        return b.build(List.of());
    }

    private static long postsOf(Report r, String campaign) {
        return r.groups().stream().filter(g -> g.key().get(0).equals(campaign)).mapToLong(g -> g.kpis().posts()).sum();
    }

    @Test
    void aThreadOfSeveralPostsOnOnePlannedDayIsNotCreditedToAnyOfThem() {
        LocalDate d = LocalDate.of(2026, 12, 2);
        Report r = run(spec(null, null, List.of(plan("thread", "x", "2026-12-02T18:00:00+01:00", "dakhla"))),
                dayOnly("5", "x", d, 1376), dayOnly("4", "x", d, 900), dayOnly("head", "x", d, 7340));
        assertThat(r.plan().matched()).isZero();
        assertThat(r.plan().missing()).extracting(PlannedPost::id).containsExactly("thread");
        assertThat(r.plan().unplanned()).isEqualTo(3);
        assertThat(r.plan().ambiguous()).isEqualTo(3);
        assertThat(r.plan().ambiguityNote()).startsWith("3 post(s) with a day only not joined");
        assertThat(postsOf(r, "dakhla")).isZero();
        assertThat(r.totals().posts()).as("every post still counts").isEqualTo(3);
    }

    @Test
    void oneDayOnlyPostAndOnePlannedPostThatDayAreJoined() {
        LocalDate d = LocalDate.of(2026, 12, 2);
        Report r = run(spec(null, null, List.of(plan("p", "x", "2026-12-02T23:30:00+01:00", "dakhla"),
                        plan("ig", "instagram", "2026-12-02T10:00:00+01:00", "other"))),
                dayOnly("1", "x", d, 100), dayOnly("2", "tiktok", d, 5));
        assertThat(r.plan().matched()).isEqualTo(1);
        assertThat(r.plan().ambiguous()).isZero();
        assertThat(postsOf(r, "dakhla")).isEqualTo(1);
        assertThat(r.plan().missing()).extracting(PlannedPost::id).containsExactly("ig");
    }

    @Test
    void twoPlannedPostsOnTheDayOfOneDayOnlyPostAreAmbiguousToo() {
        LocalDate d = LocalDate.of(2026, 12, 2);
        Report r = run(spec(null, null, List.of(plan("a", "x", "2026-12-02T09:00:00+01:00", "c1"),
                plan("b", "x", "2026-12-02T19:00:00+01:00", "c2"))), dayOnly("1", "x", d, 100));
        assertThat(r.plan().matched()).isZero();
        assertThat(r.plan().ambiguous()).isEqualTo(1);
        assertThat(r.plan().unplanned()).isEqualTo(1);
    }

    @Test
    void withoutFromToThePlannedSideIsThePeriodTheHeaderShows() {
        Report r = run(spec(null, null, List.of(plan("in", "x", "2026-12-03T09:00:00+01:00", "c"),
                        plan("before", "x", "2026-12-01T09:00:00+01:00", "c"),
                        plan("after", "instagram", "2026-12-09T09:00:00+01:00", "c"))),
                dayOnly("1", "instagram", LocalDate.of(2026, 12, 3), 1), dayOnly("2", "instagram", LocalDate.of(2026, 12, 4), 1));
        assertThat(r.from()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(r.to()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(r.plan().planned()).isEqualTo(1);
        assertThat(r.plan().missing()).extracting(PlannedPost::id).containsExactly("in");
    }

    @Test
    void anInboxOnlyReportIsDatedByItsMessages() {
        ReportBuilder b = new ReportBuilder(spec(null, null, List.of()));
        b.inbox(new io.edito.metrics.InboxItem("i.csv:2", "email", Instant.parse("2026-12-03T10:00:00Z"), null, null, null));
        b.inbox(new io.edito.metrics.InboxItem("i.csv:3", "email", Instant.parse("2026-12-05T10:00:00Z"), null, null, null));
        Report r = b.build(List.of());
        assertThat(r.from()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(r.to()).isEqualTo(LocalDate.of(2026, 12, 5));
    }
}
