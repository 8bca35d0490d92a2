package io.edito.publish;

import io.edito.publish.api.Payloads;
import io.edito.publish.fake.FakeBluesky;
import io.edito.publish.fake.FakeGraph;
import io.edito.publish.fake.FakeLinkedIn;
import io.edito.publish.fake.FakeMastodon;
import io.edito.publish.fake.FakeTikTok;
import io.edito.publish.fake.FakeWebhook;
import io.edito.publish.linkedin.LinkedInPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the fake Mastodon, Bluesky, Graph (Facebook Page), TikTok, LinkedIn and webhook servers on 127.0.0.1 and writes a harness config (publish
 * blocks pointing at them) to the given file; serves until its standard input closes or it is killed.
 * Secrets: EDITO_MASTODON_TOKEN, EDITO_BSKY_PASSWORD, EDITO_WEBHOOK_SECRET, EDITO_FB_PAGE_TOKEN, EDITO_TIKTOK_TOKEN,
 * EDITO_LINKEDIN_TOKEN from the environment.
 */
public final class FakeNetworksMain {
    static final String PAGE = "100000000000000";
    static final String ORG = "urn:li:organization:2414183";

    private FakeNetworksMain() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        Path outbox = Path.of(args[1]);
        try (FakeMastodon m = new FakeMastodon(System.getenv("EDITO_MASTODON_TOKEN"));
                FakeBluesky b = new FakeBluesky("atlas.example", System.getenv("EDITO_BSKY_PASSWORD"));
                FakeWebhook w = new FakeWebhook(System.getenv("EDITO_WEBHOOK_SECRET"));
                FakeGraph g = new FakeGraph(PAGE, System.getenv().getOrDefault("EDITO_FB_PAGE_TOKEN", "unset"));
                FakeTikTok t = new FakeTikTok(System.getenv().getOrDefault("EDITO_TIKTOK_TOKEN", "unset"),
                        "https://cdn.example/");
                FakeLinkedIn li = new FakeLinkedIn(ORG, LinkedInPublisher.DEFAULT_VERSION,
                        System.getenv().getOrDefault("EDITO_LINKEDIN_TOKEN", "unset"))) {
            m.mediaProcessingPolls = 0;
            Map<String, Object> cfg = new LinkedHashMap<>();
            cfg.put("mastodon", Map.of("type", "mastodon", "instance", m.baseUrl(), "token_env",
                    "EDITO_MASTODON_TOKEN", "timeout", "5s"));
            cfg.put("bluesky", Map.of("type", "bluesky", "service", b.baseUrl(), "identifier", "atlas.example",
                    "password_env", "EDITO_BSKY_PASSWORD", "timeout", "5s"));
            cfg.put("x", Map.of("type", "webhook", "url", w.baseUrl() + "/edito", "secret_env",
                    "EDITO_WEBHOOK_SECRET", "timeout", "5s"));
            cfg.put("facebook", Map.of("type", "facebook", "page_id", PAGE, "api_base", g.apiBase(), "token_env",
                    "EDITO_FB_PAGE_TOKEN", "timeout", "5s"));
            cfg.put("tiktok", Map.of("type", "tiktok", "api_base", t.baseUrl(), "token_env", "EDITO_TIKTOK_TOKEN",
                    "privacy", "SELF_ONLY", "timeout", "5s"));
            cfg.put("linkedin", Map.of("type", "linkedin", "author", ORG, "api_base", li.apiBase(), "token_env",
                    "EDITO_LINKEDIN_TOKEN", "timeout", "5s"));
            cfg.put("instagram", Map.of("type", "outbox", "dir", outbox.toAbsolutePath().toString()));
            Path tmp = config.resolveSibling(config.getFileName() + ".tmp");
            Files.writeString(tmp, Payloads.JSON.writeValueAsString(cfg));
            Files.move(tmp, config, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until stdin closes
            }
        }
    }
}
