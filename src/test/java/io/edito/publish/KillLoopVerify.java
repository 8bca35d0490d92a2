package io.edito.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerState;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks after a kill loop: the ledger opens and passes SQLite's integrity check; webhook rows left
 * {@code unknown} (and Facebook, Instagram, Threads, LinkedIn and X rows whose probe found nothing) are settled the way a person would (looking at the
 * receiver's history or the Page, then
 * {@code ledger resolve}); with {@code --final} it then asserts that every expected pair is sent exactly once on
 * its network and recorded {@code sent} in the ledger. Exit 0 when all holds, 1 otherwise.
 *
 * <pre>KillLoopVerify LEDGER CONFIG_JSON POSTS OUTBOX_DIR --check|--resolve|--final [ROUNDS]</pre>
 * {@code --check} only opens the ledger and runs the integrity check; ROUNDS ({@code A-B}) as for the harness.
 */
public final class KillLoopVerify {
    private KillLoopVerify() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Map<String, Object>> config = Payloads.JSON.readValue(Path.of(args[1]).toFile(),
                new TypeReference<>() {
                });
        int posts = Integer.parseInt(args[2]);
        Path outbox = Path.of(args[3]);
        String mode = args.length > 4 ? args[4] : "--final";
        String[] rounds = (args.length > 5 ? args[5] : "0-0").split("-");
        List<String> problems = new ArrayList<>();
        JsonNode hook = mode.equals("--check") ? null
                : state(config.get("x").get("url").toString().replace("/edito", ""));
        try (Ledger ledger = TestLedgers.open(args[0])) {
            String integrity = ledger.integrityCheck();
            if (!integrity.equals("ok")) {
                problems.add("integrity_check: " + integrity);
            }
            if (mode.equals("--resolve")) {
                for (LedgerEntry e : ledger.list()) {
                    if (e.state() == LedgerState.UNKNOWN && e.channel().equals("facebook")) {
                        // the probe found no post with this text on the Page: a person looks at the Page too
                        JsonNode graph = state(config.get("facebook").get("api_base").toString()
                                .replace("/v27.0", ""));
                        String text = "Post " + e.postId() + " on facebook"; // PublishHarness's text
                        boolean onPage = false;
                        for (JsonNode p : graph.path("posts")) {
                            onPage |= p.path("message").asText().equals(text);
                        }
                        ledger.resolve(e.id(), onPage ? LedgerState.SENT : LedgerState.FAILED,
                                "kill-loop: the Page's posts checked", Instant.now());
                        System.out.println("resolved #" + e.id() + " as " + (onPage ? "sent" : "failed"));
                    }
                    if (e.state() == LedgerState.UNKNOWN && e.channel().equals("linkedin")) {
                        // the probe could not settle it from the author's latest posts: a person looks at the Page
                        JsonNode li = state(config.get("linkedin").get("api_base").toString().replace("/rest", ""));
                        String text = "Post " + e.postId() + " on linkedin"; // PublishHarness's text
                        boolean onPage = false;
                        for (JsonNode p : li.path("posts")) {
                            onPage |= p.path("commentary").asText().equals(text);
                        }
                        ledger.resolve(e.id(), onPage ? LedgerState.SENT : LedgerState.FAILED,
                                "kill-loop: the Page's posts checked", Instant.now());
                        System.out.println("resolved #" + e.id() + " as " + (onPage ? "sent" : "failed"));
                    }
                    if (e.state() == LedgerState.UNKNOWN && e.channel().equals("x-native")) {
                        // the probe found no post with this text on the account: a person looks at it too
                        String text = "Post " + e.postId() + " on x-native"; // PublishHarness's text
                        boolean posted = false;
                        for (JsonNode t : state(config.get("x-native").get("api_base").toString()).path("tweets")) {
                            posted |= t.path("raw").asText().equals(text);
                        }
                        ledger.resolve(e.id(), posted ? LedgerState.SENT : LedgerState.FAILED,
                                "kill-loop: the account's posts checked", Instant.now());
                        System.out.println("resolved #" + e.id() + " as " + (posted ? "sent" : "failed"));
                    }
                    if (e.state() == LedgerState.UNKNOWN && (e.channel().equals("ig") || e.channel().equals("threads"))) {
                        // the probe could not read the account: a person looks at the profile
                        JsonNode st = state(stateBase(config, e.channel()));
                        String text = "Post " + e.postId() + " on " + e.channel();
                        boolean there = texts(st.path("media"), e.channel().equals("ig") ? "caption" : "text")
                                .contains(text);
                        ledger.resolve(e.id(), there ? LedgerState.SENT : LedgerState.FAILED,
                                "kill-loop: the profile's posts checked", Instant.now());
                        System.out.println("resolved #" + e.id() + " as " + (there ? "sent" : "failed"));
                    }
                    if (e.state() == LedgerState.UNKNOWN && e.channel().equals("x")) {
                        boolean delivered = false;
                        for (JsonNode d : hook.path("deliveries")) {
                            delivered |= d.path("key").asText().equals(e.deliveryKey());
                        }
                        ledger.resolve(e.id(), delivered ? LedgerState.SENT : LedgerState.FAILED,
                                "kill-loop: receiver history checked", Instant.now());
                        System.out.println("resolved #" + e.id() + " as " + (delivered ? "sent" : "failed"));
                    }
                }
            }
            if (mode.equals("--final")) {
                List<PublishRequest> expected = new ArrayList<>();
                for (int round = Integer.parseInt(rounds[0]); round <= Integer.parseInt(rounds[1]); round++) {
                    expected.addAll(PublishHarness.requests(config.keySet(), posts, round));
                }
                if (ledger.list().size() != expected.size()) {
                    problems.add("ledger: " + ledger.list().size() + " rows, expected " + expected.size());
                }
                for (PublishRequest r : expected) {
                    List<LedgerEntry> rows = ledger.forPair(r.postId(), r.channel());
                    if (rows.size() != 1 || rows.get(0).state() != LedgerState.SENT) {
                        problems.add("ledger: " + r.pairName() + " is " + rows.stream().map(e -> e.state().id())
                                .toList());
                    }
                }
                countOnce(problems, "mastodon", texts(state(config.get("mastodon").get("instance").toString())
                        .path("statuses"), "status"), expected, "mastodon");
                List<String> bsky = new ArrayList<>();
                JsonNode b = state(config.get("bluesky").get("service").toString());
                for (JsonNode rkey : b.path("creates")) {
                    bsky.add(b.path("records").path(rkey.asText()).path("text").asText());
                }
                countOnce(problems, "bluesky", bsky, expected, "bluesky");
                if (config.containsKey("facebook")) {
                    JsonNode g = state(config.get("facebook").get("api_base").toString().replace("/v27.0", ""));
                    List<String> fb = texts(g.path("posts"), "message");
                    fb.addAll(texts(g.path("comments"), "message"));
                    countOnce(problems, "facebook", fb, expected, "facebook");
                }
                if (config.containsKey("tiktok")) {
                    JsonNode t = state(config.get("tiktok").get("api_base").toString());
                    countOnce(problems, "tiktok", texts(t.path("posts"), "title"), expected, "tiktok");
                }
                if (config.containsKey("linkedin")) {
                    JsonNode li = state(config.get("linkedin").get("api_base").toString().replace("/rest", ""));
                    List<String> seen = texts(li.path("posts"), "commentary");
                    for (JsonNode c : li.path("comments")) {
                        seen.add(c.path("message").path("text").asText());
                    }
                    countOnce(problems, "linkedin", seen, expected, "linkedin");
                }
                if (config.containsKey("x-native")) {
                    countOnce(problems, "x", texts(state(config.get("x-native").get("api_base").toString())
                            .path("tweets"), "raw"), expected, "x-native");
                }
                if (config.containsKey("ig")) {
                    JsonNode st = state(stateBase(config, "ig"));
                    List<String> ig = texts(st.path("media"), "caption");
                    ig.addAll(texts(st.path("comments"), "text"));
                    countOnce(problems, "instagram", ig, expected, "ig");
                }
                if (config.containsKey("threads")) {
                    countOnce(problems, "threads", texts(state(stateBase(config, "threads")).path("media"), "text"),
                            expected, "threads");
                }
                List<String> hooks = new ArrayList<>();
                for (JsonNode d : hook.path("deliveries")) {
                    hooks.add(d.path("body").path("text").asText());
                }
                countOnce(problems, "webhook", hooks, expected, "x");
                try (var files = Files.list(outbox)) {
                    long n = files.filter(f -> f.toString().endsWith(".json")).count();
                    long want = expected.stream().filter(r -> r.channel().equals("instagram")).count();
                    if (n != want) {
                        problems.add("outbox: " + n + " files, expected " + want);
                    }
                }
            }
        }
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        System.out.println(problems.isEmpty() ? "verify: ok" : "verify: " + problems.size() + " problem(s)");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** The stand-in's root URL: its api_base without the version. */
    private static String stateBase(Map<String, Map<String, Object>> config, String channel) {
        return config.get(channel).get("api_base").toString().replaceFirst("/v[0-9.]+$", "");
    }

    private static List<String> texts(JsonNode arr, String field) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    /** Every item of every expected pair of {@code channel} appears exactly once among {@code seen}. */
    private static void countOnce(List<String> problems, String network, List<String> seen,
            List<PublishRequest> expected, String channel) {
        Map<String, Integer> counts = new HashMap<>();
        seen.forEach(t -> counts.merge(t, 1, Integer::sum));
        int items = 0;
        for (PublishRequest r : expected) {
            if (!r.channel().equals(channel)) {
                continue;
            }
            List<String> want = channel.equals("x") ? List.of(r.text()) : r.items();
            for (String t : want) {
                items++;
                int n = counts.getOrDefault(t, 0);
                if (n != 1) {
                    problems.add(network + ": \"" + t + "\" published " + n + " times");
                }
            }
        }
        if (seen.size() != items) {
            problems.add(network + ": " + seen.size() + " publications, expected " + items);
        }
    }

    private static JsonNode state(String base) throws Exception {
        HttpResponse<byte[]> r = PublishContext.defaultHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/_edito_state")).build(), HttpResponse.BodyHandlers.ofByteArray());
        return Payloads.JSON.readTree(r.body());
    }
}
