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

    @BeforeEach
    void project() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"id\":\"42\",\"url\":\"https://example.invalid/42\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, ok.length);
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
                  instagram: { handle: "atlas.air", publish: { type: outbox, dir: outbox/ } }
                  facebook: { handle: "AtlasAir", publish: { type: webhook, url: "http://127.0.0.1:%d/hook", secret_env: EDITO_TEST_UNSET_SECRET } }
                  x: { handle: "@atlasair", publish: { type: outbox, dir: outbox-x/ } }
                """.formatted(server.getAddress().getPort()));
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary: { forbidden: [ { term: \"pas cher\" } ] }\n");
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                defaults: { status: approved }
                posts:
                  - id: now
                    at: 2026-12-01 18:30
                    channels: [instagram, x]
                    text: "**Soldes** d'hiver ✈️ https://atlas.example/soldes"
                  - id: late
                    at: 2026-12-01 08:00
                    channels: [instagram]
                    text: "Bonjour"
                  - id: bad
                    at: 2026-12-01 18:00
                    channels: [instagram]
                    text: "Un vol pas cher"
                  - id: later
                    at: 2026-12-02 18:00
                    channels: [instagram]
                    text: "Demain"
                  - id: draft
                    status: draft
                    at: 2026-12-01 18:00
                    channels: [instagram]
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
        assertThat(r.out()).contains("due     2026-12-01T18:30:00+01:00  now @ instagram", "now @ x", "bad @ instagram",
                "missed  2026-12-01T08:00:00+01:00  late @ instagram").doesNotContain("later").doesNotContain("draft");
        CliRun window = CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--window", "24h",
                "--format", "json");
        assertThat(window.out()).contains("\"post\" : \"later\"");
    }

    @Test
    void publishesEachPairOnceHoldsBackBadPostsAndNeverPostsLate() throws IOException {
        CliRun first = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("sent", "now@instagram", "now@x");
        assertThat(first.err()).contains("held back bad @ instagram: 1 error [vocabulary.forbidden]")
                .contains("missed late @ instagram");
        Path outbox = dir.resolve("outbox/now--instagram.json");
        assertThat(Files.readString(outbox)).contains("Soldes d'hiver ✈️ https://atlas.example/soldes")
                .doesNotContain("**");
        CliRun second = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:40:00+01:00");
        assertThat(second.out()).doesNotContain("sent ");
        assertThat(second.err()).as("a missed pair is reported once, not on every cron run")
                .doesNotContain("missed late");
        assertThat(CliRun.of("due", dir.toString(), "--at", "2026-12-01T18:40:00+01:00").out())
                .contains("missed  2026-12-01T08:00:00+01:00  late @ instagram");
        try (var files = Files.list(dir.resolve("outbox"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(1);
        }
        CliRun ledger = CliRun.of("ledger", "--ledger", dir.resolve(".edito/ledger.db").toString(), "--format", "json");
        assertThat(ledger.exit()).isZero();
        assertThat(ledger.out()).contains("\"now\"").doesNotContain("\"late\"").doesNotContain("\"bad\"");
        CliRun missed = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:40:00+01:00", "--include-missed",
                "--post", "late");
        assertThat(missed.exit()).isZero();
        assertThat(Files.exists(dir.resolve("outbox/late--instagram.json"))).isTrue();
    }

    @Test
    void aMissedPairMovedToAnotherTimeIsReportedAgainAndDryRunsRecordNothing() throws IOException {
        CliRun dry = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00", "--dry-run");
        assertThat(dry.err()).contains("missed late @ instagram");
        CliRun first = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
        assertThat(first.err()).contains("missed late @ instagram").contains("reported once");
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:50:00+01:00").err())
                .doesNotContain("missed late");
        Path calendar = dir.resolve("calendar/c.yaml");
        Files.writeString(calendar, Files.readString(calendar).replace("2026-12-01 08:00", "2026-12-01 09:00"));
        assertThat(CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:55:00+01:00").err())
                .contains("missed late @ instagram (due 2026-12-01T09:00:00+01:00");
    }

    @Test
    void quietWhenNothingIsDue() {
        CliRun r = CliRun.of("publish", dir.toString(), "--at", "2026-11-30T12:00:00+01:00");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
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
        assertThat(Files.exists(dir.resolve("outbox/now--instagram.json"))).isFalse();
    }
}
