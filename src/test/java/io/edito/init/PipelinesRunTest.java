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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipelines {@code edito init} writes work as written and never lose a post: their {@code run:} (GitHub) and
 * {@code script:} (GitLab) commands are run as they are, in clones of a repository made by init whose remote is a
 * local bare repository; every step that needs GitHub or GitLab themselves (checkout, setup-java, SARIF upload,
 * installing git in the image) is left out, the clone standing for the checkout. After a publishing run, the ledger
 * and the outbox are on the remote; a later run on a fresh runner sends nothing twice.
 */
class PipelinesRunTest {
    @TempDir
    Path tmp;
    Path remote;
    Path java;

    @BeforeEach
    void repository() throws Exception {
        assumeThat(CompletionScriptsTest.has("git")).as("git installed").isTrue();
        assumeThat(CompletionScriptsTest.has("bash")).as("bash installed").isTrue();
        java = Path.of(System.getProperty("java.home"), "bin");
        Path work = tmp.resolve("work");
        CliRun init = CliRun.of("init", work.toString(), "--brand", "dar-lkhobz", "--tz", "Africa/Casablanca",
                "--languages", "fr,ar,en", "--jar", TestJar.write(tmp).toString());
        assertThat(init.exit()).as(init.err()).isZero();
        addDuePost(work, "pain-du-jour", 10);
        remote = tmp.resolve("remote.git");
        sh(tmp, "git init -q --bare -b main remote.git");
        sh(work, "git init -q -b main && git add -A && git -c user.name=cm -c user.email=cm@example.invalid "
                + "commit -q -m init && git remote add origin ../remote.git && git push -q origin main");
    }

    /** A post due {@code minutesAgo} minutes ago on x (an outbox channel), in the brand's three languages. */
    private static void addDuePost(Path repo, String id, int minutesAgo) throws IOException {
        String at = ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(minutesAgo)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'"));
        Files.writeString(repo.resolve("calendar/" + id + ".yaml"), """
                posts:
                  - id: %s
                    at: %s
                    channels: [x]
                    status: approved
                    text: "Le pain du jour est sorti du four."
                    translations:
                      ar: { text: "خبز اليوم خرج من الفرن الآن." }
                      en: { text: "Today's bread is out of the oven." }
                """.formatted(id, at));
    }

    @Test
    void githubPublishJobKeepsLedgerAndOutboxOnTheRemoteAndNeverSendsTwice() throws Exception {
        Path runner1 = clone("runner1");
        JsonNode publish = workflow(runner1).at("/jobs/publish");
        assertThat(publish.at("/concurrency/group").asText()).isNotBlank();
        Map<String, String> env = Map.of("GITHUB_REF_NAME", "main", "GITHUB_RUN_ID", "1");
        runGithubSteps(runner1, publish.get("steps"), env);

        Path after = clone("after-run-1");
        assertThat(after.resolve(".edito/ledger.db")).exists();
        assertThat(outbox(after)).singleElement().asString().contains("\"post\" : \"pain-du-jour\"");
        assertThat(sh(after, "git log -1 --format=%s")).contains("ledger and outbox", "[skip ci]");
        CliRun ledger = CliRun.of("ledger", "--ledger", after.resolve(".edito/ledger.db").toString(), "list");
        assertThat(ledger.out()).contains("pain-du-jour").contains("sent");

        // a second run on a fresh runner: the ledger came back with the clone, nothing is sent again
        Path runner2 = clone("runner2");
        String log = runGithubSteps(runner2, publish.get("steps"), Map.of("GITHUB_REF_NAME", "main", "GITHUB_RUN_ID", "2"));
        assertThat(log).contains("unchanged");
        Path after2 = clone("after-run-2");
        assertThat(outbox(after2)).hasSize(1);
        assertThat(sh(after2, "git rev-list --count HEAD").strip()).isEqualTo("2");
    }

    @Test
    void aCalendarChangePushedDuringTheRunIsKeptAndTheLedgerStillLands() throws Exception {
        Path runner = clone("runner");
        JsonNode steps = workflow(runner).at("/jobs/publish/steps");
        // someone pushes a new post after the runner checked out: keep-state replays its commit on top
        Path human = clone("human");
        addDuePost(human, "msemen", 5);
        sh(human, "git add -A && git -c user.name=cm -c user.email=cm@example.invalid commit -q -m msemen && git push -q");
        runGithubSteps(runner, steps, Map.of("GITHUB_REF_NAME", "main", "GITHUB_RUN_ID", "3"));
        Path after = clone("after");
        assertThat(after.resolve("calendar/msemen.yaml")).exists();
        assertThat(outbox(after)).singleElement().asString().contains("\"post\" : \"pain-du-jour\"");
        assertThat(sh(after, "git log --format=%s")).contains("msemen").contains("[skip ci]");
    }

    @Test
    void githubCheckJobRunsAsWritten() throws Exception {
        Path runner = clone("check");
        sh(runner, "git checkout -q -b change && git fetch -q origin main");
        addDuePost(runner, "pain-du-jour", -24 * 60); // the pull request moves the post to tomorrow
        JsonNode steps = workflow(runner).at("/jobs/check/steps");
        String log = runGithubSteps(runner, steps, Map.of("GITHUB_BASE_REF", "main", "GITHUB_EVENT_NAME", "pull_request"));
        assertThat(log).contains("0 errors");
        assertThat(runner.resolve("edito.sarif")).exists();
    }

    @Test
    void gitlabPublishJobKeepsLedgerAndOutboxOnTheRemote() throws Exception {
        Path runner = clone("gitlab");
        sh(runner, "git checkout -q --detach HEAD"); // GitLab checks out a detached commit
        JsonNode job = new YAMLMapper().readTree(runner.resolve(".gitlab-ci.yml").toFile()).get("publish");
        assertThat(job.get("resource_group").asText()).isNotBlank();
        StringBuilder script = new StringBuilder("set -eo pipefail\n");
        job.get("script").forEach(l -> script.append(l.asText()).append('\n'));
        assertThat(script.toString()).doesNotContain("curl", "releases/download");
        Map<String, String> env = Map.of("CI_COMMIT_BRANCH", "main", "EDITO_PUSH_URL", remote.toString());
        run(runner, script.toString(), env, 0);
        Path after = clone("after-gitlab");
        assertThat(after.resolve(".edito/ledger.db")).exists();
        assertThat(outbox(after)).hasSize(1);
    }

    /** Runs each step with a run: command as GitHub does (bash -e), honouring if: always() after a failure. */
    private String runGithubSteps(Path dir, JsonNode steps, Map<String, String> env) throws Exception {
        StringBuilder log = new StringBuilder();
        boolean failed = false;
        for (JsonNode step : steps) {
            if (!step.has("run")) {
                continue; // uses: checkout, setup-java, upload-sarif: GitHub's own
            }
            String cmd = step.get("run").asText();
            assertThat(cmd).as("a run: command needs nothing from GitHub but its environment").doesNotContain("${{");
            String cond = step.path("if").asText("");
            if (failed && !cond.contains("always()")) {
                continue;
            }
            if (cond.contains("pull_request") && !"pull_request".equals(env.get("GITHUB_EVENT_NAME"))) {
                continue;
            }
            Result r = exec(dir, List.of("bash", "-e", "-c", cmd), env);
            log.append(r.out());
            failed |= r.code() != 0;
            assertThat(r.code()).as(step.path("name").asText(cmd) + "\n" + r.out()).isZero();
        }
        return log.toString();
    }

    private JsonNode workflow(Path repo) throws IOException {
        return new YAMLMapper().readTree(repo.resolve(".github/workflows/edito.yml").toFile());
    }

    private Path clone(String name) throws Exception {
        sh(tmp, "git clone -q remote.git " + name);
        return tmp.resolve(name);
    }

    private static List<String> outbox(Path repo) throws IOException {
        if (!Files.isDirectory(repo.resolve("outbox"))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(repo.resolve("outbox"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.add(Files.readString(p));
            }
        }
        return out;
    }

    private String sh(Path dir, String cmd) throws Exception {
        return run(dir, cmd, Map.of(), 0);
    }

    private String run(Path dir, String script, Map<String, String> env, int expected) throws Exception {
        Result r = exec(dir, List.of("bash", "-c", script), env);
        assertThat(r.code()).as(script + "\n" + r.out()).isEqualTo(expected);
        return r.out();
    }

    private record Result(int code, String out) {
    }

    private Result exec(Path dir, List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> e = new LinkedHashMap<>(env);
        e.put("PATH", java + ":" + System.getenv("PATH"));
        e.put("NO_COLOR", "1");
        e.put("EDITO_CDS", "off");
        e.put("GIT_CONFIG_NOSYSTEM", "1");
        e.put("HOME", tmp.toString()); // no user git config: the scripts must set what they need
        pb.environment().putAll(e);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
