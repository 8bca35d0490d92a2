package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export belongs to an account: x and x-ar told apart in the report (issue 13, docs/kpi.md#accounts). */
class ReportAccountsTest {
    private static final String TWO_X = AccountProject.TWO_X;
    private static final String POSTS = AccountProject.BILINGUAL.replace("status: approved", "status: published");
    private static final String HEADER = "network,post_id,permalink,published_at,impressions,reactions\n";

    @TempDir
    Path dir;

    private CliRun report(String file, String... more) {
        List<String> args = new ArrayList<>(List.of("--config", dir.resolve("edito.yaml").toString(), "report",
                dir.resolve(file).toString(), "--as-of", "2026-12-02", "--format", "json"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> missing(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("plan").get("missing").forEach(m -> out.add(m.get("id").asText() + "@" + m.get("channel").asText()));
        return out;
    }

    @Test
    void theHandleInEachPermalinkSaysTheAccountAndThePlanIsJoinedPerAccount() throws IOException {
        AccountProject.write(dir, TWO_X, "", POSTS);
        // only the Arabic account's post has metrics: it is joined to promo on x-ar, and promo on x is missing
        // (joined by network, it would have been taken for promo on x)
        Files.writeString(dir.resolve("x.csv"), HEADER
                + "x,2,https://x.com/atlasair_ar/status/2,2026-12-01T10:02:00Z,900,40\n");
        CliRun r = report("x.csv", "--by", "channel");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = AccountProject.JSON.readTree(r.out());
        assertThat(missing(json)).containsExactly("promo@x");
        assertThat(json.get("plan").get("matched").asInt()).isEqualTo(1);
        assertThat(json.get("groups").toString()).contains("x-ar").doesNotContain("\"x\"");
    }

    @Test
    void anExportThatCouldBeOfEitherAccountStopsWithTheCandidatesUntilMetricsFilesSays() throws IOException {
        AccountProject.write(dir, TWO_X, "", POSTS);
        Files.createDirectories(dir.resolve("metrics/x-ar"));
        Files.writeString(dir.resolve("metrics/x-ar/december.csv"), HEADER
                + "x,2,,2026-12-01T10:02:00Z,900,40\n");
        CliRun ambiguous = report("metrics/x-ar/december.csv");
        assertThat(ambiguous.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(ambiguous.err()).contains("december.csv:2:1: this x export could be of x or x-ar (it names no "
                + "account)").contains("metrics: { files: { \"metrics/x-ar/december.csv\": x }");
        assertThat(ambiguous.err()).doesNotContain("Exception");

        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                + "metrics:\n  files:\n    \"metrics/x-ar/*.csv\": x-ar\n");
        CliRun mapped = report("metrics/x-ar/december.csv", "--by", "channel");
        assertThat(mapped.exit()).as(mapped.err()).isZero();
        assertThat(missing(AccountProject.JSON.readTree(mapped.out()))).containsExactly("promo@x");
    }

    @Test
    void theGenericAccountColumnNamesTheChannelHandleOrName() throws IOException {
        AccountProject.write(dir, TWO_X, "", POSTS);
        Files.writeString(dir.resolve("x.csv"), "network,account,published_at,impressions,reactions\n"
                + "x,@AtlasAir_AR,2026-12-01T10:02:00Z,900,40\n"
                + "x,x,2026-12-01T10:01:00Z,1200,60\n");
        CliRun r = report("x.csv", "--by", "channel");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = AccountProject.JSON.readTree(r.out());
        assertThat(missing(json)).isEmpty();
        assertThat(json.get("plan").get("matched").asInt()).isEqualTo(2);
    }

    @Test
    void anAccountsOwnTimeZoneCountsItsPostsHoursInTheBestTimeGrid() throws IOException {
        AccountProject.write(dir, "  fb-paris: { network: facebook, handle: \"AtlasAirParis\", timezone: Europe/Paris }\n",
                "", "  []\n");
        Files.writeString(dir.resolve("fb.csv"), "network,published_at,impressions,reactions\n"
                + "facebook,2026-12-01T10:00:00Z,100,5\n");
        CliRun r = report("fb.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode cell = AccountProject.JSON.readTree(r.out()).get("best_time").get(0);
        assertThat(cell.get("hour").asInt()).isEqualTo(11); // 10:00 UTC is 11:00 in Paris; the brand's zone is UTC
    }

    @Test
    void validateTellsAMetricsFilesEntryOfNoSuchChannel() throws IOException {
        AccountProject.write(dir, TWO_X, "", POSTS);
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                + "metrics:\n  files:\n    \"metrics/x-ar/*.csv\": x_ar\n    \"metrics/[a.csv\": x\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.out() + r.err()).contains("metrics.files: 'metrics/x-ar/*.csv' names channel 'x_ar', which the "
                + "brand does not have").contains("did you mean").contains("'metrics/[a.csv' is not a glob");
    }
}
