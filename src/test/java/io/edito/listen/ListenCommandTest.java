package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.cli.CliRun;
import io.edito.publish.PgServer;
import io.edito.publish.fake.FakeMastodon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edito listen} and {@code edito mentions} end to end, on a project in a temporary folder. */
class ListenCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String HEAD = """
            brand: atlas-air
            timezone: Africa/Casablanca
            languages: [fr, ar, en]
            calendar: calendar/
            listening:
              keywords: ["Atlas Air", atlasair, "#AtlasAir", "أطلس إير"]
              competitors: { royal-air: ["Royal Air", "#RoyalAir"] }
              classify:
                complaint: { fr: [retard, annulé, remboursement, "bagage perdu"], ar: [تأخير, إلغاء, استرداد], en: [delay, cancelled, refund, "lost luggage"] }
                praise:    { fr: [merci, bravo, "au top"], en: [thanks, great] }
            """;

    @TempDir
    Path dir;
    LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("listening"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    void project(String listeningTail) throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), HEAD + listeningTail);
    }

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--color", "never"));
        if (args[0].equals("mentions")) {
            // a subcommand takes no PATH: the project is named with --config
            all.addAll(List.of("--config", dir.resolve("edito.yaml").toString()));
            all.addAll(List.of(args));
        } else {
            all.addAll(List.of(args));
            all.add(dir.toString());
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    /** The project listening to one saved feed (source {@code saved}) that holds {@code items}. */
    private void savedFeed(String... items) throws IOException {
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        Files.writeString(dir.resolve("listening/saved.xml"), rss(items), StandardCharsets.UTF_8);
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + String.join("", items) + "</channel></rss>";
    }

    static String item(String link, String title, String text, String date) {
        return "<item><title>" + title + "</title><link>" + link.replace("&", "&amp;") + "</link><description>"
                + text.replace("&", "&amp;").replace("<", "&lt;") + "</description>"
                + (date == null ? "" : "<pubDate>" + date + "</pubDate>") + "</item>";
    }

    JsonNode mentions(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("mentions", "--format", "json"));
        args.addAll(List.of(extra));
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("mentions");
    }

    @Test
    void savedFeedIsClassifiedPerLanguageAndASecondRunIsQuiet() throws IOException {
        savedFeed(
                item("https://forum.example/t/1", "Vol Atlas Air", "<p>Encore un <b>retard</b> de 3 heures, "
                        + "je veux un remboursement</p>", "Fri, 18 Dec 2026 09:00:00 +0100"),
                item("https://news.example/ar/2", "أطلس إير", "تأخير الرحلة مرة أخرى في المطار", "Fri, 18 Dec 2026 09:10:00 +0100"),
                item("https://blog.example/3", "Great crew", "Thanks Atlas Air for the great flight to Paris",
                        "Fri, 18 Dec 2026 09:20:00 +0100"),
                item("https://blog.example/4", "Royal Air", "The Royal Air lounge is fine and the food was good",
                        "Fri, 18 Dec 2026 09:30:00 +0100"),
                item("https://blog.example/5", "Weather", "Rain in Casablanca today", "Fri, 18 Dec 2026 09:40:00 +0100"));
        CliRun first = run("listen", "--at", "2026-12-18T10:00:00Z");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out().lines()).hasSize(4);
        JsonNode m = mentions();
        assertThat(m).hasSize(4);
        assertThat(m.get(0).get("kind").asText()).isEqualTo("complaint");
        assertThat(m.get(0).get("lang").asText()).isEqualTo("fr");
        assertThat(m.get(0).get("text").asText()).doesNotContain("<b>").contains("retard");
        assertThat(m.get(1).get("lang").asText()).isEqualTo("ar");
        assertThat(m.get(1).get("kind").asText()).isEqualTo("complaint");
        assertThat(m.get(2).get("lang").asText()).isEqualTo("en");
        assertThat(m.get(2).get("kind").asText()).isEqualTo("praise");
        assertThat(m.get(3).get("competitor").asText()).isEqualTo("royal-air");
        assertThat(m.get(0).get("status").asText()).isEqualTo("new");
        assertThat(m.get(0).get("published_at").asText()).isEqualTo("2026-12-18T08:00:00Z");
        for (String key : List.of("id", "source", "url", "author", "text", "lang", "published_at", "kind", "status",
                "competitor")) {
            assertThat(m.get(0).has(key)).as(key).isTrue();
        }
        CliRun second = run("listen", "--at", "2026-12-18T10:15:00Z");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).isEmpty();
        assertThat(mentions()).hasSize(4);
        assertThat(mentions("--kind", "praise")).hasSize(1);
        // a kind this listening does not have is a typo, not a quiet day
        CliRun typo = run("mentions", "--kind", "complain");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("edito: --kind: 'complain' is not a kind of this listening (did you mean "
                + "'complaint'?); its kinds: complaint, praise, other" + System.lineSeparator());
        // so is a source it does not have; one it has but that found nothing is an empty list
        CliRun source = run("mentions", "--source", "saveed");
        assertThat(source.exit()).isEqualTo(2);
        assertThat(source.err()).isEqualTo("edito: --source: 'saveed' is not a source of this listening (did you mean "
                + "'saved'?); its sources: saved" + System.lineSeparator());
        assertThat(run("mentions", "--source", "saved", "--kind", "praise").exit()).isZero();
        assertThat(mentions("--source", "saved")).hasSize(4);
        // the filters are options of mentions, list and export, given before or after list's name; not of a change
        assertThat(JSON.readTree(run("mentions", "list", "--kind", "praise", "--format", "json").out()).path("mentions"))
                .hasSize(1);
        assertThat(JSON.readTree(run("mentions", "--kind", "praise", "list", "--format", "json").out()).path("mentions"))
                .hasSize(1);
        assertThat(run("mentions", "export", "--kind", "praise").out().lines().count()).isEqualTo(2); // header, row
        CliRun exportText = run("mentions", "export", "--format", "text");
        assertThat(exportText.exit()).as("export writes csv or json, not a text silently given as csv").isEqualTo(2);
        assertThat(exportText.err()).contains("--format text: mentions export writes csv (the default) or json");
        // one mention is text or json: csv is refused before a change is recorded
        CliRun showCsv = run("mentions", "show", "1", "--format", "csv");
        assertThat(showCsv.exit()).isEqualTo(2);
        assertThat(showCsv.err()).contains("--format csv: only mentions list and export write CSV");
        assertThat(run("mentions", "assign", "1", "--to", "nadia", "--format", "csv").exit()).isEqualTo(2);
        assertThat(mentions("--status", "open")).isEmpty();
        CliRun notAFilter = run("mentions", "close", "1", "--kind", "praise");
        assertThat(notAFilter.exit()).isEqualTo(2);
        assertThat(notAFilter.err()).contains("Unknown options: '--kind'");
    }

    @Test
    void unknownKeyIsReportedAtItsPositionWithASuggestion() throws IOException {
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml, timout: 5s }
                  alerts:
                    spike: { windw: 1h }
                """);
        CliRun r = run("listen");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("edito.yaml:12:59: error: unknown key 'timout' in listening source (did you mean 'timeout'?)")
                .contains("edito.yaml:14:14: error: unknown key 'windw' in alerts.spike (did you mean 'window'?)").doesNotContain("Exception");
    }

    @Test
    void httpSourcesConditionalGetHangingSourceAndHostileFeeds() throws IOException {
        String feed = rss(item("https://forum.example/t/9", "Atlas Air", "vol annulé, aucun remboursement",
                "Fri, 18 Dec 2026 09:00:00 +0100"));
        server.on("/feed.xml", req -> "\"v1\"".equals(req.header("If-None-Match"))
                ? new LocalServer.Answer(304, Map.of(), new byte[0])
                : new LocalServer.Answer(200, Map.of("Content-Type", "application/rss+xml", "ETag", "\"v1\""),
                        feed.getBytes(StandardCharsets.UTF_8)));
        server.on("/api/v1/timelines/tag/atlasair", req -> LocalServer.Answer.ok("application/json", """
                [{"id": "1", "uri": "https://mastodon.example/users/a/statuses/1", "url": "https://mastodon.example/@a/1",
                  "created_at": "2026-12-18T08:30:00.000Z", "language": "en",
                  "content": "<p>Lost luggage again with <a href=\\"https://mastodon.example/tags/atlasair\\" class=\\"mention hashtag\\">#<span>AtlasAir</span></a></p>",
                  "account": {"acct": "a@mastodon.example", "display_name": "A"}, "reblog": null}]"""));
        server.on("/xrpc/app.bsky.feed.searchPosts", req -> LocalServer.Answer.ok("application/json", """
                {"posts": [{"uri": "at://did:plc:abc/app.bsky.feed.post/3kxyz", "cid": "c",
                  "author": {"did": "did:plc:abc", "handle": "sam.bsky.social"},
                  "record": {"$type": "app.bsky.feed.post", "text": "Bravo Atlas Air, équipage au top", "langs": ["fr"],
                             "createdAt": "2026-12-18T08:40:00.000Z"},
                  "indexedAt": "2026-12-18T08:40:01.000Z"}], "hitsTotal": 1}"""));
        // the hanging source answers only when the test lets it (or after 60 s): the run must end before that
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean answered = new AtomicBoolean();
        server.on("/hang.xml", req -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answered.set(true);
            return LocalServer.Answer.ok("application/rss+xml", feed);
        });
        server.on("/xxe.xml", req -> LocalServer.Answer.ok("application/rss+xml", """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>Atlas Air &x;</title></item></channel></rss>"""));
        project("""
                  sources:
                    - { id: alerts, type: feed, url: "%s" }
                    - { id: masto, type: mastodon, instance: "%s", tag: atlasair }
                    - { id: bsky, type: bluesky, query: "Atlas Air", service: "%s" }
                    - { id: slow, type: feed, url: "%s", timeout: 1s, retries: 0 }
                    - { id: hostile, type: feed, url: "%s" }
                """.formatted(server.url("/feed.xml"), server.url(""), server.url(""), server.url("/hang.xml"),
                server.url("/xxe.xml")));
        CliRun r = run("listen", "--format", "json");
        assertThat(answered).as("the run ended while the hanging source still held its answer").isFalse();
        release.countDown();
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode out = JSON.readTree(r.out());
        assertThat(out.get("mentions")).hasSize(3);
        assertThat(r.err()).contains("edito: source slow (" + server.url("/hang.xml") + "): no complete answer within 1s")
                .contains("edito: source hostile (" + server.url("/xxe.xml") + "): the feed declares a DTD");
        assertThat(r.err().lines()).hasSize(2);
        JsonNode m = mentions();
        assertThat(m.findValuesAsText("source")).containsExactlyInAnyOrder("alerts", "masto", "bsky");
        JsonNode masto = m.get(1);
        assertThat(masto.get("text").asText()).isEqualTo("Lost luggage again with #AtlasAir");
        assertThat(masto.get("kind").asText()).isEqualTo("complaint");
        assertThat(m.get(2).get("kind").asText()).isEqualTo("praise");
        assertThat(m.get(2).get("url").asText()).isEqualTo("https://bsky.app/profile/sam.bsky.social/post/3kxyz");
        assertThat(server.requests("/xrpc/app.bsky.feed.searchPosts")).hasSize(1);

        CliRun again = run("listen", "--source", "alerts,masto,bsky");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEmpty();
        List<LocalServer.Request> feedRequests = server.requests("/feed.xml");
        assertThat(feedRequests).hasSize(2);
        assertThat(feedRequests.get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void sameMentionFromTwoSourcesOverThreeRunsIsStoredOnce() throws IOException {
        String a = rss(item("https://www.google.com/url?rct=j&sa=t&url=https://news.example/atlas-air-strike"
                + "&ct=ga&cd=x&usg=y", "Atlas Air", "<b>Atlas Air</b> strike", "Fri, 18 Dec 2026 09:00:00 +0100"));
        String b = rss(item("https://news.example/atlas-air-strike/?utm_source=rss#top", "Atlas Air strike",
                "Atlas Air strike news", "Fri, 18 Dec 2026 09:00:00 +0100"),
                item("https://news.example/other", "Atlas Air", "other story about Atlas Air", null));
        server.on("/a.xml", req -> LocalServer.Answer.ok("application/atom+xml", a));
        server.on("/b.xml", req -> LocalServer.Answer.ok("application/rss+xml", b));
        project("""
                  sources:
                    - { id: a, type: feed, url: "%s" }
                    - { id: b, type: feed, url: "%s" }
                """.formatted(server.url("/a.xml"), server.url("/b.xml")));
        List<Integer> newPerRun = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CliRun r = run("listen", "--at", "2026-12-18T1" + i + ":00:00Z");
            assertThat(r.exit()).as(r.err()).isZero();
            newPerRun.add((int) r.out().lines().count());
        }
        assertThat(newPerRun).containsExactly(2, 0, 0);
        JsonNode m = mentions();
        assertThat(m).hasSize(2);
        assertThat(m.get(0).get("url").asText()).isEqualTo("https://news.example/atlas-air-strike");
        assertThat(server.requests("/a.xml")).hasSize(3);
    }

    @Test
    void spikeOverSimulatedHoursFiresOnceAndIsSentSignedToNotify() throws IOException {
        // a feed whose items arrive over simulated hours: each run sees what was published up to its --at
        List<String[]> published = new CopyOnWriteArrayList<>();
        server.on("/live.xml", req -> LocalServer.Answer.ok("application/rss+xml",
                rss(published.stream().map(p -> item(p[0], "Atlas Air", p[1], p[2])).toArray(String[]::new))));
        List<LocalServer.Request> hooks = new CopyOnWriteArrayList<>();
        server.on("/hook", req -> {
            hooks.add(req);
            return LocalServer.Answer.ok("application/json", "{}");
        });
        project("""
                  sources:
                    - { id: live, type: feed, url: "%s" }
                  alerts:
                    spike: { window: 1h, baseline: 7d, factor: 3, min: 10 }
                    notify: { type: webhook, url: "%s", secret_env: HOME }
                """.formatted(server.url("/live.xml"), server.url("/hook")));
        Instant day0 = Instant.parse("2026-12-11T10:00:00Z");
        int n = 0;
        // the baseline: two mentions between 09:00 and 10:00 on each of the 7 days before
        for (int d = 0; d < 7; d++) {
            Instant hour = day0.plusSeconds(86_400L * d);
            for (int k = 0; k < 2; k++) {
                published.add(new String[] {"https://forum.example/p/" + n++, "Atlas Air post " + n,
                        rfc822(hour.minusSeconds(600 + 60 * k))});
            }
            CliRun r = run("listen", "--at", hour.toString());
            assertThat(r.exit()).as("day %d: %s", d, r.out()).isZero();
        }
        // the day of the crisis: 12 mentions between 09:00 and 10:00 (baseline mean 2, x3 = 6, min 10)
        Instant crisis = day0.plusSeconds(86_400L * 7);
        for (int k = 0; k < 12; k++) {
            published.add(new String[] {"https://forum.example/p/" + n++, "Atlas Air vol annulé " + n,
                    rfc822(crisis.minusSeconds(60L * (k + 1)))});
        }
        CliRun spike = run("listen", "--at", crisis.toString());
        assertThat(spike.exit()).as(spike.err()).isEqualTo(1);
        assertThat(spike.out()).contains("ALERT spike: 12 mentions in the last hour (the same hours of the last 7 days: "
                + "2.0 on average");
        assertThat(hooks).hasSize(1);
        String body = new String(hooks.get(0).body(), StandardCharsets.UTF_8);
        assertThat(body).contains("spike: 12 mentions");
        assertThat(hooks.get(0).header("X-Edito-Signature")).startsWith("sha256=");
        // a later run in the same hour: the alert is not fired, printed or sent again
        CliRun later = run("listen", "--at", crisis.plusSeconds(900).toString());
        assertThat(later.exit()).isZero();
        assertThat(later.out()).doesNotContain("ALERT");
        assertThat(hooks).hasSize(1);
    }

    /**
     * Two hosts, each with its own working copy of the project, listening into one PostgreSQL mention store (issue
     * 16): the second run finds nothing new, the alert was sent once, and either copy sees the same tickets.
     */
    @Test
    void twoWorkingCopiesOnOnePostgresStoreStoreEachMentionOnceAndSendTheAlertOnce(@TempDir Path other)
            throws IOException {
        server.on("/feed.xml", req -> LocalServer.Answer.ok("application/rss+xml", rss(
                item("https://f.example/1", "Atlas Air", "retard encore", "Fri, 18 Dec 2026 09:00:00 +0100"),
                item("https://f.example/2", "Atlas Air", "la grève des pilotes commence", "Fri, 18 Dec 2026 09:10:00 +0100"))));
        List<LocalServer.Request> hooks = new CopyOnWriteArrayList<>();
        server.on("/hook", req -> {
            hooks.add(req);
            return LocalServer.Answer.ok("application/json", "{}");
        });
        String url = PgServer.shared().newDatabase();
        String tail = """
                  store: "%s"
                  store_password_env: %s
                  sources:
                    - { id: live, type: feed, url: "%s" }
                  alerts:
                    terms: [grève]
                    notify: { type: webhook, url: "%s" }
                """.formatted(url, PgServer.PASSWORD_ENV, server.url("/feed.xml"), server.url("/hook"));
        project(tail);
        Files.createDirectories(other.resolve("calendar"));
        Files.writeString(other.resolve("edito.yaml"), HEAD + tail);

        CliRun first = run("listen", "--at", "2026-12-18T10:00:00Z");
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("ALERT term 'grève'");
        CliRun second = CliRun.of("--color", "never", "listen", "--at", "2026-12-18T10:00:30Z", other.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).isEmpty();
        assertThat(hooks).hasSize(1);
        assertThat(Files.exists(dir.resolve(".edito/mentions.db"))).as("no SQLite file beside the database").isFalse();

        CliRun fromOther = CliRun.of("--color", "never", "--config", other.resolve("edito.yaml").toString(),
                "mentions", "--format", "json");
        assertThat(fromOther.exit()).as(fromOther.err()).isZero();
        assertThat(JSON.readTree(fromOther.out()).get("mentions")).hasSize(2);
        assertThat(mentions()).hasSize(2);
    }

    @Test
    void aPostgresStoreUrlWithAPasswordOrAPasswordVariableForAFileIsAnErrorAtItsPosition() throws IOException {
        project("""
                  store: "postgresql://edito:hunter2@127.0.0.1:1/edito"
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        CliRun r = run("listen");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("edito.yaml:11:10: error: listening.store: the URL holds a password, which edito refuses")
                .doesNotContain("hunter2");
        project("""
                  store: .edito/m.db
                  store_password_env: EDITO_PG_PASSWORD
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        CliRun f = run("listen");
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).contains("edito.yaml:12:23: error: listening.store_password_env is for a postgresql:// store");
    }

    /** The listening and care section of {@code edito report}, from the project's mention store (issue 15). */
    @Test
    void reportHasAListeningSectionWithTheStoresFiguresAndAComplaintsTarget() throws IOException {
        project("""
                  sla: 1h
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        Files.writeString(dir.resolve("listening/saved.xml"), rss(
                item("https://f.example/1", "Atlas Air", "bagage perdu à Orly", "Fri, 18 Dec 2026 09:00:00 +0100"),
                item("https://f.example/2", "Atlas Air", "vol annulé sans remboursement", "Fri, 18 Dec 2026 09:10:00 +0100"),
                item("https://f.example/3", "Atlas Air", "merci pour le vol", "Fri, 18 Dec 2026 09:20:00 +0100"),
                item("https://f.example/4", "Royal Air", "Royal Air lounge", "Fri, 18 Dec 2026 09:30:00 +0100")),
                StandardCharsets.UTF_8);
        assertThat(run("listen", "--at", "2026-12-18T08:45:00Z").exit()).isZero();
        // #1 answered after 40 min and closed after 3 h; #2 answered after 2 h (outside the SLA); #3 never
        assertThat(run("mentions", "answer", "1", "--by-hand", "--at", "2026-12-18T08:40:00Z").exit()).isZero();
        assertThat(run("mentions", "close", "1", "--at", "2026-12-18T11:00:00Z").exit()).isZero();
        assertThat(run("mentions", "answer", "2", "--by-hand", "--at", "2026-12-18T10:10:00Z").exit()).isZero();
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - { id: hello, at: 2026-12-18 10:00, channels: [x], status: draft, lang: fr, text: "Bonjour" }
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("export.csv"), "network,post_id,published_at,impressions,reactions\n"
                + "x,p1,2026-12-18T10:00:00+01:00,1000,50\n", StandardCharsets.UTF_8);
        CliRun json = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "report",
                dir.resolve("export.csv").toString(), "--format", "json", "--target", "complaints_handled>=99%");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode l = JSON.readTree(json.out()).get("listening");
        assertThat(l.get("sla_minutes").asInt()).isEqualTo(60);
        JsonNode all = l.get("all");
        assertThat(all.get("mentions").asInt()).isEqualTo(3);
        assertThat(all.get("complaints").asInt()).isEqualTo(2);
        assertThat(all.get("response_rate").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(all.get("median_response_minutes").asDouble()).isEqualTo(40.0);
        assertThat(all.get("p90_response_minutes").asDouble()).isEqualTo(120.0);
        assertThat(all.get("within_sla").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(all.get("median_close_minutes").asDouble()).isEqualTo(180.0);
        assertThat(all.get("complaints_handled").asDouble()).isEqualTo(1.0);
        assertThat(l.get("share_of_voice").asDouble()).isEqualTo(0.75);
        assertThat(l.get("per_day").get("2026-12-18").asInt()).isEqualTo(3);
        JsonNode target = JSON.readTree(json.out()).get("targets").get(0);
        assertThat(target.get("met").asBoolean()).as(target.toString()).isTrue();
        assertThat(json.err()).doesNotContain("target(s) missed");

        CliRun text = CliRun.of("--color", "never", "--config", dir.resolve("edito.yaml").toString(), "report",
                dir.resolve("export.csv").toString(), "--by", "kind", "--target", "within_sla>=90%");
        assertThat(text.exit()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains("Listening and care (SLA 60 min)").contains("per source: saved: 3")
                .containsPattern("complaint +2 +2 \\(100\\.00%\\) +100\\.00% +40 min +2\\.0 h +50\\.00% +1 +3\\.0 h +100\\.00% of 2");
        assertThat(text.err()).contains("1 target(s) missed");

        CliRun noStore = CliRun.of("report", dir.resolve("export.csv").toString(), "--no-calendar", "--by", "kind");
        assertThat(noStore.exit()).isEqualTo(2);
        assertThat(noStore.err()).contains("--by kind: no mentions to group");
    }

    /**
     * {@code mentions answer --text}: a reply to the mention's own status (fetched into the brand's instance by a
     * resolving search), sent once through the ledger; a mention that is not a network post cannot be answered so.
     */
    @Test
    void answerTextRepliesToTheMentionsStatusOnceThroughTheLedger(@TempDir Path secrets) throws Exception {
        String remote = "https://other.example/users/bob/statuses/77";
        server.on("/api/v1/timelines/tag/atlasair", req -> LocalServer.Answer.ok("application/json", """
                [{"id": "9", "uri": "%s", "url": "https://other.example/@bob/77",
                  "created_at": "2026-12-18T08:30:00.000Z", "language": "fr",
                  "content": "<p>Atlas Air bagage perdu à Orly</p>",
                  "account": {"acct": "bob@other.example", "display_name": "Bob"}, "reblog": null}]""".formatted(remote)));
        Files.writeString(dir.resolve("listening/saved.xml"), rss(item("https://f.example/1", "Atlas Air",
                "retard encore", "Fri, 18 Dec 2026 09:00:00 +0100")), StandardCharsets.UTF_8);
        try (FakeMastodon instance = new FakeMastodon("masto-token-answer-0001")) {
            instance.remoteStatus(remote);
            answeringProject(instance, "masto-token-answer-0001", secrets, "- { id: saved, type: feed, file: listening/saved.xml }");
            assertThat(run("listen", "--at", "2026-12-18T09:00:00Z").exit()).isZero();
            long masto = 0;
            long feedMention = 0;
            for (JsonNode m : mentions()) {
                if (m.get("source").asText().equals("masto")) {
                    masto = m.get("id").asLong();
                } else {
                    feedMention = m.get("id").asLong();
                }
            }

            CliRun dry = run("mentions", "answer", String.valueOf(masto), "--text", "Bonjour Bob, nous regardons.",
                    "--dry-run", "--at", "2026-12-18T09:05:00Z");
            assertThat(dry.exit()).as(dry.err()).isZero();
            assertThat(dry.out()).startsWith("would-send  answer to #" + masto + " @ mastodon");
            assertThat(instance.statuses()).isEmpty();
            // --format json prints the result as publish --format json does; csv is refused before anything is sent
            CliRun dryJson = run("mentions", "answer", String.valueOf(masto), "--text", "Bonjour Bob, nous regardons.",
                    "--dry-run", "--format", "json", "--at", "2026-12-18T09:05:00Z");
            assertThat(dryJson.exit()).as(dryJson.err()).isZero();
            JsonNode result = new ObjectMapper().readTree(dryJson.out()).get("results").get(0);
            assertThat(result.get("post").asText()).isEqualTo("mention-" + masto);
            assertThat(result.get("channel").asText()).isEqualTo("mastodon");
            assertThat(result.get("status").asText()).isEqualTo("would-send");
            CliRun csv = run("mentions", "answer", String.valueOf(masto), "--text", "Bonjour Bob, nous regardons.",
                    "--format", "csv", "--at", "2026-12-18T09:05:00Z");
            assertThat(csv.exit()).isEqualTo(2);
            assertThat(csv.err()).contains("--format csv: only mentions list and export write CSV");
            assertThat(instance.statuses()).isEmpty();
            // an answer the ticket could not record (dated before the post) is refused before it goes out
            CliRun early = run("mentions", "answer", String.valueOf(masto), "--text", "Bonjour Bob, nous regardons.",
                    "--at", "2026-12-18T08:00:00Z");
            assertThat(early.exit()).isEqualTo(2);
            assertThat(early.err()).contains("mention #" + masto + " was published at 2026-12-18T08:30:00Z: it cannot "
                    + "be answered at 2026-12-18T08:00:00Z, before that");
            assertThat(instance.statuses()).isEmpty();

            CliRun sent = run("mentions", "answer", String.valueOf(masto), "--text", "Bonjour Bob, nous regardons.",
                    "--at", "2026-12-18T09:05:00Z");
            assertThat(sent.exit()).as(sent.err()).isZero();
            assertThat(sent.out()).startsWith("sent  answer to #" + masto + " @ mastodon  " + instance.baseUrl());
            assertThat(instance.statuses()).singleElement().satisfies(st -> {
                // addressed to the author: Mastodon notifies only the accounts a status mentions
                assertThat(st.get("status")).isEqualTo("@bob@other.example Bonjour Bob, nous regardons.");
                assertThat(st.get("in_reply_to_id")).isEqualTo(instance.fetched().get(remote));
                assertThat(st.get("language")).isEqualTo("fr");
            });
            JsonNode answered = mentions("--status", "answered");
            assertThat(answered).hasSize(1);
            assertThat(answered.get(0).get("first_response_at").asText()).isEqualTo("2026-12-18T09:05:00Z");

            // a run stopped after the reply went out and before the ticket took it: asked again, the reply is not
            // sent again and the ticket gets the time it went out
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + dir.resolve(".edito/mentions.db"));
                 java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE mentions SET status = 'new', first_response_at = NULL WHERE id = " + masto);
                st.executeUpdate("DELETE FROM mention_events WHERE action = 'answered'");
            }
            assertThat(mentions("--status", "answered")).isEmpty();
            // asked again (a retyped command, a script run twice): nothing is sent again
            CliRun again = run("mentions", "answer", String.valueOf(masto), "--text", "Bonjour Bob, nous regardons.",
                    "--at", "2026-12-18T09:06:00Z");
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.out()).startsWith("already-sent  answer to #" + masto);
            assertThat(instance.statuses()).hasSize(1);
            assertThat(mentions("--status", "answered").get(0).get("first_response_at").asText())
                    .as("the ledger's time: the run's clock from --at on").startsWith("2026-12-18T09:05:00");

            CliRun notANetworkPost = run("mentions", "answer", String.valueOf(feedMention), "--text", "Bonjour");
            assertThat(notANetworkPost.exit()).isEqualTo(2);
            assertThat(notANetworkPost.err()).contains("is not a post on a network edito can answer on");
            CliRun tooLong = run("mentions", "answer", String.valueOf(masto), "--text", "x".repeat(501));
            assertThat(tooLong.exit()).isEqualTo(2);
            assertThat(tooLong.err()).contains("--text: 506/500", "with the author's handle, @bob@other.example,");

            // a second, different answer to the same mention is not sent: the ledger publishes a pair once
            CliRun second = run("mentions", "answer", String.valueOf(masto), "--text", "C'est retrouvé, Bob !",
                    "--at", "2026-12-18T10:00:00Z");
            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(second.out()).startsWith("edited-after-publish  answer to #" + masto);
            assertThat(instance.statuses()).hasSize(1);

            // a closed ticket is reopened before it is answered: nothing is sent
            assertThat(run("mentions", "close", String.valueOf(masto), "--at", "2026-12-18T10:30:00Z").exit()).isZero();
            CliRun closed = run("mentions", "answer", String.valueOf(masto), "--text", "Encore une chose");
            assertThat(closed.exit()).isEqualTo(2);
            assertThat(closed.err()).contains("mention #" + masto + " is closed; reopen it first");
            assertThat(instance.statuses()).hasSize(1);
            assertThat(run("mentions", "reopen", String.valueOf(masto), "--at", "2026-12-18T10:40:00Z").exit()).isZero();

            // the brand's channel on that network has no publish: block, even when named with --channel
            project("""
                      sources:
                        - { id: saved, type: feed, file: listening/saved.xml }
                    channels:
                      mastodon: { handle: "@atlas@atlas.example" }
                    """);
            for (String[] extra : new String[][] {{}, {"--channel", "mastodon"}}) {
                List<String> args = new ArrayList<>(List.of("mentions", "answer", String.valueOf(masto), "--text",
                        "Bonjour"));
                args.addAll(List.of(extra));
                CliRun noPublish = run(args.toArray(String[]::new));
                assertThat(noPublish.exit()).as(String.join(" ", extra)).isEqualTo(2);
                assertThat(noPublish.err()).as(String.join(" ", extra))
                        .contains("edito.yaml:").contains("channel 'mastodon' has no publish: block")
                        .doesNotContain("Exception");
            }
            assertThat(instance.statuses()).hasSize(1);
        }
    }

    /**
     * A reply goes to the author in the reply's own language, and one the instance refused is sent again only when
     * asked ({@code --retry-failed}), once the cause is fixed; until then asking again exits 3 and says how.
     */
    @Test
    void aRefusedAnswerIsSentAgainWithRetryFailedAndAddressedToItsAuthorInItsOwnLanguage(@TempDir Path secrets)
            throws IOException {
        String remote = "https://listen.example/users/carol/statuses/5";
        server.on("/api/v1/timelines/tag/atlasair", req -> LocalServer.Answer.ok("application/json", """
                [{"id": "5", "uri": "%s", "url": "https://listen.example/@carol/5",
                  "created_at": "2026-12-18T08:30:00.000Z", "language": "en",
                  "content": "<p>Atlas Air lost my bag</p>",
                  "account": {"acct": "carol", "display_name": "Carol"}, "reblog": null}]""".formatted(remote)));
        try (FakeMastodon instance = new FakeMastodon("masto-token-answer-0002")) {
            instance.remoteStatus(remote);
            answeringProject(instance, "masto-token-answer-0002", secrets, "");
            assertThat(run("listen", "--at", "2026-12-18T09:00:00Z").exit()).isZero();
            String id = mentions().get(0).get("id").asText();

            instance.refuseStatuses = "Validation failed: Text contains a blocked word";
            CliRun refused = run("mentions", "answer", id, "--text", "Merci pour votre message, nous regardons.",
                    "--at", "2026-12-18T09:10:00Z");
            assertThat(refused.exit()).isEqualTo(3);
            CliRun again = run("mentions", "answer", id, "--text", "Merci pour votre message, nous regardons.",
                    "--at", "2026-12-18T09:20:00Z");
            assertThat(again.exit()).as("a failed answer asked again is not sent, and says so").isEqualTo(3);
            assertThat(again.out()).startsWith("failed-earlier  answer to #" + id)
                    .contains("then run again with --retry-failed").doesNotContain("publish with");
            assertThat(instance.statuses()).isEmpty();
            assertThat(mentions("--status", "new")).hasSize(1);

            instance.refuseStatuses = null;
            CliRun retried = run("mentions", "answer", id, "--text", "Merci pour votre message, nous regardons.",
                    "--retry-failed", "--at", "2026-12-18T09:30:00Z");
            assertThat(retried.exit()).as(retried.err()).isZero();
            assertThat(retried.out()).startsWith("sent  answer to #" + id);
            assertThat(instance.statuses()).singleElement().satisfies(st -> {
                // a local account of the instance listened to: its host is the status's
                assertThat(st.get("status")).isEqualTo("@carol@listen.example Merci pour votre message, nous regardons.");
                assertThat(st.get("language")).as("the reply's language, not the mention's").isEqualTo("fr");
            });
            assertThat(mentions("--status", "answered")).hasSize(1);
        }
    }

    /**
     * A project listening to the tag timeline of {@code server} (and to {@code otherSource}, a line of sources:), whose
     * Mastodon channel publishes through {@code instance} with {@code token}, kept in a credentials file in
     * {@code secrets}.
     */
    private void answeringProject(FakeMastodon instance, String token, Path secrets, String otherSource)
            throws IOException {
        Path credentials = secrets.resolve("credentials");
        Files.writeString(credentials, "EDITO_TEST_MASTO_TOKEN=" + token + "\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        project("""
                  sources:
                    - { id: masto, type: mastodon, instance: "%s", tag: atlasair }
                    %s
                channels:
                  mastodon: { handle: "@atlas@atlas.example", publish: { type: mastodon, instance: "%s", token_env: EDITO_TEST_MASTO_TOKEN, credentials_file: "%s" } }
                """.formatted(server.url(""), otherSource, instance.baseUrl(), credentials));
    }

    static String rfc822(Instant i) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(i.atOffset(java.time.ZoneOffset.UTC));
    }

    @Test
    void termAlertFiresAloneWhenTheComplaintShareIsNotAboveAndABadNotifyIsOneLine() throws IOException {
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                  alerts:
                    complaints: { window: 24h, above: 50%, min: 3 }
                    terms: [grève, accident]
                    notify: { type: webhook, url_env: EDITO_TEST_UNSET_ALERT_URL }
                """);
        Files.writeString(dir.resolve("listening/saved.xml"), rss(
                item("https://f.example/1", "Atlas Air", "retard encore", "Fri, 18 Dec 2026 09:00:00 +0100"),
                item("https://f.example/2", "Atlas Air", "vol annulé", "Fri, 18 Dec 2026 09:05:00 +0100"),
                item("https://f.example/3", "Atlas Air", "la grève des pilotes commence", "Fri, 18 Dec 2026 09:10:00 +0100"),
                item("https://f.example/4", "Atlas Air", "merci pour le vol", "Fri, 18 Dec 2026 09:15:00 +0100"),
                // a competitor's crash is not the brand's crisis, nor is an accident of 2019 found today
                item("https://f.example/5", "Royal Air", "accident sur la piste", "Fri, 18 Dec 2026 09:20:00 +0100"),
                item("https://f.example/6", "Atlas Air", "l'accident de 2019, cinq ans après", "Mon, 04 Mar 2019 10:00:00 +0100")),
                StandardCharsets.UTF_8);
        CliRun r = run("listen", "--at", "2026-12-18T10:00:00Z");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(mentions()).hasSize(6);
        // 2 of 4 is not above 50%: only the term fires, on the brand's mention of today
        assertThat(r.out().lines().filter(l -> l.startsWith("ALERT")).toList())
                .containsExactly("ALERT term 'grève' in mention #3 (saved): Atlas Air \u2014 la grève des pilotes "
                        + "commence  https://f.example/3");
        assertThat(r.err()).contains("listening.alerts.notify.url_env").contains("EDITO_TEST_UNSET_ALERT_URL");
    }

    @Test
    void googleReviewsAreTheBrandsMentionsAndABadOneIsAComplaint() throws IOException {
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        // no keyword of the brand in them: a review of the brand's place is about the brand all the same
        Path file = Files.writeString(dir.resolve("place.json"), """
                {"result": {"name": "Atlas Air Agadir", "place_id": "ChIJ1", "reviews": [
                  {"author_name": "Salma", "language": "fr", "rating": 2, "text": "Personne au guichet.", "time": 1765000000},
                  {"author_name": "Omar", "language": "fr", "rating": 5, "text": "Très bon accueil.", "time": 1765100000},
                  {"author_name": "Lina", "language": "fr", "rating": 1, "text": "Vol en retard de trois heures.", "time": 1765200000},
                  {"author_name": "Omar", "language": "ar", "rating": 5, "text": "شكرا على حسن الاستقبال", "time": 1765300000},
                  {"author_name": "Carl", "language": "fr", "rating": 1, "text": "Merci pour rien, personne ne répond au comptoir.", "time": 1765400000}]},
                 "status": "OK"}
                """);
        CliRun first = run("listen", "--import", file.toString(), "--type", "reviews", "--at", "2026-12-18T10:00:00Z");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("5 of 5 reviews imported as new mentions (0 already stored)");
        JsonNode all = mentions();
        assertThat(all).hasSize(5);
        // a 1-star review is a complaint though it says "merci" (a praise term): followed to closure, counted
        assertThat(all).extracting(m -> m.get("kind").asText() + "/" + m.get("tool_sentiment").asText())
                .containsExactlyInAnyOrder("complaint/negative", "other/positive", "complaint/negative", "other/positive",
                        "complaint/negative");
        // the language Google declares, read from the review's words, not from edito's English title
        assertThat(all).extracting(m -> m.get("lang").asText()).containsExactlyInAnyOrder("fr", "fr", "fr", "ar", "fr");
        assertThat(all).allSatisfy(m -> assertThat(m.get("competitor").isNull()).isTrue());
        CliRun again = run("listen", "--import", file.toString(), "--type", "reviews", "--at", "2026-12-18T11:00:00Z");
        assertThat(again.err()).contains("0 of 5 reviews imported as new mentions (5 already stored)");
        assertThat(mentions()).hasSize(5);
    }

    @Test
    void ticketsAreTimestampedAndRefuseImpossibleChanges() throws IOException {
        savedFeed(
                item("https://f.example/1", "Atlas Air", "bagage perdu à Orly", "Fri, 18 Dec 2026 09:00:00 +0100"));
        assertThat(run("listen", "--at", "2026-12-18T08:05:00Z").exit()).isZero();
        CliRun assign = run("mentions", "assign", "1", "--to", "salma", "--at", "2026-12-18T08:10:00Z");
        assertThat(assign.exit()).as(assign.err()).isZero();
        assertThat(mentions("--status", "open")).hasSize(1);
        assertThat(run("mentions", "answer", "1", "--by-hand", "--note", "DM sent", "--at", "2026-12-18T08:40:00Z")
                .exit()).isZero();
        CliRun closed = run("mentions", "close", "1", "--reason", "bag found", "--at", "2026-12-18T12:00:00Z");
        assertThat(closed.exit()).isZero();
        CliRun twice = run("mentions", "close", "1");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("mention #1 is already closed");
        CliRun show = run("mentions", "show", "1", "--format", "json");
        JsonNode s = JSON.readTree(show.out());
        assertThat(s.get("status").asText()).isEqualTo("closed");
        assertThat(s.get("assignee").asText()).isEqualTo("salma");
        assertThat(s.get("first_response_at").asText()).isEqualTo("2026-12-18T08:40:00Z");
        assertThat(s.get("history").findValuesAsText("action"))
                .containsExactly("found", "assigned", "answered", "closed");
        assertThat(s.get("history").findValuesAsText("at")).containsExactly("2026-12-18T08:05:00Z",
                "2026-12-18T08:10:00Z", "2026-12-18T08:40:00Z", "2026-12-18T12:00:00Z");
        assertThat(run("mentions", "reopen", "1", "--at", "2026-12-18T13:00:00Z").exit()).isZero();
        assertThat(mentions("--status", "answered")).hasSize(1);
        // nothing is done before the mention was published (09:00 in Paris): its response time would be below zero
        CliRun early = run("mentions", "close", "1", "--at", "2026-12-18T07:00:00Z");
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).isEqualTo("edito: mention #1 was published at 2026-12-18T08:00:00Z: it cannot be "
                + "closed at 2026-12-18T07:00:00Z, before that\n");
        CliRun missing = run("mentions", "show", "99");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no mention #99");
        CliRun text = run("mentions", "answer", "1", "--text", "Bonjour");
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.err()).contains("is not a post on a network edito can answer on");
        CliRun csv = run("mentions", "export");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("id,source,url,author,text,lang,published_at,"
                + "kind,status,competitor").endsWith(",tool_sentiment,network_id"); // as JSON: network_id to join by
        assertThat(csv.out().lines()).hasSize(2);
        // --by-hand sends nothing: a dry run of it would have recorded the answer
        CliRun dry = run("mentions", "answer", "1", "--by-hand", "--dry-run", "--at", "2026-12-18T13:30:00Z");
        assertThat(dry.exit()).isEqualTo(2);
        assertThat(dry.err()).contains("--dry-run goes with --text");
        assertThat(JSON.readTree(run("mentions", "show", "1", "--format", "json").out()).get("history")
                .findValuesAsText("action")).containsExactly("found", "assigned", "answered", "closed", "reopened");
        // an empty reason is none; a mistyped command is told as one, not as a missing folder
        assertThat(run("mentions", "close", "1", "--reason", " ", "--at", "2026-12-18T14:00:00Z").exit()).isZero();
        assertThat(JSON.readTree(run("mentions", "show", "1", "--format", "json").out()).get("close_reason").isNull())
                .isTrue();
        CliRun typo = run("mentions", "resolve", "1");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).startsWith("edito: unknown command 'mentions resolve'").contains("reopen");
        // a local --at, in the brand's zone or in --tz's, given after the subcommand too (review: "Unknown options")
        assertThat(run("mentions", "reopen", "1", "--at", "2026-12-18 16:00").exit()).isZero();
        CliRun local = run("mentions", "close", "1", "--at", "2026-12-18 17:30", "--tz", "Europe/Paris");
        assertThat(local.exit()).as(local.err()).isZero();
        assertThat(JSON.readTree(run("mentions", "show", "1", "--format", "json").out()).get("history")
                .findValuesAsText("at")).endsWith("2026-12-18T15:00:00Z", "2026-12-18T16:30:00Z");
        // --since as --at: published 08:00Z, 09:00 in Casablanca
        assertThat(mentions("--since", "2026-12-18 09:00")).hasSize(1);
        assertThat(mentions("--since", "2026-12-18 09:01")).isEmpty();
        assertThat(mentions("--since", "2026-12-18T08:00:00Z")).hasSize(1);
        assertThat(mentions("--since", "2026-12-18 09:30", "--tz", "Europe/Paris")).isEmpty();
        assertThat(mentions("--since", "2026-12-18 09:00[Europe/Paris]")).hasSize(1);
        CliRun noTime = run("mentions", "list", "--since", "yesterday");
        assertThat(noTime.exit()).isEqualTo(2);
        assertThat(noTime.err()).contains("Invalid value for option '--since': 'yesterday' is not a time such as");
    }

    @Test
    void aMentionDatedAfterItWasFoundIsDatedWhenFound() throws IOException {
        savedFeed(
                item("https://f.example/future", "Atlas Air", "bagage perdu", "Sun, 20 Dec 2026 10:00:00 +0000"));
        assertThat(run("listen", "--at", "2026-12-18T11:00:00Z").exit()).isZero();
        JsonNode m = mentions();
        assertThat(m).hasSize(1);
        assertThat(m.get(0).get("published_at").asText()).isEqualTo("2026-12-18T11:00:00Z");
        CliRun close = run("mentions", "close", m.get(0).get("id").asText(), "--reason", "spam",
                "--at", "2026-12-18T11:30:00Z");
        assertThat(close.exit()).as(close.err()).isZero();
    }

    @Test
    void genericCsvImportKeepsTheToolsSentimentAndRejectsBadDates() throws IOException {
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, "date,url,author,text,sentiment\n"
                + "2026-12-18 10:15,https://x.example/1,@nadia,\"Atlas Air: refund still not paid\",negative\n"
                + "2026-12-18T11:00:00+01:00,https://x.example/2,@omar,Nothing to do with us,neutral\n");
        CliRun r = run("listen", "--import", csv.toString(), "--at", "2026-12-19T08:00:00Z");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = mentions();
        assertThat(m).hasSize(1);
        assertThat(m.get(0).get("tool_sentiment").asText()).isEqualTo("negative");
        assertThat(m.get(0).get("kind").asText()).isEqualTo("complaint");
        assertThat(m.get(0).get("source").asText()).isEqualTo("import:generic");
        // local time of the brand (Africa/Casablanca, UTC+1)
        assertThat(m.get(0).get("published_at").asText()).isEqualTo("2026-12-18T09:15:00Z");
        Files.writeString(csv, "date,text\nyesterday,Atlas Air\n");
        CliRun bad = run("listen", "--import", csv.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("export.csv:2:1: 'yesterday' is not a date");
    }

    @Test
    void talkwalkerExportKeepsItsSentimentAsWordsAndItsSource() throws IOException {
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        Path csv = dir.resolve("talkwalker.csv");
        Files.writeString(csv, "url,indexed,published,title,content,lang,sentiment,extra_author_attributes.name,"
                + "extra_author_attributes.short_name\n"
                + "http://twitter.com/nadia_b/status/1,18/12/26 10:16:02,18/12/26 10:15:24,,\"Atlas Air, encore un "
                + "retard et pas de remboursement\",fr,-5,Nadia B.,nadia_b\n"
                + "https://news.example/ar/2,18/12/26 11:02:00,18/12/26 11:00:00,,\"شكرا أطلس إير، رحلة رائعة\",ar,5,,\n",
                StandardCharsets.UTF_8);
        CliRun r = run("listen", "--import", csv.toString(), "--type", "talkwalker", "--at", "2026-12-18T12:00:00Z");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = mentions();
        assertThat(m).hasSize(2);
        assertThat(m.findValuesAsText("source")).containsOnly("import:talkwalker");
        assertThat(m.get(0).get("tool_sentiment").asText()).isEqualTo("negative");
        assertThat(m.get(0).get("kind").asText()).isEqualTo("complaint");
        assertThat(m.get(0).get("author").asText()).isEqualTo("Nadia B.");
        assertThat(m.get(0).get("published_at").asText()).isEqualTo("2026-12-18T09:15:24Z");
        assertThat(m.get(1).get("tool_sentiment").asText()).isEqualTo("positive");
        assertThat(m.get(1).get("lang").asText()).isEqualTo("ar");
        CliRun help = CliRun.of("listen", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("brandwatch, brand24, mention, talkwalker, inbox");
    }

    @Test
    void anInboxExportBecomesTicketsAnsweredAndClosedAsItSaysOnceAcrossImports() throws IOException {
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        Path csv = dir.resolve("inbox.csv");
        Files.writeString(csv, "channel,received_at,replied_at,resolved,kind\n"
                + "instagram,2026-12-01T10:00:00+01:00,2026-12-01T10:20:00+01:00,yes,complaint\n"
                + "x,2026-12-01T11:00:00+01:00,,no,question\n"
                + "x,2026-12-01T11:00:00+01:00,2026-12-01T13:00:00+01:00,,\n");
        CliRun r = run("listen", "--import", csv.toString(), "--type", "inbox", "--at", "2026-12-02T09:00:00Z");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 of 3 inbox messages stored as tickets");
        JsonNode m = mentions();
        assertThat(m).hasSize(3);
        assertThat(m.findValuesAsText("source")).containsOnly("inbox");
        assertThat(m.get(0).get("status").asText()).isEqualTo("closed");
        assertThat(m.get(0).get("kind").asText()).isEqualTo("complaint");
        assertThat(m.get(0).get("first_response_at").asText()).isEqualTo("2026-12-01T09:20:00Z");
        assertThat(m.get(0).get("closed_at").asText()).isEqualTo("2026-12-01T09:20:00Z");
        assertThat(m.get(1).get("status").asText()).as("not replied").isEqualTo("new");
        assertThat(m.get(1).get("first_response_at").isNull()).isTrue();
        assertThat(m.get(2).get("status").asText()).as("same channel and second: another message")
                .isEqualTo("answered");
        assertThat(m.get(2).get("kind").asText()).isEqualTo("other");
        CliRun again = run("listen", "--import", csv.toString(), "--type", "inbox");
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("0 of 3 inbox messages stored as tickets (3 already stored");
        assertThat(mentions()).hasSize(3);
        // a longer export: the x question answered and resolved since, and a new message; what it says is stored
        Files.writeString(csv, "channel,received_at,replied_at,resolved,kind\n"
                + "instagram,2026-12-01T10:00:00+01:00,2026-12-01T10:20:00+01:00,yes,complaint\n"
                + "x,2026-12-01T11:00:00+01:00,2026-12-01T11:30:00+01:00,yes,question\n"
                + "x,2026-12-01T11:00:00+01:00,2026-12-01T13:00:00+01:00,,\n"
                + "facebook,2026-12-01T12:00:00+01:00,,,\n");
        CliRun longer = run("listen", "--import", csv.toString(), "--type", "inbox");
        assertThat(longer.exit()).as(longer.err()).isZero();
        JsonNode updated = mentions();
        assertThat(updated).hasSize(4);
        assertThat(updated.get(1).get("status").asText()).isEqualTo("closed");
        assertThat(updated.get(1).get("first_response_at").asText()).isEqualTo("2026-12-01T10:30:00Z");
        assertThat(updated.get(0).get("closed_at").asText()).as("unchanged").isEqualTo("2026-12-01T09:20:00Z");
        // a ticket a person reopened stays open when the same export is imported again
        String closedId = updated.get(0).get("id").asText();
        assertThat(run("mentions", "reopen", closedId, "--at", "2026-12-02T10:00:00Z").exit()).isZero();
        assertThat(run("listen", "--import", csv.toString(), "--type", "inbox").exit()).isZero();
        JsonNode reopened = JSON.readTree(run("mentions", "show", closedId, "--format", "json").out());
        assertThat(reopened.get("status").asText()).isEqualTo("answered");
        assertThat(reopened.get("history").findValuesAsText("action")).containsExactly("found", "answered", "closed",
                "reopened");
        Files.writeString(csv, "channel,received_at,replied_at\nx,2026-12-01T11:00:00+01:00,2026-12-01T10:00:00+01:00\n");
        CliRun bad = run("listen", "--import", csv.toString(), "--type", "inbox");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("inbox.csv:2").contains("replied_at is before received_at (an inbox import "
                + "stores nothing unless every row reads)").doesNotContain("--strict");
        assertThat(mentions()).as("nothing of a bad file is stored").hasSize(4);
    }

    @Test
    void aLongerInboxExportAfterAnAnswerRecordedByHandStillImports() throws IOException {
        // the export's earlier reply and its resolution were refused ("cannot be closed before the first answer"):
        // the whole import failed, every run, and new messages could never be stored
        project("""
                  sources:
                    - { id: saved, type: feed, file: listening/saved.xml }
                """);
        Path csv = dir.resolve("inbox.csv");
        Files.writeString(csv, "channel,received_at,replied_at,resolved,kind\n"
                + "tiktok,2026-12-10T18:30:00+01:00,,,question\n");
        assertThat(run("listen", "--import", csv.toString(), "--type", "inbox", "--at", "2026-12-15T12:00:00+01:00").exit())
                .isZero();
        String id = mentions().get(0).get("id").asText();
        assertThat(run("mentions", "answer", id, "--by-hand", "--at", "2026-12-10T19:00:00+01:00").exit()).isZero();
        Files.writeString(csv, "channel,received_at,replied_at,resolved,kind\n"
                + "tiktok,2026-12-10T18:30:00+01:00,2026-12-10T18:45:00+01:00,yes,question\n"
                + "x,2026-12-11T09:00:00+01:00,,,question\n");
        CliRun longer = run("listen", "--import", csv.toString(), "--type", "inbox", "--at", "2026-12-15T13:00:00+01:00");
        assertThat(longer.exit()).as(longer.err()).isZero();
        JsonNode m = mentions();
        assertThat(m).hasSize(2);
        assertThat(m.get(0).get("first_response_at").asText()).as("the earliest answer").isEqualTo("2026-12-10T17:45:00Z");
        assertThat(m.get(0).get("status").asText()).isEqualTo("closed");
    }

    @Test
    void aTypeWithoutAnImportIsRefusedNotIgnored() throws IOException {
        savedFeed();
        CliRun r = run("listen", "--type", "meltwater");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--type meltwater names the format of an --import file");
    }
}
