package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.fake.FakeSite;
import io.edito.publish.fake.FakeTikTok;
import io.edito.publish.fake.Fault;
import io.edito.publish.fake.RenewingToken;
import io.edito.publish.http.Http;
import io.edito.publish.http.RetryPolicy;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.tiktok.TikTokPublisher;
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

/** The TikTok publisher against a local stand-in of the Content Posting API endpoints it uses. */
class TikTokPublisherTest {
    static final String TOKEN = "act.tiktok-user-token-for-tests-0001";
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeSite cdn = new FakeSite();
    FakeTikTok server = new FakeTikTok(TOKEN, cdn.url("/"));
    Ledger ledger;
    PublishContext ctx;
    long videoSize;

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_TIKTOK_TOKEN", TOKEN), clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        byte[] video = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 31);
        }
        Files.write(dir.resolve("media/tour.mp4"), video);
        videoSize = video.length;
        Files.write(dir.resolve("media/a.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        Files.write(dir.resolve("media/b.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        Files.write(dir.resolve("media/c.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        for (String name : List.of("a.jpg", "b.jpg")) {
            cdn.page("/media/" + name, "image/jpeg", Files.readAllBytes(dir.resolve("media/" + name)));
        }
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
        cdn.close();
    }

    Map<String, Object> settings(String privacy) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "tiktok");
        s.put("token_env", "EDITO_TIKTOK_TOKEN");
        s.put("api_base", server.baseUrl());
        s.put("privacy", privacy);
        s.put("timeout", "3s");
        s.put("retries", 3);
        return s;
    }

    PublishRun run(Publisher p) {
        return new PublishRun(ledger, Map.of("tiktok", p), ctx, PublishRun.Options.DEFAULT);
    }

    PublishRun run(Map<String, Object> settings) {
        return run(Publishers.create(new PublishTarget("tiktok", settings), ctx));
    }

    PublishRun retrying(Map<String, Object> settings) {
        return new PublishRun(ledger, Map.of("tiktok", Publishers.create(new PublishTarget("tiktok", settings), ctx)),
                ctx, PublishRun.Options.DEFAULT.withRetryFailed(true));
    }

    static PublishRequest request(String id, String text, List<PublishRequest.Media> media) {
        return new PublishRequest(id, "tiktok", null, text, List.of(), null, media, null, "winter", "fr",
                TestSupport.AT, null, null, "Winter sale", null, "tiktok");
    }

    static PublishRequest.Media video() {
        return new PublishRequest.Media(Path.of("media/tour.mp4"), "A tour of the cabin", null);
    }

    PublishRequest.Media photo(String name) {
        return new PublishRequest.Media(Path.of("media/" + name), null, null, "media/" + name, null,
                cdn.url("/media/" + name));
    }

    long inits() {
        return server.log().stream().filter(l -> l.endsWith("/init/")).count();
    }

    @Test
    void aVideoIsInitialisedUploadedInOnePieceAndFollowedUntilPublished() {
        server.processingPolls(2);
        PublishResult res = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour #AtlasAir", List.of(video())));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(p.get("title")).isEqualTo("Cabin tour #AtlasAir");
            assertThat(p.get("privacy_level")).isEqualTo("SELF_ONLY");
            assertThat(p.get("uploaded_bytes")).isEqualTo(videoSize);
            assertThat(p.get("chunks")).isEqualTo(1L);
            assertThat(p.get("disable_comment")).isEqualTo(false);
            // a private post gets no post id: the publish_id stands for it
            assertThat(res.remoteId()).isEqualTo(p.get("publish_id"));
        });
        assertThat(server.log()).containsExactly("POST /v2/post/publish/creator_info/query/",
                "POST /v2/post/publish/video/init/", "PUT /upload/", "POST /v2/post/publish/status/fetch/",
                "POST /v2/post/publish/status/fetch/", "POST /v2/post/publish/status/fetch/");
        // processing was waited for with a growing backoff
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void anAuditedPublicPostGetsItsPostIdAndPermalinkAndTheSwitchesGoAsConfigured() {
        server.audited(true);
        Map<String, Object> s = settings("PUBLIC_TO_EVERYONE");
        s.put("comments", false);
        s.put("duet", false);
        PublishResult res = run(s).publish(request("tour", "Cabin tour", List.of(video())));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        Map<String, Object> post = server.posts().get(0);
        assertThat(res.remoteId()).isEqualTo(post.get("post_id"));
        assertThat(res.url()).isEqualTo("https://www.tiktok.com/@atlas.air/video/" + post.get("post_id"));
        assertThat(post).containsEntry("disable_comment", true).containsEntry("disable_duet", true)
                .containsEntry("disable_stitch", false);
    }

    @Test
    void photosArePulledFromTheirPublicUrlsWithTheTextAsDescriptionAndTheTitle() {
        PublishResult res = run(settings("SELF_ONLY")).publish(request("album", "Two views of Lisbon",
                List.of(photo("a.jpg"), photo("b.jpg"))));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(p.get("kind")).isEqualTo("photo");
            assertThat(p.get("description")).isEqualTo("Two views of Lisbon");
            assertThat(p.get("title")).isEqualTo("Winter sale");
            assertThat(p.get("photo_images")).isEqualTo(List.of(cdn.url("/media/a.jpg"), cdn.url("/media/b.jpg")));
        });
        assertThat(server.log()).doesNotContain("PUT /upload/");
        assertThat(cdn.log()).containsExactly("GET /media/a.jpg", "GET /media/b.jpg");
    }

    @Test
    void aPublicCopyThatIsNotTheRepositorysFileIsRefusedBeforeTikTokPullsIt() throws Exception {
        cdn.page("/media/b.jpg", "image/jpeg", "an older upload".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PublishResult res = run(settings("SELF_ONLY")).publish(request("album", "Two views of Lisbon",
                List.of(photo("a.jpg"), photo("b.jpg"))));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains(cdn.url("/media/b.jpg")).contains("is not the file in the repository");
        assertThat(inits()).isZero();
    }

    @Test
    void whatTikTokCannotTakeIsRefusedBeforeAnyCall() {
        PublishRun run = run(settings("SELF_ONLY"));
        PublishResult text = run.publish(request("text", "Just words", List.of()));
        PublishResult png = run.publish(request("png", "A PNG", List.of(photo("c.png"))));
        PublishResult noUrl = run.publish(request("nourl", "No URL", List.of(new PublishRequest.Media(
                Path.of("media/a.jpg"), null, null))));
        PublishResult mixed = run.publish(request("mixed", "Mixed", List.of(video(), photo("a.jpg"))));
        PublishResult thread = run.publish(new PublishRequest("thread", "tiktok", null, "One", List.of("Two"), null,
                List.of(video()), null, null, null, TestSupport.AT, null, null));
        PublishResult comment = run.publish(new PublishRequest("comment", "tiktok", null, "One", List.of(), "First!",
                List.of(video()), null, null, null, TestSupport.AT, null, null));
        // a title over TikTok's 90 (the charter may have turned length.tiktok off) is refused, not cut unseen
        PublishResult title = run.publish(new PublishRequest("title", "tiktok", null, "Photos", List.of(), null,
                List.of(photo("a.jpg")), null, "winter", "fr", TestSupport.AT, null, null, "é".repeat(91), null, "tiktok"));

        assertThat(List.of(text, png, noUrl, mixed, thread, comment, title)).allSatisfy(r ->
                assertThat(r.status()).isEqualTo(PublishStatus.FAILED));
        assertThat(text.detail()).contains("no text-only post");
        assertThat(png.detail()).contains("JPEG or WebP").contains("image/png");
        assertThat(noUrl.detail()).contains("media_url");
        assertThat(mixed.detail()).contains("one video or up to 35 photos");
        assertThat(thread.detail()).contains("thread");
        assertThat(comment.detail()).contains("cannot post comments");
        assertThat(title.detail()).contains("photo title is 91 characters, over the 90 TikTok takes");
        assertThat(server.log()).isEmpty();
    }

    @Test
    void aPrivacyTheAccountDoesNotOfferIsRefusedBeforeAnyPostNamingWhatItOffers() {
        PublishResult res = run(settings("PUBLIC_TO_EVERYONE")).publish(request("tour", "Cabin tour", List.of(video())));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("cannot post with privacy PUBLIC_TO_EVERYONE").contains("offers SELF_ONLY");
        assertThat(inits()).isZero();
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isTrue();
    }

    @Test
    void anExpiredTokenIsRenewedOnceThroughTheAccessTokenAndTheCallSentAgain() {
        server.expireToken();
        RenewingToken renewable = new RenewingToken("stale", "expired-" + TOKEN, "tiktok");
        TikTokPublisher p = new TikTokPublisher(URI.create(server.baseUrl()), renewable,
                new TikTokPublisher.Options("SELF_ONLY", true, true, true), new Http(ctx, RetryPolicy.DEFAULT
                        .withRequestTimeout(Duration.ofSeconds(3))), ctx);
        PublishResult res = run(p).publish(request("tour", "Cabin tour", List.of(video())));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(renewable.refused()).hasSize(1);
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void aTokenFromTheEnvironmentThatTikTokRefusesFailsNamingTheVariable() {
        server.expireToken();
        PublishResult res = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour", List.of(video())));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("EDITO_TIKTOK_TOKEN").doesNotContain(TOKEN);
        assertThat(server.posts()).isEmpty();
    }

    @Test
    void aRateLimitIsWaitedForAndAPostingCapWaitsForALaterRun() {
        server.fail("/v2/post/publish/video/init/", Fault.RATE_LIMIT);
        PublishResult waited = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour", List.of(video())));
        assertThat(waited.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sleeper.waits).contains(Duration.ofSeconds(2)); // its Retry-After

        server.error("/v2/post/publish/video/init/", 403, "spam_risk_too_many_posts", "User posted too many times");
        PublishResult capped = run(settings("SELF_ONLY")).publish(request("tour2", "Second tour", List.of(video())));
        assertThat(capped.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(capped.detail()).contains("spam_risk_too_many_posts").contains("retried by a later run");
        assertThat(ledger.get(capped.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void aServerErrorOnAChunkIsRetriedAndTheVideoPostedOnce() {
        server.fail("/upload/", Fault.ERROR_500);
        PublishResult res = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour", List.of(video())));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(1);
        assertThat(inits()).isEqualTo(1);
    }

    @Test
    void anUploadThatNeverFinishedIsStartedOverSafelyByTheNextRun() {
        server.fail("/upload/", Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
        PublishResult first = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour", List.of(video())));
        assertThat(first.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(server.posts()).isEmpty();
        // the publish_id was recorded before the upload
        assertThat(ledger.get(first.ledgerId()).orElseThrow().items()).singleElement()
                .satisfies(i -> assertThat(i.ref()).isEqualTo(TikTokPublisher.PUBLISH_ID_REF));

        PublishResult second = retrying(settings("SELF_ONLY")).publish(request("tour", "Cabin tour",
                List.of(video())));
        assertThat(second.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(1);
        assertThat(inits()).isEqualTo(2);
    }

    @Test
    void aPostStillProcessingAfterTheBoundIsUnknownAndTheNextRunFindsItWithoutPostingAgain() {
        server.processingPolls(100);
        PublishResult first = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour", List.of(video())));
        assertThat(first.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(first.detail()).contains("still processing");
        assertThat(sleeper.waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(30)));

        server.processingPolls(0);
        PublishResult second = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour", List.of(video())));
        assertThat(second.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(1);
        assertThat(inits()).isEqualTo(1);
    }

    @Test
    void aPostTikTokFailsIsRefusedWithItsReasonAndARetryStartsOver() {
        server.failNextPost("file_format_check_failed");
        PublishResult first = run(settings("SELF_ONLY")).publish(request("tour", "Cabin tour", List.of(video())));
        assertThat(first.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(first.detail()).contains("file_format_check_failed");

        PublishResult again = retrying(settings("SELF_ONLY")).publish(request("tour", "Cabin tour",
                List.of(video())));
        assertThat(again.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void aLostAnswerToAPhotoPostIsNeverSentAgainBlindly() {
        server.fail("/v2/post/publish/content/init/", Fault.TIMEOUT_AFTER_PROCESSING);
        Map<String, Object> s = settings("SELF_ONLY");
        s.put("timeout", "400ms");
        PublishResult first = run(s).publish(request("album", "Two views", List.of(photo("a.jpg"))));
        assertThat(first.status()).isEqualTo(PublishStatus.UNKNOWN);

        PublishResult second = run(s).publish(request("album", "Two views", List.of(photo("a.jpg"))));
        assertThat(second.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(second.detail()).contains("edito ledger resolve");
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void theConfigurationIsCheckedKeyByKey() {
        Map<String, Object> noPrivacy = settings("SELF_ONLY");
        noPrivacy.remove("privacy");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("tiktok", noPrivacy), ctx))
                .isInstanceOf(EditoException.class).hasMessageContaining("privacy").hasMessageContaining("SELF_ONLY");
        Map<String, Object> wrong = settings("PUBLIC");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("tiktok", wrong), ctx))
                .hasMessageContaining("'PUBLIC' is not one of");
        Map<String, Object> notBool = settings("SELF_ONLY");
        notBool.put("duet", "sometimes");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("tiktok", notBool), ctx))
                .hasMessageContaining("duet").hasMessageContaining("true or false");
        Map<String, Object> clear = settings("SELF_ONLY");
        clear.put("api_base", "http://open.tiktokapis.example");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("tiktok", clear), ctx))
                .hasMessageContaining("plain http");
    }
}
