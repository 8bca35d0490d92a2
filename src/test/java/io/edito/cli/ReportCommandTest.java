package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.core.EditoException;
import io.edito.kpi.PlannedPost;
import io.edito.kpi.ProjectInputs;
import io.edito.metrics.ExportType;
import io.edito.metrics.ExportTypes;
import io.edito.metrics.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    /** Runs the command as the root command would: EditoException -> "edito: message" and its exit code. */
    static Result run(ReportCommand cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof EditoException e) {
                line.getErr().println("edito: " + e.getMessage());
                return e.exitCode();
            }
            throw ex;
        });
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static String fx(String name) {
        return Fixtures.path(name).toString();
    }

    @Test
    void twoPipesAreTwoExportsNotADownloadTwice() throws Exception {
        // report <(gunzip -c a.csv.gz) <(gunzip -c b.csv.gz): both pipes have size 0, and comparing their bytes
        // would drain them before the reader opened them
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        io.edito.metrics.Fifos.feed(a, "network,post_id,published_at,impressions\nx,1,2025-03-01,10\n");
        io.edito.metrics.Fifos.feed(b, "network,post_id,published_at,impressions\nx,2,2025-03-02,5\n");
        Result r = run(new ReportCommand(), a.toString(), b.toString(), "--tz", "UTC", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("same bytes");
        assertThat(new ObjectMapper().readTree(r.out()).at("/totals/impressions").asLong()).isEqualTo(15);
    }

    @Test
    void anOpenEndedPeriodReadsOpenAndSaysWhenItHoldsNothing() {
        // "2026-12-07 .. null", and 365 rows used and 365 outside the period without a word that none was in it
        Result r = run(new ReportCommand(), fx("generic.csv"), "--from", "2030-01-01", "--tz", "UTC");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2030-01-01 .. (open) (UTC)").doesNotContain("null")
                .containsPattern("outside the period \\(none in it\\)");
        Result to = run(new ReportCommand(), fx("generic.csv"), "--to", "2020-01-01", "--tz", "UTC");
        assertThat(to.out()).contains("(open) .. 2020-01-01 (UTC)");
    }

    @Test
    void textReportByNetworkExitsZero() {
        Result r = run(new ReportCommand(), fx("generic.csv"), fx("x-tweet-activity.csv"), "--by", "network", "--tz", "UTC");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("rows: 6 read, 6 used, 0 skipped").contains("By network").contains("  x  ");
    }

    @Test
    void aFolderStandsForItsExportsAndAFileNamedTwiceIsReadOnce() throws Exception {
        Path exports = Files.createDirectories(tmp.resolve("exports"));
        Files.copy(Fixtures.path("generic.csv"), exports.resolve("b-generic.csv"));
        Files.copy(Fixtures.path("x-tweet-activity.csv"), exports.resolve("a-x.CSV"));
        Files.writeString(exports.resolve("notes.md"), "not an export");
        Files.writeString(exports.resolve("headers.txt"), "not an export either");
        Files.copy(Fixtures.path("tiktok-content.csv"), Files.createDirectories(exports.resolve("tiktok")).resolve("c.csv"));
        Files.copy(Fixtures.path("generic.csv"), Files.createDirectories(exports.resolve(".old")).resolve("d.csv"));
        Files.copy(Fixtures.path("generic.csv"), exports.resolve(".~lock.generic.csv"));
        Result folder = run(new ReportCommand(), exports.toString(), "--tz", "UTC", "--format", "json");
        assertThat(folder.code()).isZero();
        assertThat(folder.err()).isEmpty();
        Path broken = Files.createSymbolicLink(exports.resolve("gone.csv"), tmp.resolve("nowhere.csv"));
        Result withBroken = run(new ReportCommand(), exports.toString(), "--tz", "UTC", "--format", "json");
        assertThat(withBroken.out()).isEqualTo(folder.out());
        assertThat(withBroken.err()).isEqualTo("edito: warning: " + broken + " is a link to nothing readable: not read"
                + System.lineSeparator());
        Files.delete(broken);
        Result named = run(new ReportCommand(), fx("x-tweet-activity.csv"), fx("generic.csv"), fx("tiktok-content.csv"),
                "--tz", "UTC", "--format", "json");
        JsonNode a = new ObjectMapper().readTree(named.out());
        JsonNode b = new ObjectMapper().readTree(folder.out());
        assertThat(b.get("totals")).isEqualTo(a.get("totals"));
        assertThat(b.get("files")).hasSize(3); // by path: a-x.CSV, b-generic.csv, tiktok/c.csv; hidden ones left out
        assertThat(b.get("files").get(0).toString()).contains("a-x.CSV");
        assertThat(b.get("files").get(2).toString()).contains("c.csv");

        // a folder named through a link is followed, as the shell would
        Path link = Files.createSymbolicLink(tmp.resolve("exports-link"), exports);
        Result linked = run(new ReportCommand(), link.toString(), "--tz", "UTC", "--format", "json");
        assertThat(linked.err()).isEmpty();
        assertThat(new ObjectMapper().readTree(linked.out()).get("totals")).isEqualTo(b.get("totals"));

        // the folder and a file in it, and the file again: its rows count once, and stderr says so
        Path inside = exports.resolve("b-generic.csv");
        Result twice = run(new ReportCommand(), exports.toString(), inside.toString(), inside.toString(), "--tz", "UTC",
                "--format", "json");
        assertThat(twice.code()).isZero();
        assertThat(new ObjectMapper().readTree(twice.out()).get("totals")).isEqualTo(b.get("totals"));
        assertThat(twice.err()).contains("edito: warning: " + inside + " is named twice: read once");

        // an export downloaded twice: the second copy's bytes are the first's, so its rows count once
        Path copy = Files.copy(inside, exports.resolve("b-generic (1).csv"));
        Result downloadedTwice = run(new ReportCommand(), exports.toString(), "--tz", "UTC", "--format", "json");
        assertThat(downloadedTwice.code()).isZero();
        assertThat(new ObjectMapper().readTree(downloadedTwice.out()).get("totals")).isEqualTo(b.get("totals"));
        assertThat(downloadedTwice.err()).contains("edito: warning: " + inside + " has the same bytes as " + copy
                + " (an export downloaded twice): read once");
        // the same size, other bytes (a figure changed): both read, their posts counted once (from the first)
        String text = Files.readString(inside);
        int digit = text.lastIndexOf('1');
        Files.writeString(copy, text.substring(0, digit) + "2" + text.substring(digit + 1));
        Result sameSize = run(new ReportCommand(), exports.toString(), "--tz", "UTC", "--format", "json");
        assertThat(sameSize.err()).isEqualTo("edito: 4 row(s) skipped (post in an earlier export: 4); see \"files\""
                + " in the report"
                + System.lineSeparator());
        JsonNode both = new ObjectMapper().readTree(sameSize.out());
        assertThat(both.get("files")).hasSize(4);
        assertThat(both.get("totals").get("posts")).isEqualTo(b.get("totals").get("posts"));
        // "b-generic (1).csv" comes first by path, so its figures count: x1's 15 clicks made 25
        assertThat(both.get("totals").get("clicks").asInt()).isEqualTo(b.get("totals").get("clicks").asInt() + 10);

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Result none = run(new ReportCommand(), empty.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("edito: " + empty + ": a folder with no .csv or .tsv file in it (name the "
                + "export files, or a folder that holds them)" + System.lineSeparator());
    }

    @Test
    void aPostInTwoOverlappingExportsCountsOnceWithTheFirstReadFigures() throws Exception {
        String header = "network,post_id,permalink,published_at,impressions,reactions\n";
        // March, then a later export reaching back into March: p2 again (grown figures), x1 new, and an id of March
        // on another network (another post); 6.49E+17 is an id a spreadsheet rounded (many posts share it)
        Path march = Files.writeString(tmp.resolve("march.csv"), header
                + "instagram,p1,,2025-03-03T09:00:00Z,1000,10\n"
                + "instagram,p2,,2025-03-20T09:00:00Z,500,5\n"
                + "instagram,6.49E+17,,2025-03-21T09:00:00Z,70,1\n"
                + "linkedin,,https://www.linkedin.com/feed/update/urn:li:share:1,2025-03-22T09:00:00Z,200,2\n");
        Path april = Files.writeString(tmp.resolve("april.csv"), header
                + "instagram,p2,,2025-03-20T09:00:00Z,900,9\n"
                + "x,p1,,2025-04-02T09:00:00Z,3000,30\n"
                + "instagram,6.49E+17,,2025-04-03T09:00:00Z,80,1\n"
                + "linkedin,,https://www.linkedin.com/feed/update/urn:li:share:1,2025-03-22T09:00:00Z,250,3\n"
                + "linkedin,,https://www.linkedin.com/feed/update/urn:li:share:2,2025-04-04T09:00:00Z,100,1\n");
        Result r = run(new ReportCommand(), march.toString(), april.toString(), "--tz", "UTC", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode totals = report.get("totals");
        assertThat(totals.get("posts").asInt()).isEqualTo(7); // 4 of March + x1, the second rounded id, share:2
        assertThat(totals.get("impressions").asDouble()).isEqualTo(1000 + 500 + 70 + 200 + 3000 + 80 + 100);
        assertThat(totals.get("reactions").asDouble()).isEqualTo(10 + 5 + 1 + 2 + 30 + 1 + 1);
        JsonNode second = report.get("files").get(1);
        assertThat(second.get("read").asInt()).isEqualTo(5);
        assertThat(second.get("used").asInt()).isEqualTo(3);
        assertThat(second.get("skip_reasons").toString()).isEqualTo("{\"post in an earlier export\":2}");
        assertThat(second.get("notes").toString()).contains("\"2 post(s) also in " + march + ", read before this"
                + " file (overlapping exports): counted once, with that file's figures; skipped here\"");
        assertThat(report.get("files").get(0).get("notes").toString()).doesNotContain("also in");
        assertThat(report.get("rows").toString()).contains("\"read\":9,\"used\":7,\"skipped\":2");
        assertThat(r.err()).isEqualTo("edito: 2 row(s) skipped (post in an earlier export: 2); see \"files\" in the"
                + " report" + System.lineSeparator());

        // the other way round, the first file read gives the figures: p2 counts 900, the share 250
        Result reversed = run(new ReportCommand(), april.toString(), march.toString(), "--tz", "UTC", "--format", "json");
        JsonNode rt = new ObjectMapper().readTree(reversed.out()).get("totals");
        assertThat(rt.get("posts").asInt()).isEqualTo(7);
        assertThat(rt.get("impressions").asDouble()).isEqualTo(900 + 3000 + 80 + 250 + 100 + 1000 + 70);

        // the text report says it under the file
        Result text = run(new ReportCommand(), march.toString(), april.toString(), "--tz", "UTC");
        assertThat(text.out()).contains(april + ": edito generic format (5 read, 3 used, 2 skipped {post in an earlier export=2})")
                .contains("    note: 2 post(s) also in " + march + ", read before this file");

        // within one export nothing is compared: a post twice in it counts twice, as the export says
        Path doubled = Files.writeString(tmp.resolve("doubled.csv"), header
                + "instagram,p1,,2025-03-03T09:00:00Z,1000,10\n"
                + "instagram,p1,,2025-03-03T09:00:00Z,1000,10\n");
        Result one = run(new ReportCommand(), doubled.toString(), "--tz", "UTC", "--format", "json");
        assertThat(new ObjectMapper().readTree(one.out()).get("totals").get("posts").asInt()).isEqualTo(2);
        // ...and a third export repeating it is compared with the first file that had it
        Result three = run(new ReportCommand(), doubled.toString(), april.toString(), march.toString(), "--tz", "UTC",
                "--format", "json");
        JsonNode files = new ObjectMapper().readTree(three.out()).get("files");
        assertThat(files.get(2).get("notes").toString()).contains("1 post(s) also in " + doubled)
                .contains("2 post(s) also in " + april);
        assertThat(files.get(2).get("used").asInt()).isEqualTo(1); // the first rounded id: never compared

        // an undated post skipped as read before is not noted again as "counted in totals" under the later file
        Path a = Files.writeString(tmp.resolve("a.csv"), header + "x,222,,,50,1\n");
        Path b = Files.writeString(tmp.resolve("b.csv"), header + "x,222,,,55,1\n");
        JsonNode undated = new ObjectMapper().readTree(run(new ReportCommand(), a.toString(), b.toString(), "--tz", "UTC",
                "--format", "json").out()).get("files");
        assertThat(undated.get(0).get("notes").toString()).contains("without a publication date");
        assertThat(undated.get(1).get("notes").toString()).doesNotContain("without a publication date")
                .contains("1 post(s) also in " + a);
        assertThat(undated.get(1).get("skip_reasons").toString()).isEqualTo("{\"post in an earlier export\":1}");
    }

    @Test
    void missedTargetExitsOne() {
        Result r = run(new ReportCommand(), fx("generic.csv"), "--tz", "UTC", "--target", "engagement_rate>=10%@instagram",
                "--target", "posts>=4");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("missed  engagement_rate>=10%@instagram").contains("met     posts>=4");
        assertThat(r.err()).contains("edito: 1 target(s) missed");
    }

    @Test
    void configuredTargetsAndTheirSyntaxErrors() {
        ReportCommand cmd = new ReportCommand();
        cmd.project = ProjectInputs.NONE.withTargets(List.of("posts>=5"));
        assertThat(run(cmd, fx("generic.csv"), "--tz", "UTC").code()).isEqualTo(1);
        Result bad = run(new ReportCommand(), fx("generic.csv"), "--target", "likes>3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("edito: target 'likes>3': unknown metric 'likes'");
    }

    @Test
    void aTargetInEditoYamlAndOnTheCommandLineIsListedOnce() {
        ReportCommand cmd = new ReportCommand();
        cmd.project = ProjectInputs.NONE.withTargets(List.of("posts>=5", "ctr>=1%"));
        Result r = run(cmd, fx("generic.csv"), "--tz", "UTC", "--target", "posts >= 5", "--target", "posts>=6");
        assertThat(r.out().lines().filter(l -> l.contains("posts>=5") || l.contains("posts >= 5"))).hasSize(1);
        assertThat(r.out()).contains("posts>=6").contains("ctr>=1%");
    }

    @Test
    void jsonToAFileWithComparePrevious() throws Exception {
        Path out = tmp.resolve("out/report.json");
        Result r = run(new ReportCommand(), fx("generic.csv"), "--tz", "Europe/Paris", "--format", "json", "--from",
                "2025-03-06", "--to", "2025-03-10", "--compare", "previous", "--by", "network", "--output", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(Files.readString(out));
        assertThat(root.path("totals").path("posts").asLong()).isEqualTo(1);
        assertThat(root.path("previous").path("posts").asLong()).as("3 March..5 March: the export starts on 3 March")
                .isEqualTo(3);
        assertThat(root.path("previous").path("from").asText()).isEqualTo("2025-03-01");
        assertThat(root.path("compared").path("posts").asLong()).as("8..10 March, the same days of the period").isEqualTo(1);
        assertThat(root.path("coverage").get(0).path("stream").asText()).isEqualTo("instagram (posts)");
        assertThat(root.path("coverage").get(0).path("compared_days").asLong()).isEqualTo(3);
        assertThat(r.err()).contains("edito: warning: instagram (posts): its exports cover 5 day(s) of the period and 3"
                + " of the previous one, not the same days; compared over the 3 day(s) covered in both");
        assertThat(root.path("period").path("zone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    void fromYesterdayAndToTodayAreTheDaysOfAsOfInTheBrandsZone() throws Exception {
        // a weekly cron report, as agenda and check take today: report said "not a date: 'yesterday'"
        Result relative = run(new ReportCommand(), fx("generic.csv"), "--tz", "Europe/Paris", "--format", "json",
                "--as-of", "2025-03-10", "--from", "yesterday", "--to", "today");
        Result dated = run(new ReportCommand(), fx("generic.csv"), "--tz", "Europe/Paris", "--format", "json",
                "--as-of", "2025-03-10", "--from", "2025-03-09", "--to", "2025-03-10");
        assertThat(relative.code()).as(relative.err()).isEqualTo(dated.code());
        JsonNode a = new ObjectMapper().readTree(relative.out());
        assertThat(a.path("period").path("from").asText()).isEqualTo("2025-03-09");
        assertThat(a.path("period").path("to").asText()).isEqualTo("2025-03-10");
        assertThat(relative.out()).isEqualTo(dated.out());
        Result bad = run(new ReportCommand(), fx("generic.csv"), "--from", "hier");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("not a date: 'hier' (yyyy-MM-dd such as 2026-12-01, today, yesterday or tomorrow)");
    }

    @Test
    void unknownExportIsAnInputError() throws Exception {
        Path f = tmp.resolve("weird.csv");
        Files.writeString(f, "foo,bar\n1,2\n");
        Result r = run(new ReportCommand(), f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("edito: " + f + ": unknown export; columns seen: 'foo', 'bar'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFollowerActivityExportAloneShowsWhenFollowersAreOnline() {
        Result r = run(new ReportCommand(), fx("tiktok-follower-activity.csv"), "--tz", "UTC", "--as-of", "2026-03-01",
                "--best-time");
        assertThat(r.code()).isZero();
        assertThat(r.out()).as("its days are the period").contains("KPI report  2026-02-21 .. 2026-02-22 (UTC)")
                .contains("no post with a time of day and impressions in the period")
                .contains("followers online (TikTok follower activity, average per weekday and hour):")
                .contains("most online: Saturday 09:00 (491 on average)");
        // Saturday the 21st at 09:00 is the darkest cell, Sunday 09:00 (300) lighter, every other hour empty
        assertThat(r.out()).contains("  Sat  \u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u2588");
    }

    @Test
    void aTrendDayWhosePostsLackAMetricHasNoneNotZero() throws Exception {
        // youtube-table.csv has no like, comment or share column: engagements are unknown, every day
        Result json = run(new ReportCommand(), fx("youtube-table.csv"), "--tz", "UTC", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode trend = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out()).get("trend");
        assertThat(trend).isNotEmpty();
        trend.forEach(d -> {
            assertThat(d.get("engagements").isNull()).as(d.toString()).isTrue();
            assertThat(d.get("impressions").isNumber()).as(d.toString()).isTrue();
        });
        Result text = run(new ReportCommand(), fx("youtube-table.csv"), "--tz", "UTC");
        assertThat(text.out()).contains("Trend (").containsPattern("  impressions  [\u2581-\u2588]")
                .doesNotContainPattern("  engagements  [\u2581-\u2588]");
    }

    @Test
    void aRatioOverPartOfThePostsSaysOnHowMany() {
        Result r = run(new ReportCommand(), fx("generic.csv"), "--tz", "UTC");
        assertThat(r.out()).contains("  ratios rest on the posts that carry both terms: eng. rate (reach) on 2 of 4, "
                + "cost/click on 1 of 4, cost/eng. on 1 of 4" + System.lineSeparator());
        assertThat(r.out()).as("the engagement rate rests on all four").doesNotContain("eng. rate on");
    }

    @Test
    void strictFailsSkippingReports() {
        Result lenient = run(new ReportCommand(), fx("linkedin-posts-fr.csv"), "--tz", "UTC", "--format", "json");
        assertThat(lenient.code()).isZero();
        assertThat(lenient.err()).contains("1 row(s) skipped").contains("see \"files\" and their \"issues\" in the report");
        Result strict = run(new ReportCommand(), fx("linkedin-posts-fr.csv"), "--strict");
        assertThat(strict.code()).isEqualTo(2);
        assertThat(strict.err()).contains("linkedin-posts-fr.csv:6").contains("--strict");
    }

    @Test
    void badOptionsAreInputErrors() {
        assertThat(run(new ReportCommand(), fx("generic.csv"), "--format", "pdf").err()).contains("--format");
        assertThat(run(new ReportCommand(), fx("generic.csv"), "--by", "color").code()).isEqualTo(2);
        assertThat(run(new ReportCommand(), fx("generic.csv"), "--tz", "Mars/Base").err()).contains("unknown time zone");
        assertThat(run(new ReportCommand(), fx("generic.csv"), "--compare", "previous").err()).contains("needs --from and --to");
        assertThat(run(new ReportCommand(), fx("generic.csv"), "--sla", "soon").err()).contains("not a duration");
        Result neg = run(new ReportCommand(), fx("generic.csv"), "--sla", "-1h");
        assertThat(neg.code()).isEqualTo(2);
        assertThat(neg.err()).contains("--sla: not a duration: '-1h'");
        for (String opt : new String[] {"--from", "--to", "--as-of"}) {
            Result d = run(new ReportCommand(), fx("generic.csv"), opt, opt.equals("--as-of") ? "garbage" : "2026-13-01");
            assertThat(d.code()).as(opt).isEqualTo(2);
            assertThat(d.err()).as(opt).contains(opt).contains("not a date:").contains("yyyy-MM-dd")
                    .doesNotContain("DateTimeParseException").doesNotContain("cannot convert");
            assertThat(d.err().lines().findFirst().orElseThrow()).as(opt + ": one line")
                    .matches("Invalid value for option '" + opt + "': not a date: '[^']+' \\(yyyy-MM-dd"
                            + "(, e\\.g\\. 2026-12-01| such as 2026-12-01, today, yesterday or tomorrow)\\)");
        }
    }

    @Test
    void mappingsPlannedPostsAndInbox() throws Exception {
        Path f = tmp.resolve("buffer.csv");
        Files.writeString(f, "Link,Sent at,Views,Hearts\nhttps://www.instagram.com/p/P1/,2025-03-03 09:15,100,7\n");
        ReportCommand cmd = new ReportCommand();
        List<ExportType> mappings = List.of(ExportTypes.custom("buffer", Map.of("Link", "permalink", "Sent at",
                "published_at", "Views", "impressions", "Hearts", "reactions"), null));
        List<PlannedPost> plan = new ArrayList<>();
        plan.add(new PlannedPost("ig-1", "instagram", OffsetDateTime.parse("2025-03-03T09:00:00+01:00"), "https://instagram.com/p/P1", "spring", "product", "fr"));
        plan.add(new PlannedPost("ig-2", "instagram", OffsetDateTime.parse("2025-03-04T09:00:00+01:00"), null, "spring", "product", "fr"));
        cmd.project = ProjectInputs.NONE.withMappings(mappings).withPlanned(plan);
        Result r = run(cmd, f.toString(), fx("inbox.csv"), "--tz", "Europe/Paris", "--by", "campaign", "--format", "json", "--sla", "30m");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("files").get(0).path("type").asText()).isEqualTo("buffer");
        assertThat(root.path("groups").get(0).path("key").path("campaign").asText()).isEqualTo("spring");
        assertThat(root.path("plan").path("matched").asLong()).isEqualTo(1);
        assertThat(root.path("plan").path("missing").get(0).path("id").asText()).isEqualTo("ig-2");
        assertThat(root.path("community_care").path("sla_minutes").asLong()).isEqualTo(30);
        assertThat(root.path("community_care").path("channels").get(0).path("within_sla").asDouble()).isEqualTo(1.0);
    }

    @Test
    void helpListsExitCodes() {
        Result r = run(new ReportCommand(), "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit codes:").contains("1   a target was missed").contains("--compare")
                .contains("engagement_rate>=3%@instagram");
        assertThat(r.err()).isEmpty();
    }
}
