package io.edito.publish.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The X API v2 endpoints edito uses, as X documents them: {@code POST /2/tweets} (JSON {@code text},
 * {@code media.media_ids}, {@code reply.in_reply_to_tweet_id}; 201 {@code {"data":{"id","text"}}}, the text shown back
 * as X does: {@code & < >} as entities, links as t.co links, a media link appended); {@code POST /2/media/upload}
 * (multipart {@code media}, {@code media_category}); {@code POST /2/media/upload/initialize} (JSON),
 * {@code /2/media/upload/{id}/append} (multipart {@code segment_index}, {@code media}), {@code /{id}/finalize},
 * {@code GET /2/media/upload?command=STATUS&media_id=}; {@code POST /2/media/metadata}
 * ({@code {"id","metadata":{"alt_text":{"text"}}}}); {@code GET /2/users/me}; {@code GET /2/users/{id}/tweets}
 * ({@code start_time}, {@code max_results}, {@code exclude}, {@code tweet.fields}), newest first.
 *
 * <p>Every request must carry either the Bearer token or an OAuth 1.0a signature that this server recomputes with
 * the test's keys (its own encoding code, not edito's), a fresh nonce and a timestamp within 5 minutes; anything
 * else is answered with X's problem body ({@code {"title","detail","type","status"}}, with {@code "errors"} for an
 * invalid request).
 */
public final class FakeX extends FakeServer {
    public static final String USER_ID = "1500000000000000001";
    private final String token;
    private final String[] keys; // consumer key, consumer secret, token, token secret; or null
    private volatile boolean tokenExpired;
    private final AtomicLong ids = new AtomicLong(1_800_000_000_000_000_000L);
    private final Set<String> nonces = new HashSet<>();
    private final List<Map<String, Object>> tweets = new ArrayList<>();
    private final Map<String, Map<String, Object>> media = new LinkedHashMap<>();
    private final Deque<Object[]> refusals = new ArrayDeque<>();
    private final List<String> authSchemes = new ArrayList<>();
    /** STATUS polls before a video is processed. */
    public volatile int processingPolls = 2;
    /** check_after_secs in processing_info. */
    public volatile int checkAfterSecs = 5;

    /** A server that takes a Bearer user access token. */
    public FakeX(String token) {
        this.token = token;
        this.keys = null;
    }

    /** A server that takes OAuth 1.0a requests signed with these four keys. */
    public FakeX(String consumerKey, String consumerSecret, String accessToken, String accessSecret) {
        this.token = null;
        this.keys = new String[] {consumerKey, consumerSecret, accessToken, accessSecret};
    }

    /** The Bearer token stops being valid (expired): every call answers 401 until {@link #acceptToken}. */
    public synchronized void expireToken() {
        tokenExpired = true;
    }

    public synchronized void acceptToken() {
        tokenExpired = false;
    }

    /**
     * The next request whose path ends with {@code pathSuffix} is refused with this status, problem body and headers
     * (without doing anything).
     */
    public synchronized void refuse(String pathSuffix, int status, Map<String, Object> body, Map<String, String> headers) {
        refusals.add(new Object[] {pathSuffix, status, body, headers});
    }

    /** A 429 as X sends it: {@code x-rate-limit-*} headers, the reset in epoch seconds {@code inSeconds} from now. */
    public void rateLimit(String pathSuffix, long inSeconds) {
        refuse(pathSuffix, 429, problem(429, "Too Many Requests", "Too Many Requests", "about:blank"), Map.of(
                "x-rate-limit-limit", "100", "x-rate-limit-remaining", "0", "x-rate-limit-reset",
                Long.toString(Instant.now().getEpochSecond() + inSeconds)));
    }

    /** A spent usage cap, as X answers it. */
    public void usageCapped(String pathSuffix) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("account_id", 1234567);
        b.put("product_name", "standard-basic");
        b.put("title", "UsageCapExceeded");
        b.put("period", "Monthly");
        b.put("scope", "Product");
        b.put("detail", "Usage cap exceeded: Monthly product cap");
        b.put("type", "https://api.twitter.com/2/problems/usage-capped");
        refuse(pathSuffix, 429, b, Map.of());
    }

    public synchronized List<Map<String, Object>> tweets() {
        return List.copyOf(tweets);
    }

    public synchronized Map<String, Map<String, Object>> media() {
        return Map.copyOf(media);
    }

    /** "Bearer" or "OAuth" for each authenticated request. */
    public synchronized List<String> authSchemes() {
        return List.copyOf(authSchemes);
    }

    /** A post of the account made elsewhere (the app), at {@code at}. */
    public synchronized Map<String, Object> postElsewhere(String text, Instant at) {
        Map<String, Object> t = tweet(text, List.of(), null);
        t.put("created_at", at.toString());
        return t;
    }

    @Override
    protected Object state() {
        return Map.of("tweets", tweets);
    }

    static Map<String, Object> problem(int status, String title, String detail, String type) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("title", title);
        b.put("detail", detail);
        b.put("type", type);
        b.put("status", status);
        return b;
    }

    private static Reply invalid(String message, Map<String, Object> parameters) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("errors", List.of(Map.of("parameters", parameters, "message", message)));
        b.put("title", "Invalid Request");
        b.put("detail", "One or more parameters to your request was invalid.");
        b.put("type", "https://api.twitter.com/2/problems/invalid-request");
        return Reply.json(400, b);
    }

    private static Reply unauthorized() {
        return Reply.json(401, problem(401, "Unauthorized", "Unauthorized", "about:blank"));
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        for (Object[] r : refusals) {
            if (path.endsWith((String) r[0])) {
                refusals.remove(r);
                @SuppressWarnings("unchecked")
                Map<String, String> h = (Map<String, String>) r[3];
                Reply rep = Reply.json((Integer) r[1], r[2]);
                return new Reply(rep.status(), rep.body(), h == null ? Map.of() : h);
            }
        }
        if (!authorized(method, path, query, first(headers, "Authorization"))) {
            return unauthorized();
        }
        Map<String, String> q = query(query);
        String contentType = first(headers, "Content-Type");
        if (method.equals("POST") && path.equals("/2/tweets")) {
            JsonNode b = jsonBody(contentType, body);
            if (b == null) {
                return invalid("The request body must be JSON", Map.of());
            }
            String text = b.path("text").asText(null);
            List<String> mids = new ArrayList<>();
            b.path("media").path("media_ids").forEach(n -> mids.add(n.asText()));
            for (String id : mids) {
                Map<String, Object> m = media.get(id);
                if (m == null || !"succeeded".equals(m.get("state"))) {
                    return invalid("Your media IDs are invalid.", Map.of("media.media_ids", List.of(id)));
                }
            }
            if ((text == null || text.isEmpty()) && mids.isEmpty()) {
                return invalid("Text is required when no media, poll or quote is given", Map.of("text", List.of()));
            }
            String replyTo = b.path("reply").path("in_reply_to_tweet_id").asText(null);
            if (replyTo != null && find(replyTo) == null) {
                return invalid("The post you are replying to does not exist or is not visible",
                        Map.of("reply.in_reply_to_tweet_id", List.of(replyTo)));
            }
            for (Map<String, Object> t : tweets) {
                if (text != null && text.equals(t.get("raw"))) {
                    return Reply.json(403, problem(403, "Forbidden",
                            "You are not allowed to create a Tweet with duplicate content.", "about:blank"));
                }
            }
            Map<String, Object> t = tweet(text == null ? "" : text, mids, replyTo);
            return Reply.json(201, Map.of("data", Map.of("id", t.get("id"), "text", t.get("text"),
                    "edit_history_tweet_ids", List.of(t.get("id")))));
        }
        if (method.equals("POST") && path.equals("/2/media/upload")) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            if (contentType == null || !contentType.startsWith("multipart/form-data")) {
                return invalid("The request must be multipart/form-data", Map.of());
            }
            multipart(body, contentType, fields, files);
            if (!files.containsKey("media")) {
                return invalid("Missing media field", Map.of("media", List.of()));
            }
            if (!"tweet_image".equals(fields.get("media_category"))) {
                return invalid("media_category must be a one-shot category", Map.of("media_category",
                        List.of(String.valueOf(fields.get("media_category")))));
            }
            Map<String, Object> m = newMedia("tweet_image", fields.get("media_type"), files.get("media").length);
            m.put("bytes", files.get("media"));
            m.put("state", "succeeded");
            return Reply.json(200, Map.of("data", Map.of("id", m.get("id"), "media_key", m.get("media_key"),
                    "size", files.get("media").length, "expires_after_secs", 86400)));
        }
        if (method.equals("POST") && path.equals("/2/media/upload/initialize")) {
            JsonNode b = jsonBody(contentType, body);
            if (b == null || !b.has("total_bytes") || !b.has("media_type")) {
                return invalid("total_bytes and media_type are required", Map.of());
            }
            Map<String, Object> m = newMedia(b.path("media_category").asText(null), b.path("media_type").asText(),
                    b.path("total_bytes").asLong());
            m.put("segments", new TreeMap<Integer, byte[]>());
            m.put("state", "initialized");
            return Reply.json(200, Map.of("data", Map.of("id", m.get("id"), "media_key", m.get("media_key"),
                    "expires_after_secs", 86400)));
        }
        Matcher chunk = Pattern.compile("/2/media/upload/([0-9]+)/(append|finalize)").matcher(path);
        if (method.equals("POST") && chunk.matches()) {
            Map<String, Object> m = media.get(chunk.group(1));
            if (m == null || !m.containsKey("segments")) {
                return invalid("Invalid media id", Map.of("id", List.of(chunk.group(1))));
            }
            @SuppressWarnings("unchecked")
            TreeMap<Integer, byte[]> segments = (TreeMap<Integer, byte[]>) m.get("segments");
            if (chunk.group(2).equals("append")) {
                Map<String, String> fields = new LinkedHashMap<>();
                Map<String, byte[]> files = new LinkedHashMap<>();
                if (contentType == null || !contentType.startsWith("multipart/form-data")) {
                    return invalid("The request must be multipart/form-data", Map.of());
                }
                multipart(body, contentType, fields, files);
                if (!files.containsKey("media") || !fields.containsKey("segment_index")) {
                    return invalid("media and segment_index are required", Map.of());
                }
                if (files.get("media").length > 1024 * 1024) {
                    return Reply.json(413, problem(413, "Payload Too Large", "Request Entity Too Large", "about:blank"));
                }
                segments.put(Integer.parseInt(fields.get("segment_index")), files.get("media"));
                return Reply.json(200, Map.of("data", Map.of("expires_at", Instant.now().getEpochSecond() + 86400)));
            }
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            segments.values().forEach(all::writeBytes);
            if (all.size() != ((Number) m.get("total_bytes")).longValue()) {
                return invalid("File size mismatch: " + all.size() + " bytes appended, total_bytes "
                        + m.get("total_bytes"), Map.of("id", List.of(m.get("id"))));
            }
            m.put("bytes", all.toByteArray());
            m.put("polls_left", processingPolls);
            m.put("state", processingPolls > 0 ? "pending" : "succeeded");
            Map<String, Object> data = new LinkedHashMap<>(Map.of("id", m.get("id"), "media_key", m.get("media_key"),
                    "size", all.size(), "expires_after_secs", 86400));
            if (processingPolls > 0) {
                data.put("processing_info", Map.of("state", "pending", "check_after_secs", checkAfterSecs));
            }
            return Reply.json(200, Map.of("data", data));
        }
        if (method.equals("GET") && path.equals("/2/media/upload")) {
            if (!"STATUS".equals(q.get("command")) || !media.containsKey(q.get("media_id"))) {
                return invalid("command=STATUS and a valid media_id are required", Map.of());
            }
            Map<String, Object> m = media.get(q.get("media_id"));
            int left = (Integer) m.getOrDefault("polls_left", 0);
            Map<String, Object> info = new LinkedHashMap<>();
            if (left > 1) {
                m.put("polls_left", left - 1);
                m.put("state", "in_progress");
                info.put("state", "in_progress");
                info.put("check_after_secs", checkAfterSecs);
                info.put("progress_percent", 50);
            } else {
                m.put("polls_left", 0);
                m.put("state", "succeeded");
                info.put("state", "succeeded");
                info.put("progress_percent", 100);
            }
            m.put("status_polls", (Integer) m.getOrDefault("status_polls", 0) + 1);
            return Reply.json(200, Map.of("data", Map.of("id", m.get("id"), "media_key", m.get("media_key"),
                    "processing_info", info)));
        }
        if (method.equals("POST") && path.equals("/2/media/metadata")) {
            JsonNode b = jsonBody(contentType, body);
            if (b == null || !media.containsKey(b.path("id").asText()) || !b.path("metadata").path("alt_text").has("text")) {
                return invalid("id and metadata are required", Map.of());
            }
            String alt = b.path("metadata").path("alt_text").path("text").asText();
            if (alt.length() > 1000) {
                return invalid("alt_text.text must be 1000 characters at most", Map.of());
            }
            media.get(b.path("id").asText()).put("alt_text", alt);
            return Reply.json(200, Map.of("data", Map.of("id", b.path("id").asText(), "associated_metadata",
                    Map.of("alt_text", Map.of("text", alt)))));
        }
        if (method.equals("GET") && path.equals("/2/users/me")) {
            return Reply.json(200, Map.of("data", Map.of("id", USER_ID, "name", "Atlas Air", "username", "atlasair")));
        }
        if (method.equals("GET") && path.equals("/2/users/" + USER_ID + "/tweets")) {
            Instant start = q.containsKey("start_time") ? Instant.parse(q.get("start_time")) : Instant.EPOCH;
            int max = q.containsKey("max_results") ? Integer.parseInt(q.get("max_results")) : 10;
            if (max < 5 || max > 100) {
                return invalid("max_results must be between 5 and 100", Map.of("max_results", List.of(max)));
            }
            Set<String> exclude = Set.of(q.getOrDefault("exclude", "").split(","));
            Set<String> fields = Set.of(q.getOrDefault("tweet.fields", "").split(","));
            List<Map<String, Object>> data = new ArrayList<>();
            for (int i = tweets.size() - 1; i >= 0 && data.size() < max; i--) {
                Map<String, Object> t = tweets.get(i);
                if (Instant.parse((String) t.get("created_at")).isBefore(start)
                        || (exclude.contains("replies") && t.get("reply_to") != null)) {
                    continue;
                }
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("id", t.get("id"));
                v.put("text", t.get("text"));
                v.put("edit_history_tweet_ids", List.of(t.get("id")));
                if (fields.contains("created_at")) {
                    v.put("created_at", t.get("created_at"));
                }
                if (fields.contains("referenced_tweets") && t.get("reply_to") != null) {
                    v.put("referenced_tweets", List.of(Map.of("type", "replied_to", "id", t.get("reply_to"))));
                }
                data.add(v);
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("result_count", data.size());
            if (!data.isEmpty()) {
                meta.put("newest_id", data.get(0).get("id"));
                meta.put("oldest_id", data.get(data.size() - 1).get("id"));
            }
            return Reply.json(200, data.isEmpty() ? Map.of("meta", meta) : Map.of("data", data, "meta", meta));
        }
        return Reply.json(404, problem(404, "Not Found Error", "The requested resource (" + method + " " + path
                + ") could not be found.", "https://api.twitter.com/2/problems/resource-not-found"));
    }

    private Map<String, Object> tweet(String text, List<String> mids, String replyTo) {
        String id = Long.toString(ids.incrementAndGet());
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("raw", text);
        // as X shows a post back: entities escaped, each link a t.co link, the media's link appended
        String shown = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        shown = Pattern.compile("https?://\\S+").matcher(shown).replaceAll(r -> "https://t.co/" + Long.toString(
                Math.abs(r.group().hashCode()), 36));
        if (!mids.isEmpty()) {
            shown = (shown + " https://t.co/m" + id.substring(id.length() - 6)).strip();
        }
        t.put("text", shown);
        t.put("media_ids", mids);
        t.put("reply_to", replyTo);
        t.put("created_at", Instant.now().toString());
        tweets.add(t);
        return t;
    }

    private Map<String, Object> find(String id) {
        for (Map<String, Object> t : tweets) {
            if (t.get("id").equals(id)) {
                return t;
            }
        }
        return null;
    }

    private Map<String, Object> newMedia(String category, String type, long totalBytes) {
        String id = Long.toString(ids.incrementAndGet());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("media_key", (category != null && category.contains("video") ? "13_" : "3_") + id);
        m.put("media_category", category);
        m.put("media_type", type);
        m.put("total_bytes", totalBytes);
        media.put(id, m);
        return m;
    }

    private static JsonNode jsonBody(String contentType, byte[] body) {
        if (contentType == null || !contentType.startsWith("application/json")) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------- authentication

    private boolean authorized(String method, String path, String rawQuery, String header) {
        if (header == null) {
            return false;
        }
        if (token != null) {
            boolean ok = header.equals("Bearer " + token) && !tokenExpired;
            if (ok) {
                authSchemes.add("Bearer");
            }
            return ok;
        }
        if (!header.startsWith("OAuth ")) {
            return false;
        }
        Map<String, String> oauth = new TreeMap<>();
        Matcher m = Pattern.compile("([a-z_]+)=\"([^\"]*)\"").matcher(header.substring(6));
        while (m.find()) {
            oauth.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
        String signature = oauth.remove("oauth_signature");
        if (signature == null || !keys[0].equals(oauth.get("oauth_consumer_key")) || !keys[2].equals(oauth.get("oauth_token"))
                || !"HMAC-SHA1".equals(oauth.get("oauth_signature_method")) || !"1.0".equals(oauth.get("oauth_version"))) {
            return false;
        }
        long ts = Long.parseLong(oauth.getOrDefault("oauth_timestamp", "0"));
        if (Math.abs(Instant.now().getEpochSecond() - ts) > 300 || !nonces.add(oauth.getOrDefault("oauth_nonce", ""))) {
            return false;
        }
        // the signature base string, computed here with java.net.URLEncoder (RFC 3986 fixed up), not edito's code
        List<String> pairs = new ArrayList<>();
        oauth.forEach((k, v) -> pairs.add(pct(k) + "=" + pct(v)));
        if (rawQuery != null) {
            for (String kv : rawQuery.split("&")) {
                int eq = kv.indexOf('=');
                pairs.add(pct(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8)) + "="
                        + pct(URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8)));
            }
        }
        pairs.sort(null);
        String base = method + "&" + pct(baseUrl() + path) + "&" + pct(String.join("&", pairs));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((pct(keys[1]) + "&" + pct(keys[3])).getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
            boolean ok = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
            if (ok) {
                authSchemes.add("OAuth");
            }
            return ok;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pct(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
