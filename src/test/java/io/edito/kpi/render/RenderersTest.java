package io.edito.kpi.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.kpi.Dimension;
import io.edito.kpi.Kpi;
import io.edito.kpi.Report;
import io.edito.kpi.ReportBuilder;
import io.edito.kpi.ReportSpec;
import io.edito.kpi.TargetSpec;
import io.edito.metrics.ExportReader;
import io.edito.metrics.Fixtures;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderersTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path tmp;

    private static Report report(Path file, List<Dimension> by, List<String> targets, int top) {
        ReportSpec spec = new ReportSpec(UTC, null, null, by, false, top, Kpi.ENGAGEMENTS,
                targets.stream().map(TargetSpec::parse).toList(), List.of(), Duration.ofMinutes(30), Duration.ofHours(1));
        ReportBuilder b = new ReportBuilder(spec);
        var s = new ExportReader(ExportReader.Options.defaults(UTC).withAsOf(LocalDate.of(2026, 3, 1))).read(file, b);
        return b.build(List.of(s));
    }

    private static String render(ReportRenderer r, Report report) {
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            r.render(report, pw);
        }
        return sw.toString();
    }

    /** A generic export whose text cells try formula injection and HTML/Markdown injection. */
    private Path hostile() throws Exception {
        Path f = tmp.resolve("hostile.csv");
        Files.writeString(f, "network,type,published_at,impressions,reactions,comments\n"
                + "x,=HYPERLINK(\"http://evil\"),2025-03-03T10:00:00Z,100,5,1\n"
                + "x,<script>alert(1)</script> | *b*,2025-03-04T10:00:00Z,200,2,0\n"
                + "x,@SUM(A1),2025-03-05T10:00:00Z,50,1,-\n");
        return f;
    }

    @Test
    void jsonRatesAreFractionsAndRowsAreCounted() throws Exception {
        Report r = report(Fixtures.path("generic.csv"), List.of(Dimension.NETWORK), List.of("engagement_rate>=5%@instagram", "posts>=5"), 1);
        JsonNode root = new ObjectMapper().readTree(render(new JsonRenderer(), r));
        assertThat(root.path("totals").path("posts").asLong()).isEqualTo(4);
        assertThat(root.path("totals").path("engagement_rate").asDouble()).as("12 significant digits")
                .isCloseTo(206.0 / 6500, org.assertj.core.data.Offset.offset(1e-13));
        assertThat(root.path("totals").path("follower_change").isNull()).isTrue();
        assertThat(root.path("totals").path("new_follows").isNull()).isTrue();
        assertThat(root.path("totals").has("follower_growth")).isFalse();
        assertThat(root.path("rows").path("read").asLong()).isEqualTo(4);
        assertThat(root.path("rows").path("used").asLong()).isEqualTo(4);
        assertThat(root.path("rows").path("skipped").asLong()).isZero();
        assertThat(root.path("groups")).hasSize(3);
        assertThat(root.path("groups").get(0).path("key").path("network").asText()).isEqualTo("instagram");
        assertThat(root.path("groups").get(0).path("posts").asLong()).isEqualTo(2);
        assertThat(root.path("targets").get(0).path("met").asBoolean()).isTrue();
        assertThat(root.path("targets").get(0).path("threshold").asDouble()).isEqualTo(0.05);
        assertThat(root.path("targets").get(1).path("met").asBoolean()).isFalse();
        assertThat(root.path("top").get(0).path("post_id").asText()).isEqualTo("l1");
        assertThat(root.path("files").get(0).path("type").asText()).isEqualTo("generic");
    }

    @Test
    void csvNeutralisesFormulasAndKeepsNumbersPlain() throws Exception {
        Report r = report(hostile(), List.of(Dimension.TYPE), List.of(), 0);
        String csv = render(new CsvRenderer(), r);
        List<CSVRecord> recs = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        assertThat(recs).extracting(rec -> rec.get("type")).containsExactly(
                "<script>alert(1)</script> | *b*", "'=HYPERLINK(\"http://evil\")", "'@SUM(A1)", "(total)");
        assertThat(recs.get(3).get("impressions")).isEqualTo("350");
        assertThat(recs.get(3).get("engagement_rate")).isEqualTo("0.025714");
        assertThat(CsvRenderer.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvRenderer.safe("\tx")).isEqualTo("'\tx");
    }

    @Test
    void htmlIsSelfContainedAndEscaped() throws Exception {
        Report r = report(hostile(), List.of(Dimension.TYPE), List.of("posts>=5"), 2);
        String html = render(new HtmlRenderer(), r);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("<link");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("class=\"missed\"");
        assertThat(html).contains("<svg");
    }

    @Test
    void markdownEscapesTableCells() throws Exception {
        Report r = report(hostile(), List.of(Dimension.TYPE), List.of(), 0);
        String md = render(new MarkdownRenderer(), r);
        assertThat(md).contains("| \\<script\\>alert(1)\\</script\\> \\| \\*b\\* |");
        assertThat(md).contains("## By type");
    }

    @Test
    void markdownCodeSpansAreNotEscapedAndCareHasTheResolvedColumn() {
        Report r = report(Fixtures.path("generic.csv"), List.of(), List.of("engagement_rate>=3%@instagram"), 0);
        String md = render(new MarkdownRenderer(), r);
        assertThat(md).contains(": `engagement_rate>=3%@instagram` (actual");
        assertThat(MarkdownRenderer.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownRenderer.code("`x`")).isEqualTo("`` `x` ``");
        assertThat(MarkdownRenderer.code("p_1\\n")).isEqualTo("`p_1\\n`");
        Report care = report(Fixtures.path("inbox.csv"), List.of(), List.of(), 0);
        String cmd = render(new MarkdownRenderer(), care);
        assertThat(cmd).contains("| channel | messages | response rate | median | p90 | within SLA | resolved | complaints handled |");
        assertThat(cmd).as("resolved: 2 of the 4 that say").contains("| all | 5 | 80.00% | 20 min | 2.0 h | 60.00% | 50.00% | 66.67% of 3 |");
    }

    @Test
    void textTablesAreAlignedAndTargetsMarked() {
        Report r = report(Fixtures.path("generic.csv"), List.of(Dimension.NETWORK), List.of("posts>=5"), 0);
        String text = render(new TextRenderer((s, tones) -> "[" + tones[0].name().toLowerCase(java.util.Locale.ROOT) + "]" + s, true), r);
        assertThat(text).contains("rows: 4 read, 4 used, 0 skipped");
        List<String> table = text.lines().dropWhile(l -> !l.contains("By network")).skip(1).limit(4).toList();
        assertThat(table.get(0)).startsWith("  [bold]network    posts  impressions");
        assertThat(table.get(1)).startsWith("  instagram      2        1,500");
        assertThat(table.get(2)).startsWith("  linkedin       1        2,000");
        int col = table.get(0).indexOf("eng. rate") - "[bold]".length() + "eng. rate".length();
        assertThat(table.get(1).substring(0, col)).endsWith("5.40%");
        assertThat(text).contains("[red]\u2717 missed  posts>=5  (actual 4)");
        assertThat(text).contains("Best time to post");
    }

    /** Two follower series of two networks, and a YouTube export: every format tells gross from net and names them. */
    private static Report followersAndYoutube() {
        ReportSpec spec = new ReportSpec(UTC, null, null, List.of(), false, 0, Kpi.ENGAGEMENTS, List.of(), List.of(),
                Duration.ofMinutes(30), Duration.ofHours(1));
        ReportBuilder b = new ReportBuilder(spec);
        ExportReader reader = new ExportReader(ExportReader.Options.defaults(UTC).withAsOf(LocalDate.of(2026, 3, 1)));
        var files = List.of(reader.read(Fixtures.path("tiktok-follower-history.csv"), b),
                reader.read(Fixtures.path("meta-daily-follows-utf16.csv"), b),
                reader.read(Fixtures.path("youtube-table-engagement.csv"), b));
        return b.build(files);
    }

    /** An account's daily series split by day: each group's sum is a column of every format's group table. */
    @Test
    void aDailySeriesIsAColumnOfTheGroupsInEveryFormat() throws Exception {
        Report r = report(Fixtures.path("meta-daily-reach-utf16.csv"), List.of(Dimension.DAY), List.of(), 0);
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(render(new CsvRenderer(), r))).getRecords();
        assertThat(csv).extracting(c -> c.get("day") + "=" + c.get("daily_reach"))
                .containsExactly("2025-03-29=24", "2025-03-30=26", "2025-03-31=75", "(total)=125");
        String text = render(new TextRenderer((t, tones) -> t, false), r);
        assertThat(text).containsPattern("day +posts +daily reach\n").containsPattern("2025-03-31 +0 +75\n");
        assertThat(render(new MarkdownRenderer(), r)).contains("daily reach |").contains("| 2025-03-31 | 0 | 75 |");
        assertThat(render(new HtmlRenderer(), r)).contains("<th>daily reach</th>")
                .contains("<td>2025-03-31</td><td class=\"n\">0</td><td class=\"n\">75</td>");
    }

    @Test
    void grossAndNetFollowsWithTheirNetworksAndYoutubeWatchTimeInEveryFormat() throws Exception {
        Report r = followersAndYoutube();
        String text = render(new TextRenderer((s, tones) -> s, false), r);
        assertThat(text).containsPattern("new follows \\(gross\\), from facebook +7\n")
                .containsPattern("follower change \\(net\\), from tiktok +8\n")
                .containsPattern("avg view duration +0:51\n").containsPattern("impr. CTR +6.18%\n")
                .doesNotContain("follower growth");
        String md = render(new MarkdownRenderer(), r);
        assertThat(md).contains("| new follows (gross), from facebook | 7 |").contains("| follower change (net), from tiktok | 8 |")
                .contains("| avg view duration | 0:51 |");
        String html = render(new HtmlRenderer(), r);
        assertThat(html).contains("<td>new follows (gross), from facebook</td><td class=\"n\">7</td>")
                .contains("<td>follower change (net), from tiktok</td><td class=\"n\">8</td>");
        JsonNode json = new ObjectMapper().readTree(render(new JsonRenderer(), r)).path("totals");
        assertThat(json.path("new_follows").asLong()).isEqualTo(7);
        assertThat(json.path("follower_change").asLong()).isEqualTo(8);
        assertThat(json.path("networks").path("new_follows").toString()).isEqualTo("[\"facebook\"]");
        assertThat(json.path("networks").path("follower_change").toString()).isEqualTo("[\"tiktok\"]");
        assertThat(json.path("avg_view_duration").asDouble()).isCloseTo(20 * 3600.0 / 1400, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.path("engagements").asLong()).isEqualTo(74);
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(render(new CsvRenderer(), r)))
                .getRecords();
        assertThat(csv.get(0).get("new_follows")).isEqualTo("7");
        assertThat(csv.get(0).get("new_follows_networks")).isEqualTo("facebook");
        assertThat(csv.get(0).get("follower_change_networks")).isEqualTo("tiktok");
        assertThat(csv.get(0).get("impressions_ctr")).isEqualTo("0.061842");
    }

    @Test
    void bestTimeNamesASlotOnlyWithTheMinimumSampleAndShowsItInEveryFormat() throws Exception {
        // Monday 09:00: one post at 20 %; Tuesday 10:00: three posts at 3 %; Wednesday 11:00: two posts at 5 %
        Path f = tmp.resolve("slots.csv");
        Files.writeString(f, "network,post_id,published_at,impressions,reactions\n"
                + "x,a,2025-03-03T09:10:00Z,100,20\n"
                + "x,b,2025-03-04T10:05:00Z,1000,30\nx,c,2025-03-11T10:20:00Z,1000,30\nx,d,2025-03-18T10:40:00Z,1000,30\n"
                + "x,e,2025-03-05T11:00:00Z,100,5\nx,g,2025-03-12T11:00:00Z,100,5\n");
        Report r = report(f, List.of(), List.of(), 0);
        String sentence = "best: Tuesday 10:00 (3.00% over 3 posts; a slot needs 3 posts with impressions to be named)";
        assertThat(render(new TextRenderer((s, tones) -> s, true), r)).contains("  " + sentence).doesNotContain("Monday 09:00");
        assertThat(render(new MarkdownRenderer(), r)).contains("## Best time to post").contains(sentence);
        assertThat(render(new HtmlRenderer(), r)).contains("<p>" + sentence + "</p>").contains("title=\"20.00% over 1 posts\"");
        JsonNode json = new ObjectMapper().readTree(render(new JsonRenderer(), r));
        assertThat(json.path("best_slot").toString())
                .isEqualTo("{\"min_posts\":3,\"weekday\":2,\"hour\":10,\"sample\":3,\"engagement_rate\":0.03}");
        assertThat(json.path("best_time").get(0).path("sample").asLong()).isEqualTo(1);

        Files.writeString(f, "network,post_id,published_at,impressions,reactions\n"
                + "x,a,2025-03-03T09:10:00Z,100,20\nx,e,2025-03-05T11:00:00Z,100,5\nx,g,2025-03-12T11:00:00Z,100,5\n");
        Report few = report(f, List.of(), List.of(), 0);
        assertThat(render(new TextRenderer((s, tones) -> s, true), few)).contains("  no best time named: no weekday and hour"
                + " has the 3 posts with impressions it needs (most: 2 at Wednesday 11:00)");
        assertThat(new ObjectMapper().readTree(render(new JsonRenderer(), few)).path("best_slot").path("weekday").isNull()).isTrue();
    }

    /**
     * 25 March to 7 April by network against the 14 days before, an Instagram export that starts mid-period beside an
     * X export of both periods; the top and bottom {@code top} posts.
     */
    private static Report comparedByNetwork(int top) {
        ReportSpec spec = new ReportSpec(UTC, LocalDate.of(2025, 3, 25), LocalDate.of(2025, 4, 7), List.of(Dimension.NETWORK),
                true, top, Kpi.ENGAGEMENTS, List.of(), List.of(), Duration.ofMinutes(30), Duration.ofHours(1));
        ReportBuilder b = new ReportBuilder(spec);
        ExportReader reader = new ExportReader(ExportReader.Options.defaults(UTC).withAsOf(LocalDate.of(2026, 3, 1)));
        return b.build(List.of(reader.read(Fixtures.path("meta-instagram-mid-month.csv"), b),
                reader.read(Fixtures.path("generic-x-march-april.csv"), b)));
    }

    @Test
    void compareShowsTheSameDaysColumnAndWarnsPerStreamInEveryFormat() throws Exception {
        Report r = comparedByNetwork(0);
        String warning = "instagram (posts): its exports cover 14 day(s) of the period and 7 of the previous one, not the"
                + " same days; compared over the 7 day(s) covered in both";
        String text = render(new TextRenderer((s, tones) -> s, false), r);
        assertThat(text).containsPattern("kpi +value +same days +previous +change")
                .containsPattern("posts +6 +4 +4 +\\+0\\.0%").containsPattern("impressions +5,261 +5,080 +1,276 +\\+298\\.1%")
                .contains("  warning: " + warning);
        assertThat(render(new MarkdownRenderer(), r)).contains("| KPI | value | same days | previous | change |")
                .contains("| posts | 6 | 4 | 4 | +0.0% |").contains("- warning: " + warning);
        assertThat(render(new HtmlRenderer(), r)).contains("<th>same days</th>").contains("warning: " + warning);
        JsonNode json = new ObjectMapper().readTree(render(new JsonRenderer(), r));
        assertThat(json.path("compared").path("posts").asLong()).isEqualTo(4);
        assertThat(json.path("previous").path("posts").asLong()).isEqualTo(4);
        assertThat(json.path("coverage").get(0).path("warning").asText()).isEqualTo(warning);
        assertThat(json.path("coverage").get(1).path("same_days").asBoolean()).isTrue();
        assertThat(json.path("groups").get(0).path("compared").path("posts").asLong()).isEqualTo(2);
    }

    @Test
    void postsThatNoExportCoversInBothPeriodsAreNotAvailableNotZero() throws Exception {
        ReportSpec spec = new ReportSpec(UTC, LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 14), List.of(),
                true, 0, Kpi.ENGAGEMENTS, List.of(), List.of(), Duration.ofMinutes(30), Duration.ofHours(1));
        ReportBuilder b = new ReportBuilder(spec);
        ExportReader reader = new ExportReader(ExportReader.Options.defaults(UTC).withAsOf(LocalDate.of(2026, 3, 1)));
        Report r = b.build(List.of(reader.read(Fixtures.path("generic-x-march-april.csv"), b)));
        String text = render(new TextRenderer((s, tones) -> s, false), r);
        assertThat(text).containsPattern("posts +0 +n/a +n/a *\n");
        JsonNode json = new ObjectMapper().readTree(render(new JsonRenderer(), r));
        assertThat(json.path("previous").path("posts").isNull()).as(json.path("previous").toString()).isTrue();
        assertThat(json.path("compared").path("posts").isNull()).isTrue();
        assertThat(json.path("totals").path("posts").asLong()).isZero(); // the period's own posts: counted, none
    }

    /**
     * A client reading the HTML page or the Markdown sees what the terminal shows: the rows outside the period, each
     * group's change, the rank and day of the top posts, the care figures with what they rest on, the partial bases,
     * the posts and impressions trend, the followers online (a review found each missing from HTML).
     */
    @Test
    void htmlAndMarkdownShowWhatTheTextShows() throws Exception {
        Report r = comparedByNetwork(2);
        String text = render(new TextRenderer((s, tones) -> s, false), r);
        String html = render(new HtmlRenderer(), r);
        String md = render(new MarkdownRenderer(), r);
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("rows: ([^\n]*outside the period)").matcher(text);
        assertThat(rows.find()).as(text).isTrue();
        assertThat(html).contains("rows: " + rows.group(1));
        assertThat(md).contains("Rows: " + rows.group(1));
        assertThat(text).contains("eng. change");
        assertThat(html).contains("<th>eng. change</th>");
        assertThat(md).contains("| eng. change |");
        java.util.regex.Matcher change = java.util.regex.Pattern.compile("\\n  instagram .* ([+-][0-9.]+%)\\n").matcher(text);
        assertThat(change.find()).as(text).isTrue();
        assertThat(html).contains("<td class=\"n\">" + change.group(1) + "</td>");
        for (String doc : List.of(html, md)) {
            assertThat(doc).contains("Top 2 by engagements").contains("Bottom 2 by engagements");
            assertThat(doc).contains("posts").contains("impressions").contains("engagements");
        }
        assertThat(html).contains("<th>#</th><th>date</th><th>network</th><th>engagements</th><th>post</th>");
        assertThat(md).contains("| # | date | network | engagements | post |");
        assertThat(html).contains("aria-label=\"posts trend\"").contains("aria-label=\"impressions trend\"")
                .contains("aria-label=\"engagements trend\"");
        // the file as given, not its base name
        assertThat(html).contains(Fixtures.path("generic-x-march-april.csv").toString());

        Report care = report(Fixtures.path("inbox.csv"), List.of(), List.of(), 0);
        assertThat(render(new HtmlRenderer(), care)).contains("<th>resolved</th>")
                .contains("<td class=\"n\">50.00%</td><td class=\"n\">66.67% of 3</td>");

        Report partial = report(Fixtures.path("generic.csv"), List.of(), List.of(), 0);
        String bases = Fmt.partialBases(partial.totals());
        assertThat(bases).isNotNull();
        assertThat(render(new TextRenderer((s, tones) -> s, false), partial)).contains(bases);
        assertThat(render(new HtmlRenderer(), partial)).contains(bases);
        assertThat(render(new MarkdownRenderer(), partial)).contains(MarkdownRenderer.esc(bases));

        Report online = report(Fixtures.path("tiktok-follower-activity.csv"), List.of(), List.of(), 0);
        assertThat(render(new TextRenderer((s, tones) -> s, true), online)).contains("followers online");
        assertThat(render(new HtmlRenderer(), online)).contains("Followers online").contains("most online:");
        assertThat(render(new MarkdownRenderer(), online)).contains("Followers online").contains("most online:");
    }

    @Test
    void sparklineScalesToTheMaximum() {
        assertThat(Fmt.sparkline(new double[] {0, 1, 2, 4, 8})).isEqualTo("\u2581\u2582\u2583\u2585\u2588");
        assertThat(Fmt.sparkline(new double[] {0, 0})).isEqualTo("\u2581\u2581");
        assertThat(Fmt.count(2e19)).as("a large count keeps no decimals").isEqualTo("20,000,000,000,000,000,000");
        assertThat(Fmt.count(1234)).isEqualTo("1,234");
        assertThat(Fmt.count(12.5)).isEqualTo("12.50");
    }
}
