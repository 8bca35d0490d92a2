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
import io.edito.publish.fake.FakeInstagram;
import io.edito.publish.fake.FakeSite;
import io.edito.publish.fake.Fault;
import io.edito.publish.fake.RenewingToken;
import io.edito.publish.http.Http;
import io.edito.publish.http.RetryPolicy;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.meta.GraphApi;
import io.edito.publish.meta.InstagramPublisher;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Instagram publisher against a local stand-in of the content publishing endpoints and a media host. */
class InstagramPublisherTest {
    static final String TOKEN = "ig-token-for-tests-0001";
    static final String ACCOUNT = "17841400000000000";
    static final String V = FakeInstagram.VERSION + "/";
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeInstagram server = new FakeInstagram(ACCOUNT, TOKEN);
    FakeSite cdn = new FakeSite();
    Ledger ledger;
    PublishContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_IG_TOKEN", TOKEN), clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        for (String name : List.of("tram.jpg", "a.jpg", "b.jpg")) {
            BufferedImage img = new BufferedImage(8 + name.length(), 8, BufferedImage.TYPE_INT_RGB);
            img.setRGB(1, 1, name.hashCode());
            ImageIO.write(img, "jpg", dir.resolve("media/" + name).toFile());
            serve("media/" + name, "image/jpeg");
        }
        try (var in = getClass().getResourceAsStream("tram.png")) {
            Files.copy(in, dir.resolve("media/tram.png"));
        }
        serve("media/tram.png", "image/png");
        Files.write(dir.resolve("media/clip.mp4"), "not really a video, the stand-in does not decode it".getBytes());
        serve("media/clip.mp4", "video/mp4");
    }

    void serve(String path, String type) throws Exception {
        cdn.page("/" + path, type, Files.readAllBytes(dir.resolve(path)));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
        cdn.close();
    }

    Map<String, Object> settings(String timeout, int retries) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "instagram");
        s.put("account_id", ACCOUNT);
        s.put("token_env", "EDITO_IG_TOKEN");
        s.put("api_base", server.apiBase());
        s.put("media_url", cdn.url("/{path}"));
        s.put("timeout", timeout);
        s.put("retries", retries);
        return s;
    }

    Publisher publisher(Map<String, Object> settings) {
        return Publishers.create(new PublishTarget("instagram", settings), ctx);
    }

    PublishRun run(Publisher p) {
        return new PublishRun(ledger, Map.of("instagram", p), ctx, PublishRun.Options.DEFAULT);
    }

    PublishRun run(Map<String, Object> settings) {
        return run(publisher(settings));
    }

    static PublishRequest.Media file(String name, String alt) {
        return new PublishRequest.Media(Path.of("media/" + name), alt, null, "media/" + name, null, null);
    }

    static PublishRequest request(String id, String text, String firstComment, List<PublishRequest.Media> media) {
        return new PublishRequest(id, "instagram", null, text, List.of(), firstComment, media, null, "spring", "en",
                TestSupport.AT, null, null);
    }

    long count(String line) {
        return server.log().stream().filter(l -> l.equals(line)).count();
    }

    long publishes() {
        return count("POST " + V + ACCOUNT + "/media_publish");
    }

    @Test
    void aJpegWithItsAltTextIsOneContainerPublishedAfterTheQuotaAndItsPublicCopyAreChecked() throws Exception {
        PublishResult res = run(settings("3s", 3)).publish(request("tram", "Tram 28 #lisbon",
                null, List.of(file("tram.jpg", "Tram 28 climbing at dusk"))));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.containers().values()).singleElement().satisfies(c -> {
            assertThat(c.get("image_url")).isEqualTo(cdn.url("/media/tram.jpg"));
            assertThat(c.get("alt_text")).isEqualTo("Tram 28 climbing at dusk");
            assertThat(c.get("caption")).isEqualTo("Tram 28 #lisbon");
            assertThat(((Integer) c.get("bytes")).longValue()).isEqualTo(Files.size(dir.resolve("media/tram.jpg")));
        });
        assertThat(server.media()).singleElement().satisfies(m -> {
            assertThat(m.get("caption")).isEqualTo("Tram 28 #lisbon");
            assertThat(res.remoteId()).isEqualTo(m.get("id"));
            assertThat(res.url()).isEqualTo(m.get("permalink"));
        });
        assertThat(server.log()).containsSubsequence("GET " + V + ACCOUNT + "/content_publishing_limit",
                "POST " + V + ACCOUNT + "/media", "POST " + V + ACCOUNT + "/media_publish");
        // edito fetched the public copy before the container (and Instagram fetched it for the container)
        assertThat(cdn.log()).containsExactly("GET /media/tram.jpg", "GET /media/tram.jpg");
        LedgerEntry e = ledger.get(res.ledgerId()).orElseThrow();
        assertThat(e.items()).singleElement().satisfies(i -> assertThat(i.ref()).startsWith("container:"));
        assertThat(server.headersSeen()).noneMatch(h -> h.contains(TOKEN));
    }

    @Test
    void severalFilesMakeACarouselAndAVideoIsPolledWithBoundedBackoffUntilProcessed() {
        server.processingReads = 3;
        PublishResult res = run(settings("3s", 3)).publish(request("album", "Three views", null,
                List.of(file("a.jpg", "one"), file("clip.mp4", null), file("b.jpg", null))));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        List<Map<String, Object>> items = server.containers().values().stream()
                .filter(c -> c.get("carousel_item") == Boolean.TRUE).toList();
        assertThat(items).hasSize(3).allSatisfy(c -> assertThat(c.get("caption")).isNull());
        assertThat(items).extracting(c -> c.get("kind")).containsExactlyInAnyOrder("IMAGE", "VIDEO", "IMAGE");
        assertThat(items).extracting(c -> c.get("alt_text")).containsExactlyInAnyOrder("one", null, null);
        assertThat(server.media()).singleElement().satisfies(m -> {
            assertThat(m.get("media_type")).isEqualTo("CAROUSEL");
            assertThat((List<?>) m.get("children")).hasSize(3);
        });
        // the video: IN_PROGRESS for three reads, waited 2 s, 4 s, 8 s
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void aVideoStillProcessingAfterFiveMinutesFailsForNowAndTheNextRunResumesItsContainer() {
        server.processingReads = 1000;
        PublishResult res = run(settings("3s", 3)).publish(request("reel", "Reel", null, List.of(file("clip.mp4", null))));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("still processing").contains("resumes with this container");
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isFalse();
        Duration waited = sleeper.waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMinutes(5)).isLessThan(Duration.ofMinutes(7));
        assertThat(server.containers().values()).singleElement()
                .satisfies(c -> assertThat(c.get("media_type")).isEqualTo("REELS"));

        server.processingReads = 0;
        PublishResult again = new PublishRun(ledger, Map.of("instagram", publisher(settings("3s", 3))), ctx,
                PublishRun.Options.DEFAULT.withRetryFailed(true)).publish(request("reel", "Reel", null,
                        List.of(file("clip.mp4", null))));
        assertThat(again.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.containers()).hasSize(1); // the same container, not a new one
        assertThat(server.media()).hasSize(1);
    }

    @Test
    void aFirstCommentIsACommentOnThePublishedMediaRecordedAsItsOwnItem() {
        PublishResult res = run(settings("3s", 3)).publish(request("fc", "New route", "Tickets: link in bio",
                List.of(file("tram.jpg", null))));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.comments()).singleElement().satisfies(c -> {
            assertThat(c.get("media")).isEqualTo(res.remoteId());
            assertThat(c.get("text")).isEqualTo("Tickets: link in bio");
        });
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(2);
    }

    @Test
    void aThreadATextOnlyPostAndAPngAreRefusedBeforeAnyCall() {
        PublishRequest thread = new PublishRequest("thr", "instagram", null, "1/ one", List.of("2/ two"), null,
                List.of(file("tram.jpg", null)), null, null, null, TestSupport.AT, null, null);
        PublishResult t = run(settings("3s", 3)).publish(thread);
        assertThat(t.detail()).contains("thread").contains("first_comment");
        PublishResult text = run(settings("3s", 3)).publish(request("txt", "Just words", null, List.of()));
        assertThat(text.detail()).contains("no text-only posts");
        PublishResult png = run(settings("3s", 3)).publish(request("png", "A PNG", null, List.of(file("tram.png", null))));
        assertThat(png.detail()).contains("JPEG images only").contains("media/tram.png is image/png");
        assertThat(List.of(t, text, png)).allSatisfy(r -> assertThat(r.status()).isEqualTo(PublishStatus.FAILED));
        assertThat(server.log()).isEmpty();
        assertThat(cdn.log()).isEmpty();
    }

    @Test
    void aPublicCopyThatIsMissingOrDiffersRefusesThePairBeforeAnyContainer() throws Exception {
        Files.write(dir.resolve("media/new.jpg"), Files.readAllBytes(dir.resolve("media/a.jpg")));
        PublishResult missing = run(settings("3s", 0)).publish(request("m1", "Missing", null, List.of(file("new.jpg", null))));
        assertThat(missing.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(missing.detail()).contains(cdn.url("/media/new.jpg")).contains("HTTP 404");
        assertThat(ledger.get(missing.ledgerId()).orElseThrow().permanent()).isTrue();

        cdn.page("/media/new.jpg", "image/jpeg", Files.readAllBytes(dir.resolve("media/b.jpg"))); // an older upload
        PublishResult stale = run(settings("3s", 0)).publish(request("m2", "Stale", null, List.of(file("new.jpg", null))));
        assertThat(stale.detail()).contains(cdn.url("/media/new.jpg")).contains("is not the file in the repository");

        Map<String, Object> noUrl = settings("3s", 0);
        noUrl.remove("media_url");
        PublishResult none = run(noUrl).publish(request("m3", "No URL", null, List.of(file("a.jpg", null))));
        assertThat(none.detail()).contains("no media_url").contains("media/a.jpg");
        assertThat(server.containers()).isEmpty();
        assertThat(server.media()).isEmpty();
    }

    @Test
    void anExpiredTokenIsRenewedOnceThenThePostGoesOut() {
        RenewingToken renewing = new RenewingToken(TOKEN, "ig-token-renewed-0002", "instagram", server::acceptToken);
        server.expireToken();
        Publisher p = new InstagramPublisher(new GraphApi(URI.create(server.apiBase()), renewing,
                new Http(ctx, RetryPolicy.DEFAULT.withRequestTimeout(Duration.ofSeconds(3))), ctx, "Instagram",
                "instagram_business_content_publish"), ACCOUNT, cdn.url("/{path}"));
        PublishResult res = run(p).publish(request("p1", "Renewed", null, List.of(file("tram.jpg", null))));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(renewing.refused()).hasSize(1);
        assertThat(server.media()).hasSize(1);
    }

    @Test
    void anExpiredFixedTokenFailsWithTheCodeAndSaysWhereToPutANewOne() {
        server.expireToken();
        PublishResult res = run(settings("3s", 3)).publish(request("p1", "hello", null, List.of(file("tram.jpg", null))));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("Graph error 190/463").contains("Session has expired")
                .contains("EDITO_IG_TOKEN").contains("edito login").doesNotContain(TOKEN);
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isTrue();
        assertThat(server.containers()).isEmpty();
    }

    @Test
    void throttlingWaitsForTheUsageHeadersResetAndALongOneFailsForNowWithItsRetryTime() {
        server.graphError("/" + ACCOUNT + "/media_publish", 400, 4, null, "(#4) Application request limit reached",
                Map.of("X-Business-Use-Case-Usage", "{\"" + ACCOUNT + "\":[{\"type\":\"instagram\",\"call_count\":100,"
                        + "\"total_cputime\":20,\"total_time\":30,\"estimated_time_to_regain_access\":1}]}"));
        server.fail(V + ACCOUNT + "/media_publish", Fault.RATE_LIMIT); // an HTTP 429 as well: Retry-After 2
        PublishResult res = run(settings("3s", 3)).publish(request("p1", "hello", null, List.of(file("tram.jpg", null))));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sleeper.waits).contains(Duration.ofMinutes(1), Duration.ofSeconds(2));
        assertThat(server.media()).hasSize(1);

        server.graphError("/" + ACCOUNT + "/media", 400, 32, null, "(#32) Page request limit reached",
                Map.of("X-Business-Use-Case-Usage", "{\"1\":[{\"estimated_time_to_regain_access\":30}]}"));
        PublishResult later = run(settings("3s", 3)).publish(request("p2", "later", null, List.of(file("a.jpg", null))));
        assertThat(later.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(later.detail()).contains("Graph error 32").contains("retries after 1800s");
        assertThat(later.nextRetry()).isAfterOrEqualTo(clock.instant().plusSeconds(1799));
        assertThat(ledger.get(later.ledgerId()).orElseThrow().permanent()).isFalse();
    }

    @Test
    void aFullPublishingQuotaMakesThePairWaitNotFail() {
        server.quotaTotal = 1;
        server.postElsewhere("made in the app", Instant.now());
        PublishResult res = run(settings("3s", 3)).publish(request("p1", "hello", null, List.of(file("tram.jpg", null))));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("publishing quota is used up (1 of 1 posts in 24 hours)");
        assertThat(res.nextRetry()).isAfterOrEqualTo(clock.instant().plus(Duration.ofMinutes(59)));
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(server.containers()).isEmpty();
    }

    @Test
    void aServerErrorOnPublishIsRetriedAfterReadingTheContainerAndPublishesOnce() {
        server.fail(V + ACCOUNT + "/media_publish", Fault.ERROR_500);
        PublishResult res = run(settings("3s", 3)).publish(request("p1", "hello", null, List.of(file("tram.jpg", null))));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        String container = server.containers().keySet().iterator().next();
        assertThat(server.log()).containsSubsequence("POST " + V + ACCOUNT + "/media_publish", "GET " + V + container,
                "POST " + V + ACCOUNT + "/media_publish");
        assertThat(server.media()).hasSize(1);
    }

    @Test
    void aTimeoutAfterThePublishWasMadeIsSettledByTheContainersStatusNotPublishedTwice() {
        server.fail(V + ACCOUNT + "/media_publish", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run(settings("400ms", 3)).publish(request("p1", "Fares &  times\n", null,
                List.of(file("tram.jpg", null))));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(publishes()).isEqualTo(1);
        assertThat(server.media()).singleElement().satisfies(m -> assertThat(res.remoteId()).isEqualTo(m.get("id")));
    }

    @Test
    void aRunKilledAfterTheContainerWasRecordedResumesWithThatContainer() {
        PublishRequest r = request("k1", "Killed after the container", null, List.of(file("tram.jpg", null)));
        Publisher p = publisher(settings("3s", 0));
        Ledger.Claim c = TestSupport.claimedByDeadRun(ledger, p, r, clock);
        TestSupport.diesAfterRecordingTheFirstItem(ledger, p, r, c, clock);
        assertThat(server.containers()).hasSize(1);
        assertThat(server.media()).isEmpty();

        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.containers()).hasSize(1); // no second container
        assertThat(server.media()).singleElement().satisfies(m -> {
            assertThat(m.get("container")).isEqualTo(server.containers().keySet().iterator().next());
            assertThat(res.remoteId()).isEqualTo(m.get("id"));
        });
    }

    @Test
    void aRunKilledAfterPublishingBeforeRecordingItIsSettledAsSentByTheContainersStatus() {
        PublishRequest r = request("k2", "Killed after media_publish", "And its comment", List.of(file("tram.jpg", null)));
        Publisher p = publisher(settings("3s", 0));
        Ledger.Claim c = TestSupport.claimedByDeadRun(ledger, p, r, clock);
        long id = c.entry().id();
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> p.publish(r, new DeliveryContext(c.entry().deliveryKey(), clock.instant(), List.of(),
                item -> {
                    seen.add(item.index());
                    if (item.remoteId() != null) {
                        throw new IllegalStateException("killed"); // published, not recorded
                    }
                    ledger.recordItem(id, item, clock.instant());
                }))).hasMessage("killed");
        assertThat(server.media()).hasSize(1);

        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(publishes()).isEqualTo(1);
        assertThat(res.remoteId()).isEqualTo(server.media().get(0).get("id"));
        assertThat(server.comments()).singleElement()
                .satisfies(cm -> assertThat(cm.get("media")).isEqualTo(res.remoteId()));
        assertThat(ledger.get(id).orElseThrow().items()).hasSize(2);
    }

    @Test
    void aDeadRunWithoutARecordedContainerIsSafeToSendAgain() {
        PublishRequest r = request("k3", "Never reached Instagram", null, List.of(file("tram.jpg", null)));
        Publisher p = publisher(settings("3s", 0));
        TestSupport.claimedByDeadRun(ledger, p, r, clock);
        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.media()).hasSize(1);
    }

    @Test
    void settingsAreCheckedWithTheirKeyNamed() {
        Map<String, Object> s = settings("3s", 0);
        s.put("account_id", "atlas.air");
        assertThatThrownBy(() -> publisher(s)).isInstanceOf(EditoException.class)
                .hasMessageContaining("channels.instagram.publish.account_id").hasMessageContaining("numeric id");
        Map<String, Object> plain = settings("3s", 0);
        plain.put("api_base", "http://graph.example.com/v27.0");
        assertThatThrownBy(() -> publisher(plain)).hasMessageContaining("api_base").hasMessageContaining("https");
        Map<String, Object> dflt = settings("3s", 0);
        dflt.remove("api_base");
        assertThat(publisher(dflt).type()).isEqualTo("instagram");
    }
}
