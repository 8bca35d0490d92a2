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
import io.edito.publish.fake.FakeGraph;
import io.edito.publish.fake.Fault;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import java.io.InputStream;
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

/** The Facebook Page publisher against a local stand-in of the Graph API endpoints it uses. */
class FacebookPublisherTest {
    static final String TOKEN = "fb-page-token-for-tests-0001";
    static final String PAGE = "100000000000000";
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeGraph server = new FakeGraph(PAGE, TOKEN);
    Ledger ledger;
    PublishContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_FB_PAGE_TOKEN", TOKEN), clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        for (String name : List.of("tram.png", "a.png", "b.png")) {
            try (InputStream in = getClass().getResourceAsStream("tram.png")) {
                Files.copy(in, dir.resolve("media/" + name));
            }
        }
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
    }

    Map<String, Object> settings(String timeout, int retries) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "facebook");
        s.put("page_id", PAGE);
        s.put("token_env", "EDITO_FB_PAGE_TOKEN");
        s.put("api_base", server.apiBase());
        s.put("timeout", timeout);
        s.put("retries", retries);
        return s;
    }

    Publisher publisher(Map<String, Object> settings) {
        return Publishers.create(new PublishTarget("facebook", settings), ctx);
    }

    PublishRun run(Map<String, Object> settings) {
        return new PublishRun(ledger, Map.of("facebook", publisher(settings)), ctx, PublishRun.Options.DEFAULT);
    }

    static PublishRequest request(String id, String text, String firstComment, List<PublishRequest.Media> media,
            String link) {
        return new PublishRequest(id, "facebook", null, text, List.of(), firstComment, media, link, "spring", "en",
                TestSupport.AT, null, null);
    }

    long feedPosts() {
        return server.log().stream().filter(l -> l.equals("POST /v27.0/" + PAGE + "/feed")).count();
    }

    /** Settings without token_env, with a credentials file outside the repository holding what edito login saved. */
    Map<String, Object> loggedIn(boolean saved) throws java.io.IOException {
        Path home = Files.createTempDirectory("edito-home");
        Path file = home.resolve("credentials");
        Files.writeString(file, "# edito login\n" + (saved ? "edito.login.facebook.network=facebook\n"
                + "edito.login.facebook.access_token=" + TOKEN + "\nedito.login.facebook.owner=Atlas Air (Page " + PAGE
                + ")\n" : ""));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        file.toFile().deleteOnExit();
        home.toFile().deleteOnExit();
        Map<String, Object> s = settings("3s", 3);
        s.remove("token_env");
        s.put("credentials_file", file.toString());
        s.put("client_id_env", "EDITO_FB_APP_ID");
        s.put("client_secret_env", "EDITO_FB_APP_SECRET");
        return s;
    }

    @Test
    void withoutTokenEnvThePageTokenIsTheOneEditoLoginSaved() throws Exception {
        PublishResult res = run(loggedIn(true)).publish(request("launch", "Lisbon, here we come", null, List.of(), null));

        assertThat(res.status()).as(res.detail()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void aSavedPageTokenThatGraphRefusesSaysToLogInAgain() throws Exception {
        server.expireToken();
        PublishResult res = run(loggedIn(true)).publish(request("launch", "Lisbon, here we come", null, List.of(), null));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("Graph error 190").contains("run: edito login facebook").doesNotContain(TOKEN);
    }

    @Test
    void neitherTokenEnvNorALoginIsAnInputErrorNamingEditoLogin() throws Exception {
        Map<String, Object> s = loggedIn(false);
        assertThatThrownBy(() -> publisher(s)).isInstanceOf(io.edito.core.EditoException.class)
                .hasMessageContaining("channels.facebook.publish.token_env")
                .hasMessageContaining("run: edito login facebook");
    }

    @Test
    void aTextPostWithALinkIsOneFeedPostWithItsPermalink() {
        PublishResult res = run(settings("3s", 3)).publish(request("launch", "Lisbon, here we come",
                null, List.of(), "https://atlas.example/lisbon"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(p.get("message")).isEqualTo("Lisbon, here we come");
            assertThat(p.get("link")).isEqualTo("https://atlas.example/lisbon");
            assertThat(res.remoteId()).isEqualTo(p.get("id"));
            assertThat(res.url()).isEqualTo(p.get("permalink_url"));
        });
        assertThat(res.remoteId()).startsWith(PAGE + "_");
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(1);
        // the token travels as the access_token parameter, never in a header
        assertThat(server.headersSeen()).noneMatch(h -> h.contains(TOKEN));
    }

    @Test
    void anImageIsUploadedUnpublishedWithItsAltTextThenAttachedToTheFeedPost() throws Exception {
        long size = Files.size(dir.resolve("media/tram.png"));
        PublishResult res = run(settings("3s", 3)).publish(request("tram", "Tram 28", null,
                List.of(new PublishRequest.Media(Path.of("media/tram.png"), "Tram 28 climbing at dusk", null)),
                "https://atlas.example/lisbon"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.photos().values()).singleElement().satisfies(ph -> {
            assertThat(ph.get("published")).isEqualTo(false);
            assertThat(ph.get("alt_text_custom")).isEqualTo("Tram 28 climbing at dusk");
            assertThat(((Integer) ph.get("bytes")).longValue()).isEqualTo(size); // the file's bytes, as source
        });
        assertThat(server.posts()).singleElement().satisfies(p -> {
            assertThat(p.get("attached_media")).isEqualTo(List.copyOf(server.photos().keySet()));
            assertThat(p.get("link")).isNull(); // the photos are the post's attachment; the link stays in the text
        });
        assertThat(server.log()).containsSubsequence("POST /v27.0/" + PAGE + "/photos", "POST /v27.0/" + PAGE + "/feed");
    }

    @Test
    void severalImagesMakeOneMultiPhotoPostAndTooManyAreRefusedBeforeAnyCall() {
        List<PublishRequest.Media> three = List.of(new PublishRequest.Media(Path.of("media/tram.png"), "one", null),
                new PublishRequest.Media(Path.of("media/a.png"), null, null),
                new PublishRequest.Media(Path.of("media/b.png"), "three", null));
        PublishResult res = run(settings("3s", 3)).publish(request("album", "Three views", null, three, null));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.photos()).hasSize(3);
        assertThat((List<?>) server.posts().get(0).get("attached_media")).hasSize(3);
        assertThat(server.photos().values()).extracting(p -> p.get("alt_text_custom")).containsExactlyInAnyOrder("one",
                null, "three");

        List<PublishRequest.Media> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new PublishRequest.Media(Path.of("media/a.png"), null, null));
        }
        int before = server.log().size();
        PublishResult refused = run(settings("3s", 3)).publish(request("too-many", "Eleven", null, eleven, null));
        assertThat(refused.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(refused.detail()).contains("at most 10 photos");
        assertThat(server.log()).hasSize(before);
    }

    @Test
    void aFirstCommentIsPostedUnderThePostAndRecordedAsItsOwnItem() {
        PublishResult res = run(settings("3s", 3)).publish(request("fc", "New route", "Tickets: https://atlas.example",
                List.of(), null));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.comments()).singleElement().satisfies(c -> {
            assertThat(c.get("post")).isEqualTo(res.remoteId());
            assertThat(c.get("message")).isEqualTo("Tickets: https://atlas.example");
        });
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(2)
                .satisfies(items -> assertThat(items.get(1).remoteId()).isEqualTo(server.comments().get(0).get("id")));
    }

    @Test
    void aThreadIsRefusedBeforeAnyCall() {
        PublishRequest r = new PublishRequest("thr", "facebook", null, "1/ one", List.of("2/ two"), null, List.of(),
                null, null, null, TestSupport.AT, null, null);
        PublishResult res = run(settings("3s", 3)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("thread").contains("first_comment");
        assertThat(server.log()).isEmpty();
    }

    @Test
    void anExpiredTokenFailsWithGraphsCodeAndSaysToRenewIt() {
        server.expireToken();
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "facebook", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("Graph error 190/463").contains("Session has expired")
                .contains("fbtrace_id").contains("EDITO_FB_PAGE_TOKEN").contains("new long-lived Page token")
                .doesNotContain(TOKEN);
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isTrue();
        assertThat(sleeper.waits).isEmpty();
        assertThat(server.posts()).isEmpty();
    }

    @Test
    void throttlingIsWaitedForThenThePostGoesOut() {
        server.graphError("/" + PAGE + "/feed", 400, 4, null, "(#4) Application request limit reached",
                Map.of("Retry-After", "3"));
        server.fail("/v27.0/" + PAGE + "/feed", Fault.RATE_LIMIT); // an HTTP 429 as well: Retry-After 2
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "facebook", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(sleeper.waits).contains(Duration.ofSeconds(3), Duration.ofSeconds(2));
        assertThat(server.posts()).hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedAfterLookingForThePostAndPostsOnce() {
        server.graphError("/" + PAGE + "/feed", 500, 2, null,
                "An unexpected error has occurred. Please retry your request later.", null);
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "facebook", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.log()).containsSubsequence("POST /v27.0/" + PAGE + "/feed", "GET /v27.0/" + PAGE + "/posts",
                "POST /v27.0/" + PAGE + "/feed");
        assertThat(server.posts()).hasSize(1);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void aTimeoutAfterThePostWasMadeIsSettledFromThePagesPostsNotPostedTwice() {
        server.fail("/v27.0/" + PAGE + "/feed", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run(settings("400ms", 3)).publish(TestSupport.post("p1", "facebook", "Fares &  times\n"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(feedPosts()).isEqualTo(1);
        assertThat(server.posts()).singleElement().satisfies(p -> assertThat(res.remoteId()).isEqualTo(p.get("id")));
    }

    @Test
    void anUnknownOutcomeIsSettledByTheNextRunFromThePagesPostsOrLeftToAPerson() {
        PublishRequest r = TestSupport.post("p1", "facebook", "made by a run that died");
        PublishRequest r2 = TestSupport.post("p2", "facebook", "never made");
        Publisher p = publisher(settings("3s", 0));
        TestSupport.claimedByDeadRun(ledger, p, r, clock);
        server.postElsewhere("made by a run that died", Instant.now());
        TestSupport.claimedByDeadRun(ledger, p, r2, clock);

        PublishResult found = run(settings("3s", 0)).publish(r);
        assertThat(found.status()).isEqualTo(PublishStatus.SENT);
        assertThat(ledger.get(found.ledgerId()).orElseThrow().resolvedBy()).isEqualTo("probe");
        assertThat(found.remoteId()).isEqualTo(server.posts().get(0).get("id"));

        PublishResult undecided = run(settings("3s", 0)).publish(r2);
        assertThat(undecided.status()).isEqualTo(PublishStatus.UNKNOWN);
        assertThat(undecided.detail()).contains("edito ledger resolve " + undecided.ledgerId());
        assertThat(feedPosts()).isZero();
    }

    @Test
    void aRunThatDiedBetweenThePostAndItsCommentResumesAtTheComment() {
        PublishRequest r = request("fc", "New route", "Tickets inside", List.of(), null);
        Publisher p = publisher(settings("3s", 0));
        Ledger.Claim c = TestSupport.claimedByDeadRun(ledger, p, r, clock);
        // the dead run: the post went out and was recorded, then the process died before the comment
        TestSupport.diesAfterRecordingTheFirstItem(ledger, p, r, c, clock);
        assertThat(server.posts()).hasSize(1);
        assertThat(server.comments()).isEmpty();

        PublishResult res = run(settings("3s", 0)).publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(feedPosts()).isEqualTo(1);
        assertThat(server.comments()).singleElement().satisfies(cm -> assertThat(cm.get("post"))
                .isEqualTo(server.posts().get(0).get("id")));
        LedgerEntry e = ledger.get(c.entry().id()).orElseThrow();
        assertThat(e.items()).hasSize(2);
        assertThat(e.remoteId()).isEqualTo(server.posts().get(0).get("id"));
    }

    @Test
    void aLongThrottleFailsForNowWithItsRetryTimeAndADuplicateIsRefused() {
        server.graphError("/" + PAGE + "/feed", 400, 613, null, "(#613) Calls to this api have exceeded the rate limit.",
                Map.of("Retry-After", "600"));
        PublishResult res = run(settings("3s", 3)).publish(TestSupport.post("p1", "facebook", "hello"));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("Graph error 613").contains("retry after 600s");
        assertThat(res.nextRetry()).isAfterOrEqualTo(clock.instant().plusSeconds(599));
        assertThat(ledger.get(res.ledgerId()).orElseThrow().permanent()).isFalse();
        assertThat(server.posts()).isEmpty();

        server.postElsewhere("same words", Instant.now());
        PublishResult dup = run(settings("3s", 3)).publish(TestSupport.post("p2", "facebook", "same words"));
        assertThat(dup.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(dup.detail()).contains("Graph error 506").contains("Duplicate status message").contains("duplicate");
        assertThat(ledger.get(dup.ledgerId()).orElseThrow().permanent()).isTrue();
    }

    @Test
    void settingsAreCheckedWithTheirKeyNamed() {
        Map<String, Object> s = settings("3s", 0);
        s.put("page_id", "AtlasAir");
        assertThatThrownBy(() -> publisher(s)).isInstanceOf(EditoException.class)
                .hasMessageContaining("channels.facebook.publish.page_id").hasMessageContaining("numeric id");
        Map<String, Object> plain = settings("3s", 0);
        plain.put("api_base", "http://graph.example.com/v27.0");
        assertThatThrownBy(() -> publisher(plain)).hasMessageContaining("api_base").hasMessageContaining("https");
        Map<String, Object> typo = settings("3s", 0);
        typo.put("page", "1");
        assertThatThrownBy(() -> publisher(typo)).hasMessageContaining("unknown key").hasMessageContaining("page_id");
        Map<String, Object> dflt = settings("3s", 0);
        dflt.remove("api_base");
        assertThat(publisher(dflt).type()).isEqualTo("facebook");
    }
}
