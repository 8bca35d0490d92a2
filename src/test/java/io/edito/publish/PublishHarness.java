package io.edito.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test harness run as its own JVM (by the concurrency tests and bench/kill-loop.sh): publishes a fixed set of
 * posts to the channels of a JSON config through the real engine and ledger, printing one line per result.
 *
 * <pre>java -cp TEST_CLASSPATH io.edito.publish.PublishHarness LEDGER BASE_DIR CONFIG_JSON POSTS</pre>
 * CONFIG_JSON is {@code {"channel": {publish block}, ...}}; secrets come from the environment. Every third post
 * carries a two-item thread, so a kill can land between the items of a thread.
 */
public final class PublishHarness {
    private PublishHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path ledgerFile = Path.of(args[0]);
        Path base = Path.of(args[1]);
        Map<String, Map<String, Object>> config = Payloads.JSON.readValue(Path.of(args[2]).toFile(),
                new TypeReference<>() {
                });
        int posts = Integer.parseInt(args[3]);
        PublishContext ctx = PublishContext.of(base, System.getenv());
        List<PublishTarget> targets = new ArrayList<>();
        config.forEach((ch, s) -> targets.add(new PublishTarget(ch, s)));
        try (Ledger ledger = Ledger.open(ledgerFile)) {
            PublishRun run = new PublishRun(ledger, Publishers.createAll(targets, ctx), ctx,
                    PublishRun.Options.DEFAULT);
            for (PublishResult r : run.run(requests(config.keySet(), posts))) {
                System.out.println(r.status().id() + " " + r.pairName() + " #" + r.ledgerId()
                        + (r.detail() == null ? "" : " " + r.detail()));
            }
        }
    }

    static List<PublishRequest> requests(java.util.Collection<String> channels, int posts) {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 9, 9, 0, 0, 0, ZoneOffset.ofHours(1));
        List<PublishRequest> out = new ArrayList<>();
        for (int i = 1; i <= posts; i++) {
            for (String ch : channels) {
                String id = String.format("post-%03d", i);
                List<String> thread = i % 3 == 0 ? List.of("Thread reply to " + id + " on " + ch) : List.of();
                out.add(new PublishRequest(id, ch, null, "Post " + id + " on " + ch, thread, null, List.of(), null,
                        "kill-loop", "en", at.plusMinutes(i), null, null));
            }
        }
        return out;
    }
}
