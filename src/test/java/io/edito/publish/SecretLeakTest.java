package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.TestSupport.MutableClock;
import io.edito.publish.TestSupport.RecordingSleeper;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.fake.FakeServer;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recognisable secrets, a hostile server that echoes every header it receives in its error bodies, and a
 * command that prints its environment: the secrets must appear nowhere edito writes or says.
 */
class SecretLeakTest {
    static final String TOKEN = "SECRET-MASTODON-7f3a9c1e";
    static final String PASSWORD = "SECRET-BSKY-PASSWORD-5d2b8e";
    static final String HOOK = "SECRET-WEBHOOK-HMAC-0a4c6f";
    @TempDir
    Path dir;

    /** Answers 400 or 500 with the request's headers and body in the error message. */
    static final class EchoServer extends FakeServer {
        boolean sessionGiven;

        @Override
        protected Object state() {
            return Map.of();
        }

        @Override
        protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> h,
                byte[] body) throws IOException {
            String echo = "you sent " + new java.util.TreeMap<>(h) + " and " + new String(body, StandardCharsets.UTF_8);
            if (path.contains("createSession") && !sessionGiven) {
                sessionGiven = true;
                return Reply.json(200, Map.of("accessJwt", "SECRET-JWT-from-server-91ab", "did", "did:plc:x",
                        "handle", "atlas.example"));
            }
            return Reply.json(path.contains("statuses") ? 500 : 400, Map.of("error", echo));
        }
    }

    @Test
    void secretsAppearInNoOutputLedgerOutboxOrMessage() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-09T08:31:00Z"));
        Map<String, String> env = Map.of("EDITO_MASTODON_TOKEN", TOKEN, "EDITO_BSKY_PASSWORD", PASSWORD,
                "EDITO_WEBHOOK_SECRET", HOOK);
        PublishContext ctx = TestSupport.context(dir, env, clock, new RecordingSleeper(clock));
        List<String> said = new ArrayList<>();
        Path script = dir.resolve("leaky.sh");
        Files.writeString(script, "#!/bin/sh\nenv >&2\necho \"token was $EDITO_MASTODON_TOKEN\" >&2\nexit 1\n");
        script.toFile().setExecutable(true);
        try (EchoServer server = new EchoServer(); Ledger ledger = Ledger.open(dir.resolve(".edito/ledger.db"))) {
            Map<String, Publisher> pubs = Publishers.createAll(List.of(
                    new PublishTarget("mastodon", Map.of("type", "mastodon", "instance", server.baseUrl(), "token_env",
                            "EDITO_MASTODON_TOKEN", "retries", 1)),
                    new PublishTarget("bluesky", Map.of("type", "bluesky", "service", server.baseUrl(), "identifier",
                            "atlas.example", "password_env", "EDITO_BSKY_PASSWORD")),
                    new PublishTarget("x", Map.of("type", "webhook", "url", server.baseUrl() + "/hook", "secret_env",
                            "EDITO_WEBHOOK_SECRET")),
                    new PublishTarget("instagram", Map.of("type", "outbox", "dir", "outbox")),
                    new PublishTarget("linkedin", Map.of("type", "command", "run", List.of(script.toString())))), ctx);
            PublishRun run = new PublishRun(ledger, pubs, ctx, null);
            List<PublishRequest> reqs = Stream.of("mastodon", "bluesky", "x", "instagram", "linkedin")
                    .map(ch -> TestSupport.post("p1", ch, "hello from " + ch)).toList();
            List<PublishResult> results = run.run(reqs);
            assertThat(results).extracting(PublishResult::status).containsExactly(PublishStatus.FAILED,
                    PublishStatus.FAILED, PublishStatus.FAILED, PublishStatus.SENT, PublishStatus.FAILED);
            // the servers did receive the secrets where they belong (so the test is not vacuous)
            assertThat(String.join(" ", server.headersSeen())).contains(TOKEN).contains("SECRET-JWT-from-server-91ab");
            assertThat(results.get(0).detail()).contains("[redacted]");

            StringWriter text = new StringWriter();
            PublishTextRenderer.render(results, 0, true, new PrintWriter(text));
            StringWriter json = new StringWriter();
            PublishJsonRenderer.render(results, new PrintWriter(json));
            said.add(text.toString());
            said.add(json.toString());
            for (LedgerEntry e : ledger.list()) {
                StringWriter show = new StringWriter();
                LedgerRenderers.showText(e, ledger.events(e.id()), new PrintWriter(show));
                said.add(show.toString());
            }
            said.add(LedgerRenderers.csv(ledger.list()));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(script)).toList()) {
                said.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(said).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(TOKEN).doesNotContain(PASSWORD)
                .doesNotContain(HOOK).doesNotContain("SECRET-JWT-from-server-91ab"));
    }
}
