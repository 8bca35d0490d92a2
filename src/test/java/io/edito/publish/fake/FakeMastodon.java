package io.edito.publish.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Mastodon endpoints edito uses, with Mastodon's behaviour where it matters: bearer token required,
 * {@code Idempotency-Key} honoured (the same key returns the status made the first time), media processed
 * asynchronously (202, then 206 until ready), HTML content in statuses.
 */
public final class FakeMastodon extends FakeServer {
    private final String token;
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    private final List<Map<String, Object>> statuses = new ArrayList<>();
    private final Map<String, Map<String, Object>> media = new LinkedHashMap<>();
    private final Map<String, Integer> mediaPollsLeft = new LinkedHashMap<>();
    /** How many GETs of a new media report "still processing" (206) first. */
    public volatile int mediaProcessingPolls = 1;
    /** When false the server forgets idempotency keys (as after Mastodon's one-hour window). */
    public volatile boolean honourIdempotency = true;
    /** When set, every new status is refused with 422 and this error (an instance's validation). */
    public volatile String refuseStatuses;

    public FakeMastodon(String token) {
        this.token = token;
    }

    /** The statuses created, oldest first (each a map with id, status text, in_reply_to_id, media_ids...). */
    public synchronized List<Map<String, Object>> statuses() {
        return List.copyOf(statuses);
    }

    public synchronized Map<String, Map<String, Object>> media() {
        return Map.copyOf(media);
    }

    /** Adds a status as if posted by the account from elsewhere (another app) at {@code at}. */
    public synchronized void postElsewhere(String text, Instant at) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", String.valueOf(ids.incrementAndGet()));
        s.put("status", text);
        s.put("created_at", at.toString());
        statuses.add(s);
    }

    /** Statuses of other instances this one can fetch (by URI or URL) when a search asks it to resolve them. */
    private final Map<String, String> remote = new LinkedHashMap<>();
    private final Map<String, String> fetched = new LinkedHashMap<>();

    /** Makes a status of another instance known to the fediverse: a resolving search fetches it and gives it an id. */
    public synchronized void remoteStatus(String uri) {
        remote.put(uri, uri);
    }

    /** The local id each fetched remote status got, by its URI. */
    public synchronized Map<String, String> fetched() {
        return Map.copyOf(fetched);
    }

    @Override
    protected Object state() {
        return Map.of("statuses", statuses);
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        if (!("Bearer " + token).equals(first(headers, "Authorization"))) {
            return Reply.json(401, Map.of("error", "The access token is invalid"));
        }
        if (method.equals("POST") && path.equals("/api/v2/media")) {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String id = String.valueOf(ids.incrementAndGet());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("description", descriptionOf(new String(body, StandardCharsets.UTF_8)));
            m.put("bytes", text.length());
            media.put(id, m);
            mediaPollsLeft.put(id, mediaProcessingPolls);
            Map<String, Object> out = new LinkedHashMap<>(m);
            out.put("url", null);
            return Reply.json(202, out);
        }
        if (method.equals("GET") && path.startsWith("/api/v1/media/")) {
            String id = path.substring("/api/v1/media/".length());
            if (!media.containsKey(id)) {
                return Reply.json(404, Map.of("error", "Record not found"));
            }
            int left = mediaPollsLeft.getOrDefault(id, 0);
            if (left > 0) {
                mediaPollsLeft.put(id, left - 1);
                return Reply.json(206, media.get(id));
            }
            Map<String, Object> out = new LinkedHashMap<>(media.get(id));
            out.put("url", baseUrl() + "/media/" + id);
            return Reply.json(200, out);
        }
        if (method.equals("POST") && path.equals("/api/v1/statuses")) {
            String key = first(headers, "Idempotency-Key");
            if (key != null && honourIdempotency && byKey.containsKey(key)) {
                return Reply.json(200, view(byKey.get(key)));
            }
            JsonNode req = parse(body);
            if (refuseStatuses != null) {
                return Reply.json(422, Map.of("error", refuseStatuses));
            }
            if (!req.hasNonNull("status") || req.get("status").asText().isBlank()) {
                return Reply.json(422, Map.of("error", "Validation failed: Text can't be blank"));
            }
            for (JsonNode mid : req.path("media_ids")) {
                if (!media.containsKey(mid.asText())) {
                    return Reply.json(422, Map.of("error", "unknown media"));
                }
                if (mediaPollsLeft.getOrDefault(mid.asText(), 0) > 0) {
                    return Reply.json(422, Map.of("error", "Cannot attach files that have not finished processing"));
                }
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", String.valueOf(ids.incrementAndGet()));
            s.put("status", req.get("status").asText());
            s.put("visibility", req.path("visibility").asText("public"));
            s.put("language", req.hasNonNull("language") ? req.get("language").asText() : null);
            s.put("spoiler_text", req.path("spoiler_text").asText(""));
            s.put("in_reply_to_id", req.hasNonNull("in_reply_to_id") ? req.get("in_reply_to_id").asText() : null);
            List<String> mids = new ArrayList<>();
            req.path("media_ids").forEach(n -> mids.add(n.asText()));
            s.put("media_ids", mids);
            s.put("created_at", Instant.now().toString());
            s.put("idempotency_key", key);
            statuses.add(s);
            if (key != null) {
                byKey.put(key, s);
            }
            return Reply.json(200, view(s));
        }
        if (method.equals("GET") && path.equals("/api/v1/accounts/verify_credentials")) {
            return Reply.json(200, Map.of("id", "1", "username", "atlas", "acct", "atlas"));
        }
        if (method.equals("GET") && path.equals("/api/v1/accounts/1/statuses")) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = statuses.size() - 1; i >= 0 && out.size() < 40; i--) {
                out.add(view(statuses.get(i)));
            }
            return Reply.json(200, out);
        }
        if (method.equals("GET") && path.equals("/api/v2/search")) {
            // GET /api/v2/search?q=URL&type=statuses&resolve=true: a remote status is fetched only with resolve=true
            Map<String, String> q = query(query);
            String wanted = q.getOrDefault("q", "");
            List<Object> found = new ArrayList<>();
            for (Map<String, Object> st : statuses) {
                Map<String, Object> v = view(st);
                if (wanted.equals(v.get("uri")) || wanted.equals(v.get("url"))) {
                    found.add(v);
                }
            }
            if (found.isEmpty() && remote.containsKey(wanted) && "true".equals(q.get("resolve"))
                    && "statuses".equals(q.get("type"))) {
                String id = fetched.computeIfAbsent(wanted, k -> String.valueOf(ids.incrementAndGet()));
                found.add(Map.of("id", id, "uri", wanted, "url", wanted, "content", "<p>remote</p>"));
            }
            return Reply.json(200, Map.of("accounts", List.of(), "statuses", found, "hashtags", List.of()));
        }
        return Reply.json(404, Map.of("error", "not found: " + method + " " + path));
    }

    private Map<String, Object> view(Map<String, Object> s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.get("id"));
        v.put("created_at", s.get("created_at"));
        v.put("in_reply_to_id", s.get("in_reply_to_id"));
        v.put("url", baseUrl() + "/@atlas/" + s.get("id"));
        v.put("uri", baseUrl() + "/users/atlas/statuses/" + s.get("id"));
        v.put("content", toHtml((String) s.get("status")));
        v.put("visibility", s.get("visibility"));
        return v;
    }

    /** Roughly Mastodon's rendering: paragraphs, line breaks, escaped text, links wrapped in spans. */
    static String toHtml(String text) {
        StringBuilder sb = new StringBuilder();
        for (String para : text.split("\n\n")) {
            String esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#39;").replace("\n", "<br />");
            esc = esc.replaceAll("(https?://)(\\S+)", "<a href=\"$1$2\"><span class=\"invisible\">$1</span>"
                    + "<span class=\"\">$2</span></a>");
            sb.append("<p>").append(esc).append("</p>");
        }
        return sb.toString();
    }

    private static String descriptionOf(String multipart) {
        int i = multipart.indexOf("name=\"description\"");
        if (i < 0) {
            return null;
        }
        int start = multipart.indexOf("\r\n\r\n", i) + 4;
        int end = multipart.indexOf("\r\n--", start);
        return multipart.substring(start, end);
    }
}
