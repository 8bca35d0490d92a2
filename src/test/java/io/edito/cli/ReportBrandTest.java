package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a project of several brands (an agency's): each brand's own, in its zone, with its accounts. Two
 * brands' Instagram accounts were one channel, and the report counted in UTC (agency review).
 */
class ReportBrandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), io.edito.testing.TwoBrandProject.config(
                "      instagram: { handle: \"riad.mogador\" }", "      instagram: { handle: \"maison.qc\" }"));
        for (String b : new String[] {"riad", "maison"}) {
            Files.createDirectories(dir.resolve(b));
            Files.writeString(dir.resolve(b + "/calendar.yaml"), "posts: []\n");
        }
        Files.writeString(dir.resolve("export.csv"), """
                network,post_id,published_at,impressions,reactions,comments
                instagram,1,2026-11-02 23:30,1000,50,5
                instagram,2,2026-11-03 10:00,2000,80,8
                """);
    }

    private CliRun report(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "--config";
        args[1] = dir.resolve("edito.yaml").toString();
        args[2] = "report";
        args[3] = dir.resolve("export.csv").toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.of(args);
    }

    @Test
    void aProjectOfSeveralBrandsNeedsTheBrandReportedOn() {
        CliRun r = report("--as-of", "2026-11-30");
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("this project has 2 brands (riad, maison): a report is one brand's")
                .contains("give --brand B");
        assertThat(r.out()).isEmpty();
        CliRun typo = report("--brand", "riyad", "--as-of", "2026-11-30");
        assertThat(typo.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(typo.err()).contains("--brand: unknown brand 'riyad' (did you mean 'riad'?); brands: riad, maison");
    }

    @Test
    void aBrandsReportIsInItsZone() throws IOException {
        CliRun riad = report("--brand", "riad", "--as-of", "2026-11-30", "--format", "json");
        assertThat(riad.exit()).as(riad.err()).isZero();
        JsonNode r = AccountProject.JSON.readTree(riad.out());
        assertThat(r.get("period").get("zone").asText()).isEqualTo("Africa/Casablanca");
        CliRun maison = report("--brand", "maison", "--as-of", "2026-11-30", "--format", "json");
        assertThat(AccountProject.JSON.readTree(maison.out()).get("period").get("zone").asText())
                .isEqualTo("America/Montreal");
        // without a project there is no brand to choose
        CliRun none = CliRun.of("report", dir.resolve("export.csv").toString(), "--no-calendar", "--brand", "riad");
        assertThat(none.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(none.err()).contains("--brand riad: no project read (--no-calendar)");
    }

    @Test
    void anExportNamingAnotherBrandsAccountStopsTheReportNamingThatBrand() throws IOException {
        // maison has one Instagram account: without the other brand's names, riad's export would be given to it
        Files.writeString(dir.resolve("riad-export.csv"), """
                network,account,post_id,published_at,impressions,reactions
                instagram,riad.mogador,1,2026-11-02 10:00,1000,50
                """);
        CliRun r = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "report",
                dir.resolve("riad-export.csv").toString(), "--brand", "maison", "--as-of", "2026-11-30");
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("riad-export.csv:2:1").contains("this instagram export names 'riad.mogador', an "
                + "account of brand riad, not of the brand reported on: report it with --brand riad");
        CliRun own = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "report",
                dir.resolve("riad-export.csv").toString(), "--brand", "riad", "--as-of", "2026-11-30");
        assertThat(own.exit()).as(own.err()).isZero();
        // an account no brand has, and a network the brand has no account on: not the brand's either
        Files.writeString(dir.resolve("other.csv"), """
                network,account,post_id,published_at,impressions,reactions
                instagram,oigetit_sa,1,2026-11-02 10:00,1000,50
                """);
        CliRun unknown = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "report",
                dir.resolve("other.csv").toString(), "--brand", "riad", "--as-of", "2026-11-30");
        assertThat(unknown.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(unknown.err()).contains("other.csv:2:1").contains("names 'oigetit_sa', none of brand riad's instagram "
                + "accounts (instagram)");
        Files.writeString(dir.resolve("linkedin.csv"), """
                network,post_id,published_at,impressions,reactions
                linkedin,1,2026-11-02 10:00,1000,50
                """);
        CliRun network = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "report",
                dir.resolve("linkedin.csv").toString(), "--brand", "riad", "--as-of", "2026-11-30");
        assertThat(network.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(network.err()).contains("linkedin.csv:2:1").contains("this linkedin export is not brand riad's: it "
                + "has no linkedin account; no brand of the project has one: leave");
        // an account-level series of a network the brand has no account on: refused as its posts are
        Path follows = Files.copy(Path.of("src/test/resources/metrics/tiktok-follower-history.csv"),
                dir.resolve("follower-history.csv"));
        CliRun series = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "report",
                follows.toString(), "--brand", "riad", "--as-of", "2026-11-30");
        assertThat(series.exit()).as(series.out() + series.err()).isEqualTo(ExitCode.INPUT);
        assertThat(series.err()).contains("this tiktok export is not brand riad's: it has no tiktok account");
    }

    @Test
    void aMentionStoreSharedByTwoBrandsIsLeftOutOfEachReportAndSaid() throws IOException {
        String yaml = Files.readString(dir.resolve("edito.yaml"));
        yaml = yaml.replace("    calendar: riad/\n", "    calendar: riad/\n    listening: { keywords: [Riad] }\n")
                .replace("    calendar: maison/\n", "    calendar: maison/\n    listening: { keywords: [Maison] }\n");
        Files.writeString(dir.resolve("edito.yaml"), yaml);
        CliRun r = report("--brand", "maison", "--as-of", "2026-11-30");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("edito: warning: the listening and care section is left out: the mention store "
                + dir.resolve(".edito/mentions.db") + " is brand maison's and riad's, whose mentions cannot be told apart");
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).contains("warning: brand maison listens into the mention store of brand riad");
    }
}
