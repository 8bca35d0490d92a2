package io.edito.check.render;

import static io.edito.check.render.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import io.edito.core.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckGithubTest {
    @TempDir
    Path dir;

    @Test
    void oneWorkflowCommandPerFindingThenTheSummary() {
        String expected = """
                ::error file=calendar/dec.yaml,line=4,col=17,endLine=4,endColumn=25,title=vocabulary.forbidden%3A soldes-hiver (fr)::forbidden term 'pas cher'%0ASuggestion: write 'à petit prix'
                ::error file=calendar/dec.yaml,line=6,col=26,endLine=6,endColumn=30,title=vocabulary.forbidden%3A soldes-hiver (ar)::forbidden term 'رخيص'%0ASuggestion: write 'بسعر مناسب'
                ::error file=calendar/dec.yaml,line=9,col=12,endLine=9,endColumn=38,title=length.x%3A nouvel-an @ x (fr)::X post too long: 312/280 (X weighted length)
                ::warning file=calendar/dec.yaml,line=9,col=35,endLine=9,endColumn=38,title=style.punctuation%3A nouvel-an (fr)::repeated punctuation '!!!'%0ASuggestion: !
                ::notice file=calendar/dec.yaml,title=schedule.max_per_day::post 4 on x on 2026-12-31; the charter allows 3 a day
                ::error file=calendar/jan.yaml,line=5,endLine=6,title=disclosure%3A galette @ facebook (fr)::partner post without the disclosure #sponsorisé%0ASuggestion: add #sponsorisé
                edito: 4 errors, 1 warning, 1 info in 3 posts (4 post×channel checked)
                """;
        assertThat(CheckGithub.render(Fixtures.result(), true)).isEqualTo(expected);
    }

    @Test
    void escapingOfDataAndProperties() {
        assertThat(CheckGithub.escapeData("100% sûr\r\nligne 2: a, b")).isEqualTo("100%25 sûr%0D%0Aligne 2: a, b");
        assertThat(CheckGithub.escapeProperty("100% sûr\r\nligne 2: a, b")).isEqualTo("100%25 sûr%0D%0Aligne 2%3A a%2C b");
        // an already-escaped looking text is escaped again, so the runner gives back exactly the text
        assertThat(CheckGithub.escapeData("%0A")).isEqualTo("%250A");
        assertThat(CheckGithub.escapeProperty("%3A,")).isEqualTo("%253A%2C");
        assertThat(CheckGithub.escapeProperty("تخفيضات: ٥٠٪، الآن")).isEqualTo("تخفيضات%3A ٥٠٪، الآن");
    }

    @Test
    void aMessageWithCommasColonsNewlinesPercentsAndArabicCannotForgeACommand() {
        Path file = Path.of("cal,endar", "a:b.yaml");
        Finding f = new Finding("length.threads", Severity.ERROR, "promo,été:2026", "threads", "ar",
                at(file, 3, 9), at(file, 3, 9),
                "Threads: 512/500, soit 2,4 % de trop\r\n::error::forged ٪ 100%", "اختصر النص: ٥٠٪");
        CheckResult r = new CheckResult(List.of(f), 1, List.of(new Checked("promo,été:2026", "threads", at(file, 1, 1))),
                Fixtures.rules(), Map.of(file, List.of("a", "b", "    text: \"…\"")));
        assertThat(CheckGithub.render(r, true)).isEqualTo(
                "::error file=cal%2Cendar/a%3Ab.yaml,line=3,col=9,endLine=3,endColumn=10,"
                        + "title=length.threads%3A promo%2Cété%3A2026 @ threads (ar)"
                        + "::Threads: 512/500, soit 2,4 %25 de trop%0D%0A::error::forged ٪ 100%25%0ASuggestion: اختصر النص: ٥٠٪\n"
                        + "edito: 1 error, 0 warnings, 0 info in 1 post (1 post×channel checked)\n");
        assertThat(CheckGithub.render(r, true).lines()).hasSize(2);
    }

    @Test
    void allAnnotationsArePrintedEvenPastTheTenGitHubShows() {
        String out = CheckGithub.render(Fixtures.many(12), true);
        assertThat(out.lines().filter(l -> l.startsWith("::error "))).hasSize(12);
        assertThat(out.lines().filter(l -> l.startsWith("::warning "))).hasSize(12);
        assertThat(out.lines().filter(l -> l.startsWith("::notice "))).hasSize(12);
        assertThat(out).contains("edito: GitHub shows only the first 10 annotations of each kind per step; "
                + "all 36 findings are listed above and in the job summary.");
        assertThat(CheckGithub.render(Fixtures.many(10), true)).doesNotContain("GitHub shows only");
        // outside GitHub (no $GITHUB_STEP_SUMMARY) no summary is written: the line does not claim one (review)
        assertThat(CheckGithub.render(Fixtures.many(12), false)).contains("all 36 findings are listed above.")
                .doesNotContain("job summary");
    }

    @Test
    void summaryCarriesCountsPerRuleAndEveryFinding() {
        String md = GithubStepSummary.markdown(Fixtures.result());
        assertThat(md).contains("## edito check")
                .contains("❌ **4 errors, 1 warning, 1 info in 3 posts (4 post×channel checked)**")
                .contains("| disclosure | 1 | 0 | 0 |")
                .contains("| vocabulary.forbidden | 2 | 0 | 0 |")
                .contains("| style.punctuation | 0 | 1 | 0 |")
                .contains("| schedule.max\\_per\\_day | 0 | 0 | 1 |")
                .contains("| ❌ error | calendar/dec.yaml:6:26 | soldes-hiver |  | ar | vocabulary.forbidden "
                        + "| forbidden term 'رخيص' → write 'بسعر مناسب' |")
                .contains("| ℹ️ info | calendar/dec.yaml |  |  |  | schedule.max\\_per\\_day | post 4 on x on 2026-12-31; the charter allows 3 a day |");
        assertThat(md.lines().filter(l -> l.startsWith("| ❌ ") || l.startsWith("| ⚠️ ") || l.startsWith("| ℹ️ ")))
                .hasSize(6);
        String many = GithubStepSummary.markdown(Fixtures.many(12));
        assertThat(many.lines().filter(l -> l.contains("| galette | facebook |"))).hasSize(36);
        assertThat(many).contains("| style.punctuation | 12 | 12 | 12 |");
    }

    @Test
    void cleanSummarySaysSo() {
        assertThat(GithubStepSummary.markdown(Fixtures.clean()))
                .isEqualTo("\n## edito check\n\n✅ **0 errors, 0 warnings, 0 info in 1 post (1 post×channel checked)**\n");
    }

    @Test
    void postTextCannotInjectMarkdownOrHtmlIntoTheSummary() {
        assertThat(GithubStepSummary.cell("a | b <script>x</script> [lien](https://evil.example) ![i](x) **gras**\nfin"))
                .isEqualTo("a \\| b \\<script\\>x\\</script\\> \\[lien\\](<https://evil.example>) !\\[i\\](x) "
                        + "\\*\\*gras\\*\\* fin");
    }

    @Test
    void summaryIsAppendedToTheFileGitHubGives() throws Exception {
        Path summary = dir.resolve("step_summary.md");
        Files.writeString(summary, "# Earlier output of this step\n");
        GithubStepSummary.append(summary, Fixtures.result());
        String content = Files.readString(summary);
        assertThat(content).startsWith("# Earlier output of this step\n\n## edito check\n");
        assertThat(content).endsWith(GithubStepSummary.markdown(Fixtures.result()));
        Path fresh = dir.resolve("new.md");
        GithubStepSummary.append(fresh, Fixtures.clean());
        assertThat(Files.readString(fresh)).isEqualTo(GithubStepSummary.markdown(Fixtures.clean()));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("step_summary.md", "new.md");
        }
    }

    @Test
    void summaryStaysWithinTheSizeGitHubTakesAndSaysWhatIsLeftOut() {
        CheckResult many = Fixtures.many(400);
        String md = GithubStepSummary.markdown(many, 20_000);
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_000);
        long rows = md.lines().filter(l -> l.contains("| galette | facebook |")).count();
        assertThat(rows).isBetween(50L, 1199L);
        assertThat(md).contains((1200 - rows) + " more findings left out: GitHub takes at most 1 MiB of summary per step.");
        assertThat(GithubStepSummary.markdown(many)).doesNotContain("left out");
    }
}
