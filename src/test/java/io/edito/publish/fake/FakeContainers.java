package io.edito.publish.fake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Instagram's and Threads' content publishing have in common, as Meta documents them: a version prefix; the
 * token as the {@code access_token} parameter (form body of a POST, query of a GET); {@code POST /{owner}/<create>}
 * makes a container, fetching each public URL as the real API does ("we cURL media"), answered {@code {"id"}};
 * {@code GET /{container}?fields=<status>} ({@code IN_PROGRESS} for a video's first {@link #processingReads} reads,
 * then {@code FINISHED}; {@code ERROR} when a file could not be fetched or is not of an accepted type;
 * {@code PUBLISHED}); {@code POST /{owner}/<publish>} with {@code creation_id}; {@code GET /{owner}/<limit>} with
 * {@code quota_usage} and {@code config}; {@code GET /{owner}/<list>} newest first; {@code GET /{media}?fields=}.
 * Anything else, and every refusal, is Graph's error body {@code {"error":{"message","type","code",
 * "error_subcode","fbtrace_id"}}}.
 */
public abstract class FakeContainers extends FakeServer {
    protected static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private final String version;
    protected final String owner;
    private final String createEdge;
    private final String publishEdge;
    private final String limitEdge;
    private final String listEdge;
    protected final String textField;
    private volatile String token;
    protected final AtomicLong ids = new AtomicLong(17_800_000_000L);
    protected final Map<String, Map<String, Object>> containers = new LinkedHashMap<>();
    protected final List<Map<String, Object>> media = new ArrayList<>();
    private final Deque<Object[]> graphErrors = new ArrayDeque<>();
    private final HttpClient fetcher = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** How many status reads a video container stays IN_PROGRESS. */
    public volatile int processingReads = 2;
    /** The account's quota of published posts in 24 hours. */
    public volatile int quotaTotal;

    protected FakeContainers(String version, String owner, String token, String createEdge, String publishEdge,
            String limitEdge, String listEdge, String textField, int quotaTotal) {
        this.version = version;
        this.owner = owner;
        this.token = token;
        this.createEdge = createEdge;
        this.publishEdge = publishEdge;
        this.limitEdge = limitEdge;
        this.listEdge = listEdge;
        this.textField = textField;
        this.quotaTotal = quotaTotal;
    }

    /** The base URL with the version, as {@code api_base:} takes it. */
    public String apiBase() {
        return baseUrl() + version;
    }

    /** The token stops being valid (expired): every call answers code 190 until {@link #acceptToken}. */
    public synchronized void expireToken() {
        token = "expired-" + token;
    }

    public synchronized void acceptToken(String newToken) {
        token = newToken;
    }

    /**
     * The next request whose path (after the version) ends with {@code pathSuffix} is answered with a Graph error
     * (without doing anything), with headers when given.
     */
    public synchronized void graphError(String pathSuffix, int httpStatus, int code, Integer subcode, String message,
            Map<String, String> headers) {
        graphErrors.add(new Object[] {pathSuffix, httpStatus, code, subcode, message, headers});
    }

    public synchronized List<Map<String, Object>> media() {
        return List.copyOf(media);
    }

    public synchronized Map<String, Map<String, Object>> containers() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(containers));
    }

    /** Graph's error answer. */
    protected static Reply error(int status, int code, Integer subcode, String type, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("message", message);
        e.put("type", type);
        e.put("code", code);
        if (subcode != null) {
            e.put("error_subcode", subcode);
        }
        e.put("fbtrace_id", "AbCdEf" + Long.toHexString(System.nanoTime() & 0xffffff));
        return Reply.json(status, Map.of("error", e));
    }

    /** The container fields read ({@code status_code}/{@code status} or {@code status}/{@code error_message}). */
    protected abstract Map<String, Object> statusView(Map<String, Object> container, String state, String detail);

    /** Whether a file of this content type is taken for this kind of container. */
    protected abstract boolean accepts(String kind, String contentType, byte[] body);

    /** The container params of a new post or item (caption/text, media_type...), checked; null when refused. */
    protected abstract Reply checkCreate(Map<String, String> params);

    /** Extra endpoints: comments (Instagram), replies (Threads). Null when not one of them. */
    protected abstract Reply more(String method, String[] seg, Map<String, String> params);

    /** What a published media keeps of its container (a reply's parent...). */
    protected void published(Map<String, Object> container, Map<String, Object> m) {
    }

    /** Adds the API's other quota fields to the limit edge's row. */
    protected void limitRow(Map<String, Object> row) {
    }

    /** Whether {@code id} names the owner ({@code me} too on Threads). */
    protected boolean isOwner(String id) {
        return id.equals(owner);
    }

    @Override
    protected Object state() {
        return Map.of("media", media, "containers", containers.size());
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        if (!path.startsWith(version + "/")) {
            return error(400, 2500, null, "OAuthException", "Unknown path components: " + path);
        }
        String p = path.substring(version.length());
        for (Object[] e : graphErrors) {
            if (p.endsWith((String) e[0])) {
                graphErrors.remove(e);
                @SuppressWarnings("unchecked")
                Map<String, String> h = (Map<String, String>) e[5];
                Reply r = error((Integer) e[1], (Integer) e[2], (Integer) e[3], "OAuthException", (String) e[4]);
                return new Reply(r.status(), r.body(), h == null ? Map.of() : h);
            }
        }
        Map<String, String> params = new LinkedHashMap<>(query(query));
        if (method.equals("POST")) {
            String ct = first(headers, "Content-Type");
            if (ct == null || !ct.startsWith("application/x-www-form-urlencoded")) {
                return error(400, 100, null, "OAuthException", "(#100) Unsupported content type " + ct);
            }
            params.putAll(query(new String(body, StandardCharsets.UTF_8)));
        }
        if (!token.equals(params.get("access_token"))) {
            return params.containsKey("access_token")
                    ? error(400, 190, 463, "OAuthException", "Error validating access token: Session has expired.")
                    : error(400, 104, null, "OAuthException", "An access token is required to request this resource.");
        }
        String[] seg = p.substring(1).split("/");
        if (seg.length == 2 && isOwner(seg[0])) {
            if (method.equals("POST") && seg[1].equals(createEdge)) {
                return create(params);
            }
            if (method.equals("POST") && seg[1].equals(publishEdge)) {
                return publish(params.get("creation_id"));
            }
            if (method.equals("GET") && seg[1].equals(limitEdge)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("quota_usage", publishedLastDay());
                row.put("config", Map.of("quota_total", quotaTotal, "quota_duration", 86400));
                limitRow(row);
                return Reply.json(200, Map.of("data", List.of(row)));
            }
            if (method.equals("GET") && seg[1].equals(listEdge)) {
                int limit = params.containsKey("limit") ? Integer.parseInt(params.get("limit")) : 25;
                List<Map<String, Object>> data = new ArrayList<>();
                for (int i = media.size() - 1; i >= 0 && data.size() < limit; i--) {
                    if (media.get(i).get("root") == Boolean.TRUE) {
                        data.add(view(media.get(i), params.getOrDefault("fields", "id")));
                    }
                }
                return Reply.json(200, Map.of("data", data, "paging", Map.of()));
            }
        }
        Reply extra = more(method, seg, params);
        if (extra != null) {
            return extra;
        }
        if (method.equals("GET") && seg.length == 1 && containers.containsKey(seg[0])) {
            Map<String, Object> c = containers.get(seg[0]);
            String state = (String) c.get("state");
            if (state.equals("IN_PROGRESS")) {
                int reads = (Integer) c.get("reads") + 1;
                c.put("reads", reads);
                if (reads > processingReads) {
                    state = "FINISHED";
                    c.put("state", state);
                }
            }
            Map<String, Object> v = statusView(c, state, (String) c.get("detail"));
            v.put("id", seg[0]);
            return Reply.json(200, v);
        }
        if (method.equals("GET") && seg.length == 1 && find(seg[0]) != null) {
            return Reply.json(200, view(find(seg[0]), params.getOrDefault("fields", "id")));
        }
        return error(400, 100, 33, "GraphMethodException", "Unsupported " + method.toLowerCase(java.util.Locale.ROOT)
                + " request. Object with ID '" + seg[0] + "' does not exist, cannot be loaded due to missing "
                + "permissions, or does not support this operation.");
    }

    private Reply create(Map<String, String> params) {
        Reply refused = checkCreate(params);
        if (refused != null) {
            return refused;
        }
        String kind = params.getOrDefault("media_type", params.containsKey("image_url") ? "IMAGE" : "TEXT");
        String state = "FINISHED";
        String detail = null;
        List<String> children = new ArrayList<>();
        String url = params.containsKey("image_url") ? params.get("image_url") : params.get("video_url");
        int bytes = 0;
        if (kind.equals("CAROUSEL")) {
            for (String ch : params.getOrDefault("children", "").split(",")) {
                Map<String, Object> c = containers.get(ch);
                if (c == null || c.get("carousel_item") != Boolean.TRUE) {
                    return error(400, 100, null, "OAuthException", "(#100) The children param is invalid: " + ch);
                }
                children.add(ch);
            }
        } else if (url != null) {
            try {
                HttpResponse<byte[]> r = fetcher.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofByteArray());
                String ct = r.headers().firstValue("Content-Type").orElse("");
                if (r.statusCode() != 200) {
                    state = "ERROR";
                    detail = "Error: Media download has failed. The media URI doesn't meet our requirements.";
                } else if (!accepts(kind, ct, r.body())) {
                    state = "ERROR";
                    detail = "Error: The media format is not supported.";
                } else {
                    bytes = r.body().length;
                    state = kind.equals("VIDEO") || kind.equals("REELS") ? "IN_PROGRESS" : "FINISHED";
                }
            } catch (IOException | InterruptedException | IllegalArgumentException e) {
                state = "ERROR";
                detail = "Error: Media download has failed.";
            }
        }
        String id = String.valueOf(ids.incrementAndGet());
        Map<String, Object> c = new LinkedHashMap<>(params);
        c.remove("access_token");
        c.put("kind", kind);
        c.put("state", state);
        c.put("detail", detail);
        c.put("reads", 0);
        c.put("bytes", bytes);
        c.put("carousel_item", "true".equals(params.get("is_carousel_item")));
        c.put("children_ids", children);
        containers.put(id, c);
        return Reply.json(200, Map.of("id", id));
    }

    private Reply publish(String creationId) {
        Map<String, Object> c = creationId == null ? null : containers.get(creationId);
        if (c == null || c.get("carousel_item") == Boolean.TRUE) {
            return error(400, 100, null, "OAuthException", "(#100) The parameter creation_id is invalid");
        }
        if (!"FINISHED".equals(c.get("state"))) {
            return error(400, 9007, 2207027, "OAuthException", "The media is not ready for publishing, please wait "
                    + "for a moment");
        }
        if (quotaTotal > 0 && publishedLastDay() >= quotaTotal) {
            return error(400, 9, 2207042, "OAuthException", "Application request limit reached");
        }
        String id = String.valueOf(ids.incrementAndGet());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put(textField, c.get(textField));
        m.put("media_type", c.get("kind"));
        m.put("container", creationId);
        m.put("children", c.get("children_ids"));
        m.put("timestamp", TIME.format(Instant.now()));
        m.put("permalink", "https://www.example.invalid/p/" + id);
        m.put("root", Boolean.TRUE);
        published(c, m);
        media.add(m);
        c.put("state", "PUBLISHED");
        return Reply.json(200, Map.of("id", id));
    }

    private int publishedLastDay() {
        return (int) media.stream().filter(m -> m.get("root") == Boolean.TRUE).count();
    }

    protected Map<String, Object> find(String id) {
        for (Map<String, Object> m : media) {
            if (m.get("id").equals(id)) {
                return m;
            }
        }
        return null;
    }

    protected static Map<String, Object> view(Map<String, Object> m, String fields) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (String f : fields.split(",")) {
            if (m.containsKey(f)) {
                v.put(f, m.get(f));
            }
        }
        v.put("id", m.get("id"));
        return v;
    }

    /** Adds a published post of the account made elsewhere (the app) at {@code at}. */
    public synchronized void postElsewhere(String text, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.valueOf(ids.incrementAndGet()));
        m.put(textField, text);
        m.put("timestamp", TIME.format(at));
        m.put("root", Boolean.TRUE);
        media.add(m);
    }
}
