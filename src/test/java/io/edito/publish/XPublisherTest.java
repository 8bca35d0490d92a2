package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.fake.FakeX;
import io.edito.publish.fake.Fault;
import io.edito.publish.fake.RenewingToken;
import io.edito.publish.http.Http;
import io.edito.publish.http.RetryPolicy;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.x.XPublisher;
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
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The X publisher against a local stand-in of the X API v2 endpoints it uses. */
class XPublisherTest {
    static final String TOKEN = "x-user-access-token-for-tests-0001";
    static final String[] KEYS = {"ck-for-tests", "cs-for-tests-secret", "1500000000000000001-at-for-tests",
        "as-for-tests-secret"};
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeX server = new FakeX(TOKEN);
    Ledger ledger;
    PublishContext ctx;
    byte[] video = new byte[2 * 1024 * 1024 + 512 * 1024];

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_X_TOKEN", TOKEN, "X_CK", KEYS[0], "X_CS", KEYS[1], "X_AT",
                KEYS[2], "X_AS", KEYS[3]), clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        for (String name : List.of("tram.png", "a.png", "b.png", "c.png", "d.png")) {
            try (InputStream in = getClass().getResourceAsStream("tram.png")) {
                Files.copy(in, dir.resolve("media/" + name));
            }
        }
        new Random(7).nextBytes(video);
        Files.write(dir.resolve("media/clip.mp4"), video);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
    }

    Map<String, Object> settings(String timeout, int retries) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "x");
        s.put("token_env", "EDITO_X_TOKEN");
        s.put("api_base", server.baseUrl());
        s.put("timeout", timeout);
        s.put("retries", retries);
        return s;
    }

    Map<String, Object> keySettings(String timeout) {
        Map<String, Object> s = settings(timeout, 3);
        s.remove("token_env");
        s.put("consumer_key_env", "X_CK");
        s.put("consumer_secret_env", "X_CS");
        s.put("access_token_env", "X_AT");
        s.put("access_secret_env", "X_AS");
        return s;
    }

    Publisher publisher(Map<String, Object> settings) {
        return Publishers.create(new PublishTarget("x", settings), ctx);
    }

    PublishRun run(Map<String, Object> settings) {
        return run(publisher(settings));
    }

    PublishRun run(Publisher p) {
        return new PublishRun(ledger, Map.of("x", p), ctx, PublishRun.Options.DEFAULT);
    }

    static PublishRequest request(String id, String text, List<String> thread, String firstComment,
            List<PublishRequest.Media> media) {
        return new PublishRequest(id, "x", null, text, thread, firstComment, media, null, "spring", "en",
                TestSupport.AT, null, null);
    }

    static PublishRequest.Media image(String name, String alt) {
        return new PublishRequest.Media(Path.of("media/" + name), alt, null);
    }

    long tweetPosts() {
        return server.log().stream().filter(l -> l.equals("POST /2/tweets")).count();
    }

    @Test
    void aTextPostGoesOutWithTheBearerTokenAndItsPermalink() {
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("launch", "x",
                "Lisbon, here we come https://atlas.example/lisbon #travel"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.tweets()).singleElement().satisfies(t -> {
            assertThat(t.get("raw")).isEqualTo("Lisbon, here we come https://atlas.example/lisbon #travel");
            assertThat(res.remoteId()).isEqualTo(t.get("id"));
            assertThat(t.get("reply_to")).isNull();
        });
        assertThat(res.url()).isEqualTo("https://x.com/i/web/status/" + res.remoteId());
        assertThat(server.authSchemes()).containsOnly("Bearer");
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(1);
    }

    @Test
    void oauth1KeysSignEveryRequestAndWrongKeysAreRefusedWithWhatToDo() {
        server.close();
        server = new FakeX(KEYS[0], KEYS[1], KEYS[2], KEYS[3]);
        // a lost answer makes edito read the account's posts: GETs with a query, signed too
        server.fail("/2/tweets", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run(keySettings("400ms")).publish(TestSupport.post("p1", "x", "Signed, sealed, delivered"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(tweetPosts()).isEqualTo(1);
        assertThat(server.log()).contains("GET /2/users/me", "GET /2/users/" + FakeX.USER_ID + "/tweets");
        assertThat(server.authSchemes()).hasSize(3).containsOnly("OAuth");

        Map<String, Object> wrong = keySettings("3s");
        ctx = TestSupport.context(dir, Map.of("X_CK", KEYS[0], "X_CS", "not-the-secret", "X_AT", KEYS[2], "X_AS",
                KEYS[3]), clock, sleeper);
        PublishResult refused = run(wrong).publish(TestSupport.post("p2", "x", "never"));
        assertThat(refused.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(refused.detail()).contains("X error 401 Unauthorized").contains("X_CK, X_CS, X_AT, X_AS")
                .contains("regenerate").contains("does not retry").doesNotContain("not-the-secret");
        assertThat(ledger.get(refused.ledgerId()).orElseThrow().permanent()).isTrue();
        assertThat(server.tweets()).hasSize(1);
    }

    @Test
    void anImageIsUploadedWithItsAltTextThenAttached() throws Exception {
        PublishResult res = run(settings("3s", 3)).publish(request("tram", "Tram 28", List.of(), null,
                List.of(image("tram.png", "Tram 28 climbing at dusk"))));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.media().values()).singleElement().satisfies(m -> {
            assertThat(m.get("media_category")).isEqualTo("tweet_image");
            assertThat(m.get("alt_text")).isEqualTo("Tram 28 climbing at dusk");
            assertThat((byte[]) m.get("bytes")).isEqualTo(Files.readAllBytes(dir.resolve("media/tram.png")));
        });
        assertThat(server.tweets().get(0).get("media_ids")).isEqualTo(List.copyOf(server.media().keySet()));
        assertThat(server.log()).containsSubsequence("POST /2/media/upload", "POST /2/media/metadata", "POST /2/tweets");
    }

    @Test
    void fourImagesMakeOnePostAndMoreOrMixedMediaAreRefusedBeforeAnyCall() {
        List<PublishRequest.Media> four = List.of(image("tram.png", "one"), image("a.png", null), image("b.png", "three"),
                image("c.png", null));
        PublishResult res = run(settings("3s", 3)).publish(request("album", "Four views", List.of(), null, four));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat((List<?>) server.tweets().get(0).get("media_ids")).hasSize(4);
        assertThat(server.log().stream().filter(l -> l.equals("POST /2/media/metadata"))).hasSize(2);

        int before = server.log().size();
        List<PublishRequest.Media> five = new ArrayList<>(four);
        five.add(image("d.png", null));
        PublishResult tooMany = run(settings("3s", 3)).publish(request("five", "Five", List.of(), null, five));
        assertThat(tooMany.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(tooMany.detail()).contains("up to 4 images");
        PublishResult mixed = run(settings("3s", 3)).publish(request("mixed", "Mixed", List.of(), null,
                List.of(image("tram.png", null), new PublishRequest.Media(Path.of("media/clip.mp4"), null, null))));
        assertThat(mixed.detail()).contains("1 video").contains("image, video");
        assertThat(server.log()).hasSize(before);
    }

    @Test
    void aVideoGoesUpInChunksAndWaitsForProcessingWithBoundedWaits() {
        server.processingPolls = 3;
        server.checkAfterSecs = 5;
        PublishResult res = run(settings("3s", 3)).publish(request("clip", "Take-off", List.of(), null,
                List.of(new PublishRequest.Media(Path.of("media/clip.mp4"), null, null))));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.media().values()).singleElement().satisfies(m -> {
            assertThat(m.get("media_category")).isEqualTo("tweet_video");
            assertThat((byte[]) m.get("bytes")).isEqualTo(video); // 3 segments of at most 1 MB, in order
            assertThat(m.get("status_polls")).isEqualTo(3);
        });
        assertThat(server.log().stream().filter(l -> l.endsWith("/append"))).hasSize(3);
        assertThat(server.log()).containsSubsequence("POST /2/media/upload/initialize", "GET /2/media/upload",
                "POST /2/tweets");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void aVideoStillProcessingAfterTenMinutesFailsForNowWithoutAPost() {
        server.processingPolls = 1000;
        server.checkAfterSecs = 120; // asked for; each wait stays within 30 s
        PublishResult res = run(settings("3s", 3)).publish(request("clip", "Take-off", List.of(), null,
                List.of(new PublishRequest.Media(Path.of("media/clip.mp4"), null, null))));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("still processing");
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(sleeper.waits).hasSize(20).containsOnly(Duration.ofSeconds(30));
        assertThat(server.tweets()).isEmpty();
    }

    @Test
    void aThreadIsChainedAndTheFirstCommentAnswersThePostEachItemRecorded() {
        PublishResult res = run(settings("3s", 3)).publish(request("thr", "1/ Our new route", List.of("2/ Lisbon",
                "3/ Porto"), "Tickets: https://atlas.example", List.of()));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        List<Map<String, Object>> t = server.tweets();
        assertThat(t).hasSize(4);
        assertThat(t.get(1).get("reply_to")).isEqualTo(t.get(0).get("id"));
        assertThat(t.get(2).get("reply_to")).isEqualTo(t.get(1).get("id"));
        assertThat(t.get(3).get("reply_to")).isEqualTo(t.get(0).get("id"));
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).extracting(i -> (Object) i.remoteId())
                .containsExactly(t.get(0).get("id"), t.get(1).get("id"), t.get(2).get("id"), t.get(3).get("id"));
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndThePostGoesOut() {
        server.close();
        server = new FakeX("renewed-token");
        RenewingToken renewing = new RenewingToken("expired-token", "renewed-token", "x");
        Publisher p = XPublisher.withToken(URI.create(server.baseUrl()), renewing, new Http(ctx, RetryPolicy.DEFAULT),
                ctx);
        PublishResult res = run(p).publish(TestSupport.post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(renewing.refused()).containsExactly("expired-token");
        assertThat(tweetPosts()).isEqualTo(2); // refused with 401, then sent with the new token
        assertThat(server.tweets()).hasSize(1);
    }

    @Test
    void aFixedTokenThatExpiredFailsAndSaysWhatToDo() {
        server.expireToken();
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "x", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("X error 401 Unauthorized").contains("EDITO_X_TOKEN")
                .contains("edito login").doesNotContain(TOKEN);
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isTrue();
        assertThat(server.tweets()).isEmpty();
    }

    @Test
    void aShortRateLimitIsWaitedForUntilItsResetAndALongOneFailsForNowWithItsTime() {
        server.rateLimit("/2/tweets", 3);
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "x", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sleeper.waits).singleElement().satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(1),
                Duration.ofSeconds(4)));
        assertThat(server.tweets()).hasSize(1);
        // a 429 was not processed: nothing to look for (no billed reads of the account) before sending again
        assertThat(server.log()).containsExactly("POST /2/tweets", "POST /2/tweets");

        server.rateLimit("/2/tweets", 900);
        PublishResult later = run(settings("3s", 3)).publish(TestSupport.post("p2", "x", "later"));
        assertThat(later.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(later.detail()).contains("HTTP 429").contains("rate limited");
        assertThat(later.nextRetry()).isAfter(clock.instant().plusSeconds(800));
        assertThat(ledger.get(later.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(server.tweets()).hasSize(1);
    }

    @Test
    void aSpentUsageCapIsARefusalNamedWithXsWords() {
        server.usageCapped("/2/tweets");
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "x", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("UsageCapExceeded").contains("Monthly product cap").contains("usage-capped")
                .contains("--retry-failed");
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isTrue();
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void aServerErrorIsRetriedAfterLookingForThePostAndPostsOnce() {
        server.fail("/2/tweets", Fault.ERROR_500);
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "x", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.log()).containsSubsequence("POST /2/tweets", "GET /2/users/me",
                "GET /2/users/" + FakeX.USER_ID + "/tweets", "POST /2/tweets");
        assertThat(server.tweets()).hasSize(1);
    }

    @Test
    void aTimeoutAfterThePostWasMadeIsSettledFromTheAccountsPostsNotPostedTwice() {
        server.fail("/2/tweets", Fault.TIMEOUT_AFTER_PROCESSING);
        // X shows it back with &amp; and a t.co link: still the same text
        PublishResult res = run(settings("400ms", 3)).publish(request("p1", "Fares & times https://atlas.example/fares",
                List.of(), null, List.of(image("tram.png", null))));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(tweetPosts()).isEqualTo(1);
        assertThat(server.tweets()).singleElement().satisfies(t -> {
            assertThat(res.remoteId()).isEqualTo(t.get("id"));
            assertThat((String) t.get("text")).contains("&amp;").contains("https://t.co/");
        });
    }

    @Test
    void aDuplicateIsSettledAsSentWhenTheAccountShowsItElseRefusedWithXsMessage() {
        server.postElsewhere("same words", Instant.now());
        PublishResult landed = run(settings("3s", 3)).publish(TestSupport.post("p1", "x", "same words"));
        assertThat(landed.status()).isEqualTo(PublishStatus.SENT);
        assertThat(landed.remoteId()).isEqualTo(server.tweets().get(0).get("id"));

        server.postElsewhere("old words", Instant.now().minus(Duration.ofDays(3)));
        PublishResult dup = run(settings("3s", 3)).publish(TestSupport.post("p2", "x", "old words"));
        assertThat(dup.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(dup.detail()).contains("X error 403 Forbidden")
                .contains("You are not allowed to create a Tweet with duplicate content.").contains("change the text");
        assertThat(ledger.get(dup.ledgerId()).orElseThrow().permanent()).isTrue();
        assertThat(server.tweets()).hasSize(2);
    }

    @Test
    void anUnknownOutcomeIsSettledByTheNextRunFromTheAccountsPostsOrLeftToAPerson() {
        PublishRequest r = TestSupport.post("p1", "x", "made by a run that died");
        PublishRequest r2 = TestSupport.post("p2", "x", "never made");
        Publisher p = publisher(settings("3s", 0));
        TestSupport.claimedByDeadRun(ledger, p, r, clock);
        server.postElsewhere("made by a run that died", Instant.now());
        TestSupport.claimedByDeadRun(ledger, p, r2, clock);

        PublishResult found = run(settings("3s", 0)).publish(r);
        assertThat(found.status()).isEqualTo(PublishStatus.SENT);
        assertThat(ledger.get(found.ledgerId()).orElseThrow().resolvedBy()).isEqualTo("probe");
        assertThat(found.remoteId()).isEqualTo(server.tweets().get(0).get("id"));

        PublishResult undecided = run(settings("3s", 0)).publish(r2);
        assertThat(undecided.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(undecided.detail()).contains("edito ledger resolve " + undecided.ledgerId());
        assertThat(tweetPosts()).isZero();
    }

    @Test
    void aRunThatDiedBetweenItemsResumesAtTheNextItem() {
        PublishRequest r = request("thr", "1/ one", List.of("2/ two"), "and a comment", List.of());
        Publisher p = publisher(settings("3s", 0));
        Ledger.Claim c = TestSupport.claimedByDeadRun(ledger, p, r, clock);
        // the dead run: the post went out and was recorded, then the process died before the reply
        TestSupport.diesAfterRecordingTheFirstItem(ledger, p, r, c, clock);
        assertThat(server.tweets()).hasSize(1);

        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        List<Map<String, Object>> t = server.tweets();
        assertThat(t).extracting(m -> m.get("raw")).containsExactly("1/ one", "2/ two", "and a comment");
        assertThat(t.get(1).get("reply_to")).isEqualTo(t.get(0).get("id"));
        assertThat(t.get(2).get("reply_to")).isEqualTo(t.get(0).get("id"));
        LedgerEntry e = ledger.get(c.entry().id()).orElseThrow();
        assertThat(e.items()).hasSize(3);
        assertThat(e.remoteId()).isEqualTo(t.get(0).get("id"));
    }

    @Test
    void settingsTakeEitherATokenOrTheFourKeysWithTheKeyNamed() {
        Map<String, Object> both = keySettings("3s");
        both.put("token_env", "EDITO_X_TOKEN");
        assertThatThrownBy(() -> publisher(both)).isInstanceOf(EditoException.class)
                .hasMessageContaining("channels.x.publish.consumer_key_env").hasMessageContaining("not both");
        Map<String, Object> three = keySettings("3s");
        three.remove("access_secret_env");
        assertThatThrownBy(() -> publisher(three)).hasMessageContaining("access_secret_env")
                .hasMessageContaining("four");
        Map<String, Object> none = settings("3s", 0);
        none.remove("token_env");
        // a credentials file of the test's own (none there): never the home folder's
        none.put("credentials_file", dir.getParent().resolve(dir.getFileName() + "-credentials").toString());
        assertThatThrownBy(() -> publisher(none)).hasMessageContaining("token_env").hasMessageContaining("OAuth 1.0a")
                .hasMessageContaining("run: edito login x");
        Map<String, Object> plain = settings("3s", 0);
        plain.put("api_base", "http://api.x.com");
        assertThatThrownBy(() -> publisher(plain)).hasMessageContaining("api_base").hasMessageContaining("https");
        Map<String, Object> typo = settings("3s", 0);
        typo.put("upload_base", "https://upload.x.com");
        assertThatThrownBy(() -> publisher(typo)).hasMessageContaining("unknown key");
        Map<String, Object> dflt = settings("3s", 0);
        dflt.remove("api_base");
        assertThat(publisher(dflt).type()).isEqualTo("x");
    }

    @Test
    void failuresAreNeverSilentAboutWhatTheyAre() throws Exception {
        // a 400 names X's own words; the kind decides whether edito retries
        server.refuse("/2/tweets", 400, Map.of("errors", List.of(Map.of("message", "Your Tweet text is too long.",
                "parameters", Map.of())), "title", "Invalid Request", "detail",
                "One or more parameters to your request was invalid.", "type",
                "https://api.twitter.com/2/problems/invalid-request"), null);
        Publisher p = publisher(settings("3s", 0));
        assertThatThrownBy(() -> p.publish(TestSupport.post("p1", "x", "long"), new DeliveryContext("k",
                clock.instant(), List.of(), null))).isInstanceOfSatisfying(PublishFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(PublishFailure.Kind.REJECTED);
                    assertThat(f.getMessage()).contains("X error 400 Invalid Request")
                            .contains("Your Tweet text is too long.").contains("does not retry");
                });
    }

    @Test
    void aSecretEchoedByXIsMaskedAndTheKeysNeverTravelInClear() {
        server.refuse("/2/tweets", 400, Map.of("title", "Invalid Request", "detail", "bad header Bearer " + TOKEN,
                "type", "https://api.twitter.com/2/problems/invalid-request"), null);
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "x", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("[redacted]").doesNotContain(TOKEN);

        server.close();
        server = new FakeX(KEYS[0], KEYS[1], KEYS[2], KEYS[3]);
        assertThat(run(keySettings("3s")).publish(TestSupport.post("p2", "x", "signed")).status())
                .isEqualTo(PublishStatus.SENT);
        // the secrets sign; only the key and token (names, not secrets to X) are in the header
        assertThat(String.join(" ", server.headersSeen())).contains("oauth_signature=").doesNotContain(KEYS[1])
                .doesNotContain(KEYS[3]);
    }

    @Test
    void anAnswerToAPostGivenByItsLinkIsAReplyToThatPost() {
        String parent = (String) server.postElsewhere("Where do you fly next?", Instant.now()).get("id");
        PublishRequest r = TestSupport.post("mention-1", "x", "Lisbon!")
                .replyingTo("https://x.com/someone/status/" + parent + "?s=20");
        PublishResult res = run(settings("3s", 3)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.tweets().get(1).get("reply_to")).isEqualTo(parent);

        PublishResult bad = run(settings("3s", 3)).publish(TestSupport.post("mention-2", "x", "Porto!")
                .replyingTo("at://did:plc:x/app.bsky.feed.post/1"));
        assertThat(bad.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(bad.detail()).contains("cannot answer");
        assertThat(server.tweets()).hasSize(2);
    }
}
