package io.edito.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.edito.cli.CliRun;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edito due / publish end to end: an outbox channel and a command channel, the ledger, catch-up, hold-back. */
class DuePublishCliTest {
    @TempDir
    Path dir;
    HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void project() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"id\":\"42\",\"url\":\"https://example.invalid/42\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status.get(), ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        server.start();
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                charter: charter.yaml
                publishing: { ledger: .edito/ledger.db, catch_up: 6h }
                channels:
                  threads: { handle: "atlas.air", publish: { type: outbox, dir: outbox/ } }
                  facebook: { handle: "AtlasAir", publish: { type: webhook, url: "http://127.0.0.1:%d/hook", secret_env: EDITO_TEST_UNSET_SECRET } }
                  x: { handle: "@atlasair", publish: { type: outbox, dir: outbox-x/ } }
                  linkedin: { handle: "atlas-air", publish: { type: webhook, url: "http://127.0.0.1:%d/hook", retries: 0 } }
                """.formatted(server.getAddress().getPort(), server.getAddress().getPort()));
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary: { forbidden: [ { term: \"pas cher\" } ] }\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                defaults: { status: approved }
                posts:
                  - id: now
                    at: 2026-12-01 18:30
                    channels: [threads, x]
                    text: "**Soldes** d'hiver ✈️ https://atlas.example/soldes"
                  - id: late
                    at: 2026-12-01 08:00
                    channels: [threads]
                    text: "Bonjour"
                  - id: bad
                    at: 2026-12-01 18:00
                    channels: [threads]
                    text: "Un vol pas cher"
                  - id: later
                    at: 2026-12-02 18:00
                    channels: [threads]
                    text: "Demain"
                  - id: draft
                    status: draft
                    at: 2026-12-01 18:00
                    channels: [threads]
                    text: "Brouillon"
                """);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void dueListsDueAndMissedPairs() {
        CliRun r = CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("due       2026-12-01T18:30:00+01:00  now @ threads", "now @ x", "bad @ threads",
                "missed    2026-12-01T08:00:00+01:00  late @ threads").doesNotContain("later").doesNotContain("draft");
        // what publish holds back is not listed as due (it was, on every run, while publish held it back)
        assertThat(r.out()).contains("held-back 2026-12-01T18:00:00+01:00  bad @ threads  (publish holds it back: 1 error "
                + "[vocabulary.forbidden] (run edito check))");
        CliRun window = CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--window", "24h",
                "--format", "json");
        assertThat(window.out()).contains("\"post\" : \"later\"");
        // a pair still to come is upcoming, not due: publish does not send it now
        assertThat(window.out()).containsPattern("\"post\" : \"later\",\\s*\"channel\" : \"\\w+\",\\s*\"at\" : \"[^\"]+\",\\s*"
                + "\"state\" : \"upcoming\"");
        assertThat(window.out()).contains("\"state\" : \"held-back\"", "\"held_back\" : \"1 error [vocabulary.forbidden] (run edito check)\"");
        assertThat(CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--window", "24h").out())
                .containsPattern("upcoming  2026-12-0\\dT\\d\\d:\\d\\d:00\\+01:00  later @ ");
        // a pair still to come that publish would hold back says so, to be fixed before its time (it read as fine)
        CliRun before = CliRun.of("due", dir.toString(), "--at", "2026-12-01T17:00:00+01:00", "--window", "2h");
        assertThat(before.out()).contains("upcoming  2026-12-01T18:00:00+01:00  bad @ threads  (publish would hold it "
                + "back if it were due now: 1 error [vocabulary.forbidden] (run edito check))");
        assertThat(before.out()).containsPattern("upcoming  2026-12-01T18:30:00\\+01:00  now @ threads\\R");
        CliRun beforeJson = CliRun.of("due", dir.toString(), "--at", "2026-12-01T17:00:00+01:00", "--window", "2h",
                "--format", "json");
        assertThat(beforeJson.out()).containsPattern("\"post\" : \"bad\",\\s*\"channel\" : \"threads\",\\s*\"at\" : "
                + "\"[^\"]+\",\\s*\"state\" : \"upcoming\",\\s*\"held_back\" : \"1 error \\[vocabulary.forbidden\\]");
    }

    @Test
    void publishesEachPairOnceHoldsBackBadPostsAndNeverPostsLate() throws IOException {
        CliRun first = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("sent", "now@threads", "now@x");
        // the summary counts the pair held back: stdout alone said "2 sent" with exit 1
        assertThat(first.out()).containsPattern("(?m)^2 sent, 1 held-back \\(above, on stderr\\)$");
        assertThat(first.err()).contains("held back bad @ threads: 1 error [vocabulary.forbidden]")
                .contains("missed late @ threads");
        Path outbox = dir.resolve("outbox/now--threads.json");
        assertThat(Files.readString(outbox)).contains("Soldes d'hiver ✈️ https://atlas.example/soldes")
                .doesNotContain("**");
        CliRun second = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:40:00+01:00");
        assertThat(second.out()).doesNotContain("sent ");
        assertThat(second.err()).as("a missed pair is reported once, not on every cron run")
                .doesNotContain("missed late");
        assertThat(CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:40:00+01:00").out())
                .contains("missed    2026-12-01T08:00:00+01:00  late @ threads");
        try (var files = Files.list(dir.resolve("outbox"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(1);
        }
        CliRun ledger = CliRun.of("ledger", "--ledger", dir.resolve(".edito/ledger.db").toString(), "--format", "json");
        assertThat(ledger.exit()).isZero();
        assertThat(ledger.out()).contains("\"now\"").doesNotContain("\"late\"").doesNotContain("\"bad\"");
        CliRun missed = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:40:00+01:00", "--include-missed",
                "--post", "late");
        assertThat(missed.exit()).isZero();
        assertThat(Files.exists(dir.resolve("outbox/late--threads.json"))).isTrue();
    }

    @Test
    void aMissedPairMovedToAnotherTimeIsReportedAgainAndDryRunsRecordNothing() throws IOException {
        CliRun dry = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--dry-run");
        assertThat(dry.err()).contains("missed late @ threads").contains("(dry run: a real run reports it once)")
                .doesNotContain("(reported once)");
        CliRun first = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(first.err()).contains("missed late @ threads").contains("reported once");
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:50:00+01:00").err())
                .doesNotContain("missed late");
        Path calendar = dir.resolve("calendar/c.yaml");
        Files.writeString(calendar, Files.readString(calendar).replace("2026-12-01 08:00", "2026-12-01 09:00"));
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:55:00+01:00").err())
                .contains("missed late @ threads (due 2026-12-01T09:00:00+01:00");
    }

    @Test
    void aHeldBackPairIsToldOncePerContentNotOnEveryCronRun() throws IOException {
        CliRun first = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(first.err()).contains("held back bad @ threads: 1 error [vocabulary.forbidden]");
        CliRun second = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:40:00+01:00");
        assertThat(second.exit()).as("still held back: exit 1").isEqualTo(1);
        assertThat(second.err()).doesNotContain("held back");
        CliRun dry = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:40:00+01:00", "--dry-run");
        assertThat(dry.err()).contains("held back bad @ threads", "dry run");
        // an edit that keeps the post held back is news: told again, once
        Path cal = dir.resolve("calendar/c.yaml");
        Files.writeString(cal, Files.readString(cal).replace("Un vol pas cher", "Un vol vraiment pas cher"));
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:45:00+01:00").err())
                .contains("held back bad @ threads");
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:50:00+01:00").err())
                .doesNotContain("held back");
    }

    @Test
    void dueStillListsWhenACharterCannotBeRead() throws IOException {
        // due runs the charter's checks to say what publish would hold back: a charter edito cannot read stopped it
        Files.writeString(dir.resolve("charter.yaml"), "limits:\n  instagram: { maxmedia: 3 }\n");
        CliRun r = CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("due       2026-12-01T18:30:00+01:00  now @ threads");
        assertThat(r.err()).contains("edito: warning: what publish would hold back is not known:").contains("maxmedia");
    }

    @Test
    void aNamedPostThatCannotGoOutIsToldWhy() {
        // a draft, or a channel the post does not have, exited 0 in silence, as if it had been published
        CliRun draft = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "draft");
        assertThat(draft.exit()).isZero();
        assertThat(draft.err()).contains("edito: --post draft: nothing to publish: its status is draft: only approved or "
                + "scheduled posts go out");
        CliRun channel = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "late",
                "--channel", "x");
        assertThat(channel.err()).contains("edito: --post late: nothing to publish: none of its channels [threads] is "
                + "among --channel x");
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "now").err())
                .doesNotContain("nothing to publish");
    }

    @Test
    void aPostsVisibilityIsSentAndAnUnknownOneIsAnErrorAtItsPosition() throws IOException {
        Path cal = dir.resolve("calendar/c.yaml");
        Files.writeString(cal, Files.readString(cal).replace("    channels: [threads, x]\n",
                "    channels: [threads, x]\n    visibility: unlisted\n"));
        // Threads and X have no visibility: every post there is public, so the post is held back, not sent to all
        CliRun held = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "now");
        assertThat(held.exit()).isEqualTo(1);
        assertThat(held.err()).contains("held back now @ threads: 1 error [audience.visibility]");
        assertThat(dir.resolve("outbox/now--threads.json")).doesNotExist();
        // on Mastodon it goes out with the post (the payload of an outbox carries it)
        Path config = dir.resolve("edito.yaml");
        Files.writeString(config, Files.readString(config).replace("channels:\n", "channels:\n"
                + "  mastodon: { handle: \"@atlas@mastodon.example\", publish: { type: outbox, dir: outbox-m/ } }\n"));
        Files.writeString(cal, Files.readString(cal).replace("    channels: [threads, x]\n", "    channels: [mastodon]\n"));
        CliRun sent = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "now");
        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(Files.readString(dir.resolve("outbox-m/now--mastodon.json"))).contains("\"visibility\" : \"unlisted\"");
        Files.writeString(cal, Files.readString(cal).replace("visibility: unlisted", "visibility: unlsted"));
        CliRun bad = CliRun.of("validate", dir.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out() + bad.err()).contains("c.yaml:6:17: error: unknown visibility 'unlsted'",
                "did you mean 'unlisted'").doesNotContain("Exception");
    }

    @Test
    void quietWhenNothingIsDue() {
        CliRun r = CliRun.of("publish", dir.toString(), "--at", "2026-11-30T12:00:00+01:00");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        // a person trying it (due, a dry run) is told it ran: one line on stderr, none with --quiet
        CliRun dry = CliRun.of("publish", dir.toString(), "--at", "2026-11-30T12:00:00+01:00", "--dry-run");
        assertThat(dry.out()).isEmpty();
        // in the brand's zone, as the calendar and --at write times
        assertThat(dry.err()).isEqualTo("edito: nothing due at 2026-11-30T12:00:00+01:00 (dry run: nothing would be sent)\n");
        CliRun due = CliRun.of("due", dir.toString(), "--at", "2026-11-30T12:00:00+01:00");
        assertThat(due.exit()).isZero();
        assertThat(due.out()).isEmpty();
        assertThat(due.err()).startsWith("edito: nothing due at 2026-11-30T12:00:00+01:00");
        assertThat(CliRun.of("--quiet", "due", dir.toString(), "--at", "2026-11-30T12:00:00+01:00").err()).isEmpty();
    }

    @Test
    void missingSecretIsAClearErrorWithoutSending() throws IOException {
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: fb
                    status: approved
                    at: 2026-12-01 18:30
                    channels: [facebook]
                    text: "Bonjour"
                """);
        CliRun r = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("EDITO_TEST_UNSET_SECRET");
        assertThat(bodies).isEmpty();
    }

    @Test
    void dryRunSendsNothing() {
        CliRun r = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--dry-run", "--post", "now");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("would-send");
        assertThat(Files.exists(dir.resolve("outbox/now--threads.json"))).isFalse();
    }

    @Test
    void aPostEditedAfterItWasPublishedIsToldOncePerContentAndNeverSentAgain() throws IOException {
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "now").exit())
                .isZero();
        Path calendar = dir.resolve("calendar/c.yaml");
        Files.writeString(calendar, Files.readString(calendar).replace("**Soldes** d'hiver", "**Soldes** d'hiver 2026"));

        CliRun dry = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:38:00+01:00", "--dry-run", "--post", "now");
        assertThat(dry.out()).contains("edited-after-publish now@threads  #1");
        CliRun told = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:40:00+01:00", "--post", "now");
        assertThat(told.exit()).as(told.err()).isZero();
        assertThat(told.out()).contains("edited-after-publish now@threads  #1", "edited-after-publish now@x  #2",
                "content changed after it was published as #1", "not published again", "2 edited-after-publish");
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:45:00+01:00").out())
                .as("told once per pair and content").doesNotContain("edited");
        assertThat(Files.readString(dir.resolve("outbox/now--threads.json"))).doesNotContain("2026 https");

        CliRun due = CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:45:00+01:00");
        assertThat(due.out()).contains("edited    2026-12-01T18:30:00+01:00  now @ threads  (published before this edit;"
                + " the edit is not sent)");
        assertThat(CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:45:00+01:00", "--format", "json").out())
                .contains("\"post\" : \"now\",\n    \"channel\" : \"threads\",\n    \"at\" : "
                        + "\"2026-12-01T18:30:00+01:00\",\n    \"state\" : \"edited\"");

        Files.writeString(calendar, Files.readString(calendar).replace("d'hiver 2026", "d'hiver 2026 !"));
        CliRun again = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:50:00+01:00", "--post", "now",
                "--format", "json");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).as("another edit is told again").contains("\"status\" : \"edited-after-publish\"");
        try (var files = Files.list(dir.resolve("outbox"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(1);
        }
    }

    @Test
    void aDryRunNeedsNoSecretsAndWarnsOncePerVariable() throws IOException {
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                defaults: { status: approved }
                posts:
                  - { id: fb1, at: 2026-12-01 18:30, channels: [facebook], text: "Bonjour" }
                  - { id: fb2, at: 2026-12-01 18:31, channels: [facebook], text: "Bonsoir" }
                """);
        CliRun dry = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("would-send", "fb1@facebook", "fb2@facebook");
        assertThat(dry.err().lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("edito: warning: ").contains("edito.yaml:", "channels.facebook.publish.secret_env",
                        "environment variable EDITO_TEST_UNSET_SECRET is not set", "a real run needs it"));
        assertThat(bodies).isEmpty();
        assertThat(dir.resolve(".edito/ledger.db")).doesNotExist();
    }

    /** A calendar of one post on linkedin at 18:30, published at 18:35 while the network answers 500. */
    private CliRun liFailsAt1835() throws IOException {
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - { id: li, status: approved, at: 2026-12-01 18:30, channels: [linkedin], text: "Bonjour" }
                """);
        status.set(500);
        return CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
    }

    @Test
    void aPairWaitingForItsRetryIsQuietAndItsRetryFollowsAt() throws IOException {
        CliRun failed = liFailsAt1835();
        assertThat(failed.exit()).isEqualTo(3);
        assertThat(failed.out()).contains("failed", "li@linkedin");
        CliRun ledger = CliRun.of("ledger", "show", "1", "--ledger", dir.resolve(".edito/ledger.db").toString(),
                "--format", "json");
        assertThat(ledger.out()).as("5 minutes after --at, not after the wall clock")
                .contains("\"next_retry\" : \"2026-12-01T17:40:");

        CliRun waiting = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:37:00+01:00");
        assertThat(waiting.exit()).isZero();
        assertThat(waiting.out()).as("told when it failed; not on every cron run").isEmpty();
        assertThat(waiting.err()).isEmpty();
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:37:00+01:00", "--format", "json").out())
                .contains("\"status\" : \"failed-earlier\"");
        assertThat(bodies).hasSize(1);

        status.set(200);
        CliRun retried = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:41:00+01:00");
        assertThat(retried.exit()).as(retried.err()).isZero();
        assertThat(retried.out()).contains("sent", "li@linkedin");
        assertThat(bodies).hasSize(2);
    }

    @Test
    void aFailedPairIsStillRetriedAndListedPastTheCatchUpLimit() throws IOException {
        // the catch-up limit (6h) is for pairs never tried: a pair the ledger knows is its to retry or report
        assertThat(liFailsAt1835().exit()).isEqualTo(3);
        CliRun due = CliRun.of("due", dir.toString(), "--at", "2026-12-02T02:00:00+01:00");
        assertThat(due.exit()).isZero();
        assertThat(due.out()).startsWith("failed    2026-12-01T18:30:00+01:00  li @ linkedin  (failed before: publish "
                + "retries it when its retry comes").doesNotContain("missed");
        assertThat(CliRun.of("due", dir.toString(), "--at", "2026-12-02T02:00:00+01:00", "--format", "json").out())
                .contains("\"state\" : \"failed\"");
        status.set(200);
        CliRun retried = CliRun.of("publish", dir.toString(), "--at", "2026-12-02T02:00:00+01:00");
        assertThat(retried.exit()).as(retried.err()).isZero();
        assertThat(retried.out()).contains("sent", "li@linkedin");
        assertThat(retried.err()).doesNotContain("missed");
        assertThat(bodies).hasSize(2);
        assertThat(CliRun.of("due", dir.toString(), "--at", "2026-12-02T02:05:00+01:00").out()).isEmpty();
    }

    @Test
    void aLedgerWithDamagedPagesGivesTheAdviceNotSqlitesError() throws IOException {
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "now").exit())
                .isZero();
        Path db = dir.resolve(".edito/ledger.db");
        byte[] bytes = Files.readAllBytes(db);
        java.util.Arrays.fill(bytes, 4096, bytes.length, (byte) 0); // every page but the first (the schema)
        Files.write(db, bytes);
        for (String command : List.of("due", "publish")) {
            CliRun r = CliRun.of(command, dir.toString(), "--at", "2026-12-01T18:40:00+01:00");
            assertThat(r.exit()).as(command).isEqualTo(3);
            assertThat(r.err()).as(command).startsWith("edito: ledger ").contains(".edito/ledger.db")
                    .contains("is damaged").contains("move it aside and restore it from a backup")
                    .doesNotContain("[SQLITE_CORRUPT]");
        }
    }

    @Test
    void aMistypedChannelOrPostIsAnErrorNotAQuietRunThatPublishesNothing() throws IOException {
        CliRun channel = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--channel", "thread");
        assertThat(channel.exit()).isEqualTo(2);
        assertThat(channel.err()).startsWith("edito: --channel: unknown channel 'thread' (did you mean 'threads'?)");
        CliRun post = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--post", "nwo");
        assertThat(post.exit()).isEqualTo(2);
        assertThat(post.err()).isEqualTo("edito: --post: no post 'nwo' in the calendar (did you mean 'now'?)"
                + System.lineSeparator());
        assertThat(Files.exists(dir.resolve("outbox"))).as("nothing sent").isFalse();
        assertThat(Files.exists(dir.resolve(".edito/ledger.db"))).as("no ledger opened").isFalse();
    }
}
