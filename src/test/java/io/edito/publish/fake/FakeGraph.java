package io.edito.publish.fake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The Graph API endpoints of a Facebook Page that edito uses, under one pinned version prefix ({@code /v27.0}), as
 * Meta documents them: the token is the {@code access_token} parameter (form body of a POST, query of a GET);
 * {@code POST /{page}/photos} (multipart {@code source}, {@code published}, {@code alt_text_custom}) answers
 * {@code {"id"}}; {@code POST /{page}/feed} ({@code message}, {@code link}, {@code attached_media[i]} of
 * unpublished photos of the Page) answers {@code {"id":"{page}_{post}"}}; {@code POST /{post}/comments}
 * ({@code message}); {@code GET /{post}?fields=permalink_url}; {@code GET /{page}/posts?since=} newest first;
 * {@code GET /{post}/comments}. Anything else, and every refusal, is Graph's error body
 * {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}: code 190 for a bad token, 100 for a
 * bad parameter or an unsupported request, 506 for a post whose message repeats the Page's previous one.
 *
 * <p>Videos ({@link #videoApp}): the Resumable Upload API with the app id and a user token:
 * {@code POST /{app}/uploads?file_name=&file_length=&file_type=video/mp4&access_token=USER} answers
 * {@code {"id":"upload:S"}}; {@code POST /upload:S} with {@code Authorization: OAuth USER} and {@code file_offset}
 * (the bytes held so far) appends the body and, complete, answers {@code {"h":HANDLE}};
 * {@code GET /upload:S} answers {@code {"id","file_offset"}}; {@code POST /{page}/videos} with the Page token,
 * {@code description}, {@code title}, {@code fbuploader_video_file_chunk=HANDLE} answers {@code {"id"}};
 * {@code GET /{video}?fields=status} ({@code status.video_status}) and {@code ?fields=permalink_url} (a relative
 * path); {@code GET /{page}/videos} newest first; {@code /{video}/comments} as for posts.
 */
public final class FakeGraph extends FakeServer {
    public static final String VERSION = "/v27.0";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private final String pageId;
    private volatile String token;
    private final AtomicLong ids = new AtomicLong(5000);
    private final Map<String, Map<String, Object>> photos = new LinkedHashMap<>();
    private final List<Map<String, Object>> posts = new ArrayList<>();
    private final List<Map<String, Object>> comments = new ArrayList<>();
    private final Deque<Object[]> graphErrors = new ArrayDeque<>();
    private String appId;
    private String userToken;
    private final Map<String, Map<String, Object>> uploads = new LinkedHashMap<>();
    private final List<Map<String, Object>> videos = new ArrayList<>();
    private int processingPolls;
    private String processingError;
    private long interruptAfter = -1;

    public FakeGraph(String pageId, String token) {
        this.pageId = pageId;
        this.token = token;
    }

    /** The base URL with the version, as {@code api_base:} takes it. */
    public String apiBase() {
        return baseUrl() + VERSION;
    }

    /** The token stops being valid (expired, revoked): every call answers code 190. */
    public synchronized void expireToken() {
        token = "expired-" + token;
    }

    /**
     * The next request whose path (after the version) ends with {@code pathSuffix} is answered with a Graph error
     * (without doing anything), with headers (Retry-After...) when given.
     */
    public synchronized void graphError(String pathSuffix, int httpStatus, int code, Integer subcode, String message,
            Map<String, String> headers) {
        graphErrors.add(new Object[] {pathSuffix, httpStatus, code, subcode, message, headers});
    }

    /** Accepts videos uploaded to app {@code appId} with the user token {@code userToken}. */
    public synchronized FakeGraph videoApp(String appId, String userToken) {
        this.appId = appId;
        this.userToken = userToken;
        return this;
    }

    /** The next videos stay {@code processing} for this many status reads. */
    public synchronized void processingPolls(int polls) {
        processingPolls = polls;
    }

    /** The next video's processing fails with this message. */
    public synchronized void processingFails(String message) {
        processingError = message;
    }

    /** The next upload transfer keeps only its first {@code bytes} (pair it with a reset of the connection). */
    public synchronized void interruptUploadAfter(long bytes) {
        interruptAfter = bytes;
    }

    public synchronized List<Map<String, Object>> videos() {
        return List.copyOf(videos);
    }

    /** The upload sessions: file_name, file_length, file_type, the bytes held, the handle once complete. */
    public synchronized Map<String, Map<String, Object>> uploads() {
        return Map.copyOf(uploads);
    }

    public synchronized List<Map<String, Object>> posts() {
        return List.copyOf(posts);
    }

    public synchronized Map<String, Map<String, Object>> photos() {
        return Map.copyOf(photos);
    }

    public synchronized List<Map<String, Object>> comments() {
        return List.copyOf(comments);
    }

    @Override
    protected Object state() {
        return Map.of("posts", posts, "comments", comments);
    }

    private static Reply error(int status, int code, Integer subcode, String type, String message) {
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

    private static Reply unsupported(String method, String id) {
        return error(400, 100, 33, "GraphMethodException", "Unsupported " + method.toLowerCase(java.util.Locale.ROOT)
                + " request. Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions, "
                + "or does not support this operation.");
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        if (!path.startsWith(VERSION + "/")) {
            return error(400, 2500, null, "OAuthException", "Unknown path components: " + path);
        }
        String p = path.substring(VERSION.length());
        for (Object[] e : graphErrors) {
            if (p.endsWith((String) e[0])) {
                graphErrors.remove(e);
                @SuppressWarnings("unchecked")
                Map<String, String> h = (Map<String, String>) e[5];
                Reply r = error((Integer) e[1], (Integer) e[2], (Integer) e[3],
                        (Integer) e[2] == 190 ? "OAuthException" : "OAuthException", (String) e[4]);
                return new Reply(r.status(), r.body(), h == null ? Map.of() : h);
            }
        }
        if (appId != null) {
            Reply r = upload(method, p, query(query), headers, body);
            if (r != null) {
                return r;
            }
        }
        String contentType = first(headers, "Content-Type");
        Map<String, String> params = new LinkedHashMap<>(query(query));
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (method.equals("POST")) {
            if (contentType != null && contentType.startsWith("multipart/form-data")) {
                multipart(body, contentType, params, files);
            } else if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
                params.putAll(query(new String(body, StandardCharsets.UTF_8)));
            } else {
                return error(400, 100, null, "OAuthException", "(#100) Unsupported content type " + contentType);
            }
        }
        if (!token.equals(params.get("access_token"))) {
            return params.containsKey("access_token")
                    ? error(400, 190, 463, "OAuthException", "Error validating access token: Session has expired.")
                    : error(400, 104, null, "OAuthException", "An access token is required to request this resource.");
        }
        String[] seg = p.substring(1).split("/");
        if (method.equals("POST") && seg.length == 2 && seg[0].equals(pageId) && seg[1].equals("photos")) {
            if (!files.containsKey("source") && !params.containsKey("url")) {
                return error(400, 324, null, "OAuthException", "(#324) Requires upload file");
            }
            String id = String.valueOf(ids.incrementAndGet());
            Map<String, Object> ph = new LinkedHashMap<>();
            ph.put("id", id);
            ph.put("published", !"false".equals(params.get("published")));
            ph.put("alt_text_custom", params.get("alt_text_custom"));
            ph.put("bytes", files.containsKey("source") ? files.get("source").length : 0);
            ph.put("attached", false);
            photos.put(id, ph);
            return Reply.json(200, Map.of("id", id));
        }
        if (method.equals("POST") && seg.length == 2 && seg[0].equals(pageId) && seg[1].equals("feed")) {
            String message = params.get("message");
            List<String> media = new ArrayList<>();
            for (int i = 0; params.containsKey("attached_media[" + i + "]"); i++) {
                String fbid;
                try {
                    fbid = JSON.readTree(params.get("attached_media[" + i + "]")).path("media_fbid").asText(null);
                } catch (IOException e) {
                    fbid = null;
                }
                Map<String, Object> ph = fbid == null ? null : photos.get(fbid);
                if (ph == null || (Boolean) ph.get("published") || (Boolean) ph.get("attached")) {
                    return error(400, 100, null, "OAuthException", "(#100) param attached_media[" + i
                            + "] must be an unpublished photo of this Page");
                }
                media.add(fbid);
            }
            if ((message == null || message.isBlank()) && media.isEmpty() && !params.containsKey("link")) {
                return error(400, 100, null, "OAuthException", "(#100) Missing message or attachment");
            }
            if (message != null && media.isEmpty() && !posts.isEmpty()
                    && message.equals(posts.get(posts.size() - 1).get("message"))) {
                return error(400, 506, 1455006, "OAuthException", "Duplicate status message");
            }
            media.forEach(m -> photos.get(m).put("attached", true));
            String id = pageId + "_" + ids.incrementAndGet();
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("id", id);
            post.put("message", message);
            post.put("link", params.get("link"));
            post.put("attached_media", media);
            post.put("created_time", TIME.format(Instant.now()));
            post.put("permalink_url", "https://www.facebook.com/" + pageId + "/posts/" + id.substring(id.indexOf('_') + 1));
            posts.add(post);
            return Reply.json(200, Map.of("id", id));
        }
        if (appId != null && seg.length == 2 && seg[0].equals(pageId) && seg[1].equals("videos")) {
            return method.equals("POST") ? createVideo(params) : method.equals("GET") ? listVideos(params)
                    : unsupported(method, seg[0]);
        }
        if (method.equals("GET") && seg.length == 1 && video(seg[0]) != null) {
            return readVideo(video(seg[0]), params.getOrDefault("fields", "id"));
        }
        if (seg.length == 2 && seg[1].equals("comments") && (post(seg[0]) != null || video(seg[0]) != null)) {
            if (method.equals("POST")) {
                String message = params.get("message");
                if (message == null || message.isBlank()) {
                    return error(400, 100, null, "OAuthException", "(#100) Missing message or attachment");
                }
                String id = seg[0].substring(seg[0].indexOf('_') + 1) + "_" + ids.incrementAndGet();
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", id);
                c.put("post", seg[0]);
                c.put("message", message);
                c.put("from", Map.of("id", pageId, "name", "Atlas Air"));
                c.put("created_time", TIME.format(Instant.now()));
                comments.add(c);
                return Reply.json(200, Map.of("id", id));
            }
            if (method.equals("GET")) {
                List<Map<String, Object>> data = new ArrayList<>();
                for (Map<String, Object> c : comments) {
                    if (c.get("post").equals(seg[0])) {
                        Map<String, Object> v = new LinkedHashMap<>(c);
                        v.remove("post");
                        data.add(v);
                    }
                }
                return Reply.json(200, Map.of("data", data, "paging", Map.of()));
            }
        }
        if (method.equals("GET") && seg.length == 2 && seg[0].equals(pageId) && seg[1].equals("posts")) {
            long since = params.containsKey("since") ? Long.parseLong(params.get("since")) : 0;
            int limit = params.containsKey("limit") ? Integer.parseInt(params.get("limit")) : 25;
            List<String> fields = List.of(params.getOrDefault("fields", "id,message,created_time").split(","));
            List<Map<String, Object>> data = new ArrayList<>();
            for (int i = posts.size() - 1; i >= 0 && data.size() < limit; i--) {
                Map<String, Object> po = posts.get(i);
                Instant created = java.time.OffsetDateTime.parse((String) po.get("created_time"),
                        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssZ")).toInstant();
                if (created.getEpochSecond() < since) {
                    continue;
                }
                Map<String, Object> v = new LinkedHashMap<>();
                for (String f : fields) {
                    if (po.containsKey(f) && !f.equals("attached_media")) {
                        v.put(f, po.get(f));
                    }
                }
                data.add(v);
            }
            return Reply.json(200, Map.of("data", data, "paging", Map.of()));
        }
        if (method.equals("GET") && seg.length == 1 && post(seg[0]) != null) {
            Map<String, Object> po = post(seg[0]);
            Map<String, Object> v = new LinkedHashMap<>();
            for (String f : params.getOrDefault("fields", "id").split(",")) {
                if (po.containsKey(f)) {
                    v.put(f, po.get(f));
                }
            }
            v.put("id", po.get("id"));
            return Reply.json(200, v);
        }
        return unsupported(method, seg[0]);
    }

    /** Adds a post of the Page made elsewhere (the Page's own app) at {@code at}. */
    public synchronized void postElsewhere(String message, Instant at) {
        String id = pageId + "_" + ids.incrementAndGet();
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", id);
        post.put("message", message);
        post.put("created_time", TIME.format(at));
        posts.add(post);
    }

    /** The Resumable Upload API endpoints, or null when the request is for another one. */
    private Reply upload(String method, String p, Map<String, String> q, Map<String, List<String>> headers,
            byte[] body) {
        if (method.equals("POST") && p.equals("/" + appId + "/uploads")) {
            if (!userToken.equals(q.get("access_token"))) {
                return error(400, 190, null, "OAuthException", "Invalid OAuth access token - Cannot parse access token");
            }
            String length = q.get("file_length");
            if (q.get("file_name") == null || length == null || !length.matches("[0-9]+")
                    || !"video/mp4".equals(q.get("file_type"))) {
                return error(400, 100, null, "OAuthException", "(#100) file_name, file_length and file_type are required");
            }
            String id = "upload:MTphdHRhY2htZW50" + ids.incrementAndGet();
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("file_name", q.get("file_name"));
            u.put("file_length", Long.parseLong(length));
            u.put("file_type", q.get("file_type"));
            u.put("bytes", new java.io.ByteArrayOutputStream());
            u.put("handle", null);
            uploads.put(id, u);
            return Reply.json(200, Map.of("id", id));
        }
        if (!p.startsWith("/upload:")) {
            return null;
        }
        Map<String, Object> u = uploads.get(p.substring(1));
        if (!("OAuth " + userToken).equals(first(headers, "Authorization"))) {
            return error(400, 190, null, "OAuthException", "Invalid OAuth access token - Cannot parse access token");
        }
        if (u == null) {
            return unsupported(method, p.substring(1));
        }
        java.io.ByteArrayOutputStream held = (java.io.ByteArrayOutputStream) u.get("bytes");
        if (method.equals("GET")) {
            return Reply.json(200, Map.of("id", p.substring(1), "file_offset", held.size()));
        }
        if (!method.equals("POST")) {
            return unsupported(method, p.substring(1));
        }
        String offset = first(headers, "file_offset");
        if (offset == null || !offset.equals(String.valueOf(held.size()))) {
            return error(400, 100, 1363037, "OAuthException", "(#100) file_offset " + offset
                    + " does not match the bytes received: " + held.size());
        }
        int keep = interruptAfter >= 0 ? (int) Math.min(interruptAfter, body.length) : body.length;
        interruptAfter = -1;
        held.write(body, 0, keep);
        long length = (Long) u.get("file_length");
        if (held.size() < length) {
            return error(400, 100, null, "OAuthException", "(#100) upload incomplete: " + held.size() + " of " + length);
        }
        if (held.size() > length) {
            return error(400, 100, null, "OAuthException", "(#100) more bytes than file_length");
        }
        String handle = "4:" + java.util.Base64.getEncoder().encodeToString(p.getBytes(StandardCharsets.UTF_8))
                + ":dmlkZW8vbXA0";
        u.put("handle", handle);
        return Reply.json(200, Map.of("h", handle));
    }

    private Reply createVideo(Map<String, String> params) {
        String handle = params.get("fbuploader_video_file_chunk");
        Map<String, Object> upload = null;
        for (Map<String, Object> u : uploads.values()) {
            if (handle != null && handle.equals(u.get("handle"))) {
                upload = u;
            }
        }
        if (upload == null || Boolean.TRUE.equals(upload.get("used"))) {
            return error(400, 100, null, "OAuthException", "(#100) fbuploader_video_file_chunk is not a valid "
                    + "uploaded file handle");
        }
        upload.put("used", true);
        String id = String.valueOf(ids.incrementAndGet());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("description", params.get("description"));
        v.put("title", params.get("title"));
        v.put("bytes", ((java.io.ByteArrayOutputStream) upload.get("bytes")).size());
        v.put("created_time", TIME.format(Instant.now()));
        v.put("permalink_url", "/" + pageId + "/videos/" + id + "/");
        v.put("polls", processingPolls);
        v.put("error", processingError);
        processingError = null;
        videos.add(v);
        return Reply.json(200, Map.of("id", id));
    }

    private Reply listVideos(Map<String, String> params) {
        List<String> fields = List.of(params.getOrDefault("fields", "id,description,created_time").split(","));
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = videos.size() - 1; i >= 0; i--) {
            Map<String, Object> v = new LinkedHashMap<>();
            for (String f : fields) {
                if (List.of("id", "description", "created_time", "title").contains(f)) {
                    v.put(f, videos.get(i).get(f));
                }
            }
            data.add(v);
        }
        return Reply.json(200, Map.of("data", data, "paging", Map.of()));
    }

    private Reply readVideo(Map<String, Object> v, String fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields.split(",")) {
            if (f.equals("status")) {
                int polls = (Integer) v.get("polls");
                String err = (String) v.get("error");
                Map<String, Object> st = new LinkedHashMap<>();
                if (err != null) {
                    st.put("video_status", "error");
                    st.put("processing_phase", Map.of("status", "error", "errors",
                            List.of(Map.of("code", 1363008, "message", err))));
                } else if (polls > 0) {
                    v.put("polls", polls - 1);
                    st.put("video_status", "processing");
                    st.put("processing_phase", Map.of("status", "in_progress"));
                } else {
                    st.put("video_status", "ready");
                    st.put("processing_phase", Map.of("status", "complete"));
                }
                out.put("status", st);
            } else if (f.equals("permalink_url") || f.equals("description") || f.equals("title")) {
                out.put(f, v.get(f));
            }
        }
        out.put("id", v.get("id"));
        return Reply.json(200, out);
    }

    private Map<String, Object> video(String id) {
        for (Map<String, Object> v : videos) {
            if (v.get("id").equals(id)) {
                return v;
            }
        }
        return null;
    }

    private Map<String, Object> post(String id) {
        for (Map<String, Object> po : posts) {
            if (po.get("id").equals(id)) {
                return po;
            }
        }
        return null;
    }
}
