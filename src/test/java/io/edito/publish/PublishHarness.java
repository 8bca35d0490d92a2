package io.edito.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.ledger.Ledger;
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
 * <pre>java -cp TEST_CLASSPATH io.edito.publish.PublishHarness LEDGER BASE_DIR CONFIG_JSON POSTS [ROUNDS]</pre>
 * ROUNDS ({@code A-B}, default {@code 0-0}) publishes POSTS posts for each round from A to B.
 * CONFIG_JSON is {@code {"channel": {publish block}, ...}}; secrets come from the environment. Every third post
 * carries a two-item thread (on facebook, linkedin and ig: a first comment), so a kill can land between the items
 * of a thread; the {@code ig} channel's posts carry {@link #MEDIA} and the {@code tiktok} channel's {@link #VIDEO},
 * written into BASE_DIR.
 */
public final class PublishHarness {
    private PublishHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[1]);
        Map<String, Map<String, Object>> config = Payloads.JSON.readValue(Path.of(args[2]).toFile(),
                new TypeReference<>() {
                });
        int posts = Integer.parseInt(args[3]);
        String[] rounds = (args.length > 4 ? args[4] : "0-0").split("-");
        int from = Integer.parseInt(rounds[0]);
        int to = Integer.parseInt(rounds[1]);
        writeMedia(base);
        PublishContext ctx = PublishContext.of(base, System.getenv());
        if (config.containsKey("tiktok")) {
            writeVideo(base);
        }
        List<PublishTarget> targets = new ArrayList<>();
        config.forEach((ch, s) -> targets.add(new PublishTarget(ch, s)));
        try (Ledger ledger = TestLedgers.open(args[0])) {
            PublishRun run = new PublishRun(ledger, Publishers.createAll(targets, ctx), ctx,
                    PublishRun.Options.DEFAULT);
            List<PublishRequest> requests = new ArrayList<>();
            for (int round = from; round <= to; round++) {
                requests.addAll(requests(config.keySet(), posts, round));
            }
            for (PublishResult r : run.run(requests)) {
                System.out.println(r.status().id() + " " + r.pairName() + " #" + r.ledgerId()
                        + (r.detail() == null ? "" : " " + r.detail()));
            }
        }
    }

    /** The video of the TikTok posts, relative to the base folder. */
    static final String VIDEO = "media/kill-loop.mp4";

    /** A 1 MB stand-in video (the fake checks sizes and ranges, not frames), written once. */
    static void writeVideo(Path base) throws java.io.IOException {
        Path v = base.resolve(VIDEO);
        if (java.nio.file.Files.exists(v)) {
            return;
        }
        java.nio.file.Files.createDirectories(v.getParent());
        byte[] bytes = new byte[1024 * 1024];
        new java.util.Random(7).nextBytes(bytes);
        Path tmp = v.resolveSibling("kill-loop.mp4.tmp" + ProcessHandle.current().pid());
        java.nio.file.Files.write(tmp, bytes);
        java.nio.file.Files.move(tmp, v, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The image of the {@code ig} channel's posts, relative to the base directory and to the media host's root. */
    static final String MEDIA = "media/kill-loop.jpg";

    /** Its bytes: a JPEG's start and end markers around a text (the stand-ins check the markers, not the pixels). */
    static byte[] mediaBytes() {
        byte[] text = "edito kill loop".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] b = new byte[text.length + 4];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        System.arraycopy(text, 0, b, 2, text.length);
        b[b.length - 2] = (byte) 0xFF;
        b[b.length - 1] = (byte) 0xD9;
        return b;
    }

    /** Writes the image into {@code base} (atomically) unless it is there. */
    static void writeMedia(Path base) throws java.io.IOException {
        Path f = base.resolve(MEDIA);
        if (java.nio.file.Files.isRegularFile(f)) {
            return;
        }
        java.nio.file.Files.createDirectories(f.getParent());
        Path tmp = java.nio.file.Files.createTempFile(f.getParent(), "kill-loop", ".tmp");
        java.nio.file.Files.write(tmp, mediaBytes());
        java.nio.file.Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static List<PublishRequest> requests(java.util.Collection<String> channels, int posts) {
        return requests(channels, posts, 0);
    }

    /** Round 0 ids are {@code post-001...}; round r > 0 ids are {@code r<r>-post-001...}. */
    static List<PublishRequest> requests(java.util.Collection<String> channels, int posts, int round) {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 9, 9, 0, 0, 0, ZoneOffset.ofHours(1));
        List<PublishRequest> out = new ArrayList<>();
        for (int i = 1; i <= posts; i++) {
            for (String ch : channels) {
                String id = (round == 0 ? "" : "r" + round + "-") + String.format("post-%03d", i);
                String follow = i % 3 == 0 ? "Thread reply to " + id + " on " + ch : null;
                // a Facebook, LinkedIn or Instagram post has no thread: its follow-up is the first comment (item 1
                // all the same); a TikTok post is a video, with neither
                boolean comment = ch.equals("facebook") || ch.equals("linkedin") || ch.equals("ig");
                boolean tiktok = ch.equals("tiktok");
                List<String> thread = follow != null && !comment && !tiktok ? List.of(follow) : List.of();
                // Instagram has no text-only post: an image, which its stand-in fetches from the media host
                List<PublishRequest.Media> media = tiktok ? List.of(new PublishRequest.Media(Path.of(VIDEO), null,
                        null)) : ch.equals("ig") ? List.of(new PublishRequest.Media(Path.of(MEDIA),
                        "The kill loop's image", "image/jpeg", MEDIA, null, null)) : List.of();
                out.add(new PublishRequest(id, ch, null, "Post " + id + " on " + ch, thread, comment ? follow : null,
                        media, null, "kill-loop", "en", at.plusMinutes(i), null, null));
            }
        }
        return out;
    }
}
