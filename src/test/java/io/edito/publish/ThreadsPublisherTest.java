package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.fake.FakeSite;
import io.edito.publish.fake.FakeThreads;
import io.edito.publish.fake.Fault;
import io.edito.publish.fake.RenewingToken;
import io.edito.publish.http.Http;
import io.edito.publish.http.RetryPolicy;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.meta.GraphApi;
import io.edito.publish.meta.ThreadsPublisher;
import java.net.URI;
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

/** The Threads publisher against a local stand-in of the Threads API endpoints it uses and a media host. */
class ThreadsPublisherTest {
    static final String TOKEN = "threads-token-for-tests-0001";
    static final String USER = "27000000000000000";
    static final String V = FakeThreads.VERSION + "/";
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeThreads server = new FakeThreads(USER, TOKEN);
    FakeSite cdn = new FakeSite();
    Ledger ledger;
    PublishContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_THREADS_TOKEN", TOKEN), clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        try (var in = getClass().getResourceAsStream("tram.png")) {
            Files.copy(in, dir.resolve("media/tram.png"));
        }
        Files.copy(dir.resolve("media/tram.png"), dir.resolve("media/b.png"));
        Files.write(dir.resolve("media/clip.mp4"), "not really a video, the stand-in does not decode it".getBytes());
        cdn.page("/media/tram.png", "image/png", Files.readAllBytes(dir.resolve("media/tram.png")));
        cdn.page("/media/b.png", "image/png", Files.readAllBytes(dir.resolve("media/b.png")));
        cdn.page("/media/clip.mp4", "video/mp4", Files.readAllBytes(dir.resolve("media/clip.mp4")));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
        cdn.close();
    }

    Map<String, Object> settings(String timeout, int retries) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "threads");
        s.put("token_env", "EDITO_THREADS_TOKEN");
        s.put("api_base", server.apiBase());
        s.put("media_url", cdn.url("/{path}"));
        s.put("timeout", timeout);
        s.put("retries", retries);
        return s;
    }

    Publisher publisher(Map<String, Object> settings) {
        return Publishers.create(new PublishTarget("threads", settings), ctx);
    }

    PublishRun run(Publisher p) {
        return new PublishRun(ledger, Map.of("threads", p), ctx, PublishRun.Options.DEFAULT);
    }

    PublishRun run(Map<String, Object> settings) {
        return run(publisher(settings));
    }

    static PublishRequest.Media file(String name, String alt) {
        return new PublishRequest.Media(Path.of("media/" + name), alt, null, "media/" + name, null, null);
    }

    static PublishRequest request(String id, String text, List<String> thread, String firstComment,
            List<PublishRequest.Media> media) {
        return new PublishRequest(id, "threads", null, text, thread, firstComment, media, null, "spring", "en",
                TestSupport.AT, null, null);
    }

    long publishes() {
        return server.log().stream().filter(l -> l.equals("POST " + V + USER + "/threads_publish")).count();
    }

    @Test
    void aTextPostIsOneTextContainerPublishedForTheTokensProfile() {
        PublishResult res = run(settings("3s", 3)).publish(request("t1", "Lisbon, here we come #travel", List.of(),
                null, List.of()));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.containers().values()).singleElement().satisfies(c -> {
            assertThat(c.get("media_type")).isEqualTo("TEXT");
            assertThat(c.get("text")).isEqualTo("Lisbon, here we come #travel");
        });
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(res.remoteId()).isEqualTo(p.get("id"));
            assertThat(res.url()).isEqualTo(p.get("permalink"));
        });
        // user_id: me is resolved once, then every call names the numeric id
        assertThat(server.log()).containsSubsequence("GET " + V + "me", "GET " + V + USER + "/threads_publishing_limit",
                "POST " + V + USER + "/threads", "POST " + V + USER + "/threads_publish");
        assertThat(server.headersSeen()).noneMatch(h -> h.contains(TOKEN));
    }

    @Test
    void anImageWithAltTextAndACarouselWithASlowVideo() {
        PublishResult one = run(settings("3s", 3)).publish(request("i1", "Tram 28", List.of(), null,
                List.of(file("tram.png", "Tram 28 at dusk"))));
        assertThat(one.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(p.get("media_type")).isEqualTo("IMAGE");
            assertThat(p.get("alt_text")).isEqualTo("Tram 28 at dusk");
        });

        server.processingReads = 2;
        PublishResult album = run(settings("3s", 3)).publish(request("c1", "Two views and a clip", List.of(), null,
                List.of(file("tram.png", "one"), file("clip.mp4", "a clip"), file("b.png", null))));
        assertThat(album.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts().get(1)).satisfies(p -> {
            assertThat(p.get("media_type")).isEqualTo("CAROUSEL");
            assertThat((List<?>) p.get("children")).hasSize(3);
        });
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aThreadAndAFirstCommentAreChainedRepliesEachRecorded() {
        PublishResult res = run(settings("3s", 3)).publish(request("thr", "1/ Our new route", List.of("2/ Fares"),
                "Tickets: atlas.example", List.of()));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(1);
        List<Map<String, Object>> replies = server.replies();
        assertThat(replies).extracting(r -> r.get("text")).containsExactly("2/ Fares", "Tickets: atlas.example");
        assertThat(replies.get(0).get("reply_to")).isEqualTo(server.posts().get(0).get("id"));
        assertThat(replies.get(1).get("reply_to")).isEqualTo(replies.get(0).get("id"));
        LedgerEntry e = ledger.get(res.ledgerId()).orElseThrow();
        assertThat(e.items()).<Object>extracting(i -> i.remoteId()).containsExactly(server.posts().get(0).get("id"),
                replies.get(0).get("id"), replies.get(1).get("id"));
        assertThat(server.log()).contains("GET " + V + USER + "/threads_publishing_limit");
    }

    @Test
    void aTooLongItemAndAStalePublicCopyAreRefusedBeforeAnyContainer() throws Exception {
        PublishResult tooLong = run(settings("3s", 3)).publish(request("l1", "x".repeat(501), List.of(), null, List.of()));
        assertThat(tooLong.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(tooLong.detail()).contains("501 characters").contains("500");
        assertThat(server.log()).isEmpty();

        cdn.page("/media/tram.png", "image/png", "an older upload".getBytes());
        PublishResult stale = run(settings("3s", 3)).publish(request("s1", "Stale", List.of(), null,
                List.of(file("tram.png", null))));
        assertThat(stale.detail()).contains(cdn.url("/media/tram.png")).contains("not the file in the repository");
        assertThat(server.containers()).isEmpty();
    }

    @Test
    void anExpiredTokenIsRenewedOnceThenThePostGoesOut() {
        RenewingToken renewing = new RenewingToken(TOKEN, "threads-token-renewed-0002", "threads", server::acceptToken);
        server.expireToken();
        Publisher p = new ThreadsPublisher(new GraphApi(URI.create(server.apiBase()), renewing,
                new Http(ctx, RetryPolicy.DEFAULT.withRequestTimeout(Duration.ofSeconds(3))), ctx, "Threads",
                "threads_content_publish"), "me", null);
        PublishResult res = run(p).publish(request("p1", "Renewed", List.of(), null, List.of()));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(renewing.refused()).hasSize(1);
        assertThat(server.posts()).hasSize(1);

        server.expireToken();
        PublishResult fixed = run(settings("3s", 3)).publish(request("p2", "Fixed", List.of(), null, List.of()));
        assertThat(fixed.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(fixed.detail()).contains("Threads Graph error 190").contains("EDITO_THREADS_TOKEN");
        assertThat(ledger.get(fixed.ledgerId()).orElseThrow().permanent()).isTrue();
    }

    @Test
    void throttlingWithResetHeadersIsWaitedForAndAServerErrorIsRetriedAfterReadingTheContainer() {
        server.graphError("/" + USER + "/threads_publish", 400, 4, null, "(#4) Application request limit reached",
                Map.of("X-Business-Use-Case-Usage", "{\"" + USER + "\":[{\"estimated_time_to_regain_access\":1}]}"));
        server.fail(V + USER + "/threads", Fault.RATE_LIMIT);
        PublishResult res = run(settings("3s", 3)).publish(request("p1", "hello", List.of(), null, List.of()));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sleeper.waits).contains(Duration.ofMinutes(1), Duration.ofSeconds(2));

        server.graphError("/" + USER + "/threads_publish", 500, 2, null,
                "An unexpected error has occurred. Please retry your request later.", null);
        PublishResult again = run(settings("3s", 3)).publish(request("p2", "hello again", List.of(), null, List.of()));
        assertThat(again.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(2);
        assertThat(publishes()).isEqualTo(4); // p1: throttled + sent; p2: 500 + sent
        String container = server.containers().keySet().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(server.log()).containsSubsequence("POST " + V + USER + "/threads_publish", "GET " + V + container,
                "POST " + V + USER + "/threads_publish");
    }

    @Test
    void aTimeoutAfterThePublishWasMadeIsSettledByTheContainerNotPostedTwice() {
        server.fail(V + USER + "/threads_publish", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run(settings("400ms", 3)).publish(request("p1", "Fares &  times\n", List.of("2/ more"),
                null, List.of()));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).singleElement().satisfies(p -> assertThat(res.remoteId()).isEqualTo(p.get("id")));
        assertThat(server.replies()).singleElement()
                .satisfies(r -> assertThat(r.get("reply_to")).isEqualTo(res.remoteId()));
    }

    @Test
    void aRunKilledBetweenItemsResumesAtTheNextItemNeverRepostingTheFirst() {
        PublishRequest r = request("k1", "1/ first", List.of("2/ second"), null, List.of());
        Publisher p = publisher(settings("3s", 0));
        Ledger.Claim c = TestSupport.claimedByDeadRun(ledger, p, r, clock);
        long id = c.entry().id();
        assertThatThrownBy(() -> p.publish(r, new DeliveryContext(c.entry().deliveryKey(), clock.instant(), List.of(),
                item -> {
                    ledger.recordItem(id, item, clock.instant());
                    if (item.index() == 0 && item.remoteId() != null) {
                        throw new IllegalStateException("killed");
                    }
                }))).hasMessage("killed");
        assertThat(server.posts()).hasSize(1);
        assertThat(server.replies()).isEmpty();

        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(1);
        assertThat(server.replies()).singleElement()
                .satisfies(rep -> assertThat(rep.get("reply_to")).isEqualTo(server.posts().get(0).get("id")));
        assertThat(ledger.get(id).orElseThrow().items()).hasSize(2);
    }

    @Test
    void settingsAreCheckedWithTheirKeyNamed() {
        Map<String, Object> s = settings("3s", 0);
        s.put("user_id", "@atlas");
        assertThatThrownBy(() -> publisher(s)).isInstanceOf(EditoException.class)
                .hasMessageContaining("channels.threads.publish.user_id").hasMessageContaining("numeric id");
        Map<String, Object> plain = settings("3s", 0);
        plain.put("api_base", "http://graph.threads.example/v1.0");
        assertThatThrownBy(() -> publisher(plain)).hasMessageContaining("api_base").hasMessageContaining("https");
        Map<String, Object> dflt = settings("3s", 0);
        dflt.remove("api_base");
        dflt.put("user_id", USER);
        assertThat(publisher(dflt).type()).isEqualTo("threads");
    }
}
