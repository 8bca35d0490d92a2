package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Sleeper;
import io.edito.publish.fake.FakeMastodon;
import io.edito.publish.fake.FakeWebhook;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerEvent;
import io.edito.publish.ledger.LedgerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs on one ledger (threads and separate JVMs) and a process halted between a send and its record. */
class ConcurrentPublishTest {
    static final String SECRET = "whsec-concurrency-0001";
    static final String TOKEN = "mastodon-token-concurrency-0001";
    @TempDir
    Path dir;
    FakeWebhook hook = new FakeWebhook(SECRET);
    FakeMastodon mastodon = new FakeMastodon(TOKEN);

    @AfterEach
    void tearDown() {
        hook.close();
        mastodon.close();
    }

    private Map<String, Map<String, Object>> config() {
        Map<String, Map<String, Object>> cfg = new java.util.LinkedHashMap<>();
        cfg.put("x", Map.of("type", "webhook", "url", hook.baseUrl() + "/edito", "secret_env", "EDITO_WEBHOOK_SECRET",
                "timeout", "10s"));
        cfg.put("mastodon", Map.of("type", "mastodon", "instance", mastodon.baseUrl(), "token_env",
                "EDITO_MASTODON_TOKEN", "timeout", "10s"));
        cfg.put("instagram", Map.of("type", "outbox", "dir", dir.resolve("outbox").toString()));
        return cfg;
    }

    private Map<String, String> env() {
        return Map.of("EDITO_WEBHOOK_SECRET", SECRET, "EDITO_MASTODON_TOKEN", TOKEN);
    }

    @Test
    void twoThreadsOnOneLedgerSendEachPairOnce() throws Exception {
        Path ledgerFile = dir.resolve("ledger.db");
        List<PublishRequest> requests = PublishHarness.requests(config().keySet(), 15);
        PublishContext ctx = new PublishContext(dir, env(), Clock.systemUTC(), Sleeper.REAL, null, null, null);
        List<PublishTarget> targets = new ArrayList<>();
        config().forEach((ch, s) -> targets.add(new PublishTarget(ch, s)));
        CountDownLatch start = new CountDownLatch(1);
        List<List<PublishResult>> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread th = new Thread(() -> {
                try (Ledger ledger = Ledger.open(ledgerFile)) {
                    PublishRun run = new PublishRun(ledger, Publishers.createAll(targets, ctx), ctx, null);
                    start.await();
                    results.add(run.run(requests));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            th.start();
            threads.add(th);
        }
        start.countDown();
        for (Thread th : threads) {
            th.join(20_000);
        }

        assertThat(results).hasSize(2);
        Map<String, Integer> sentBy = new HashMap<>();
        for (List<PublishResult> rs : results) {
            for (PublishResult r : rs) {
                assertThat(r.status()).isIn(PublishStatus.SENT, PublishStatus.ALREADY_SENT, PublishStatus.IN_PROGRESS);
                if (r.status() == PublishStatus.SENT) {
                    sentBy.merge(r.pairName(), 1, Integer::sum);
                }
            }
        }
        assertThat(sentBy).hasSize(requests.size()).allSatisfy((pair, n) -> assertThat(n).isOne());
        assertOncePerPair(ledgerFile, requests);
    }

    @Test
    void twoProcessesStartedAtOnceOnOneLedgerSendEachPairOnce() throws Exception {
        Path ledgerFile = dir.resolve("ledger.db");
        Path cfg = dir.resolve("config.json");
        Files.writeString(cfg, Payloads.JSON.writeValueAsString(config()));
        Process a = harness(ledgerFile, cfg, 10, null);
        Process b = harness(ledgerFile, cfg, 10, null);
        assertThat(a.waitFor(25, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(25, TimeUnit.SECONDS)).isTrue();
        String outA = new String(a.getInputStream().readAllBytes());
        String outB = new String(b.getInputStream().readAllBytes());
        assertThat(a.exitValue()).as(outA + new String(a.getErrorStream().readAllBytes())).isZero();
        assertThat(b.exitValue()).as(outB + new String(b.getErrorStream().readAllBytes())).isZero();

        List<PublishRequest> requests = PublishHarness.requests(config().keySet(), 10);
        long sentLines = (outA + outB).lines().filter(l -> l.startsWith("sent ")).count();
        assertThat(sentLines).isEqualTo(requests.size());
        assertOncePerPair(ledgerFile, requests);
    }

    @Test
    void aProcessHaltedBetweenTheSendAndTheLedgerUpdateLosesNothingAndDuplicatesNothing() throws Exception {
        Path ledgerFile = dir.resolve("ledger.db");
        Map<String, Map<String, Object>> onlyMastodon = Map.of("mastodon", config().get("mastodon"));
        Path cfg = dir.resolve("mastodon.json");
        Files.writeString(cfg, Payloads.JSON.writeValueAsString(onlyMastodon));
        Process p = harness(ledgerFile, cfg, 1, "network");
        assertThat(p.waitFor(25, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(86);
        assertThat(mastodon.statuses()).hasSize(1);
        try (Ledger ledger = Ledger.open(ledgerFile)) {
            assertThat(ledger.list()).singleElement().extracting(LedgerEntry::state).isEqualTo(LedgerState.PENDING);
            PublishContext ctx = new PublishContext(dir, env(), Clock.systemUTC(), Sleeper.REAL, null, null, null);
            PublishRun run = new PublishRun(ledger, Map.of("mastodon", Publishers.create(new PublishTarget(
                    "mastodon", config().get("mastodon")), ctx)), ctx, null);
            PublishResult r = run.publish(PublishHarness.requests(List.of("mastodon"), 1).get(0));
            // the dead run's claim became unknown; Mastodon still knows the Idempotency-Key: re-sent, not duplicated
            assertThat(r.status()).isEqualTo(PublishStatus.SENT);
            assertThat(r.remoteId()).isEqualTo(mastodon.statuses().get(0).get("id"));
            assertThat(ledger.events(r.ledgerId())).extracting(LedgerEvent::state).containsExactly(
                    LedgerState.PENDING, LedgerState.UNKNOWN, LedgerState.PENDING, LedgerState.SENT);
        }
        assertThat(mastodon.statuses()).hasSize(1);
        assertThat(mastodon.log()).filteredOn(l -> l.equals("POST /api/v1/statuses")).hasSize(2);

        // halted after the items were recorded but before the row was closed: the ledger alone settles it
        Process late = harness(ledgerFile, cfg, 2, "true");
        assertThat(late.waitFor(25, TimeUnit.SECONDS)).isTrue();
        assertThat(late.exitValue()).isEqualTo(86);
        Process rerun = harness(ledgerFile, cfg, 2, null);
        assertThat(rerun.waitFor(25, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(rerun.getInputStream().readAllBytes()).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("already-sent post-001@mastodon #1 sent");
        assertThat(lines.get(1)).isEqualTo("sent post-002@mastodon #2 an earlier attempt had reached the network");
        assertThat(mastodon.statuses()).hasSize(2);
        assertThat(mastodon.log()).filteredOn(l -> l.equals("POST /api/v1/statuses")).hasSize(3);

        Map<String, Map<String, Object>> onlyHook = Map.of("x", config().get("x"));
        Path hookCfg = dir.resolve("hook.json");
        Files.writeString(hookCfg, Payloads.JSON.writeValueAsString(onlyHook));
        Process q = harness(ledgerFile, hookCfg, 1, "network");
        assertThat(q.waitFor(25, TimeUnit.SECONDS)).isTrue();
        assertThat(q.exitValue()).isEqualTo(86);
        Process again = harness(ledgerFile, hookCfg, 1, null);
        assertThat(again.waitFor(25, TimeUnit.SECONDS)).isTrue();
        // a webhook cannot be asked: reported for a person, never re-sent
        assertThat(new String(again.getInputStream().readAllBytes())).startsWith("unknown post-001@x")
                .contains("edito ledger resolve");
        assertThat(hook.deliveries()).hasSize(1);
    }

    private Process harness(Path ledgerFile, Path cfg, int posts, String halt) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        if (halt != null) {
            cmd.add("-D" + PublishRun.HALT_AFTER_SEND_PROPERTY + "=" + halt);
        }
        cmd.addAll(List.of(PublishHarness.class.getName(), ledgerFile.toString(), dir.toString(), cfg.toString(),
                String.valueOf(posts)));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env());
        return pb.start();
    }

    private void assertOncePerPair(Path ledgerFile, List<PublishRequest> requests) throws Exception {
        try (Ledger ledger = Ledger.open(ledgerFile)) {
            assertThat(ledger.integrityCheck()).isEqualTo("ok");
            assertThat(ledger.list()).hasSize(requests.size())
                    .allSatisfy(e -> assertThat(e.state()).isEqualTo(LedgerState.SENT));
        }
        List<String> hookTexts = hook.deliveries().stream()
                .map(d -> ((com.fasterxml.jackson.databind.JsonNode) d.get("body")).get("text").asText()).toList();
        List<String> mastodonTexts = mastodon.statuses().stream().map(s -> (String) s.get("status")).toList();
        List<String> wantHook = new ArrayList<>();
        List<String> wantMastodon = new ArrayList<>();
        for (PublishRequest r : requests) {
            if (r.channel().equals("x")) {
                wantHook.add(r.text());
            } else if (r.channel().equals("mastodon")) {
                wantMastodon.addAll(r.items());
            }
        }
        assertThat(hookTexts).containsExactlyInAnyOrderElementsOf(wantHook);
        assertThat(mastodonTexts).containsExactlyInAnyOrderElementsOf(wantMastodon);
        try (var files = Files.list(dir.resolve("outbox"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")))
                    .hasSize((int) requests.stream().filter(r -> r.channel().equals("instagram")).count());
        }
    }
}
