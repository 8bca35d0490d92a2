package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.fake.FakeGraph;
import io.edito.publish.fake.Fault;
import io.edito.publish.ledger.Ledger;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One video per Facebook Page post: the Resumable Upload API, then /videos, against the local Graph stand-in. */
class FacebookVideoTest {
    static final String TOKEN = FacebookPublisherTest.TOKEN;
    static final String PAGE = FacebookPublisherTest.PAGE;
    static final String APP = "987654321012345";
    static final String USER_TOKEN = "fb-user-token-for-tests-0002";
    static final String V = FakeGraph.VERSION;
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.now());
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeGraph server = new FakeGraph(PAGE, TOKEN).videoApp(APP, USER_TOKEN);
    Ledger ledger;
    PublishContext ctx;
    byte[] clip = new byte[300_000];

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_FB_PAGE_TOKEN", TOKEN, "EDITO_FB_USER_TOKEN", USER_TOKEN),
                clock, sleeper);
        Files.createDirectories(dir.resolve("media"));
        new Random(7).nextBytes(clip);
        Files.write(dir.resolve("media/launch.mp4"), clip);
        Files.write(dir.resolve("media/launch.mov"), clip);
        try (InputStream in = getClass().getResourceAsStream("tram.png")) {
            Files.copy(in, dir.resolve("media/tram.png"));
        }
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        server.close();
    }

    Map<String, Object> settings(String timeout) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "facebook");
        s.put("page_id", PAGE);
        s.put("token_env", "EDITO_FB_PAGE_TOKEN");
        s.put("app_id", APP);
        s.put("user_token_env", "EDITO_FB_USER_TOKEN");
        s.put("api_base", server.apiBase());
        s.put("timeout", timeout);
        s.put("retries", 3);
        return s;
    }

    PublishResult publish(Map<String, Object> settings, PublishRequest r) {
        return new PublishRun(ledger, Map.of("facebook", Publishers.create(new PublishTarget("facebook", settings), ctx)),
                ctx, PublishRun.Options.DEFAULT).publish(r);
    }

    static PublishRequest video(String id, String text, String firstComment, String title, String... files) {
        List<PublishRequest.Media> media = new java.util.ArrayList<>();
        for (String f : files) {
            media.add(new PublishRequest.Media(Path.of(f), null, null));
        }
        return new PublishRequest(id, "facebook", null, text, List.of(), firstComment, media, null, "spring", "en",
                TestSupport.AT, null, null, title);
    }

    long calls(String line) {
        return server.log().stream().filter(l -> l.equals(line)).count();
    }

    @Test
    void aVideoIsUploadedThenPostedAndItsProcessingWaitedForWithABoundedBackoff() {
        server.processingPolls(3);
        PublishResult res = publish(settings("3s"), video("v1", "Lisbon by tram", null, "Tram 28",
                "media/launch.mp4"));

        assertThat(res.status()).as(res.detail()).isEqualTo(PublishStatus.SENT);
        assertThat(server.uploads().values()).singleElement().satisfies(u -> {
            assertThat(u.get("file_name")).isEqualTo("launch.mp4");
            assertThat(u.get("file_length")).isEqualTo((long) clip.length);
            assertThat(u.get("file_type")).isEqualTo("video/mp4");
            assertThat(((java.io.ByteArrayOutputStream) u.get("bytes")).toByteArray()).isEqualTo(clip);
        });
        assertThat(server.videos()).singleElement().satisfies(v -> {
            assertThat(v.get("description")).isEqualTo("Lisbon by tram");
            assertThat(v.get("title")).isEqualTo("Tram 28");
            assertThat(res.remoteId()).isEqualTo(v.get("id"));
            assertThat(res.url()).isEqualTo("https://www.facebook.com" + v.get("permalink_url"));
        });
        // three reads said processing: waited 2, 4, 8 s through the sleeper, then ready
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        String session = server.uploads().keySet().iterator().next();
        assertThat(server.log()).containsSubsequence("POST " + V + "/" + APP + "/uploads", "POST " + V + "/" + session,
                "POST " + V + "/" + PAGE + "/videos", "GET " + V + "/" + res.remoteId());
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).singleElement()
                .satisfies(i -> assertThat(i.remoteId()).isEqualTo(res.remoteId()));
        // the user token travels only to the upload endpoints, in the Authorization header there
        assertThat(server.headersSeen()).contains("OAuth " + USER_TOKEN).noneMatch(h -> h.contains(TOKEN));
    }

    @Test
    void aFirstCommentOnAVideoIsPostedUnderTheVideoAsItem1() {
        PublishResult res = publish(settings("3s"), video("v2", "New route", "Tickets: https://atlas.example", null,
                "media/launch.mp4"));

        assertThat(res.status()).as(res.detail()).isEqualTo(PublishStatus.SENT);
        assertThat(server.videos().get(0).get("title")).isNull();
        assertThat(server.comments()).singleElement().satisfies(c -> {
            assertThat(c.get("post")).isEqualTo(res.remoteId());
            assertThat(c.get("message")).isEqualTo("Tickets: https://atlas.example");
        });
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(2);
    }

    @Test
    void withoutAppIdOrUserTokenEnvAVideoIsRefusedBeforeAnyCallNamingTheKeys() {
        Map<String, Object> noApp = settings("3s");
        noApp.remove("app_id");
        PublishResult a = publish(noApp, video("v3", "clip", null, null, "media/launch.mp4"));
        assertThat(a.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(a.detail()).contains("app_id is missing").contains("user_token_env")
                .contains("Resumable Upload API").contains("docs/publishing.md");

        Map<String, Object> noUser = settings("3s");
        noUser.remove("user_token_env");
        PublishResult b = publish(noUser, video("v4", "clip", null, null, "media/launch.mp4"));
        assertThat(b.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(b.detail()).contains("user_token_env is missing");
        assertThat(server.log()).isEmpty();
    }

    @Test
    void aVideoThatIsNotMp4OrNotAloneIsRefusedBeforeAnyCall() {
        PublishResult mov = publish(settings("3s"), video("v5", "clip", null, null, "media/launch.mov"));
        assertThat(mov.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(mov.detail()).contains("video/quicktime").contains("MP4");

        PublishResult mixed = publish(settings("3s"), video("v6", "clip", null, null, "media/launch.mp4",
                "media/tram.png"));
        assertThat(mixed.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(mixed.detail()).contains("one video alone");

        PublishResult two = publish(settings("3s"), video("v7", "clip", null, null, "media/launch.mp4",
                "media/launch.mp4"));
        assertThat(two.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(server.log()).isEmpty();
    }

    @Test
    void aTimeoutAfterVideosMadeTheVideoIsSettledFromThePagesVideosNotPostedTwice() {
        server.fail(V + "/" + PAGE + "/videos", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = publish(settings("400ms"), video("v8", "Fares &  times\n", null, null,
                "media/launch.mp4"));

        assertThat(res.status()).as(res.detail()).isEqualTo(PublishStatus.SENT);
        assertThat(calls("POST " + V + "/" + PAGE + "/videos")).isEqualTo(1);
        assertThat(calls("GET " + V + "/" + PAGE + "/videos")).isEqualTo(1);
        assertThat(server.videos()).singleElement().satisfies(v -> assertThat(res.remoteId()).isEqualTo(v.get("id")));
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(1);
    }

    @Test
    void anInterruptedUploadResumesFromTheOffsetMetaHolds() {
        server.interruptUploadAfter(100_000);
        server.fail(V + "/upload:", Fault.RESET_AFTER_PROCESSING);
        PublishResult res = publish(settings("3s"), video("v9", "Resumed", null, null, "media/launch.mp4"));

        assertThat(res.status()).as(res.detail()).isEqualTo(PublishStatus.SENT);
        // one session, its bytes sent once: 100,000 then the rest from file_offset 100000 (the stand-in checks it)
        assertThat(server.uploads().values()).singleElement().satisfies(u ->
                assertThat(((java.io.ByteArrayOutputStream) u.get("bytes")).toByteArray()).isEqualTo(clip));
        assertThat(server.log().stream().filter(l -> l.contains("/upload:")).toList()).hasSize(3)
                .satisfies(l -> assertThat(l.get(1)).startsWith("GET "));
        assertThat(server.videos()).singleElement().satisfies(v -> assertThat(v.get("bytes")).isEqualTo(clip.length));
    }

    @Test
    void aProcessingErrorFailsThePairNamingMetasStatus() {
        server.processingFails("The video file you selected is in a format that we don't support.");
        PublishResult res = publish(settings("3s"), video("v10", "Broken clip", "never posted", null,
                "media/launch.mp4"));

        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("video_status is error").contains("processing_phase")
                .contains("format that we don't support");
        assertThat(server.comments()).isEmpty();
        // the video was made: recorded, so that a later run never uploads and posts it again
        assertThat(ledger.get(res.ledgerId()).orElseThrow().items()).hasSize(1);
    }

    @Test
    void theVideoKeysAreCheckedWithTheirKeyNamed() {
        Map<String, Object> s = settings("3s");
        s.put("app_id", "atlas-app");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("facebook", s), ctx))
                .isInstanceOf(io.edito.core.EditoException.class)
                .hasMessageContaining("channels.facebook.publish.app_id").hasMessageContaining("numeric id");
        Map<String, Object> literal = settings("3s");
        literal.put("user_token_env", "EAAB-a-token-pasted-here");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("facebook", literal), ctx))
                .hasMessageContaining("user_token_env").hasMessageContaining("environment variable");
    }

    @Test
    void aVideoStillProcessingAfterTheRunsBudgetIsLookedAtAgainByTheNextRunNeverUploadedTwice() {
        server.processingPolls(30);
        PublishRequest r = video("v11", "Long clip", "Tickets inside", null, "media/launch.mp4");
        PublishResult first = publish(settings("3s"), r);

        assertThat(first.status()).as(first.detail()).isEqualTo(PublishStatus.FAILED);
        assertThat(first.detail()).contains("still processing").contains("next run");
        // bounded: 2, 4, 8, 16, then 30 s, ten minutes in all
        assertThat(sleeper.waits).startsWith(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30)).allMatch(d -> d.compareTo(Duration.ofSeconds(30)) <= 0);
        assertThat(sleeper.waits.stream().mapToLong(Duration::toSeconds).sum()).isEqualTo(600);
        assertThat(ledger.get(first.ledgerId()).orElseThrow().items()).hasSize(1);

        clock.advance(Duration.ofMinutes(5));
        PublishResult second = publish(settings("3s"), r);
        assertThat(second.status()).as(second.detail()).isEqualTo(PublishStatus.SENT);
        assertThat(second.remoteId()).isEqualTo(server.videos().get(0).get("id"));
        assertThat(server.uploads()).hasSize(1);
        assertThat(calls("POST " + V + "/" + PAGE + "/videos")).isEqualTo(1);
        assertThat(server.comments()).singleElement().satisfies(c -> assertThat(c.get("post")).isEqualTo(second.remoteId()));
    }
}
