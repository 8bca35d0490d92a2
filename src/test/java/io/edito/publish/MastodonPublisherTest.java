package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.fake.FakeMastodon;
import io.edito.publish.fake.Fault;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEvent;
import io.edito.publish.mastodon.MastodonPublisher;
import java.io.InputStream;
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

/** The Mastodon publisher against a local server that implements the endpoints and Mastodon's idempotency. */
class MastodonPublisherTest {
    static final String TOKEN = "mastodon-token-for-tests-0001";
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeMastodon server = new FakeMastodon(TOKEN);
    Ledger ledger;
    PublishContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_MASTODON_TOKEN", TOKEN), clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        try (InputStream in = getClass().getResourceAsStream("tram.png")) {
            Files.copy(in, dir.resolve("media/tram.png"));
        }
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
    }

    Map<String, Object> settings(String timeout, int retries) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "mastodon");
        s.put("instance", server.baseUrl());
        s.put("token_env", "EDITO_MASTODON_TOKEN");
        s.put("visibility", "unlisted");
        s.put("timeout", timeout);
        s.put("retries", retries);
        return s;
    }

    PublishRun run(Map<String, Object> settings) {
        return new PublishRun(ledger, Map.of("mastodon", Publishers.create(new PublishTarget("mastodon", settings),
                ctx)), ctx, PublishRun.Options.DEFAULT);
    }

    @Test
    void aThreadWithMediaIsPostedAsRepliesWithAltLanguageAndContentWarning() {
        PublishRequest r = new PublishRequest("launch", "mastodon", null, "1/ Lisbon, here we come",
                List.of("2/ Flights from 1 April"), "Tickets: https://atlas.example/lisbon",
                List.of(new PublishRequest.Media(Path.of("media/tram.png"), "Tram 28 climbing at dusk", null)),
                null, "spring", "pt-PT", TestSupport.AT, null, "travel");
        PublishResult res = run(settings("3s", 3)).publish(r);

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        List<Map<String, Object>> st = server.statuses();
        assertThat(st).extracting(s -> s.get("status")).containsExactly("1/ Lisbon, here we come",
                "2/ Flights from 1 April", "Tickets: https://atlas.example/lisbon");
        assertThat(st.get(0).get("in_reply_to_id")).isNull();
        assertThat(st.get(1).get("in_reply_to_id")).isEqualTo(st.get(0).get("id"));
        assertThat(st.get(2).get("in_reply_to_id")).isEqualTo(st.get(1).get("id"));
        assertThat(st).allSatisfy(s -> {
            assertThat(s.get("language")).isEqualTo("pt");
            assertThat(s.get("visibility")).isEqualTo("unlisted");
            assertThat(s.get("spoiler_text")).isEqualTo("travel");
        });
        assertThat((List<?>) st.get(0).get("media_ids")).hasSize(1);
        assertThat(server.media().values()).singleElement()
                .satisfies(m -> assertThat(m.get("description")).isEqualTo("Tram 28 climbing at dusk"));
        // the media was still processing once: polled, waited one second, then attached
        assertThat(server.log()).contains("GET /api/v1/media/" + ((List<?>) st.get(0).get("media_ids")).get(0));
        assertThat(res.remoteId()).isEqualTo(st.get(0).get("id"));
        assertThat(res.url()).endsWith("/@atlas/" + st.get(0).get("id"));
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(3);
    }

    @Test
    void aTimeoutIsRetriedWithTheSameIdempotencyKeyAndPostsOnce() {
        server.fail("/api/v1/statuses", Fault.TIMEOUT_AFTER_PROCESSING, Fault.RESET_AFTER_PROCESSING);
        PublishResult res = run(settings("400ms", 3)).publish(TestSupport.post("p1", "mastodon", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.log().stream().filter(l -> l.equals("POST /api/v1/statuses"))).hasSize(3);
        assertThat(server.statuses()).hasSize(1);
        assertThat(res.remoteId()).isEqualTo(server.statuses().get(0).get("id"));
    }

    @Test
    void anUnknownOutcomeLaterThanTheIdempotencyWindowIsSettledFromTheAccountsStatuses() {
        server.fail("/api/v1/statuses", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishRequest r = TestSupport.post("p1", "mastodon", "Fares & times: https://atlas.example/a?b=1\n\nSee you!");
        PublishResult first = run(settings("400ms", 0)).publish(r);
        assertThat(first.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(server.statuses()).hasSize(1);

        clock.advance(Duration.ofHours(2));
        server.honourIdempotency = false;
        PublishResult second = run(settings("3s", 0)).publish(r);

        assertThat(second.status()).isEqualTo(PublishStatus.SENT);
        assertThat(ledger.get(second.ledgerId()).orElseThrow().resolvedBy()).isEqualTo("probe");
        assertThat(second.remoteId()).isEqualTo(server.statuses().get(0).get("id"));
        assertThat(server.statuses()).hasSize(1);
    }

    @Test
    void anUnknownOutcomeWithNothingPostedSinceIsSentAndOneWithOtherPostsIsLeftToAPerson() {
        PublishRequest r = TestSupport.post("p1", "mastodon", "hello");
        PublishRequest r2 = TestSupport.post("p2", "mastodon", "second");
        Publisher p = Publishers.create(new PublishTarget("mastodon", settings("3s", 0)), ctx);
        TestSupport.claimedByDeadRun(ledger, p, r, clock);
        clock.advance(Duration.ofHours(2));
        server.honourIdempotency = false;

        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(ledger.events(res.ledgerId())).extracting(LedgerEvent::detail)
                .anySatisfy(d -> assertThat(d).contains("posted nothing since the first attempt"));
        assertThat(server.statuses()).hasSize(1);

        TestSupport.claimedByDeadRun(ledger, p, r2, clock);
        server.postElsewhere("a post from the phone app", clock.instant().plusSeconds(30));
        clock.advance(Duration.ofHours(2));
        PublishResult undecided = run(settings("3s", 0)).publish(r2);
        assertThat(undecided.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(undecided.detail()).contains("edito ledger resolve " + undecided.ledgerId());
        assertThat(server.statuses()).hasSize(2);
    }

    @Test
    void aRejectedStatusIsAPermanentFailure() {
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "mastodon", "  "));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("HTTP 422").contains("Text can't be blank");
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void htmlContentIsReadBackAsText() {
        String html = "<p>Fares &amp; times: <a href=\"https://a.example/x\">"
                + "<span class=\"invisible\">https://</span><span>a.example/x</span></a></p><p>See <span class=\"h-card\">"
                + "<a>@<span>bob</span></a></span> &#39;soon&#39;<br />bye</p>";
        assertThat(MastodonPublisher.htmlToText(html))
                .isEqualTo("Fares & times: https://a.example/x\n\nSee @bob 'soon'\nbye");
        assertThat(MastodonPublisher.normalise("See  @bob@example.social 'soon'\nbye")).isEqualTo("See @bob 'soon' bye");
    }
}
