package io.edito.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.edito.cli.CliRun;
import io.edito.cli.completion.CompletionScriptsTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitTest {
    static final List<String> FILES = List.of("edito.yaml", "charter.yaml", ".github/workflows/edito.yml",
            ".gitlab-ci.yml", ".githooks/pre-commit", ".gitignore");

    @Test
    void initThenValidateAndCheckSucceed(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("Café Lune");
        CliRun init = CliRun.of("init", dir.toString(), "--tz", "Europe/Paris", "--jar", TestJar.write(tmp).toString());
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.err()).isEmpty();
        assertThat(dir.resolve(".edito/edito.jar")).hasSameBinaryContentAs(tmp.resolve("edito-under-test.jar"));
        for (String f : FILES) {
            assertThat(dir.resolve(f)).exists();
            assertThat(init.out()).contains("created " + dir.resolve(f));
        }
        try (Stream<Path> cal = Files.list(dir.resolve("calendar"))) {
            assertThat(cal.toList()).hasSize(1).allMatch(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}\\.yaml"));
        }
        assertThat(Files.readString(dir.resolve("edito.yaml"))).contains("brand: \"cafe-lune\"", "timezone: Europe/Paris");
        assertThat(Files.isExecutable(dir.resolve(".githooks/pre-commit"))).isTrue();

        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("1 post", "0 errors", "0 warnings");
        CliRun check = CliRun.of("check", dir.toString());
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("0 errors");
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(agenda.exit()).isZero();
        assertThat(agenda.out()).contains("hello-cafe-lune");
    }

    @Test
    void neverOverwritesAndSaysWhatItSkipped(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("edito.yaml"), "brand: mine\n");
        Files.createDirectories(tmp.resolve(".githooks"));
        Files.writeString(tmp.resolve(".githooks/pre-commit"), "#!/bin/sh\nexit 0\n");
        CliRun r = CliRun.of("init", tmp.toString(), "--brand", "atlas-air", "--tz", "UTC");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(tmp.resolve("edito.yaml"))).isEqualTo("brand: mine\n");
        assertThat(Files.readString(tmp.resolve(".githooks/pre-commit"))).isEqualTo("#!/bin/sh\nexit 0\n");
        assertThat(r.out()).contains("skipped " + tmp.resolve("edito.yaml") + " (exists",
                "skipped " + tmp.resolve(".githooks/pre-commit") + " (exists", "created " + tmp.resolve("charter.yaml"));
        // an existing project's calendar is its own: no example month made from this run's settings
        assertThat(tmp.resolve("calendar")).doesNotExist();
        assertThat(r.out()).contains("skipped the example post");
        CliRun again = CliRun.of("init", tmp.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).doesNotContain("created").contains("skipped " + tmp.resolve(".gitignore"));
        // -q: what was created is the result, what was skipped is not
        Files.delete(tmp.resolve(".gitignore"));
        CliRun quiet = CliRun.of("-q", "init", tmp.toString());
        assertThat(quiet.out().strip()).isEqualTo("created " + tmp.resolve(".gitignore"));
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aBrandNamedLikeAYamlNullIsStillTheBrandsId(@TempDir Path tmp) throws IOException {
        // brand: null was read as no brand: the new project failed its own validate
        Path dir = tmp.resolve("null");
        CliRun init = CliRun.of("init", dir.toString(), "--tz", "UTC", "-q");
        assertThat(init.exit()).as(init.err()).isZero();
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(Files.readString(dir.resolve("edito.yaml"))).contains("brand: \"null\"");
    }

    @Test
    void badBrandZoneOrFolderAreUsageErrors(@TempDir Path tmp) throws IOException {
        CliRun brand = CliRun.of("init", tmp.toString(), "--brand", "Atlas Air");
        assertThat(brand.exit()).isEqualTo(2);
        assertThat(brand.err()).startsWith("edito: --brand must be an id");
        CliRun zone = CliRun.of("init", tmp.toString(), "--tz", "Europe/Pariss");
        assertThat(zone.exit()).isEqualTo(2);
        assertThat(zone.err()).contains("did you mean 'Europe/Paris'");
        // an offset has no clock changes: it was written as timezone: UTC without a word, two hours off
        CliRun offset = CliRun.of("init", tmp.toString(), "--tz", "+02:00");
        assertThat(offset.exit()).isEqualTo(2);
        assertThat(offset.err()).startsWith("edito: --tz +02:00 is an offset").contains("Europe/Paris");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun notDir = CliRun.of("init", file.toString());
        assertThat(notDir.exit()).isEqualTo(2);
        assertThat(notDir.err()).contains("is not a folder");
        try (Stream<Path> all = Files.list(tmp)) {
            assertThat(all.toList()).containsExactly(file);
        }
        // a folder whose name makes no id: the default id is said, not taken silently
        CliRun unnamed = CliRun.of("init", tmp.resolve("日本").toString());
        assertThat(unnamed.exit()).isZero();
        assertThat(unnamed.err()).contains("edito: note: brand id 'my-brand': the folder's name '日本' has no ASCII "
                + "letter or digit to make one from; give it with --brand");
        // a map option's bad value: its name once (picocli says "option option")
        CliRun fold = CliRun.of("preview", tmp.toString(), "--fold", "x");
        assertThat(fold.exit()).isEqualTo(2);
        assertThat(fold.err()).contains("Value for option '--fold'").doesNotContain("option option");
        CliRun handle = CliRun.of("init", tmp.resolve("h").toString(), "--handle", "x");
        assertThat(handle.exit()).isEqualTo(2);
        assertThat(handle.err()).startsWith("edito: --handle 'x': expected NETWORK=HANDLE");
        // the same network twice: which handle was meant cannot be told (the last one was kept silently)
        CliRun twice = CliRun.of("init", tmp.resolve("h").toString(), "--handle", "x=Atlas", "--handle", "x=AtlasAir");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).startsWith("edito: --handle x given twice ('Atlas' and 'AtlasAir')");
        assertThat(tmp.resolve("h")).doesNotExist();
        // a network by another of its names
        CliRun twitter = CliRun.of("init", tmp.resolve("h").toString(), "--handle", "twitter=AtlasAir");
        assertThat(twitter.exit()).isEqualTo(2);
        assertThat(twitter.err()).contains("not 'twitter' (did you mean 'x'?)");
    }

    @Test
    void charterIsTheDocumentedCompleteCharterCommentedOut(@TempDir Path tmp) throws IOException {
        String doc = Files.readString(Path.of("docs/charter.md"));
        String block = doc.split("```yaml\n", 2)[1].split("```", 2)[0];
        String charter = Scaffold.resource("charter.yaml");
        StringBuilder uncommented = new StringBuilder();
        boolean body = false;
        for (String line : charter.split("\n", -1)) {
            body |= line.startsWith("# vocabulary:");
            if (body && !line.isEmpty()) {
                uncommented.append(line.equals("#") ? "" : line.substring(2)).append('\n');
            }
        }
        assertThat(uncommented.toString()).as("charter.yaml of init follows docs/charter.md").isEqualTo(block);
        // and the documented charter itself loads without a problem, uncommented, in a project made by init
        // (in the languages its terms are scoped to: a language the project does not write in is a warning)
        CliRun.of("init", tmp.toString(), "--brand", "atlas-air", "--tz", "Africa/Casablanca", "--languages", "fr,ar,en");
        Files.writeString(tmp.resolve("charter.yaml"), block);
        CliRun check = CliRun.of("check", tmp.toString());
        assertThat(check.err()).doesNotContain("charter.yaml");
        assertThat(check.exit()).isIn(0, 1);
    }

    @Test
    void pipelinesAreValidYamlWithTheDocumentedJobs(@TempDir Path tmp) throws IOException {
        CliRun.of("init", tmp.toString(), "--brand", "atlas-air", "--tz", "UTC");
        YAMLMapper yaml = new YAMLMapper();
        JsonNode gh = yaml.readTree(tmp.resolve(".github/workflows/edito.yml").toFile());
        assertThat(gh.at("/on").has("pull_request")).isTrue();
        assertThat(gh.at("/on/schedule/0/cron").asText()).isNotBlank();
        String check = gh.at("/jobs/check/steps").toString();
        assertThat(check).contains("java -jar .edito/edito.jar check --format github --changed-since",
                "--format sarif", "github/codeql-action/upload-sarif");
        assertThat(gh.at("/jobs/check/permissions/security-events").asText()).isEqualTo("write");
        String publish = gh.at("/jobs/publish/steps").toString();
        assertThat(publish).contains("java -jar .edito/edito.jar publish", "${{ secrets.EDITO_MASTODON_TOKEN }}",
                "keep-state.sh").doesNotContain("actions/cache", "curl", "releases/download");
        assertThat(gh.at("/jobs/publish/permissions/contents").asText()).isEqualTo("write");
        assertThat(gh.at("/jobs/publish/concurrency/group").asText()).isNotBlank();
        assertThat(gh.at("/jobs/publish/concurrency/cancel-in-progress").asBoolean()).isFalse();
        assertThat(gh.at("/jobs/publish/steps").findValues("if").toString()).contains("always()");
        JsonNode gl = yaml.readTree(tmp.resolve(".gitlab-ci.yml").toFile());
        assertThat(gl.at("/check/script").toString()).contains("edito.jar check");
        assertThat(gl.at("/check/artifacts/reports/junit").asText()).isEqualTo("edito-junit.xml");
        assertThat(gl.at("/publish/script").toString()).contains("java -jar .edito/edito.jar publish", "keep-state.sh")
                .doesNotContain("curl");
        assertThat(gl.at("/publish/resource_group").asText()).isNotBlank();
        assertThat(Files.readString(tmp.resolve(".gitignore"))).doesNotContain(".edito/ledger.db*");
    }

    @Test
    void preCommitHookChecksTheChangedPosts(@TempDir Path tmp) throws Exception {
        assumeThat(CompletionScriptsTest.has("git")).as("git installed").isTrue();
        Path repo = tmp.resolve("repo");
        CliRun.of("init", repo.toString(), "--brand", "atlas-air", "--tz", "UTC");
        Path bin = CompletionScriptsTest.launcher(tmp);
        run(repo, bin, 0, "git", "init", "-q");
        run(repo, bin, 0, "git", "add", "-A");
        assertThat(run(repo, bin, 0, "sh", ".githooks/pre-commit")).contains("0 errors");
        Path cal;
        try (Stream<Path> s = Files.list(repo.resolve("calendar"))) {
            cal = s.findFirst().orElseThrow();
        }
        String before = Files.readString(cal);
        Files.writeString(cal, before.replace("status: draft", "status: approved")
                .replaceFirst("at: \\d{4}-\\d{2}-\\d{2}", "at: 2020-01-01"));
        // what is checked is what is staged: the change left unstaged does not stop the commit...
        assertThat(run(repo, bin, 0, "sh", ".githooks/pre-commit")).doesNotContain("schedule.past");
        run(repo, bin, 0, "git", "add", "-A");
        String out = run(repo, bin, 1, "sh", ".githooks/pre-commit");
        assertThat(out).contains("schedule.past").contains("commit stopped by the findings above");
        // ...and a staged change is checked as staged, whatever the folder holds now
        Files.writeString(cal, before);
        assertThat(run(repo, bin, 1, "sh", ".githooks/pre-commit")).contains("schedule.past");
    }

    private static String run(Path dir, Path bin, int expected, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(expected);
        return out;
    }

    @Test
    void aFailureHalfWayTakesBackWhatInitWrote(@TempDir Path tmp) throws IOException {
        // a file named .edito where init makes a folder: it stopped with edito.yaml, the charter and a month written
        Path dir = Files.createDirectories(tmp.resolve("half"));
        Files.writeString(dir.resolve(".edito"), "");
        CliRun r = CliRun.of("init", dir.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("cannot write").contains("file(s) it had written were removed");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(".edito");
        }
    }

}
