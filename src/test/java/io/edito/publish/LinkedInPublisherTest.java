package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.fake.FakeLinkedIn;
import io.edito.publish.fake.Fault;
import io.edito.publish.fake.RenewingToken;
import io.edito.publish.http.Http;
import io.edito.publish.http.RetryPolicy;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.linkedin.LinkedInPublisher;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LinkedIn publisher against a local stand-in of the REST endpoints it uses. */
class LinkedInPublisherTest {
    static final String TOKEN = "li-access-token-for-tests-0001";
    static final String ORG = "urn:li:organization:2414183";
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeLinkedIn server = new FakeLinkedIn(ORG, LinkedInPublisher.DEFAULT_VERSION, TOKEN);
    Ledger ledger;
    PublishContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_LINKEDIN_TOKEN", TOKEN), clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        for (String name : List.of("tram.png", "a.png", "b.png")) {
            try (InputStream in = getClass().getResourceAsStream("tram.png")) {
                Files.copy(in, dir.resolve("media/" + name));
            }
        }
        byte[] clip = new byte[2500];
        for (int i = 0; i < clip.length; i++) {
            clip[i] = (byte) (i * 31);
        }
        Files.write(dir.resolve("media/clip.mp4"), clip);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
    }

    Map<String, Object> settings(String timeout, int retries) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "linkedin");
        s.put("author", ORG);
        s.put("token_env", "EDITO_LINKEDIN_TOKEN");
        s.put("api_base", server.apiBase());
        s.put("timeout", timeout);
        s.put("retries", retries);
        return s;
    }

    Publisher publisher(Map<String, Object> settings) {
        return Publishers.create(new PublishTarget("linkedin", settings), ctx);
    }

    PublishRun run(Map<String, Object> settings) {
        return run(publisher(settings));
    }

    PublishRun run(Publisher p) {
        return new PublishRun(ledger, Map.of("linkedin", p), ctx, PublishRun.Options.DEFAULT);
    }

    static PublishRequest request(String id, String text, String firstComment, List<PublishRequest.Media> media,
            String link, String title) {
        return new PublishRequest(id, "linkedin", null, text, List.of(), firstComment, media, link, "spring", "en",
                TestSupport.AT, null, null, title);
    }

    long postsSent() {
        return server.log().stream().filter(l -> l.equals("POST /rest/posts")).count();
    }

    @Test
    void aTextPostIsOnePostWithItsUrnFromTheHeaderAndLittleTextEscaped() {
        PublishResult res = run(settings("3s", 3)).publish(request("launch",
                "Lisbon (finally) on 3/4 #travel with @atlas_air: https://atlas.example/lisbon_(new)", null, List.of(),
                "https://atlas.example/lisbon_(new)", "Lisbon, here we come"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(p.get("commentary")).isEqualTo("Lisbon \\(finally\\) on 3/4 #travel with \\@atlas\\_air: "
                    + "https://atlas.example/lisbon_(new)");
            assertThat(p.get("visibility")).isEqualTo("PUBLIC");
            assertThat(res.remoteId()).isEqualTo(p.get("id"));
            assertThat(p.get("content")).isEqualTo(Map.of("article", Map.of("source",
                    "https://atlas.example/lisbon_(new)", "title", "Lisbon, here we come")));
        });
        assertThat(res.remoteId()).startsWith("urn:li:share:");
        assertThat(res.url()).isEqualTo("https://www.linkedin.com/feed/update/" + res.remoteId());
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(1);
        // the token travels only as the bearer of the Authorization header
        assertThat(server.headersSeen()).contains("Bearer " + TOKEN, LinkedInPublisher.DEFAULT_VERSION, "2.0.0");
    }

    @Test
    void anImageIsInitializedUploadedWithTheTokenAndPostedWithItsAltText() throws Exception {
        long size = Files.size(dir.resolve("media/tram.png"));
        PublishResult res = run(settings("3s", 3)).publish(request("tram", "Tram 28", null,
                List.of(new PublishRequest.Media(Path.of("media/tram.png"), "Tram 28 climbing at dusk", null)),
                "https://atlas.example/lisbon", "Lisbon"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.images().values()).singleElement().satisfies(img ->
                assertThat(((Integer) img.get("bytes")).longValue()).isEqualTo(size));
        String urn = server.images().keySet().iterator().next();
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(p.get("media")).isEqualTo(List.of(Map.of("id", urn, "altText", "Tram 28 climbing at dusk")));
            assertThat(p.get("content")).isEqualTo(Map.of("media", Map.of("id", urn,
                    "altText", "Tram 28 climbing at dusk"))); // the image is the content: no article
        });
        assertThat(server.log()).containsSubsequence("POST /rest/images", "PUT /dms-uploads/image/"
                + urn.substring("urn:li:image:".length()), "POST /rest/posts");
    }

    @Test
    void severalImagesMakeOneMultiImagePostAndTooManyAreRefusedBeforeAnyCall() {
        List<PublishRequest.Media> three = List.of(new PublishRequest.Media(Path.of("media/tram.png"), "one", null),
                new PublishRequest.Media(Path.of("media/a.png"), null, null),
                new PublishRequest.Media(Path.of("media/b.png"), "three", null));
        PublishResult res = run(settings("3s", 3)).publish(request("album", "Three views", null, three, null, null));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.images()).hasSize(3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> media = (List<Map<String, Object>>) server.posts().get(0).get("media");
        assertThat(media).extracting(m -> m.get("altText")).containsExactly("one", null, "three");
        assertThat(media).extracting(m -> m.get("id")).containsExactlyElementsOf(server.images().keySet().stream()
                .sorted().toList());
        assertThat(((Map<?, ?>) server.posts().get(0).get("content")).keySet()).isEqualTo(java.util.Set.of("multiImage"));

        List<PublishRequest.Media> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(new PublishRequest.Media(Path.of("media/a.png"), null, null));
        }
        int before = server.log().size();
        PublishResult refused = run(settings("3s", 3)).publish(request("too-many", "Many", null, many, null, null));
        assertThat(refused.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(refused.detail()).contains("at most 20 images");
        assertThat(server.log()).hasSize(before);
    }

    @Test
    void aVideoIsUploadedInPartsFinalizedWithTheirEtagsAndWaitedForWithBoundedBackoff() {
        server.partSize = 1000; // 2,500 bytes: three parts
        server.processingPolls = 4;
        PublishResult res = run(settings("3s", 3)).publish(request("clip", "Forty seconds of Lisbon", null,
                List.of(new PublishRequest.Media(Path.of("media/clip.mp4"), "ignored for a video", null)), null, null));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        String video = server.videos().keySet().iterator().next();
        assertThat(server.videos().get(video).get("status")).isEqualTo("AVAILABLE");
        assertThat(server.log().stream().filter(l -> l.startsWith("PUT /dms-uploads/video/"))).hasSize(3);
        String upload = "PUT /dms-uploads/video/" + video.substring("urn:li:video:".length());
        assertThat(server.log()).containsSubsequence("POST /rest/videos", upload + "/0", upload + "/1", upload + "/2",
                "POST /rest/videos", "GET /rest/videos/" + video, "POST /rest/posts");
        assertThat(server.posts().get(0).get("content")).isEqualTo(Map.of("media", Map.of("id", video)));
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16));

        // a video that never gets through processing fails for now, after bounded waits, and makes no post
        sleeper.waits.clear();
        server.processingPolls = 1000;
        PublishResult slow = run(settings("3s", 3)).publish(request("slow", "Too slow", null,
                List.of(new PublishRequest.Media(Path.of("media/clip.mp4"), null, null)), null, null));
        assertThat(slow.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(slow.detail()).contains("still PROCESSING");
        assertThat(sleeper.waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(sleeper.waits.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(
                Duration.ofMinutes(11));
        assertThat(ledger.get(slow.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void aVideoPartThatArrivesDamagedIsRefusedAtFinalizeAndUploadedAgainByTheNextRun() {
        server.partSize = 1000;
        server.damageNextPart = true;
        PublishRequest r = request("clip", "Forty seconds of Lisbon", null,
                List.of(new PublishRequest.Media(Path.of("media/clip.mp4"), null, null)), null, null);
        PublishResult res = run(settings("3s", 3)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("finalizeUpload").contains("LinkedIn 400 INVALID_VALUE")
                .contains("uploaded again");
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(server.posts()).isEmpty();

        clock.advance(Duration.ofHours(1));
        PublishResult again = run(settings("3s", 3)).publish(r);
        assertThat(again.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.videos()).hasSize(2);
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void twoVideosOrAVideoWithImagesAreRefusedBeforeAnyCall() {
        PublishResult res = run(settings("3s", 3)).publish(request("mixed", "Mixed", null,
                List.of(new PublishRequest.Media(Path.of("media/clip.mp4"), null, null),
                        new PublishRequest.Media(Path.of("media/a.png"), null, null)), null, null));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("one video and nothing else");
        assertThat(server.log()).isEmpty();
    }

    @Test
    void aFirstCommentIsPostedUnderThePostAndRecordedAsItsOwnItem() {
        PublishResult res = run(settings("3s", 3)).publish(request("fc", "New route",
                "Tickets (from 29 EUR): https://atlas.example", List.of(), null, null));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.comments()).singleElement().satisfies(c -> {
            assertThat(c.get("object")).isEqualTo(res.remoteId());
            assertThat(c.get("actor")).isEqualTo(ORG);
            assertThat(c.get("message")).isEqualTo(Map.of("text", "Tickets (from 29 EUR): https://atlas.example"));
        });
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(2)
                .satisfies(items -> assertThat(items.get(1).remoteId()).isEqualTo(server.comments().get(0).get("$URN")));
    }

    @Test
    void aThreadIsRefusedBeforeAnyCall() {
        PublishRequest r = new PublishRequest("thr", "linkedin", null, "1/ one", List.of("2/ two"), null, List.of(),
                null, null, null, TestSupport.AT, null, null);
        PublishResult res = run(settings("3s", 3)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("thread").contains("first_comment");
        assertThat(server.log()).isEmpty();
    }

    @Test
    void anExpiredTokenIsRenewedOnceThroughTheAccessTokenThenThePostGoesOut() {
        server.expireToken();
        RenewingToken renewable = new RenewingToken("stale-token", "fresh-token-0002", "linkedin", server::acceptToken);
        Publisher p = new LinkedInPublisher(URI.create(server.apiBase()), LinkedInPublisher.DEFAULT_VERSION, ORG,
                renewable, new Http(ctx, RetryPolicy.DEFAULT), ctx);
        PublishResult res = run(p).publish(TestSupport.post("p1", "linkedin", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(renewable.refused()).containsExactly("stale-token");
        assertThat(server.posts()).hasSize(1);
        assertThat(postsSent()).isEqualTo(2);
    }

    @Test
    void anExpiredFixedTokenFailsWithLinkedInsCodeAndSaysToRenewIt() {
        server.expireToken();
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "linkedin", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("LinkedIn 401 EXPIRED_ACCESS_TOKEN (serviceErrorCode 65601)")
                .contains("EDITO_LINKEDIN_TOKEN").contains("edito login").contains("60 days").doesNotContain(TOKEN);
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isTrue();
        assertThat(sleeper.waits).isEmpty();
        assertThat(server.posts()).isEmpty();
    }

    @Test
    void aRateLimitIsWaitedForThenThePostGoesOut() {
        server.linkedinError("/rest/posts", 429, 101, "TOO_MANY_REQUESTS",
                "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
                Map.of("Retry-After", "3"));
        server.fail("/rest/posts", Fault.RATE_LIMIT); // Retry-After 2
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "linkedin", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sleeper.waits).contains(Duration.ofSeconds(3), Duration.ofSeconds(2));
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void aLongRateLimitFailsForNowWithItsRetryTime() {
        server.linkedinError("/rest/posts", 429, 101, "TOO_MANY_REQUESTS", "Resource level throttle DAY limit",
                Map.of("Retry-After", "3600"));
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "linkedin", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("429").contains("retry after 3600s");
        assertThat(res.nextRetry()).isAfterOrEqualTo(clock.instant().plusSeconds(3599));
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(server.posts()).isEmpty();
    }

    @Test
    void aServerErrorIsRetriedAfterLookingForThePostAndPostsOnce() {
        server.linkedinError("/rest/posts", 500, null, "INTERNAL_SERVER_ERROR", "Internal Server Error", null);
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "linkedin", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.log()).containsSubsequence("POST /rest/posts", "GET /rest/posts", "POST /rest/posts");
        assertThat(server.posts()).hasSize(1);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void aTimeoutAfterThePostWasMadeIsSettledFromTheAuthorsPostsNotPostedTwice() {
        server.fail("/rest/posts", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run(settings("400ms", 3)).publish(TestSupport.post("p1", "linkedin",
                "Fares (and times) \n"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(postsSent()).isEqualTo(1);
        assertThat(server.posts()).singleElement().satisfies(p -> assertThat(res.remoteId()).isEqualTo(p.get("id")));
    }

    @Test
    void aDuplicateAnswerNamesThePostLinkedInHoldsAndIsTakenAsSent() {
        String urn = server.postElsewhere("Same words", System.currentTimeMillis());
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "linkedin", "Same words"));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(res.remoteId()).isEqualTo(urn);
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void anUnknownOutcomeIsSettledByTheNextRunFromTheAuthorsPostsOrLeftToAPerson() {
        PublishRequest r = TestSupport.post("p1", "linkedin", "made by a run that died");
        PublishRequest r2 = TestSupport.post("p2", "linkedin", "never made");
        Publisher p = publisher(settings("3s", 0));
        TestSupport.claimedByDeadRun(ledger, p, r, clock);
        server.postElsewhere("made by a run that died", System.currentTimeMillis());
        TestSupport.claimedByDeadRun(ledger, p, r2, clock);

        PublishResult found = run(settings("3s", 0)).publish(r);
        assertThat(found.status()).isEqualTo(PublishStatus.SENT);
        assertThat(ledger.get(found.ledgerId()).orElseThrow().resolvedBy()).isEqualTo("probe");
        assertThat(found.remoteId()).isEqualTo(server.posts().get(0).get("id"));

        PublishResult undecided = run(settings("3s", 0)).publish(r2);
        assertThat(undecided.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(undecided.detail()).contains("edito ledger resolve " + undecided.ledgerId());
        assertThat(postsSent()).isZero();
    }

    @Test
    void aRunThatDiedBetweenThePostAndItsCommentResumesAtTheComment() {
        PublishRequest r = request("fc", "New route", "Tickets inside", List.of(), null, null);
        Publisher p = publisher(settings("3s", 0));
        Ledger.Claim c = TestSupport.claimedByDeadRun(ledger, p, r, clock);
        TestSupport.diesAfterRecordingTheFirstItem(ledger, p, r, c, clock);
        assertThat(server.posts()).hasSize(1);
        assertThat(server.comments()).isEmpty();

        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(postsSent()).isEqualTo(1);
        assertThat(server.comments()).singleElement().satisfies(cm -> assertThat(cm.get("object"))
                .isEqualTo(server.posts().get(0).get("id")));
        LedgerEntry e = ledger.get(c.entry().id()).orElseThrow();
        assertThat(e.items()).hasSize(2);
        assertThat(e.remoteId()).isEqualTo(server.posts().get(0).get("id"));
    }

    @Test
    void aVersionLinkedInNoLongerServesIsRefusedWithItsCodeAndTheKeyToChange() {
        Map<String, Object> s = settings("3s", 3);
        s.put("version", "202401");
        PublishResult res = run(s).publish(TestSupport.post("p1", "linkedin", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("426 NONEXISTENT_VERSION").contains("set version:");
        assertThat(server.posts()).isEmpty();
    }

    @Test
    void settingsAreCheckedWithTheirKeyNamed() {
        Map<String, Object> s = settings("3s", 0);
        s.put("author", "AtlasAir");
        assertThatThrownBy(() -> publisher(s)).isInstanceOf(EditoException.class)
                .hasMessageContaining("channels.linkedin.publish.author").hasMessageContaining("urn:li:organization:N");
        Map<String, Object> v = settings("3s", 0);
        v.put("version", "2026-07");
        assertThatThrownBy(() -> publisher(v)).hasMessageContaining("version").hasMessageContaining("YYYYMM");
        Map<String, Object> plain = settings("3s", 0);
        plain.put("api_base", "http://api.linkedin.example/rest");
        assertThatThrownBy(() -> publisher(plain)).hasMessageContaining("api_base").hasMessageContaining("https");
        Map<String, Object> typo = settings("3s", 0);
        typo.put("autor", "urn:li:person:abc");
        assertThatThrownBy(() -> publisher(typo)).hasMessageContaining("unknown key").hasMessageContaining("author");
        Map<String, Object> person = settings("3s", 0);
        person.put("author", "urn:li:person:abc_D-12");
        person.remove("api_base");
        assertThat(publisher(person).type()).isEqualTo("linkedin");
    }

    @Test
    void aLostAnswerForAnAuthorWhosePostsCannotBeListedStaysUnknownAndIsNeverSentAgain() {
        // a member token without the restricted r_member_social cannot list the member's posts
        server.listingForbidden = true;
        server.fail("/rest/posts", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run(settings("400ms", 3)).publish(TestSupport.post("p1", "linkedin", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(res.detail()).contains("no response").contains("do not show it");
        // the next run asks again, cannot tell, and leaves it to a person
        PublishResult next = run(settings("400ms", 3)).publish(TestSupport.post("p1", "linkedin", "hello"));
        assertThat(next.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(next.detail()).contains("edito ledger resolve").contains("403");
        assertThat(postsSent()).isEqualTo(1);
        assertThat(server.posts()).hasSize(1);
    }
}
