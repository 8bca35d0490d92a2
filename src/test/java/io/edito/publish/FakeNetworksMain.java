package io.edito.publish;

import io.edito.publish.api.Payloads;
import io.edito.publish.fake.FakeBluesky;
import io.edito.publish.fake.FakeGraph;
import io.edito.publish.fake.FakeLinkedIn;
import io.edito.publish.fake.FakeInstagram;
import io.edito.publish.fake.FakeSite;
import io.edito.publish.fake.FakeThreads;
import io.edito.publish.fake.FakeMastodon;
import io.edito.publish.fake.FakeTikTok;
import io.edito.publish.fake.FakeWebhook;
import io.edito.publish.linkedin.LinkedInPublisher;
import io.edito.publish.fake.FakeX;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the fake Mastodon, Bluesky, Graph (Facebook Page), Instagram, Threads, media host, TikTok, LinkedIn, X and webhook servers on 127.0.0.1 and writes a harness config (publish
 * blocks pointing at them) to the given file; serves until its standard input closes or it is killed.
 * Secrets: EDITO_MASTODON_TOKEN, EDITO_BSKY_PASSWORD, EDITO_WEBHOOK_SECRET, EDITO_FB_PAGE_TOKEN, EDITO_IG_TOKEN, EDITO_THREADS_TOKEN, EDITO_TIKTOK_TOKEN,
 * EDITO_LINKEDIN_TOKEN and the X OAuth 1.0a keys EDITO_X_CK, EDITO_X_CS, EDITO_X_AT, EDITO_X_AS from the
 * environment (channel {@code x-native}; the channel {@code x} is a webhook).
 */
public final class FakeNetworksMain {
    static final String PAGE = "100000000000000";
    static final String IG = "17841400000000000";
    static final String THREADS = "27000000000000000";
    static final String ORG = "urn:li:organization:2414183";

    private FakeNetworksMain() {
    }

    private static String env(String name) {
        return System.getenv().getOrDefault(name, "unset");
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
                        System.getenv().getOrDefault("EDITO_LINKEDIN_TOKEN", "unset"));
                FakeX x = new FakeX(env("EDITO_X_CK"), env("EDITO_X_CS"), env("EDITO_X_AT"), env("EDITO_X_AS"));
                FakeInstagram ig = new FakeInstagram(IG, System.getenv().getOrDefault("EDITO_IG_TOKEN", "unset"));
                FakeThreads th = new FakeThreads(THREADS, System.getenv().getOrDefault("EDITO_THREADS_TOKEN", "unset"));
                FakeSite cdn = new FakeSite()) {
            x.processingPolls = 0;
            m.mediaProcessingPolls = 0;
            ig.quotaTotal = 0; // a loop publishes more than a day's quota; the quota has its own tests
            th.quotaTotal = 0;
            cdn.page("/" + PublishHarness.MEDIA, "image/jpeg", PublishHarness.mediaBytes());
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
            Map<String, Object> xs = new LinkedHashMap<>();
            xs.put("type", "x");
            xs.put("api_base", x.baseUrl());
            xs.put("consumer_key_env", "EDITO_X_CK");
            xs.put("consumer_secret_env", "EDITO_X_CS");
            xs.put("access_token_env", "EDITO_X_AT");
            xs.put("access_secret_env", "EDITO_X_AS");
            xs.put("timeout", "5s");
            cfg.put("x-native", xs);
            cfg.put("ig", Map.of("type", "instagram", "account_id", IG, "api_base", ig.apiBase(), "token_env",
                    "EDITO_IG_TOKEN", "media_url", cdn.url("/{path}"), "timeout", "5s"));
            cfg.put("threads", Map.of("type", "threads", "api_base", th.apiBase(), "token_env", "EDITO_THREADS_TOKEN",
                    "timeout", "5s"));
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
