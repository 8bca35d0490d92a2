package io.edito.publish;

import static io.edito.publish.TestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.fake.FakeWebhook;
import io.edito.publish.fake.Fault;
import io.edito.publish.ledger.LeaseOwner;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerEvent;
import io.edito.publish.ledger.LedgerState;
import io.edito.publish.outbox.OutboxPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine and the ledger with the webhook, outbox and command publishers, against real local servers. */
class PublishRunTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-09T08:31:00Z"));
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeWebhook hook = new FakeWebhook("whsec-test-1234");
    Ledger ledger;
    PublishContext ctx;

    @BeforeEach
    void setUp() {
        ledger = openLedger();
        ctx = TestSupport.context(dir, Map.of("HOOK_SECRET", "whsec-test-1234"), clock, sleeper);
    }

    /** The ledger under test: an SQLite file here, a PostgreSQL database in {@link PostgresPublishRunTest}. */
    Ledger openLedger() {
        return Ledger.open(dir.resolve(".edito/ledger.db"));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        hook.close();
    }

    private Map<String, Object> webhookSettings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "webhook");
        s.put("url", hook.baseUrl() + "/edito");
        s.put("secret_env", "HOOK_SECRET");
        s.put("timeout", "3s");
        return s;
    }

    /** A short response timeout for the tests where the server stalls on purpose. */
    private Map<String, Object> impatient() {
        Map<String, Object> s = webhookSettings();
        s.put("timeout", "400ms");
        return s;
    }

    private PublishRun run(Map<String, Object> settings, String channel) {
        return run(settings, channel, PublishRun.Options.DEFAULT);
    }

    private PublishRun run(Map<String, Object> settings, String channel, PublishRun.Options options) {
        Publisher p = Publishers.create(new PublishTarget(channel, settings), ctx);
        return new PublishRun(ledger, Map.of(channel, p), ctx, options);
    }

    @Test
    void webhookReceivesASignedPayloadOnceAndARerunSkipsIt() {
        PublishRequest r = new PublishRequest("launch-01", "x", null, "Lisbon, here we come https://atlas.example",
                List.of(), null, List.of(new PublishRequest.Media(Path.of("media/lisbon.jpg"), "Tram 28 at dusk",
                        "image/jpeg")), "https://atlas.example", "spring-launch", "en", TestSupport.AT, null, null);
        List<PublishResult> first = run(webhookSettings(), "x").run(List.of(r));

        assertThat(first).singleElement().satisfies(res -> {
            assertThat(res.status()).isEqualTo(PublishStatus.SENT);
            assertThat(res.remoteId()).isEqualTo("hook-1");
            assertThat(res.url()).isEqualTo("https://hooks.example/d/1");
        });
        assertThat(hook.badSignatures()).isZero();
        assertThat(hook.deliveries()).singleElement().satisfies(d -> {
            var body = (com.fasterxml.jackson.databind.JsonNode) d.get("body");
            assertThat(body.get("post").asText()).isEqualTo("launch-01");
            assertThat(body.get("channel").asText()).isEqualTo("x");
            assertThat(body.get("text").asText()).isEqualTo("Lisbon, here we come https://atlas.example");
            assertThat(body.get("at").asText()).isEqualTo("2026-03-09T09:30:00+01:00");
            assertThat(body.get("campaign").asText()).isEqualTo("spring-launch");
            assertThat(body.get("link").asText()).isEqualTo("https://atlas.example");
            assertThat(body.get("media").get(0).get("alt").asText()).isEqualTo("Tram 28 at dusk");
            assertThat(body.get("content_hash").asText()).isEqualTo(r.contentHash());
            assertThat(d.get("key")).isEqualTo(body.get("idempotency_key").asText());
        });
        LedgerEntry e = ledger.list().get(0);
        assertThat(e.state()).isEqualTo(LedgerState.SENT);
        assertThat(e.resolvedBy()).isEqualTo("network");
        assertThat(ledger.events(e.id())).extracting(LedgerEvent::state)
                .containsExactly(LedgerState.PENDING, LedgerState.SENT);

        List<PublishResult> second = run(webhookSettings(), "x").run(List.of(r));
        assertThat(second).singleElement().extracting(PublishResult::status).isEqualTo(PublishStatus.ALREADY_SENT);
        assertThat(hook.deliveries()).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenSucceedWithTheSameIdempotencyKey() {
        hook.fail("/edito", Fault.ERROR_500, Fault.ERROR_500);
        PublishResult res = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(hook.log()).hasSize(3);
        assertThat(hook.deliveries()).hasSize(1);
        // waits drawn in [base/2, base] then [base, 2*base]
        assertThat(sleeper.waits).hasSize(2);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void rateLimitHonoursRetryAfter() {
        hook.fail("/edito", Fault.RATE_LIMIT);
        PublishResult res = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(hook.deliveries()).hasSize(1);
    }

    @Test
    void aClientErrorIsNotRetriedAndStaysFailedUntilAskedAgain() {
        ctx = TestSupport.context(dir, Map.of("HOOK_SECRET", "a-wrong-secret"), clock, sleeper);
        PublishResult res = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("HTTP 401");
        assertThat(hook.log()).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
        LedgerEntry e = ledger.get(res.ledgerId()).orElseThrow();
        assertThat(e.state()).isEqualTo(LedgerState.FAILED);
        assertThat(e.permanent()).isTrue();

        PublishResult again = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));
        assertThat(again.status()).isEqualTo(PublishStatus.FAILED_EARLIER);
        assertThat(hook.log()).hasSize(1);

        ctx = TestSupport.context(dir, Map.of("HOOK_SECRET", "whsec-test-1234"), clock, sleeper);
        PublishResult fixed = run(webhookSettings(), "x", PublishRun.Options.DEFAULT.withRetryFailed(true))
                .publish(post("p1", "x", "hello"));
        assertThat(fixed.status()).isEqualTo(PublishStatus.SENT);
        assertThat(fixed.attempts()).isEqualTo(2);
        assertThat(hook.deliveries()).hasSize(1);
    }

    @Test
    void aNetworkFailureIsRetriedByALaterRunAfterTheBackoff() throws Exception {
        int deadPort;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        Map<String, Object> settings = webhookSettings();
        settings.put("url", "http://127.0.0.1:" + deadPort + "/edito");
        settings.put("retries", 1);
        PublishResult res = run(settings, "x").publish(post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("cannot connect").contains("tried 2 times in this run");
        LedgerEntry e = ledger.get(res.ledgerId()).orElseThrow();
        assertThat(e.permanent()).isFalse();
        // five minutes on, in whole seconds (the clock is at .735 s): told in messages without fractions
        assertThat(e.nextRetry()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(res.detail()).doesNotContain(".735");

        assertThat(run(settings, "x").publish(post("p1", "x", "hello")).status())
                .isEqualTo(PublishStatus.FAILED_EARLIER);
        clock.advance(Duration.ofMinutes(6));
        PublishResult later = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));
        assertThat(later.status()).isEqualTo(PublishStatus.SENT);
        assertThat(later.attempts()).isEqualTo(2);
    }

    @Test
    void aTimeoutAfterTheReceiverGotTheRequestIsUnknownAndNeverResentBlindly() {
        hook.fail("/edito", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run(impatient(), "x").publish(post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(res.detail()).contains("no response within 400 ms")
                // a webhook cannot be asked: the first message already says a person decides (not "the next run asks")
                .contains("edito ledger resolve " + res.ledgerId() + " --as sent|failed").doesNotContain("next run asks");
        assertThat(hook.deliveries()).hasSize(1);

        PublishResult again = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));
        assertThat(again.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(again.detail()).contains("edito ledger resolve " + res.ledgerId());
        assertThat(hook.deliveries()).hasSize(1);

        ledger.resolve(res.ledgerId(), LedgerState.SENT, "seen in Zapier's history", clock.instant());
        assertThat(run(webhookSettings(), "x").publish(post("p1", "x", "hello")).status())
                .isEqualTo(PublishStatus.ALREADY_SENT);
        assertThat(hook.deliveries()).hasSize(1);
        assertThat(ledger.get(res.ledgerId()).orElseThrow().resolvedBy()).isEqualTo("manual");
    }

    @Test
    void anEditedPostWhoseEarlierVersionIsUnknownStaysUnknownUntilResolved() {
        // it was "edited-after-publish" on every run, exit 0: the unresolved outcome went quiet for cron
        hook.fail("/edito", Fault.RESET_AFTER_PROCESSING);
        PublishResult res = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.UNKNOWN);
        PublishResult edited = run(webhookSettings(), "x").publish(post("p1", "x", "hello, corrected"));
        assertThat(edited.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(edited.status().isFailure()).isTrue();
        assertThat(edited.detail()).contains("may have been published (unknown)").contains("edito ledger resolve " + res.ledgerId());
        assertThat(hook.deliveries()).hasSize(1);
        ledger.resolve(res.ledgerId(), LedgerState.FAILED, null, clock.instant());
        assertThat(run(webhookSettings(), "x").publish(post("p1", "x", "hello, corrected")).status())
                .isEqualTo(PublishStatus.SENT);
    }

    @Test
    void aConnectionResetMidResponseIsUnknown() {
        hook.fail("/edito", Fault.RESET_AFTER_PROCESSING);
        PublishResult res = run(webhookSettings(), "x").publish(post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(res.detail()).contains("connection lost after sending");
        assertThat(hook.deliveries()).hasSize(1);
        ledger.resolve(res.ledgerId(), LedgerState.FAILED, null, clock.instant());
        // a person said it did not arrive: the next run sends it
        assertThat(run(webhookSettings(), "x").publish(post("p1", "x", "hello")).status())
                .isEqualTo(PublishStatus.SENT);
        assertThat(hook.deliveries()).hasSize(2);
    }

    @Test
    void aPostEditedAfterItWasPublishedIsReportedNotPublishedAgain() {
        run(webhookSettings(), "x").publish(post("p1", "x", "hello"));
        PublishResult edited = run(webhookSettings(), "x").publish(post("p1", "x", "hello, edited"));

        assertThat(edited.status()).isEqualTo(PublishStatus.EDITED_AFTER_PUBLISH);
        assertThat(edited.detail()).contains("content changed after it was published as #1");
        assertThat(hook.deliveries()).hasSize(1);
        assertThat(ledger.list()).hasSize(1);
        // the same post on another channel is another pair
        assertThat(run(webhookSettings(), "threads").publish(post("p1", "threads", "hello, edited")).status())
                .isEqualTo(PublishStatus.SENT);
    }

    @Test
    void dryRunDecidesButChangesNothing() {
        run(webhookSettings(), "x").publish(post("p1", "x", "hello"));
        List<PublishResult> res = run(webhookSettings(), "x", PublishRun.Options.DEFAULT.withDryRun(true))
                .run(List.of(post("p1", "x", "hello"), post("p2", "x", "second")));

        assertThat(res).extracting(PublishResult::status)
                .containsExactly(PublishStatus.ALREADY_SENT, PublishStatus.WOULD_SEND);
        assertThat(hook.deliveries()).hasSize(1);
        assertThat(ledger.list()).hasSize(1);
    }

    @Test
    void outboxWritesOneFilePerPairAndAProbeFindsAFileWrittenBeforeACrash() throws Exception {
        Map<String, Object> settings = Map.of("type", "outbox", "dir", "outbox");
        PublishRequest r = post("launch/01", "instagram", "Lisbon, here we come");
        PublishResult res = run(settings, "instagram").publish(r);

        Path file = dir.resolve("outbox").resolve(OutboxPublisher.safe("launch/01") + "--instagram.json");
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(file).exists();
        var json = Payloads.JSON.readTree(file.toFile());
        assertThat(json.get("text").asText()).isEqualTo("Lisbon, here we come");
        assertThat(json.get("content_hash").asText()).isEqualTo(r.contentHash());
        try (var files = Files.list(dir.resolve("outbox"))) {
            assertThat(files).hasSize(1); // no temporary file left behind
        }

        // a run that wrote the file and died before recording it: its claim is held by a process that is gone
        PublishRequest r2 = post("p2", "instagram", "second");
        Publisher outbox = Publishers.create(new PublishTarget("instagram", settings), ctx);
        LeaseOwner dead = new LeaseOwner(LeaseOwner.hostName(), deadPid(), 1, "dead0001");
        Ledger.Claim c = ledger.claim(r2, outbox.deliveryKey(r2), dead, clock.instant(), Duration.ofMinutes(15),
                false, false);
        outbox.publish(r2, new DeliveryContext(c.entry().deliveryKey(), clock.instant(), List.of(), null));

        PublishResult recovered = run(settings, "instagram").publish(r2);
        assertThat(recovered.status()).isEqualTo(PublishStatus.SENT);
        assertThat(recovered.detail()).contains("earlier attempt had reached the network");
        LedgerEntry e = ledger.get(recovered.ledgerId()).orElseThrow();
        assertThat(e.resolvedBy()).isEqualTo("probe");
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(ledger.events(e.id())).extracting(LedgerEvent::state)
                .containsExactly(LedgerState.PENDING, LedgerState.UNKNOWN, LedgerState.SENT);
    }

    @Test
    void aClaimHeldByALiveRunIsLeftAloneUntilItsLeaseLapses() {
        Map<String, Object> settings = Map.of("type", "outbox", "dir", "outbox");
        PublishRequest r = post("p1", "instagram", "hello");
        LeaseOwner otherHost = new LeaseOwner("another-host", 4242, 1, "remote01");
        ledger.claim(r, "k", otherHost, clock.instant(), Duration.ofMinutes(15), false, false);

        PublishResult busy = run(settings, "instagram").publish(r);
        assertThat(busy.status()).isEqualTo(PublishStatus.IN_PROGRESS);
        assertThat(dir.resolve("outbox")).doesNotExist();

        clock.advance(Duration.ofMinutes(16));
        PublishResult taken = run(settings, "instagram").publish(r);
        assertThat(taken.status()).isEqualTo(PublishStatus.SENT);
        assertThat(ledger.events(taken.ledgerId())).extracting(LedgerEvent::detail)
                .anySatisfy(d -> assertThat(d).contains("lease of run another-host").contains("lapsed"));
    }

    @Test
    void commandPublisherPipesThePayloadAndItsExitCodeDecides() throws Exception {
        Path script = dir.resolve("post.sh");
        Files.writeString(script, """
                #!/bin/sh
                cat > "$(dirname "$0")/stdin-$EDITO_IDEMPOTENCY_KEY.json"
                case "$1" in
                  ok) echo "https://www.linkedin.com/feed/update/urn:li:share:42" ;;
                  later) echo "LinkedIn is down" >&2; exit 75 ;;
                  bad) echo "token refused" >&2; exit 2 ;;
                  slow) sleep 5 ;;
                  slowpost) sleep 1; echo posted >> "$(dirname "$0")/late-posts" ;;
                esac
                """);
        script.toFile().setExecutable(true);
        Map<String, Object> ok = Map.of("type", "command", "run", List.of(script.toString(), "ok"));
        PublishResult sent = run(ok, "linkedin").publish(post("p1", "linkedin", "hello"));
        assertThat(sent.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sent.url()).isEqualTo("https://www.linkedin.com/feed/update/urn:li:share:42");
        String key = ledger.get(sent.ledgerId()).orElseThrow().deliveryKey();
        assertThat(Payloads.JSON.readTree(dir.resolve("stdin-" + key + ".json").toFile()).get("text").asText())
                .isEqualTo("hello");

        PublishResult later = run(Map.of("type", "command", "run", List.of(script.toString(), "later")), "linkedin")
                .publish(post("p2", "linkedin", "two"));
        assertThat(later.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(later.detail()).contains("exited with 75: LinkedIn is down");
        assertThat(later.nextRetry()).isNotNull();

        PublishResult bad = run(Map.of("type", "command", "run", List.of(script.toString(), "bad")), "linkedin")
                .publish(post("p3", "linkedin", "three"));
        assertThat(bad.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(ledger.get(bad.ledgerId()).orElseThrow().permanent()).isTrue();

        PublishResult slow = run(Map.of("type", "command", "run", List.of(script.toString(), "slow"), "timeout",
                "300ms"), "linkedin").publish(post("p4", "linkedin", "four"));
        assertThat(slow.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(slow.detail()).contains("was killed; it may have posted");

        // killed, a command does not go on to its next line: the command dies before what it waits for
        for (int i = 0; i < 5; i++) { // a race before: the shell ran on between the two kills about once in three
            PublishResult killed = run(Map.of("type", "command", "run", List.of(script.toString(), "slowpost"),
                    "timeout", "200ms"), "linkedin").publish(post("p5-" + i, "linkedin", "five"));
            assertThat(killed.status()).isEqualTo(PublishStatus.UNKNOWN);
        }
        Thread.sleep(1500); // past the sleep of the last one: had the shell lived on, it would have written by now
        assertThat(dir.resolve("late-posts")).doesNotExist();
    }

    static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
