package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.fake.FakeMastodon;
import io.edito.publish.fake.FakeWebhook;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three publishing hosts (separate JVM processes, each on its own working copy with its own outbox) started at
 * the same moment on one PostgreSQL ledger, several times over: each pair is sent once in all, thread items
 * included, and recorded {@code sent} once.
 */
class PostgresConcurrentPublishTest {
    static final String SECRET = "whsec-pg-concurrency-0001";
    static final String TOKEN = "mastodon-token-pg-concurrency-0001";
    static final int HOSTS = 3;
    static final int POSTS = 8;
    static final int REPEATS = 3;
    @TempDir
    Path dir;
    FakeWebhook hook = new FakeWebhook(SECRET);
    FakeMastodon mastodon = new FakeMastodon(TOKEN);

    @AfterEach
    void tearDown() {
        hook.close();
        mastodon.close();
    }

    private Map<String, Map<String, Object>> config(Path copy) {
        Map<String, Map<String, Object>> cfg = new LinkedHashMap<>();
        cfg.put("x", Map.of("type", "webhook", "url", hook.baseUrl() + "/edito", "secret_env", "EDITO_WEBHOOK_SECRET",
                "timeout", "10s"));
        cfg.put("mastodon", Map.of("type", "mastodon", "instance", mastodon.baseUrl(), "token_env",
                "EDITO_MASTODON_TOKEN", "timeout", "10s"));
        cfg.put("instagram", Map.of("type", "outbox", "dir", copy.resolve("outbox").toString()));
        return cfg;
    }

    @Test
    void threeHostsStartedAtOnceOnOneDatabaseSendEachPairOnceRepeatedly() throws Exception {
        String url = PgServer.shared().newDatabase();
        List<Path> copies = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            Path copy = Files.createDirectories(dir.resolve("host-" + h));
            Files.writeString(copy.resolve("config.json"), Payloads.JSON.writeValueAsString(config(copy)));
            copies.add(copy);
        }
        Map<String, Integer> sentLines = new HashMap<>();
        for (int round = 1; round <= REPEATS; round++) {
            List<Process> hosts = new ArrayList<>();
            for (Path copy : copies) {
                hosts.add(harness(url, copy, round));
            }
            for (Process p : hosts) {
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                String out = new String(p.getInputStream().readAllBytes());
                assertThat(p.exitValue()).as(out + new String(p.getErrorStream().readAllBytes())).isZero();
                for (String line : out.lines().toList()) {
                    assertThat(line).matches("(sent|already-sent|in-progress) .*");
                    if (line.startsWith("sent ")) {
                        sentLines.merge(line.split(" ")[1], 1, Integer::sum);
                    }
                }
            }
        }

        List<PublishRequest> expected = new ArrayList<>();
        for (int round = 1; round <= REPEATS; round++) {
            expected.addAll(PublishHarness.requests(config(dir).keySet(), POSTS, round));
        }
        assertThat(sentLines).hasSize(expected.size()).allSatisfy((pair, n) -> assertThat(n).isOne());
        try (Ledger ledger = PgServer.open(url)) {
            assertThat(ledger.integrityCheck()).isEqualTo("ok");
            assertThat(ledger.list()).hasSize(expected.size())
                    .allSatisfy(e -> assertThat(e.state()).isEqualTo(LedgerState.SENT));
        }
        List<String> hookTexts = hook.deliveries().stream()
                .map(d -> ((com.fasterxml.jackson.databind.JsonNode) d.get("body")).get("text").asText()).toList();
        List<String> mastodonTexts = mastodon.statuses().stream().map(s -> (String) s.get("status")).toList();
        List<String> wantHook = new ArrayList<>();
        List<String> wantMastodon = new ArrayList<>();
        long wantOutbox = 0;
        for (PublishRequest r : expected) {
            switch (r.channel()) {
                case "x" -> wantHook.add(r.text());
                case "mastodon" -> wantMastodon.addAll(r.items());
                default -> wantOutbox++;
            }
        }
        assertThat(hookTexts).containsExactlyInAnyOrderElementsOf(wantHook);
        assertThat(mastodonTexts).containsExactlyInAnyOrderElementsOf(wantMastodon);
        long outboxFiles = 0;
        for (Path copy : copies) {
            if (Files.isDirectory(copy.resolve("outbox"))) {
                try (Stream<Path> files = Files.list(copy.resolve("outbox"))) {
                    outboxFiles += files.filter(f -> f.toString().endsWith(".json")).count();
                }
            }
        }
        assertThat(outboxFiles).as("outbox files over the three hosts").isEqualTo(wantOutbox);
    }

    private Process harness(String url, Path copy, int round) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", PublishHarness.class.getName(), url, copy.toString(),
                copy.resolve("config.json").toString(), String.valueOf(POSTS), round + "-" + round));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(Map.of("EDITO_WEBHOOK_SECRET", SECRET, "EDITO_MASTODON_TOKEN", TOKEN));
        pb.environment().putAll(PgServer.env());
        return pb.start();
    }
}
