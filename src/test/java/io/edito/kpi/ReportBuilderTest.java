package io.edito.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.edito.core.EditoException;
import io.edito.metrics.ExportReader;
import io.edito.metrics.Fixtures;
import io.edito.metrics.ReadSummary;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Report report(ReportSpec spec, String... fixtures) {
        ReportBuilder b = new ReportBuilder(spec);
        ExportReader reader = new ExportReader(ExportReader.Options.defaults(PARIS).withAsOf(LocalDate.of(2026, 3, 1)));
        List<ReadSummary> files = new ArrayList<>();
        for (String f : fixtures) {
            files.add(reader.read(Fixtures.path(f), b));
        }
        return b.build(files);
    }

    private static ReportSpec spec(LocalDate from, LocalDate to, List<Dimension> by, boolean compare, int top,
                                   List<String> targets, List<PlannedPost> planned) {
        return new ReportSpec(PARIS, from, to, by, compare, top, Kpi.ENGAGEMENTS,
                targets.stream().map(TargetSpec::parse).toList(), planned, Duration.ofMinutes(30), Duration.ofHours(1));
    }

    @Test
    void totalsUseRatiosOfSumsOverPostsThatCarryBothTerms() {
        Report r = report(ReportSpec.defaults(PARIS), "generic.csv");
        Kpis t = r.totals();
        assertThat(t.posts()).isEqualTo(4);
        assertThat(t.get(Kpi.IMPRESSIONS)).isEqualTo(6500);
        assertThat(t.get(Kpi.ENGAGEMENTS)).as("70 + 11 + 82 + 43").isEqualTo(206);
        assertThat(t.get(Kpi.ENGAGEMENT_RATE)).isCloseTo(206.0 / 6500, within(1e-12));
        assertThat(t.get(Kpi.ENGAGEMENT_RATE_REACH)).as("only the posts with a reach").isCloseTo(81.0 / 1200, within(1e-12));
        assertThat(t.get(Kpi.CTR)).isCloseTo(55.0 / 6500, within(1e-12));
        assertThat(t.get(Kpi.SPEND)).isEqualTo(20.5);
        assertThat(t.get(Kpi.COST_PER_CLICK)).isCloseTo(2.05, within(1e-12));
        assertThat(t.get(Kpi.COST_PER_ENGAGEMENT)).isCloseTo(20.5 / 70, within(1e-12));
        assertThat(t.get(Kpi.FOLLOWER_CHANGE)).as("no follower series: no data, not zero").isNull();
        assertThat(t.get(Kpi.NEW_FOLLOWS)).isNull();
        assertThat(r.rows()).isEqualTo(new Report.Rows(4, 4, 0, 0, 0));
        assertThat(r.from()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(r.to()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void groupsByNetworkAndWeek() {
        Report r = report(spec(null, null, List.of(Dimension.NETWORK, Dimension.WEEK), false, 0, List.of(), List.of()), "generic.csv");
        assertThat(r.groups()).extracting(Report.Group::key).containsExactly(
                List.of("instagram", "2025-W10"), List.of("linkedin", "2025-W10"), List.of("x", "2025-W11"));
        assertThat(r.groups().get(0).kpis().posts()).isEqualTo(2);
        assertThat(r.groups().get(0).kpis().get(Kpi.ENGAGEMENT_RATE)).isCloseTo(81.0 / 1500, within(1e-12));
    }

    @Test
    void periodAndPreviousPeriodOfTheSameLength() {
        Report r = report(spec(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 10), List.of(Dimension.NETWORK), true, 0,
                List.of(), List.of()), "generic.csv");
        assertThat(r.totals().posts()).isEqualTo(1);
        assertThat(r.previous().posts()).as("1 to 5 March").isEqualTo(3);
        assertThat(r.previous().get(Kpi.IMPRESSIONS)).isEqualTo(3500);
        assertThat(r.groups()).singleElement().satisfies(g -> {
            assertThat(g.key()).containsExactly("x");
            assertThat(g.previous().posts()).isZero();
        });
        assertThat(r.rows().outsidePeriod()).isZero();
        Report narrow = report(spec(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10), List.of(), false, 0, List.of(), List.of()), "generic.csv");
        assertThat(narrow.rows().outsidePeriod()).isEqualTo(3);
        // a series row gives a point per metric (five here): it is one row outside the period, not five
        Report series = report(spec(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 27), List.of(), false, 0,
                List.of(), List.of()), "tiktok-overview.csv");
        assertThat(series.rows().outsidePeriod()).as("February 26 only").isEqualTo(1);
    }

    @Test
    void aWeekIsComparedWithTheSameDaysOnePeriodEarlier() {
        // 10..16 March (week 11) against 3..9 March (week 10): week 11's change is against week 10's days, not
        // against the days of the previous period numbered week 11 (none: "+ everything" told a client)
        Report r = report(spec(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 16), List.of(Dimension.WEEK), true, 0,
                List.of(), List.of()), "generic.csv");
        assertThat(r.groups()).extracting(Report.Group::key).containsExactly(List.of("2025-W11"));
        Report.Group w11 = r.groups().get(0);
        assertThat(w11.kpis().posts()).isEqualTo(1);
        // the export covers 10 March of the period only: day 0 of both (p1 on 3 March) is what is compared
        assertThat(w11.previous().posts()).as("p1 on 3 March").isEqualTo(1);
        assertThat(w11.previous().get(Kpi.IMPRESSIONS)).isEqualTo(1000);
        // by day: day k with day k (10 March with 3 March)
        Report days = report(spec(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 16), List.of(Dimension.DAY), true, 0,
                List.of(), List.of()), "generic.csv");
        assertThat(days.groups()).extracting(Report.Group::key).contains(List.of("2025-03-10"));
        Report.Group tenth = days.groups().stream().filter(g -> g.key().equals(List.of("2025-03-10"))).findFirst()
                .orElseThrow();
        assertThat(tenth.previous().posts()).as("p1 on 3 March").isEqualTo(1);
        assertThat(tenth.previous().get(Kpi.IMPRESSIONS)).isEqualTo(1000);
    }

    @Test
    void comparePreviousComparesTheSameDaysWhenAnExportStartsMidPeriod() {
        // Instagram's export starts on 18 March: it covers all 14 days of 25 March..7 April but only 18..24 of the
        // previous 11..24 March; X's export covers both periods whole
        Report r = report(spec(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 4, 7), List.of(Dimension.NETWORK), true, 0,
                List.of(), List.of()), "meta-instagram-mid-month.csv", "generic-x-march-april.csv");
        assertThat(r.totals().posts()).as("the period itself is reported whole: 4 Instagram + 2 X").isEqualTo(6);
        assertThat(r.totals().get(Kpi.IMPRESSIONS)).isEqualTo(48 + 133 + 12 + 68 + 2000 + 3000);
        Report.Compared c = r.compared();
        assertThat(c.alike()).isFalse();
        assertThat(c.coverage()).containsExactly(new Report.Coverage("instagram (posts)", 14, 7, 7, false),
                new Report.Coverage("x (posts)", 14, 14, 14, true));
        assertThat(c.warnings()).containsExactly("instagram (posts): its exports cover 14 day(s) of the period and 7 of"
                + " the previous one, not the same days; compared over the 7 day(s) covered in both");
        assertThat(c.current().posts()).as("Instagram 1..7 April (day 7..13 of the period), X whole").isEqualTo(2 + 2);
        assertThat(c.current().get(Kpi.IMPRESSIONS)).isEqualTo(12 + 68 + 2000 + 3000);
        assertThat(r.previous().posts()).as("Instagram 18..24 March, X whole").isEqualTo(3 + 1);
        assertThat(r.previous().get(Kpi.IMPRESSIONS)).isEqualTo(52 + 132 + 92 + 1000);
        Report.Group ig = r.groups().get(0);
        assertThat(ig.key()).containsExactly("instagram");
        assertThat(ig.kpis().posts()).isEqualTo(4);
        assertThat(ig.compared().posts()).isEqualTo(2);
        assertThat(ig.previous().posts()).isEqualTo(3);
        assertThat(r.groups().get(1).compared().posts()).isEqualTo(2);
        assertThat(r.groups().get(1).previous().posts()).isEqualTo(1);
    }

    @Test
    void comparePreviousWithoutDataForOnePeriodLeavesTheStreamOut() {
        Report r = report(spec(LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 14), List.of(), true, 0, List.of(), List.of()),
                "meta-instagram-mid-month.csv", "generic-x-march-april.csv");
        assertThat(r.compared().coverage()).containsExactly(new Report.Coverage("instagram (posts)", 7, 7, 7, true),
                new Report.Coverage("x (posts)", 0, 7, 0, false));
        assertThat(r.compared().warnings()).singleElement().asString()
                .endsWith("no day is covered in both: left out of the comparison");
        assertThat(r.previous().posts()).as("Instagram 1..7 April; X's 7 April post is left out").isEqualTo(2);
    }

    @Test
    void postsNotCoveredOnAnyDayOfBothPeriodsAreUnknownNotZero() {
        // "posts 21 | previous 0 | change =" told a client there were none before, where no export said anything
        Report r = report(spec(LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 14), List.of(), true, 0, List.of(), List.of()),
                "generic-x-march-april.csv");
        assertThat(r.compared().coverage()).containsExactly(new Report.Coverage("x (posts)", 0, 7, 0, false));
        assertThat(r.previous().get(Kpi.POSTS)).isNull();
        assertThat(r.compared().current().get(Kpi.POSTS)).isNull();
        assertThat(r.groups()).allSatisfy(g -> assertThat(g.previous().get(Kpi.POSTS)).isNull());
    }

    @Test
    void compareNeedsAPeriod() {
        assertThatThrownBy(() -> spec(LocalDate.of(2025, 3, 6), null, List.of(), true, 0, List.of(), List.of()))
                .isInstanceOf(EditoException.class).hasMessageContaining("--compare previous needs --from and --to");
    }

    @Test
    void topBottomAndBestTimeInTheBrandZone() {
        Report r = report(spec(null, null, List.of(), false, 2, List.of(), List.of()), "generic.csv");
        assertThat(r.top()).extracting(p -> p.post().postId()).containsExactly("l1", "p1");
        assertThat(r.bottom()).extracting(p -> p.post().postId()).containsExactly("p2", "x1");
        assertThat(r.bestTime().cells()).anySatisfy(c -> {
            assertThat(c.day()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(c.hour()).isEqualTo(9);
            assertThat(c.posts()).as("p1 (3 March) and x1 (10 March), both Monday 09:xx in Paris").isEqualTo(2);
            assertThat(c.engagementRate()).isCloseTo((70.0 + 43) / (1000 + 3000), within(1e-12));
        });
    }

    @Test
    void datesWithoutTimeStayOutOfTheBestTime() {
        Report r = report(ReportSpec.defaults(PARIS), "x-account-content.csv", "youtube-table.csv");
        assertThat(r.bestTime().cells()).as("only the X post whose id gives its time: Saturday 12:22 in Paris")
                .singleElement().satisfies(c -> {
                    assertThat(c.day()).isEqualTo(DayOfWeek.SATURDAY);
                    assertThat(c.hour()).isEqualTo(12);
                    assertThat(c.posts()).isEqualTo(1);
                });
        assertThat(r.totals().posts()).isEqualTo(5);
    }

    @Test
    void targetsOnTotalsNetworksAndCare() {
        Report r = report(spec(null, null, List.of(), false, 0, List.of("engagement_rate>=5%@instagram", "posts>=5",
                "follower_change>=1", "response_rate>=99%", "median_response_minutes<=20", "within_sla>=60%@email"), List.of()),
                "generic.csv", "inbox.csv");
        assertThat(r.targets()).extracting(TargetResult::met).containsExactly(true, false, false, false, true, true);
        assertThat(r.targets().get(0).actual()).isCloseTo(81.0 / 1500, within(1e-12));
        assertThat(r.targets().get(2).actual()).as("no follower series").isNull();
        assertThat(r.targets().get(3).actual()).isEqualTo(0.8);
        assertThat(r.targetsMet()).isFalse();
    }

    @Test
    void targetSyntax() {
        TargetSpec t = TargetSpec.parse(" engagement_rate >= 3,5% @ Instagram");
        assertThat(t.metric()).isEqualTo("engagement_rate");
        assertThat(t.threshold()).isCloseTo(0.035, within(1e-12));
        assertThat(t.scope()).isEqualTo("instagram");
        assertThat(TargetSpec.parse("ctr>0.01").threshold()).isEqualTo(0.01);
        assertThat(TargetSpec.parse("posts>=12@twitter").scope()).isEqualTo("x");
        assertThatThrownBy(() -> TargetSpec.parse("likes>=3")).hasMessageContaining("unknown metric 'likes'");
        assertThatThrownBy(() -> TargetSpec.parse("posts>=3%")).hasMessageContaining("not a rate");
        assertThatThrownBy(() -> TargetSpec.parse("posts about 3")).hasMessageContaining("expected METRIC OP VALUE");
        // a bare rate above 1 can never be met: refused with what to write
        assertThatThrownBy(() -> TargetSpec.parse("engagement_rate>=5")).hasMessageContaining(
                "engagement_rate is a rate, and 5 would be 500 %; write 5% (or 0.05)");
        assertThat(TargetSpec.parse("engagement_rate>=150%").threshold()).isEqualTo(1.5);
        assertThat(TargetSpec.parse("ctr>=1").threshold()).isEqualTo(1.0);
        // a misspelt network is a bad target (exit 2), not one missed for want of data; other names pass (generic exports)
        assertThatThrownBy(() -> TargetSpec.parse("engagement_rate>=3%@instagrm"))
                .hasMessageContaining("unknown network 'instagrm' (did you mean 'instagram'?)");
        assertThat(TargetSpec.parse("posts>=2@company-blog").scope()).isEqualTo("company-blog");
    }

    @Test
    void communityCareByChannel() {
        Report r = report(ReportSpec.defaults(PARIS), "inbox.csv");
        assertThat(r.care()).extracting(CareStats::channel).containsExactly("email", "instagram", "all");
        CareStats ig = r.care().get(1);
        assertThat(ig.messages()).isEqualTo(3);
        assertThat(ig.responseRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(ig.medianMinutes()).isEqualTo(20);
        assertThat(ig.p90Minutes()).isEqualTo(120);
        assertThat(ig.withinSla()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ig.complaintsHandled()).isEqualTo(0.5);
        CareStats all = r.care().get(2);
        assertThat(all.medianMinutes()).isEqualTo(20);
        assertThat(all.p90Minutes()).isEqualTo(120);
        assertThat(all.resolutionRate()).isCloseTo(2.0 / 4, within(1e-12));
    }

    @Test
    void followerGrowthFromSeries() {
        Report r = report(spec(null, null, List.of(Dimension.NETWORK), false, 0, List.of(), List.of()),
                "tiktok-follower-history.csv", "meta-daily-follows-utf16.csv", "meta-daily-reach-utf16.csv");
        Kpis t = r.totals();
        assertThat(t.get(Kpi.FOLLOWER_CHANGE)).as("TikTok's net change only, never added to gross follows").isEqualTo(8);
        assertThat(t.networksOf(Kpi.FOLLOWER_CHANGE)).containsExactly("tiktok");
        assertThat(t.get(Kpi.NEW_FOLLOWS)).as("Facebook's gross new follows only").isEqualTo(7);
        assertThat(t.networksOf(Kpi.NEW_FOLLOWS)).containsExactly("facebook");
        assertThat(t.get(Kpi.FOLLOWERS)).isEqualTo(103);
        assertThat(t.networksOf(Kpi.FOLLOWERS)).containsExactly("tiktok");
        assertThat(t.series()).containsEntry("daily_reach", 125.0).doesNotContainKeys("follower_change", "new_follows");
        assertThat(r.groups()).extracting(g -> g.key().get(0)).containsExactly("facebook", "tiktok");
        assertThat(r.groups().get(0).kpis().get(Kpi.NEW_FOLLOWS)).isEqualTo(7);
        assertThat(r.groups().get(0).kpis().get(Kpi.FOLLOWER_CHANGE)).isNull();
        assertThat(r.groups().get(1).kpis().get(Kpi.FOLLOWER_CHANGE)).isEqualTo(8);
        assertThat(r.groups().get(1).kpis().get(Kpi.NEW_FOLLOWS)).isNull();
        assertThatThrownBy(() -> TargetSpec.parse("follower_growth>=10")).hasMessageContaining("use follower_change (net, TikTok)"
                + " or new_follows (gross, Meta)");
    }

    @Test
    void byTypeMapsEachExportsVocabularyToOneSetAndKeepsTheOriginalInJson() {
        Report r = report(spec(null, null, List.of(Dimension.TYPE), false, 1, List.of(), List.of()),
                "meta-instagram-types.csv", "meta-facebook-types.csv", "tiktok-content.csv");
        assertThat(r.groups()).extracting(g -> g.key().get(0) + "=" + g.kpis().posts())
                .as("IG image + Photos, IG reel + Reels; TikTok posts are videos")
                .containsExactly("carousel=1", "link=1", "photo=3", "reel=2", "video=" + r.groups().get(4).kpis().posts());
        assertThat(r.groups().get(2).kpis().get(Kpi.IMPRESSIONS)).as("72 + 56 (Instagram) + 40 (Facebook)").isEqualTo(168);
        assertThat(r.groups().get(2).exportTypes()).containsExactly(Map.entry("IG image", 2L), Map.entry("Photos", 1L));
        assertThat(r.groups().get(3).exportTypes()).containsExactly(Map.entry("IG reel", 1L), Map.entry("Reels", 1L));
        assertThat(r.groups().get(4).exportTypes()).as("TikTok's export has no type column").isEmpty();
        com.fasterxml.jackson.databind.JsonNode json = io.edito.kpi.render.JsonRenderer.tree(r);
        assertThat(json.path("groups").get(2).path("key").path("type").asText()).isEqualTo("photo");
        assertThat(json.path("groups").get(2).path("export_types").toString()).isEqualTo("{\"IG image\":2,\"Photos\":1}");
        assertThat(json.path("top").get(0).has("export_type")).isTrue();
    }

    @Test
    void youtubeClickThroughIsItsOwnRateAndNoEngagement() {
        Report r = report(ReportSpec.defaults(PARIS), "youtube-table-engagement.csv");
        Kpis t = r.totals();
        assertThat(t.get(Kpi.ENGAGEMENTS)).as("likes, comments and shares: 49 + 18 + 7").isEqualTo(74);
        assertThat(t.get(Kpi.ENGAGEMENT_RATE)).isCloseTo(74.0 / 20000, within(1e-12));
        assertThat(t.get(Kpi.CLICKS)).isNull();
        assertThat(t.get(Kpi.CTR)).as("no link clicks").isNull();
        assertThat(t.get(Kpi.IMPRESSION_CLICKS)).isEqualTo(1175);
        assertThat(t.get(Kpi.IMPRESSIONS_CTR)).as("only the posts with a click-through rate").isCloseTo(1175.0 / 19000, within(1e-12));
        assertThat(t.get(Kpi.WATCH_TIME_HOURS)).isEqualTo(20);
        assertThat(t.get(Kpi.AVG_VIEW_DURATION)).as("seconds watched / views, posts with both")
                .isCloseTo(20 * 3600.0 / 1400, within(1e-9));
    }

    @Test
    void calendarJoinByLinkIdAndTime() {
        List<PlannedPost> planned = List.of(
                new PlannedPost("ig-1", "instagram", OffsetDateTime.parse("2025-03-03T09:00:00+01:00"), "http://instagram.com/p/P1", "spring-plan", "product", "fr"),
                new PlannedPost("x-1", "x", OffsetDateTime.parse("2025-03-10T08:10:00Z"), null, "launch-plan", "news", "en"),
                new PlannedPost("li-9", "linkedin", OffsetDateTime.parse("2025-03-07T10:00:00+01:00"), null, "spring-plan", "hiring", "fr"));
        Report r = report(spec(null, null, List.of(Dimension.CAMPAIGN), false, 0, List.of(), planned), "generic.csv");
        Report.PlanVsActual p = r.plan();
        assertThat(p.planned()).isEqualTo(3);
        assertThat(p.matched()).isEqualTo(2);
        assertThat(p.missing()).extracting(PlannedPost::id).containsExactly("li-9");
        assertThat(p.unplanned()).isEqualTo(2);
        assertThat(r.groups()).extracting(g -> g.key().get(0) + "=" + g.kpis().posts())
                .containsExactly("(none)=1", "launch-plan=1", "spring=1", "spring-plan=1");
    }
}
