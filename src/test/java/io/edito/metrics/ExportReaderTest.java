package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.metrics.Fixtures.Collect;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final ExportReader reader = new ExportReader(ExportReader.Options.defaults(PARIS).withAsOf(LocalDate.of(2026, 3, 1)));

    @TempDir
    Path tmp;

    private record Read(ReadSummary summary, Collect sink) {
    }

    private Read read(String fixture) {
        return read(reader, Fixtures.path(fixture));
    }

    private static Read read(ExportReader r, Path file) {
        Collect sink = new Collect();
        ReadSummary s = r.read(file, sink);
        return new Read(s, sink);
    }

    @Test
    void xLegacyQuotedFloatsDashesMultilineAndZone() {
        Read r = read("x-tweet-activity.csv");
        assertThat(r.summary().type().id()).isEqualTo("x-tweet-activity");
        assertThat(r.summary()).extracting(ReadSummary::read, ReadSummary::used, ReadSummary::skipped).containsExactly(2L, 2L, 0L);
        Collect c = r.sink();
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(2038);
        assertThat(c.sum(Metric.ENGAGEMENTS)).isEqualTo(28);
        assertThat(c.sum(Metric.SHARES)).isEqualTo(3);
        assertThat(c.sum(Metric.REACTIONS)).isEqualTo(8);
        assertThat(c.sum(Metric.CLICKS)).isEqualTo(8);
        assertThat(c.sum(Metric.VIDEO_VIEWS)).isEqualTo(40);
        PostMetrics first = c.posts.get(0);
        assertThat(first.network()).isEqualTo("x");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2019-10-30T00:13:00Z"));
        assertThat(first.timeKnown()).isTrue();
        assertThat(first.engagements()).as("the export's own engagements win").isEqualTo(18);
        assertThat(c.posts.get(1).source()).as("line of the record after a 3-line one").endsWith("x-tweet-activity.csv:5");
    }

    @Test
    void xAccountContentDateWithoutTimeTakesTheTimeOfItsSnowflakeId() {
        Read r = read("x-account-content.csv");
        PostMetrics first = r.sink().posts.get(0);
        assertThat(first.timeKnown()).as("id 2091108841245008184 was posted on the export's day").isTrue();
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-08-22T10:22:53.333Z"));
        PostMetrics second = r.sink().posts.get(1);
        assertThat(second.timeKnown()).as("its id says 22 August, the export 21 August: the export's day wins").isFalse();
        assertThat(second.publishedAt()).isEqualTo(LocalDate.of(2026, 8, 21).atStartOfDay(PARIS).toInstant());
        assertThat(r.sink().sum(Metric.SHARES)).as("reposts + shares").isEqualTo(2);
        assertThat(r.sink().sum(Metric.SAVES)).isEqualTo(1);
        assertThat(r.sink().sum(Metric.ENGAGEMENTS)).isEqualTo(7);
    }

    @Test
    void idClock() {
        assertThat(IdClock.decode("x", "1189334472111656962")).isEqualTo(Instant.parse("2019-10-30T00:13:29.574Z"));
        assertThat(IdClock.decode("x", "20")).as("pre-snowflake ids").isNull();
        assertThat(IdClock.decode("tiktok", "7527623000473079054")).isEqualTo(Instant.parse("2025-07-16T10:21:48Z"));
        assertThat(IdClock.decode("instagram", "18355151116178767")).isNull();
        assertThat(IdClock.decode("x", "12a")).isNull();
        assertThat(IdClock.idInPermalink("https://www.tiktok.com/@b/video/7527623000473079054?lang=fr")).isEqualTo("7527623000473079054");
        assertThat(IdClock.idInPermalink("https://www.instagram.com/p/ABC/")).isNull();
    }

    @Test
    void facebookInsightsSkipsDescriptionRowAndTakesFirstOfDuplicateColumns() {
        Read r = read("facebook-insights-posts.csv");
        assertThat(r.summary().type().id()).isEqualTo("facebook-insights-posts");
        assertThat(r.summary().read()).isEqualTo(2);
        Collect c = r.sink();
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(210);
        assertThat(c.sum(Metric.REACH)).isEqualTo(135);
        assertThat(c.sum(Metric.VIDEO_VIEWS)).as("organic + paid, total counts").isEqualTo(55);
        assertThat(c.sum(Metric.REACTIONS)).isEqualTo(7);
        assertThat(c.posts.get(0).publishedAt()).isEqualTo(Instant.parse("2017-01-19T08:03:47Z"));
        assertThat(c.posts.get(1).publishedAt()).isEqualTo(Instant.parse("2017-01-20T12:15:00Z"));
    }

    @Test
    void metaFacebookDuplicateViewsShortRowsAndLifetimeDate() {
        Read r = read("meta-facebook-content.csv");
        assertThat(r.summary()).extracting(ReadSummary::read, ReadSummary::used).containsExactly(2L, 2L);
        Collect c = r.sink();
        assertThat(c.sum(Metric.IMPRESSIONS)).as("first Views column").isEqualTo(100);
        assertThat(c.sum(Metric.CLICKS)).as("the short row has no clicks").isEqualTo(5);
        assertThat(c.posts.get(1).values().has(Metric.CLICKS)).isFalse();
        assertThat(c.posts.get(0).publishedAt()).isEqualTo(Instant.parse("2025-03-18T08:48:00Z"));
        assertThat(c.posts.get(0).type()).isEqualTo("Photos");
    }

    @Test
    void metaInstagram() {
        Read r = read("meta-instagram-content.csv");
        Collect c = r.sink();
        assertThat(c.posts).extracting(PostMetrics::network).containsOnly("instagram");
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(100);
        assertThat(c.sum(Metric.REACH)).isEqualTo(77);
        assertThat(c.sum(Metric.SAVES)).isEqualTo(2);
        assertThat(c.posts.get(0).values().has(Metric.FOLLOWS)).isFalse();
        assertThat(c.sum(Metric.FOLLOWS)).isEqualTo(1);
    }

    @Test
    void metaDailySeriesInUtf16WithSepLineAndTitle() {
        Read reach = read("meta-daily-reach-utf16.csv");
        assertThat(reach.summary().charset()).isEqualTo("UTF-16LE");
        assertThat(reach.sink().series).extracting(SeriesPoint::date).containsExactly(
                LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 31));
        assertThat(reach.sink().sum(SeriesMetric.REACH)).isEqualTo(125);
        assertThat(reach.sink().series.get(0).network()).isEqualTo("facebook");
        assertThat(reach.sink().series.get(2).source()).as("sep= and title lines counted").endsWith(":6");
        Read follows = read("meta-daily-follows-utf16.csv");
        assertThat(follows.sink().sum(SeriesMetric.NEW_FOLLOWS)).isEqualTo(7);
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() throws Exception {
        Path f = tmp.resolve("nobom.csv");
        Files.write(f, "network,impressions,reactions\r\nx,10,1\r\nx,5,2\r\n".getBytes(StandardCharsets.UTF_16LE));
        Read r = read(reader, f);
        assertThat(r.summary().charset()).isEqualTo("UTF-16LE");
        assertThat(r.sink().sum(Metric.IMPRESSIONS)).isEqualTo(15);
        Files.write(f, "network,impressions\nx,7\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(read(reader, f).sink().sum(Metric.IMPRESSIONS)).isEqualTo(7);
    }

    @Test
    void youtubeEngagementsAreLikesCommentsSharesAndWatchTimeComesFromTheAverageViewDuration() {
        Read r = read("youtube-table-engagement.csv");
        Collect c = r.sink();
        assertThat(c.posts).hasSize(3);
        assertThat(c.posts).extracting(PostMetrics::engagements).as("likes + comments + shares, no click-through")
                .containsExactly(49.0, 18.0, 7.0);
        assertThat(c.posts.get(0).get(Metric.WATCH_TIME_HOURS)).as("the export's own watch time wins").isEqualTo(10);
        assertThat(c.posts.get(1).get(Metric.WATCH_TIME_HOURS)).as("90 s x 400 views").isEqualTo(10);
        assertThat(c.posts.get(2).values().has(Metric.WATCH_TIME_HOURS)).isFalse();
        assertThat(c.sum(Metric.IMPRESSION_CLICKS)).isEqualTo(975 + 200);
        assertThat(c.sum(Metric.FOLLOWS)).as("'Subscribers gained' are follows").isEqualTo(11);
        assertThat(r.summary().notes()).isEmpty();
    }

    @Test
    void youtubeSkipsTotalRowAndDerivesImpressionClicksFromCtr() {
        Read r = read("youtube-table.csv");
        assertThat(r.summary()).extracting(ReadSummary::read, ReadSummary::used, ReadSummary::skipped).containsExactly(4L, 3L, 1L);
        assertThat(r.summary().skipReasons()).isEqualTo(Map.of("total row", 1L));
        assertThat(r.summary().issues()).isEmpty();
        Collect c = r.sink();
        assertThat(c.sum(Metric.VIDEO_VIEWS)).isEqualTo(1400);
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(19000);
        assertThat(c.posts).as("'Subscribers' is the net change, not follows gained")
                .noneMatch(p -> p.values().has(Metric.FOLLOWS));
        assertThat(r.summary().notes()).first().isEqualTo("'Subscribers' is YouTube's net change (gained minus lost), "
                + "not follows: left out of follows; add the 'Subscribers gained' column in YouTube Studio to count them");
        assertThat(c.sum(Metric.IMPRESSION_CLICKS)).as("6.5% of 15000 + 5% of 4000").isEqualTo(1175);
        assertThat(c.posts).as("a thumbnail click-through is no click on the post").noneMatch(p -> p.values().has(Metric.CLICKS));
        assertThat(c.sum(Metric.WATCH_TIME_HOURS)).isCloseTo(10.2 + 6.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.posts.get(0).permalink()).isEqualTo("https://www.youtube.com/watch?v=oEDe6JMwL7Q");
        assertThat(c.posts.get(2).publishedAt()).isNull();
    }

    @Test
    void tiktokDatesWithoutYearTakeYearAndTimeFromTheVideoIdAndSeriesTheLatestBeforeAsOf() {
        Read r = read("tiktok-content.csv");
        assertThat(r.sink().posts).extracting(PostMetrics::publishedAt).containsExactly(
                Instant.parse("2025-07-16T10:21:48Z"), Instant.parse("2026-02-01T21:16:43Z"));
        assertThat(r.sink().sum(Metric.IMPRESSIONS)).isEqualTo(202829);
        Read h = read("tiktok-follower-history.csv");
        assertThat(h.sink().sum(SeriesMetric.FOLLOWER_CHANGE)).isEqualTo(8);
        assertThat(h.sink().series.stream().filter(s -> s.metric() == SeriesMetric.FOLLOWERS)).hasSize(3);
        assertThat(h.sink().series.get(0).date()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(h.sink().series.get(h.sink().series.size() - 1).date()).isEqualTo(LocalDate.of(2026, 1, 2));
        Read a = read("tiktok-follower-activity.csv");
        assertThat(a.sink().series).extracting(SeriesPoint::hour).containsExactly(9, 10, 9);
        Read o = read("tiktok-overview.csv");
        assertThat(o.sink().sum(SeriesMetric.VIEWS)).isEqualTo(36564);
    }

    @Test
    void publerCommentsSectionsAndHashtagsInQuotedText() {
        Read r = read("publer-insights.csv");
        assertThat(r.summary().type().id()).isEqualTo("publer-insights");
        assertThat(r.summary()).extracting(ReadSummary::read, ReadSummary::used).containsExactly(3L, 3L);
        Collect c = r.sink();
        assertThat(c.posts).extracting(PostMetrics::network).containsExactly("linkedin", "linkedin", "instagram");
        assertThat(c.sum(Metric.REACH)).isEqualTo(74);
        assertThat(c.sum(Metric.REACTIONS)).isEqualTo(8);
        assertThat(c.sum(Metric.CLICKS)).isEqualTo(3);
        assertThat(c.posts.get(1).values().has(Metric.REACH)).isFalse();
    }

    @Test
    void genericFormatAnySubsetWithCampaign() {
        Read r = read("generic.csv");
        Collect c = r.sink();
        assertThat(c.posts).hasSize(4);
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(6500);
        assertThat(c.sum(Metric.SPEND)).isEqualTo(20.5);
        assertThat(c.posts.get(1).values().has(Metric.COMMENTS)).isFalse();
        assertThat(c.posts.get(0).campaign()).isEqualTo("spring");
        assertThat(c.posts.get(0).publishedAt()).isEqualTo(Instant.parse("2025-03-03T08:15:00Z"));
        assertThat(c.posts.get(2).publishedAt()).as("no zone: the account's").isEqualTo(Instant.parse("2025-03-05T11:30:00Z"));
    }

    @Test
    void aSemicolonFileThatWritesDotDecimalsIsReadWithADot() throws Exception {
        // a ';' file was read as French whatever its cells said: 6.105 hours became 6105, 12.500 spent 12500
        Path dots = tmp.resolve("dots.csv");
        java.nio.file.Files.writeString(dots, "network;post_id;published_at;impressions;watch_time_hours;spend\n"
                + "youtube;a1;2025-03-03;1000;6.105;12.500\nyoutube;a2;2025-03-04;1000;2.5;1.25\n");
        Read r = read(reader, dots);
        assertThat(r.sink().sum(Metric.WATCH_TIME_HOURS)).isCloseTo(8.605, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.sink().sum(Metric.SPEND)).isCloseTo(13.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.summary().notes()).anySatisfy(n -> assertThat(n).startsWith("read with '.' as the decimal mark"));
        // the same with comma decimals: French, as before (and a dot group is thousands)
        Path commas = tmp.resolve("commas.csv");
        java.nio.file.Files.writeString(commas, "network;post_id;published_at;impressions;watch_time_hours;spend\n"
                + "youtube;a1;2025-03-03;1.000;6,105;12,5\nyoutube;a2;2025-03-04;1000;2,5;1,25\n");
        Read fr = read(reader, commas);
        assertThat(fr.sink().sum(Metric.IMPRESSIONS)).isEqualTo(2000);
        assertThat(fr.sink().sum(Metric.WATCH_TIME_HOURS)).isCloseTo(8.605, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fr.summary().notes()).noneSatisfy(n -> assertThat(n).startsWith("read with '.'"));
        assertThat(TextSource.writesDotDecimals("a;1.000;2025-03-03;03.03.2025", ';')).isFalse();
        assertThat(TextSource.writesDotDecimals("a;0.125\nb;2,5", ';')).isFalse();
        assertThat(TextSource.writesDotDecimals("a;\"1234.5\";12 %", ';')).isTrue();
    }

    @Test
    void frenchExcelSemicolonsWindows1252NbspAndPercentRates() {
        Read r = read("linkedin-posts-fr.csv");
        assertThat(r.summary().delimiter()).isEqualTo(';');
        assertThat(r.summary().charset()).isEqualTo("windows-1252");
        assertThat(r.summary()).extracting(ReadSummary::read, ReadSummary::used, ReadSummary::skipped).containsExactly(3L, 2L, 1L);
        assertThat(r.summary().issues()).singleElement().asString()
                .endsWith("linkedin-posts-fr.csv:6: column 'Impressions': not a number: 'beaucoup'");
        Collect c = r.sink();
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(3234);
        assertThat(c.sum(Metric.CLICKS)).as("12,5 % of 1 234 + 0,5 % of 2 000").isEqualTo(164);
        assertThat(c.posts.get(1).type()).isEqualTo("Vidéo");
        assertThat(c.posts.get(1).publishedAt()).as("day first").isEqualTo(LocalDate.of(2025, 3, 20).atStartOfDay(PARIS).toInstant());
    }

    @Test
    void strictModeFailsOnTheFirstMalformedRow() {
        ExportReader strict = new ExportReader(ExportReader.Options.defaults(PARIS).withStrict(true));
        assertThatThrownBy(() -> strict.read(Fixtures.path("linkedin-posts-fr.csv"), new Collect()))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("linkedin-posts-fr.csv:6")
                .hasMessageContaining("not a number: 'beaucoup'")
                .extracting(e -> ((EditoException) e).exitCode()).isEqualTo(2);
    }

    @Test
    void unknownHeaderListsColumnsAndClosestTypes() throws Exception {
        Path f = tmp.resolve("mystery.csv");
        Files.writeString(f, "Post ID,Publish time,Permalink,Views,Reach,Likes\n1,03/18/2025 09:48,https://x/1,1,1,1\n");
        assertThatThrownBy(() -> reader.read(f, new Collect()))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("unknown export; columns seen: 'Post ID', 'Publish time', 'Permalink', 'Views', 'Reach', 'Likes'")
                .hasMessageContaining("closest known types: meta-")
                .extracting(e -> ((EditoException) e).exitCode()).isEqualTo(2);
    }

    @Test
    void userMappingWinsAndNamesItsNetwork() throws Exception {
        Path f = tmp.resolve("hootsuite.csv");
        Files.writeString(f, "Post Link;Date (GMT);Impressions;Likes\nhttps://example.org/1;2025-03-01 10:00;1.234;3\n", Charset.forName("windows-1252"));
        ExportType mapping = ExportTypes.custom("hootsuite",
                Map.of("Post Link", "permalink", "Date (GMT)", "published_at", "Impressions", "impressions", "Likes", "reactions"),
                "LinkedIn");
        ExportReader r = new ExportReader(ExportReader.Options.defaults(ZoneId.of("UTC")).withExtraTypes(List.of(mapping)));
        Read read = read(r, f);
        assertThat(read.summary().type().id()).isEqualTo("hootsuite");
        assertThat(read.sink().posts.get(0).network()).isEqualTo("linkedin");
        assertThat(read.sink().sum(Metric.IMPRESSIONS)).as("1.234 in a ; file is one thousand two hundred...").isEqualTo(1234);
        assertThatThrownBy(() -> ExportTypes.custom("bad", Map.of("A", "likes"))).hasMessageContaining("unknown field 'likes'");
    }

    @Test
    void forcedTypeMustMatchTheHeader() {
        ExportReader r = new ExportReader(ExportReader.Options.defaults(PARIS).withForcedType("youtube-table"));
        assertThatThrownBy(() -> r.read(Fixtures.path("generic.csv"), new Collect()))
                .hasMessageContaining("not a 'youtube-table' export");
        ExportReader unknown = new ExportReader(ExportReader.Options.defaults(PARIS).withForcedType("nope"));
        assertThatThrownBy(() -> unknown.read(Fixtures.path("generic.csv"), new Collect()))
                .hasMessageContaining("unknown export type 'nope'");
    }

    @Test
    void aPipeIsReadLikeAFile() throws Exception {
        Path fifo = tmp.resolve("export.csv");
        Fifos.feed(fifo, "network,post_id,published_at,impressions\nx,1,2025-03-01,10\nx,2,2025-03-02,5\n");
        Collect c = new Collect();
        ReadSummary s = reader.read(fifo, c); // as edito report <(unzip -p export.zip) gives it: was "Illegal seek"
        assertThat(s.used()).isEqualTo(2);
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(15);
    }

    @Test
    void aNegativeCountIsARowProblemNotANumberThatLowersTheTotals() throws Exception {
        Path f = tmp.resolve("negative.csv");
        Files.writeString(f, "network,post_id,published_at,impressions,reactions\nx,1,2025-03-01,10,2\nx,2,2025-03-01,10,-3\n");
        Collect c = new Collect();
        ReadSummary s = reader.read(f, c);
        assertThat(s.used()).isEqualTo(1);
        assertThat(s.issues()).singleElement().asString()
                .endsWith("negative.csv:3: column 'reactions': -3 is negative, which reactions cannot be");
        assertThat(c.sum(Metric.REACTIONS)).isEqualTo(2);
    }

    @Test
    void zeroViewsBesideAReachAreNotAMeasure() throws Exception {
        Path f = tmp.resolve("views.csv");
        Files.writeString(f, "network,post_id,published_at,impressions,reach,reactions\n"
                + "facebook,1,2025-03-01,0,40,4\nfacebook,2,2025-03-01,100,60,3\nfacebook,3,2025-03-01,0,0,0\n");
        Collect c = new Collect();
        ReadSummary s = reader.read(f, c);
        assertThat(c.posts.get(0).values().has(Metric.IMPRESSIONS)).isFalse();
        assertThat(c.posts.get(1).get(Metric.IMPRESSIONS)).isEqualTo(100);
        assertThat(c.posts.get(2).get(Metric.IMPRESSIONS)).as("no reach either: a post nobody saw").isZero();
        assertThat(s.notes()).containsExactly("1 post(s) with 0 'impressions' but a reach above 0: 0 is not a measure "
                + "there, so their impressions are left out (and so of the engagement rate)");
    }

    @Test
    void aTotalRowUnderASheetOfPostsIsSkippedAndCountedNotAddedAsAPost() throws Exception {
        // a spreadsheet's sum line: read as a post, it doubled every total
        Path generic = tmp.resolve("tot.csv");
        Files.writeString(generic, "network,post_id,published_at,impressions,reactions\n"
                + "x,1,2025-03-01,1000,5\nx,2,2025-03-02,2000,10\nTotal,,,3000,15\n");
        Collect c = new Collect();
        ReadSummary s = reader.read(generic, c);
        assertThat(c.posts).hasSize(2);
        assertThat(c.sum(Metric.IMPRESSIONS)).isEqualTo(3000);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.skipReasons()).containsEntry("total row", 1L);
        // the label in the id column, and in French; a post that names itself Total is still a post
        Path idFirst = tmp.resolve("tot2.csv");
        Files.writeString(idFirst, "post_id,network,published_at,impressions\n1,x,2025-03-01,1000\n"
                + "Total général,,,1000\nTotal,x,2025-03-03,50\n");
        Collect d = new Collect();
        reader.read(idFirst, d);
        assertThat(d.posts).extracting(PostMetrics::postId).containsExactly("1", "Total");
        // what a spreadsheet writes around the label: "Total:", "Totals :", "Total posts", "Grand total (March)"
        Path written = tmp.resolve("tot3.csv");
        Files.writeString(written, "network,post_id,published_at,impressions\nx,1,2025-03-01,1000\n"
                + "Total:,,,1000\n\"Totals :\",,,1000\nTotal posts,,,1000\nGrand total (March),,,1000\nGESAMT,,,1000\n"
                + "Totaal,,,1000\nTotalement,,,7\n");
        Collect e = new Collect();
        ReadSummary w = reader.read(written, e);
        assertThat(w.skipReasons()).containsEntry("total row", 6L);
        assertThat(e.sum(Metric.IMPRESSIONS)).as("'Totalement' is no total label: an undated post, kept").isEqualTo(1007);
    }

    @Test
    void aTotalLabelIsReadAsASpreadsheetWritesIt() {
        assertThat(ExportRun.totalLabel(" Total: ")).isTrue();
        assertThat(ExportRun.totalLabel("Total posts")).isTrue();
        assertThat(ExportRun.totalLabel("Grand Total (March)")).isTrue();
        assertThat(ExportRun.totalLabel("Totals: 12 posts")).isTrue();
        assertThat(ExportRun.totalLabel("المجموع")).isTrue();
        assertThat(ExportRun.totalLabel("Totalement")).isFalse();
        assertThat(ExportRun.totalLabel("Grand voyage total")).isFalse();
        assertThat(ExportRun.totalLabel("Total Recall launch")).as("a campaign's name").isFalse();
        assertThat(ExportRun.totalLabel("Total\u00A0:")).as("a French no-break space").isTrue();
        assertThat(ExportRun.totalLabel("Total 12")).isTrue();
        assertThat(ExportRun.totalLabel("Total - mars")).isTrue();
        assertThat(ExportRun.totalLabel("Total publications")).isTrue();
        assertThat(ExportRun.totalLabel("Sum up of June")).isFalse();
        assertThat(ExportRun.totalLabel("2025-03-01")).isFalse();
        assertThat(ExportRun.totalLabel("")).isFalse();
    }

    @Test
    void timesThatTheClocksSkippedOrRepeatedAreNoted() throws Exception {
        // Paris: 2025-03-30 02:00 became 03:00 (02:30 never happened); 2025-10-26 03:00 became 02:00 (02:30 twice)
        Path f = tmp.resolve("dst.csv");
        Files.writeString(f, "network,post_id,published_at,impressions\n"
                + "x,1,2025-03-30 01:30,10\nx,2,2025-03-30 02:30,10\nx,3,2025-10-26 02:30,10\n"
                + "x,4,2025-10-26 02:30+01:00,10\nx,5,2025-03-30 02:45,10\n");
        Collect c = new Collect();
        ReadSummary s = reader.read(f, c);
        assertThat(c.posts).extracting(PostMetrics::publishedAt).containsExactly(
                java.time.Instant.parse("2025-03-30T00:30:00Z"), java.time.Instant.parse("2025-03-30T01:30:00Z"),
                java.time.Instant.parse("2025-10-26T00:30:00Z"), java.time.Instant.parse("2025-10-26T01:30:00Z"),
                java.time.Instant.parse("2025-03-30T01:45:00Z"));
        assertThat(s.notes()).containsExactly(
                "2 row(s) at a local time that Europe/Paris's clocks skipped (moved forward that night), first at line 3:"
                        + " read as the time after the change (02:30 when 02:00 became 03:00 is 03:30)",
                "1 row(s) at a local time that Europe/Paris's clocks showed twice (moved back that night), first at"
                        + " line 4: read as the first of the two");
    }

    @Test
    void notesOnIdsRoundedBySpreadsheetsAndUndatedPosts() throws Exception {
        Path f = tmp.resolve("excel.csv");
        Files.writeString(f, "network,post_id,published_at,impressions\nx,6.49E+17,2025-03-01,10\nx,649000000000000001,,5\n");
        ReadSummary s = reader.read(f, new Collect());
        assertThat(s.notes()).containsExactly(
                "1 post id(s) in scientific notation (6.49E+17): a spreadsheet rounded them, so joins by post id cannot find these posts; use the original export",
                "1 post(s) without a publication date: counted in totals, left out of dated periods");
        assertThat(s.used()).isEqualTo(2);
        assertThat(ExportRowMapper.looksRounded("1.2345E17")).isTrue();
        assertThat(ExportRowMapper.looksRounded("1605839243031680_1867404650208470")).isFalse();
    }

    @Test
    void roundedIdsAreRecognisedAsThePatternDoes() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\d(?:[.,]\\d+)?[eE]\\+?\\d+");
        List<String> cases = new ArrayList<>(List.of("6.49E+17", "6,49E17", "1e5", "1E+", "1.E5", "1.2e", "12E5", "1.2E5x",
                "E5", "", "1", "1.", "1,5", "٣E5", "1.2E+5", "1.2E-5", "1.2E++5", "1.2345E17", "9e9"));
        java.util.Random r = new java.util.Random(19);
        String alphabet = "01234567899.,eE+-x_٣";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(8); n > 0; n--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            cases.add(b.toString());
        }
        int rounded = 0;
        for (String id : cases) {
            boolean expected = p.matcher(id).matches();
            assertThat(ExportRowMapper.looksRounded(id)).as(id).isEqualTo(expected);
            rounded += expected ? 1 : 0;
        }
        assertThat(rounded).as("the generated ids hold rounded ones too").isGreaterThan(100);
    }

    @Test
    void inboxExport() {
        Read r = read("inbox.csv");
        assertThat(r.summary().type().id()).isEqualTo("inbox");
        assertThat(r.sink().inbox).hasSize(5);
        assertThat(r.sink().inbox.get(2).repliedAt()).isNull();
        assertThat(r.sink().inbox.get(4).resolved()).isNull();
        assertThat(r.sink().inbox.get(0).kind()).isEqualTo("complaint");
    }

    @Test
    void unterminatedQuoteIsAnInputErrorWithItsLine() throws Exception {
        Path f = tmp.resolve("broken.csv");
        Files.writeString(f, "network,impressions\nx,1\nx,\"2\n");
        assertThatThrownBy(() -> reader.read(f, new Collect()))
                .isInstanceOf(EditoException.class).hasMessageContaining("broken.csv:3");
    }
}
