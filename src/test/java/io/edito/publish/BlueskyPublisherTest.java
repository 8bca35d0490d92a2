package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.bluesky.LinkCard;
import io.edito.publish.bluesky.Tid;
import io.edito.publish.fake.FakeBluesky;
import io.edito.publish.fake.FakeSite;
import io.edito.publish.fake.Fault;
import io.edito.publish.ledger.Ledger;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bluesky publisher against a local PDS-like server. */
class BlueskyPublisherTest {
    static final String PASSWORD = "bsky-app-password-for-tests";
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-09T08:31:00Z"));
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FakeBluesky server = new FakeBluesky("atlas.example", PASSWORD);
    Ledger ledger;
    PublishContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));
        ctx = TestSupport.context(dir, Map.of("EDITO_BSKY_PASSWORD", PASSWORD), clock, sleeper);
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

    Map<String, Object> settings(String timeout) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "bluesky");
        s.put("service", server.baseUrl());
        s.put("identifier", "atlas.example");
        s.put("password_env", "EDITO_BSKY_PASSWORD");
        s.put("timeout", timeout);
        s.put("link_cards", "any"); // the test pages are on 127.0.0.1
        return s;
    }

    PublishRun run(String timeout) {
        return new PublishRun(ledger, Map.of("bluesky", Publishers.create(new PublishTarget("bluesky",
                settings(timeout)), ctx)), ctx, PublishRun.Options.DEFAULT);
    }

    @Test
    void aThreadWithFacetsLangsAndAnImageIsCreatedWithReplyReferences() {
        String text = "\uD83D\uDE80 Lisbon with @partner.example and @nobody.example! #Travel https://atlas.example/lisbon.";
        PublishRequest r = new PublishRequest("launch", "bluesky", null, text, List.of("2/ Flights from 1 April"),
                null, List.of(new PublishRequest.Media(Path.of("media/tram.png"), "Tram 28 at dusk", null)), null,
                null, "fr", TestSupport.AT, null, null);
        PublishResult res = run("3s").publish(r);

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.creates()).hasSize(2);
        JsonNode post = server.records().get(server.creates().get(0));
        JsonNode reply = server.records().get(server.creates().get(1));
        assertThat(post.get("$type").asText()).isEqualTo("app.bsky.feed.post");
        assertThat(post.get("text").asText()).isEqualTo(text);
        assertThat(post.get("langs").get(0).asText()).isEqualTo("fr");
        assertThat(post.get("embed").get("$type").asText()).isEqualTo("app.bsky.embed.images");
        assertThat(post.get("embed").get("images").get(0).get("alt").asText()).isEqualTo("Tram 28 at dusk");
        assertThat(post.get("embed").get("images").get(0).get("image").get("mimeType").asText()).isEqualTo("image/png");
        // tram.png is 4 x 3 pixels
        assertThat(post.get("embed").get("images").get(0).get("aspectRatio").get("width").asInt()).isEqualTo(4);
        assertThat(post.get("embed").get("images").get(0).get("aspectRatio").get("height").asInt()).isEqualTo(3);
        // the rocket is 4 bytes in UTF-8: "@partner.example" starts at byte 17; the unknown handle gets no facet
        JsonNode facets = post.get("facets");
        assertThat(facets).hasSize(3);
        assertThat(facets.get(0).get("index").get("byteStart").asInt()).isEqualTo(17);
        assertThat(facets.get(0).get("index").get("byteEnd").asInt()).isEqualTo(33);
        assertThat(facets.get(0).get("features").get(0).get("did").asText()).isEqualTo("did:plc:partner456");
        assertThat(facets.get(1).get("features").get(0).get("tag").asText()).isEqualTo("Travel");
        assertThat(facets.get(2).get("features").get(0).get("uri").asText()).isEqualTo("https://atlas.example/lisbon");
        assertThat(reply.get("reply").get("root").get("uri").asText()).isEqualTo(res.remoteId());
        assertThat(reply.get("reply").get("parent").get("uri").asText()).isEqualTo(res.remoteId());
        assertThat(reply.get("reply").get("root").get("cid").asText()).startsWith("bafyrei");
        assertThat(res.url()).isEqualTo("https://bsky.app/profile/atlas.example/post/" + server.creates().get(0));
        assertThat(server.sessions()).isEqualTo(1);
    }

    @Test
    void anAnswerRepliesToAnotherAccountsPostUnderItsThreadsRoot() {
        server.otherPost("did:plc:bob", "3kreply", "Atlas Air, mon bagage ?", "at://did:plc:carol/app.bsky.feed.post/3kroot",
                "bafy-root");
        PublishRequest r = TestSupport.post("mention-7", "bluesky", "Bonjour, nous regardons.")
                .replyingTo("at://did:plc:bob/app.bsky.feed.post/3kreply");
        PublishResult res = run("3s").publish(r);

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        JsonNode reply = server.records().get(server.creates().get(0)).get("reply");
        assertThat(reply.get("parent").get("uri").asText()).isEqualTo("at://did:plc:bob/app.bsky.feed.post/3kreply");
        assertThat(reply.get("parent").get("cid").asText()).isEqualTo("bafy-other-3kreply");
        assertThat(reply.get("root").get("uri").asText()).isEqualTo("at://did:plc:carol/app.bsky.feed.post/3kroot");
        assertThat(reply.get("root").get("cid").asText()).isEqualTo("bafy-root");

        PublishResult gone = run("3s").publish(TestSupport.post("mention-8", "bluesky", "Bonjour")
                .replyingTo("at://did:plc:bob/app.bsky.feed.post/3kdeleted"));
        assertThat(gone.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(gone.detail()).contains("does not exist any more");
        assertThat(server.creates()).hasSize(1);
    }

    @Test
    void aCreateRepeatedAfterATimeoutIsRecognisedByItsRecordKey() {
        server.fail("/xrpc/com.atproto.repo.createRecord", Fault.TIMEOUT_AFTER_PROCESSING);
        PublishResult res = run("400ms").publish(TestSupport.post("p1", "bluesky", "hello"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.creates()).hasSize(1);
        assertThat(server.log()).contains("GET /xrpc/com.atproto.repo.getRecord");
        assertThat(res.remoteId()).isEqualTo("at://" + FakeBluesky.DID + "/app.bsky.feed.post/" + server.creates().get(0));
    }

    @Test
    void aRunKilledAfterCreatingTheRecordIsSettledByGetRecord() throws Exception {
        PublishRequest r = TestSupport.post("p1", "bluesky", "hello");
        Publisher p = Publishers.create(new PublishTarget("bluesky", settings("3s")), ctx);
        Ledger.Claim c = TestSupport.claimedByDeadRun(ledger, p, r, clock);
        p.publish(r, new DeliveryContext(c.entry().deliveryKey(), clock.instant(), List.of(), null));
        assertThat(server.creates()).hasSize(1);

        PublishResult res = run("3s").publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(ledger.get(res.ledgerId()).orElseThrow().resolvedBy()).isEqualTo("probe");
        assertThat(server.creates()).hasSize(1);

        // and one killed before anything went out is sent
        PublishRequest r2 = TestSupport.post("p2", "bluesky", "second");
        TestSupport.claimedByDeadRun(ledger, p, r2, clock);
        assertThat(run("3s").publish(r2).status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.creates()).hasSize(2);
    }

    @Test
    void recordKeysAreValidTidsDerivedFromTheScheduleAndThePair() {
        Publisher p = Publishers.create(new PublishTarget("bluesky", settings("3s")), ctx);
        String a = p.deliveryKey(TestSupport.post("p1", "bluesky", "x"));
        String b = p.deliveryKey(TestSupport.post("p1", "bluesky", "edited text"));
        String c = p.deliveryKey(TestSupport.post("p2", "bluesky", "x"));
        assertThat(Tid.isValid(a)).isTrue();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        long micros = Tid.micros(a);
        long at = TestSupport.AT.toInstant().toEpochMilli() * 1000;
        assertThat(micros).isBetween(at, at + 16_000_000);
        assertThat(Tid.plus(a, 1)).isNotEqualTo(a);
        assertThat(Tid.micros(Tid.plus(a, 1))).isEqualTo(micros + 1);
        assertThat(Tid.encode(0, 0)).isEqualTo("2222222222222");
        assertThat(Tid.decode(Tid.encode(1_700_000_000_000_000L, 513)) & 0x3FF).isEqualTo(513);
    }

    long count(String request) {
        return server.log().stream().filter(request::equals).count();
    }

    @Test
    void aCreateAnsweredWith500IsLookedUpBeforeItIsRetriedNeverSentBlindly() throws Exception {
        // the real server answers a create under an existing key with 500: a re-created ledger (or a lost answer)
        // must find its own record by key before any retry, not send the create again and end unknown
        PublishRequest r = TestSupport.post("p1", "bluesky", "hello");
        assertThat(run("3s").publish(r).status()).isEqualTo(PublishStatus.SENT);
        ledger.close();
        Files.delete(dir.resolve(".edito/ledger.db"));
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));

        PublishResult res = run("3s").publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.creates()).hasSize(1);
        assertThat(count("POST /xrpc/com.atproto.repo.createRecord")).isEqualTo(2); // one per run, no retry
        List<String> log = server.log();
        assertThat(log.get(log.size() - 1)).isEqualTo("GET /xrpc/com.atproto.repo.getRecord");
        assertThat(sleeper.waits).isEmpty();
        assertThat(res.remoteId()).endsWith("/" + server.creates().get(0));
    }

    @Test
    void anotherRecordUnderTheKeyIsARefusalNotARetryLoop() throws Exception {
        assertThat(run("3s").publish(TestSupport.post("p1", "bluesky", "hello")).status())
                .isEqualTo(PublishStatus.SENT);
        ledger.close();
        Files.delete(dir.resolve(".edito/ledger.db"));
        ledger = Ledger.open(dir.resolve(".edito/ledger.db"));

        PublishResult res = run("3s").publish(TestSupport.post("p1", "bluesky", "hello, edited"));
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("already holds another record");
        assertThat(count("POST /xrpc/com.atproto.repo.createRecord")).isEqualTo(2);
    }

    @Test
    void anExpiredAccessTokenIs400ExpiredTokenAndRefreshesTheSession() {
        assertThat(run("3s").publish(TestSupport.post("p1", "bluesky", "one")).status()).isEqualTo(PublishStatus.SENT);
        PublishRun again = run("3s");
        assertThat(again.publish(TestSupport.post("p2", "bluesky", "two")).status()).isEqualTo(PublishStatus.SENT);
        server.expireAccessToken();
        PublishResult res = again.publish(TestSupport.post("p3", "bluesky", "three"));

        assertThat(res.status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.creates()).hasSize(3);
        assertThat(server.refreshes()).isEqualTo(1);
        assertThat(server.sessions()).isEqualTo(2); // one per run: the refresh is not a new login
    }

    @Test
    void twoRunsLoggedInAtOnceEachKeepTheirSession() {
        // two publishing hosts on one account: a second login does not end the first one's session (the stand-in
        // server answered the first host's next create 401 and the pair failed for good)
        PublishRun hostA = run("3s");
        PublishRun hostB = run("3s");
        assertThat(hostA.publish(TestSupport.post("p1", "bluesky", "one")).status()).isEqualTo(PublishStatus.SENT);
        assertThat(hostB.publish(TestSupport.post("p2", "bluesky", "two")).status()).isEqualTo(PublishStatus.SENT);
        assertThat(hostA.publish(TestSupport.post("p3", "bluesky", "three")).status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.creates()).hasSize(3);
        assertThat(server.sessions()).isEqualTo(2);
    }

    @Test
    void createdAtIsTheTimeOfSendingInMillisecondsNotTheRunClock() {
        MutableClock wall = new MutableClock(Instant.parse("2026-03-09T08:31:00.123456789Z"));
        PublishContext c = TestSupport.context(dir, Map.of("EDITO_BSKY_PASSWORD", PASSWORD), wall, sleeper)
                .withClock(java.time.Clock.fixed(Instant.parse("2026-03-09T07:14:00.987654321Z"), java.time.ZoneOffset.UTC));
        PublishRun r = new PublishRun(ledger, Map.of("bluesky", Publishers.create(new PublishTarget("bluesky",
                settings("3s")), c)), c, PublishRun.Options.DEFAULT);
        assertThat(r.publish(TestSupport.post("p1", "bluesky", "hello")).status()).isEqualTo(PublishStatus.SENT);
        assertThat(server.records().get(server.creates().get(0)).get("createdAt").asText())
                .isEqualTo("2026-03-09T08:31:00.123Z");
    }

    @Test
    void handlesAreResolvedOncePerRun() {
        PublishRun r = run("3s");
        r.publish(TestSupport.post("p1", "bluesky", "with @partner.example and @partner.example"));
        r.publish(TestSupport.post("p2", "bluesky", "again @partner.example, not @nobody.example"));
        r.publish(TestSupport.post("p3", "bluesky", "@nobody.example still unknown"));
        assertThat(count("GET /xrpc/com.atproto.identity.resolveHandle")).isEqualTo(2);
        JsonNode facets = server.records().get(server.creates().get(1)).get("facets");
        assertThat(facets).hasSize(1);
        assertThat(facets.get(0).get("features").get(0).get("did").asText()).isEqualTo("did:plc:partner456");
    }

    PublishRequest linked(String id, String link, String title, List<PublishRequest.Media> media) {
        return new PublishRequest(id, "bluesky", null, "Nos conditions : " + link, List.of(), null, media, link, null,
                "fr", TestSupport.AT, null, null, title);
    }

    @Test
    void aLinkBecomesAnExternalCardFromThePagesOpenGraphTagsWithItsImageAsThumbnail() throws Exception {
        try (FakeSite site = new FakeSite()) {
            byte[] png = Files.readAllBytes(dir.resolve("media/tram.png"));
            site.page("/conditions", "text/html; charset=utf-8", ("<html><head><title>Ignored</title>"
                    + "<meta property=\"og:title\" content=\"Conditions &amp; tarifs\">"
                    + "<meta name='og:description' content='Tout sur les bagages \u2014 et l&#39;annulation.'>"
                    + "<meta property=\"og:image\" content=\"/img/card.png\"></head><body>"
                    + "x".repeat(600_000) + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            site.page("/img/card.png", "image/png", png);
            PublishResult res = run("3s").publish(linked("p1", site.url("/conditions"), null, List.of()));

            assertThat(res.status()).isEqualTo(PublishStatus.SENT);
            JsonNode embed = server.records().get(server.creates().get(0)).get("embed");
            assertThat(embed.get("$type").asText()).isEqualTo("app.bsky.embed.external");
            assertThat(embed.get("external").get("uri").asText()).isEqualTo(site.url("/conditions"));
            assertThat(embed.get("external").get("title").asText()).isEqualTo("Conditions & tarifs");
            assertThat(embed.get("external").get("description").asText())
                    .isEqualTo("Tout sur les bagages \u2014 et l'annulation.");
            assertThat(embed.get("external").get("thumb").get("mimeType").asText()).isEqualTo("image/png");
            assertThat(embed.get("external").get("thumb").get("size").asInt()).isEqualTo(png.length);
            assertThat(count("POST /xrpc/com.atproto.repo.uploadBlob")).isEqualTo(1);
        }
    }

    @Test
    void theCalendarsTitleWinsAndAPageThatDoesNotAnswerInTimeStillGivesACard() throws Exception {
        try (FakeSite site = new FakeSite()) {
            site.slowPage("/slow", "text/html", "<meta property=\"og:title\" content=\"Late\">".getBytes(), 3000);
            PublishResult res = run("400ms").publish(linked("p1", site.url("/slow"), "Soldes d'hiver", List.of()));
            assertThat(res.status()).isEqualTo(PublishStatus.SENT);
            JsonNode ext = server.records().get(server.creates().get(0)).get("embed").get("external");
            assertThat(ext.get("title").asText()).isEqualTo("Soldes d'hiver");
            assertThat(ext.get("description").asText()).isEmpty();
            assertThat(ext.has("thumb")).isFalse();

            PublishResult none = run("400ms").publish(linked("p2", site.url("/missing"), null, List.of()));
            assertThat(none.status()).isEqualTo(PublishStatus.SENT);
            JsonNode ext2 = server.records().get(server.creates().get(1)).get("embed").get("external");
            assertThat(ext2.get("title").asText()).isEqualTo(site.url("/missing"));
        }
    }

    @Test
    void imagesWinOverTheLinksCard() throws Exception {
        try (FakeSite site = new FakeSite()) {
            site.page("/p", "text/html", "<meta property=\"og:title\" content=\"Page\">".getBytes());
            PublishResult res = run("3s").publish(linked("p1", site.url("/p"), null,
                    List.of(new PublishRequest.Media(Path.of("media/tram.png"), "Tram", null))));
            assertThat(res.status()).isEqualTo(PublishStatus.SENT);
            assertThat(server.records().get(server.creates().get(0)).get("embed").get("$type").asText())
                    .isEqualTo("app.bsky.embed.images");
            assertThat(site.log()).isEmpty();
        }
    }

    @Test
    void aPostForFewerPeopleIsNotMadePublicOnBluesky() {
        PublishRequest r = new PublishRequest("p1", "bluesky", null, "followers only", List.of(), null, List.of(),
                null, null, null, TestSupport.AT, "private", null);
        PublishResult res = run("3s").publish(r);
        assertThat(res.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(res.detail()).contains("visibility 'private'", "Bluesky posts are public");
        assertThat(count("POST /xrpc/com.atproto.repo.createRecord")).isZero();
        PublishRequest open = new PublishRequest("p2", "bluesky", null, "for all", List.of(), null, List.of(),
                null, null, null, TestSupport.AT, "public", null);
        assertThat(run("3s").publish(open).status()).isEqualTo(PublishStatus.SENT);
    }

    @Test
    void byDefaultACardIsNotReadFromTheMachineOrItsPrivateNetwork() throws Exception {
        try (FakeSite site = new FakeSite()) {
            site.page("/intranet", "text/html", "<meta property=\"og:title\" content=\"Internal\">".getBytes());
            for (String reach : new String[] {null, "public", "off"}) {
                Map<String, Object> s = settings("3s");
                s.remove("link_cards");
                if (reach != null) {
                    s.put("link_cards", reach);
                }
                PublishRun r = new PublishRun(ledger, Map.of("bluesky", Publishers.create(new PublishTarget("bluesky",
                        s), ctx)), ctx, PublishRun.Options.DEFAULT);
                assertThat(r.publish(linked("p-" + reach, site.url("/intranet"), null, List.of())).status())
                        .isEqualTo(PublishStatus.SENT);
            }
            assertThat(site.log()).isEmpty();
            for (String rkey : server.creates()) {
                assertThat(server.records().get(rkey).get("embed").get("external").get("title").asText())
                        .isEqualTo(site.url("/intranet"));
            }
            assertThat(LinkCard.isPublic("10.1.2.3")).isFalse();
            assertThat(LinkCard.isPublic("169.254.169.254")).isFalse();
            assertThat(LinkCard.isPublic("fd00::1")).isFalse();
            assertThat(LinkCard.isPublic("93.184.215.14")).isTrue();
        }
    }
}
