package io.edito.publish.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The LinkedIn REST endpoints edito uses, under {@code /rest}, as LinkedIn documents them. Every call must carry
 * {@code Authorization: Bearer}, the expected {@code LinkedIn-Version} and {@code X-Restli-Protocol-Version: 2.0.0}.
 * {@code POST /rest/posts} (JSON {@code author, commentary, visibility, distribution, lifecycleState}, optional
 * {@code content.media}, {@code content.multiImage}, {@code content.article}) answers 201 with an empty body and the
 * URN in {@code x-restli-id}; the same commentary again from the same author is 422 {@code DUPLICATE_POST} naming
 * the first post; {@code GET /rest/posts?q=author&author=&count=&sortBy=LAST_MODIFIED} lists the author's posts,
 * newest first; {@code POST /rest/images?action=initializeUpload} then {@code PUT} of the bytes (with the token);
 * {@code POST /rest/videos?action=initializeUpload} (parts of {@link #partSize} bytes), a {@code PUT} per part
 * answered with an {@code ETag}, {@code POST /rest/videos?action=finalizeUpload} (the ETags in order),
 * {@code GET /rest/videos/{urn}} ({@code PROCESSING} for {@link #processingPolls} reads, then {@code AVAILABLE});
 * {@code POST} and {@code GET /rest/socialActions/{urn}/comments}. Anything else, and every refusal, is LinkedIn's
 * error body {@code {"status","serviceErrorCode","code","message"}}.
 */
public final class FakeLinkedIn extends FakeServer {
    private final String author;
    private final String version;
    private volatile String token;
    private final AtomicLong ids = new AtomicLong(7295588489876640000L);
    /** Bytes per video part LinkedIn asks for (4 MB there; small here so that a test file has several). */
    public volatile int partSize = 4 * 1024 * 1024;
    /** How many status reads a finalized video stays PROCESSING. */
    public volatile int processingPolls = 0;
    /** The author's posts cannot be listed (a member token without the restricted r_member_social). */
    public volatile boolean listingForbidden;
    /** The next video part arrives damaged (a byte short), so that finalizeUpload refuses the parts. */
    public volatile boolean damageNextPart;
    private final Map<String, Map<String, Object>> images = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> videos = new LinkedHashMap<>();
    private final List<Map<String, Object>> posts = new ArrayList<>();
    private final List<Map<String, Object>> comments = new ArrayList<>();
    private final Deque<Object[]> errors = new ArrayDeque<>();

    public FakeLinkedIn(String author, String version, String token) {
        this.author = author;
        this.version = version;
        this.token = token;
    }

    /** The base URL as {@code api_base:} takes it. */
    public String apiBase() {
        return baseUrl() + "/rest";
    }

    /** The token stops being valid: every call answers 401 until {@link #acceptToken}. */
    public synchronized void expireToken() {
        token = "expired-" + token;
    }

    public synchronized void acceptToken(String newToken) {
        token = newToken;
    }

    /** The next request whose path ends with {@code pathSuffix} gets this LinkedIn error, without doing anything. */
    public synchronized void linkedinError(String pathSuffix, int status, Integer serviceErrorCode, String code,
            String message, Map<String, String> headers) {
        errors.add(new Object[] {pathSuffix, status, serviceErrorCode, code, message, headers});
    }

    public synchronized List<Map<String, Object>> posts() {
        return List.copyOf(posts);
    }

    public synchronized List<Map<String, Object>> comments() {
        return List.copyOf(comments);
    }

    public synchronized Map<String, Map<String, Object>> images() {
        return Map.copyOf(images);
    }

    public synchronized Map<String, Map<String, Object>> videos() {
        return Map.copyOf(videos);
    }

    /** A post of the author made elsewhere (LinkedIn's own app) at {@code atMillis}. */
    public synchronized String postElsewhere(String commentary, long atMillis) {
        String urn = "urn:li:share:" + ids.incrementAndGet();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", urn);
        p.put("author", author);
        p.put("commentary", commentary);
        p.put("createdAt", atMillis);
        p.put("lastModifiedAt", atMillis);
        p.put("publishedAt", atMillis);
        p.put("lifecycleState", "PUBLISHED");
        posts.add(p);
        return urn;
    }

    @Override
    protected Object state() {
        return Map.of("posts", posts, "comments", comments);
    }

    private static Reply error(int status, Integer serviceErrorCode, String code, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        if (serviceErrorCode != null) {
            e.put("serviceErrorCode", serviceErrorCode);
        }
        if (code != null) {
            e.put("code", code);
        }
        e.put("message", message);
        return Reply.json(status, e);
    }

    private static Reply created(String urn, Object body) {
        Reply r = body == null ? new Reply(201, "", Map.of()) : Reply.json(201, body);
        return new Reply(201, r.body(), Map.of("x-restli-id", urn));
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        for (Object[] e : errors) {
            if (path.endsWith((String) e[0])) {
                errors.remove(e);
                @SuppressWarnings("unchecked")
                Map<String, String> h = (Map<String, String>) e[5];
                Reply r = error((Integer) e[1], (Integer) e[2], (String) e[3], (String) e[4]);
                return new Reply(r.status(), r.body(), h == null ? Map.of() : h);
            }
        }
        if (path.startsWith("/dms-uploads/")) {
            return upload(method, path, headers, body);
        }
        if (!path.startsWith("/rest/")) {
            return error(404, null, null, "No resource found for " + path);
        }
        String auth = first(headers, "Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            return error(401, 65600, "INVALID_ACCESS_TOKEN", "Empty oauth2 access token");
        }
        if (!auth.substring(7).equals(token)) {
            return error(401, 65601, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired");
        }
        String v = first(headers, "LinkedIn-Version");
        if (v == null) {
            return error(400, null, "VERSION_MISSING", "A version must be present. Please specify a version by "
                    + "adding the LinkedIn-Version header.");
        }
        if (!v.equals(version)) {
            return error(426, null, "NONEXISTENT_VERSION", "Requested version " + v + " is not active");
        }
        if (!"2.0.0".equals(first(headers, "X-Restli-Protocol-Version"))) {
            return error(400, null, "ILLEGAL_ARGUMENT", "X-Restli-Protocol-Version 2.0.0 is required");
        }
        String p = path.substring("/rest".length());
        Map<String, String> q = query(query);
        if (method.equals("POST") && !"application/json".equals(first(headers, "Content-Type"))) {
            return error(415, null, null, "Unsupported Media Type");
        }
        if (method.equals("POST") && p.equals("/posts")) {
            return createPost(parse(body));
        }
        if (method.equals("GET") && p.equals("/posts")) {
            return listPosts(q);
        }
        if (method.equals("POST") && p.equals("/images") && "initializeUpload".equals(q.get("action"))) {
            JsonNode r = parse(body).path("initializeUploadRequest");
            if (!author.equals(r.path("owner").asText())) {
                return error(403, 100, "ACCESS_DENIED", "Not enough permissions to upload for owner "
                        + r.path("owner").asText());
            }
            String id = "C4E10AQ" + ids.incrementAndGet();
            Map<String, Object> img = new LinkedHashMap<>();
            img.put("bytes", -1);
            images.put("urn:li:image:" + id, img);
            return Reply.json(200, Map.of("value", Map.of("uploadUrlExpiresAt", System.currentTimeMillis() + 86400000L,
                    "uploadUrl", baseUrl() + "/dms-uploads/image/" + id, "image", "urn:li:image:" + id)));
        }
        if (method.equals("POST") && p.equals("/videos") && "initializeUpload".equals(q.get("action"))) {
            JsonNode r = parse(body).path("initializeUploadRequest");
            if (!author.equals(r.path("owner").asText())) {
                return error(403, 100, "ACCESS_DENIED", "Accessing this video resource is forbidden");
            }
            long size = r.path("fileSizeBytes").asLong(-1);
            if (size <= 0) {
                return error(400, null, "FIELD_MISSING", "fileSizeBytes is required");
            }
            String id = "C5F10AQ" + ids.incrementAndGet();
            List<Map<String, Object>> instructions = new ArrayList<>();
            for (long first = 0, n = 0; first < size; first += partSize, n++) {
                long last = Math.min(size, first + partSize) - 1;
                instructions.add(Map.of("uploadUrl", baseUrl() + "/dms-uploads/video/" + id + "/" + n,
                        "firstByte", first, "lastByte", last));
            }
            Map<String, Object> vid = new LinkedHashMap<>();
            vid.put("size", size);
            vid.put("parts", new LinkedHashMap<String, Object>());
            vid.put("status", "WAITING_UPLOAD");
            videos.put("urn:li:video:" + id, vid);
            return Reply.json(200, Map.of("value", Map.of("uploadUrlsExpireAt", System.currentTimeMillis() + 86400000L,
                    "video", "urn:li:video:" + id, "uploadInstructions", instructions, "uploadToken", "")));
        }
        if (method.equals("POST") && p.equals("/videos") && "finalizeUpload".equals(q.get("action"))) {
            return finalizeVideo(parse(body).path("finalizeUploadRequest"));
        }
        if (method.equals("GET") && p.startsWith("/videos/")) {
            String urn = p.substring("/videos/".length());
            Map<String, Object> vid = videos.get(urn);
            if (vid == null) {
                return error(404, null, "NOT_FOUND", "Video " + urn + " not found");
            }
            if ("PROCESSING".equals(vid.get("status"))) {
                int left = (Integer) vid.get("polls");
                if (left <= 0) {
                    vid.put("status", "AVAILABLE");
                } else {
                    vid.put("polls", left - 1);
                }
            }
            return Reply.json(200, Map.of("id", urn, "owner", author, "status", vid.get("status")));
        }
        if (p.startsWith("/socialActions/") && p.endsWith("/comments")) {
            String urn = p.substring("/socialActions/".length(), p.length() - "/comments".length());
            if (post(urn) == null) {
                return error(404, null, "NOT_FOUND", "Not Found: " + urn);
            }
            return method.equals("POST") ? comment(urn, parse(body)) : method.equals("GET") ? listComments(urn)
                    : error(405, null, null, "Method not allowed");
        }
        return error(404, null, "NOT_FOUND", "No resource found for " + method + " " + path);
    }

    private Reply createPost(JsonNode b) {
        if (!author.equals(b.path("author").asText())) {
            return error(403, 100, "ACCESS_DENIED", "Unpermitted fields present in REQUEST_BODY: author");
        }
        for (String f : List.of("commentary", "visibility", "distribution", "lifecycleState")) {
            if (!b.has(f)) {
                return error(422, null, "FIELD_MISSING", "/" + f + " :: field is required but not found");
            }
        }
        if (!"MAIN_FEED".equals(b.path("distribution").path("feedDistribution").asText())
                || !"PUBLISHED".equals(b.path("lifecycleState").asText())) {
            return error(422, null, "INVALID_VALUE", "distribution.feedDistribution or lifecycleState is invalid");
        }
        JsonNode content = b.path("content");
        List<Map<String, Object>> media = new ArrayList<>();
        if (content.has("media")) {
            String id = content.path("media").path("id").asText();
            if (!usable(id)) {
                return error(422, null, "INVALID_VALUE", "/content/media/id :: " + id + " is not an uploaded, available"
                        + " image or video of the author");
            }
            media.add(mediaOf(content.path("media")));
        } else if (content.has("multiImage")) {
            JsonNode list = content.path("multiImage").path("images");
            if (list.size() < 2 || list.size() > 20) {
                return error(422, null, "INVALID_VALUE", "/content/multiImage/images :: 2 to 20 images required");
            }
            for (JsonNode i : list) {
                if (!usable(i.path("id").asText()) || !i.path("id").asText().startsWith("urn:li:image:")) {
                    return error(422, null, "INVALID_VALUE", "/content/multiImage/images :: " + i.path("id").asText()
                            + " is not an uploaded image of the author");
                }
                media.add(mediaOf(i));
            }
        }
        String commentary = b.path("commentary").asText();
        for (Map<String, Object> p : posts) {
            if (p.get("commentary").equals(commentary) && content.isMissingNode() && !p.containsKey("content")) {
                Map<String, Object> dup = new LinkedHashMap<>();
                dup.put("errorDetailType", "com.linkedin.common.error.BadRequest");
                dup.put("message", "com.linkedin.content.common.exception.BadRequestResponseException: Content is a "
                        + "duplicate of " + p.get("id"));
                dup.put("errorDetails", Map.of("inputErrors", List.of(Map.of("description",
                        "Duplicate post is detected", "input", Map.of(), "code", "DUPLICATE_POST"))));
                dup.put("status", 422);
                return Reply.json(422, dup);
            }
        }
        long now = System.currentTimeMillis();
        String urn = "urn:li:share:" + ids.incrementAndGet();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", urn);
        p.put("author", author);
        p.put("commentary", commentary);
        p.put("visibility", b.path("visibility").asText());
        p.put("createdAt", now);
        p.put("lastModifiedAt", now);
        p.put("publishedAt", now);
        p.put("lifecycleState", "PUBLISHED");
        if (!content.isMissingNode()) {
            p.put("content", JSON.convertValue(content, Map.class));
            p.put("media", media);
        }
        posts.add(p);
        return created(urn, null);
    }

    private static Map<String, Object> mediaOf(JsonNode m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.path("id").asText());
        out.put("altText", m.hasNonNull("altText") ? m.get("altText").asText() : null);
        return out;
    }

    private boolean usable(String id) {
        Map<String, Object> img = images.get(id);
        if (img != null) {
            return (Integer) img.get("bytes") > 0;
        }
        Map<String, Object> vid = videos.get(id);
        return vid != null && "AVAILABLE".equals(vid.get("status"));
    }

    private Reply listPosts(Map<String, String> q) {
        if (!"author".equals(q.get("q")) || q.get("author") == null) {
            return error(400, null, "ILLEGAL_ARGUMENT", "finder q=author requires the author parameter");
        }
        if (!q.get("author").equals(author) || listingForbidden) {
            return error(403, 100, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.FINDER-author");
        }
        int count = q.containsKey("count") ? Integer.parseInt(q.get("count")) : 10;
        List<Map<String, Object>> els = new ArrayList<>();
        for (int i = posts.size() - 1; i >= 0 && els.size() < count; i--) {
            Map<String, Object> v = new LinkedHashMap<>(posts.get(i));
            v.remove("media");
            els.add(v);
        }
        return Reply.json(200, Map.of("elements", els, "paging", Map.of("start", 0, "count", count,
                "links", List.of())));
    }

    private Reply finalizeVideo(JsonNode r) {
        String urn = r.path("video").asText();
        Map<String, Object> vid = videos.get(urn);
        if (vid == null) {
            return error(404, null, "NOT_FOUND", "Video " + urn + " not found");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> parts = (Map<String, Object>) vid.get("parts");
        List<String> etags = new ArrayList<>();
        long total = 0;
        for (Object o : parts.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> part = (Map<String, Object>) o;
            etags.add((String) part.get("etag"));
            total += (Integer) part.get("bytes");
        }
        List<String> given = new ArrayList<>();
        r.path("uploadedPartIds").forEach(n -> given.add(n.asText()));
        if (!given.equals(etags) || total != (Long) vid.get("size")) {
            return error(400, null, "INVALID_VALUE", "uploadedPartIds do not match the uploaded parts of " + urn);
        }
        vid.put("status", "PROCESSING");
        vid.put("polls", processingPolls);
        return new Reply(200, "", Map.of());
    }

    private Reply upload(String method, String path, Map<String, List<String>> headers, byte[] body) {
        if (!method.equals("PUT")) {
            return error(405, null, null, "Method not allowed");
        }
        String[] seg = path.substring("/dms-uploads/".length()).split("/");
        if (seg[0].equals("image") && seg.length == 2) {
            Map<String, Object> img = images.get("urn:li:image:" + seg[1]);
            String auth = first(headers, "Authorization");
            if (img == null || auth == null || !auth.equals("Bearer " + token)) {
                return error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
            }
            img.put("bytes", body.length);
            return new Reply(201, "", Map.of());
        }
        if (seg[0].equals("video") && seg.length == 3) {
            Map<String, Object> vid = videos.get("urn:li:video:" + seg[1]);
            if (vid == null) {
                return error(404, null, "NOT_FOUND", "upload not found");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> parts = (Map<String, Object>) vid.get("parts");
            int got = damageNextPart ? body.length - 1 : body.length;
            damageNextPart = false;
            String etag = "/ETag-" + seg[1] + "-" + seg[2] + "-" + got;
            parts.put(seg[2], Map.of("etag", etag, "bytes", got));
            return new Reply(200, "", Map.of("ETag", etag));
        }
        return error(404, null, "NOT_FOUND", "upload not found");
    }

    private Reply comment(String postUrn, JsonNode b) {
        if (!author.equals(b.path("actor").asText()) || !postUrn.equals(b.path("object").asText())) {
            return error(403, 100, "ACCESS_DENIED", "actor and object must be the author and the post");
        }
        String text = b.path("message").path("text").asText("");
        if (text.isBlank()) {
            return error(422, null, "FIELD_MISSING", "/message/text :: field is required but not found");
        }
        long id = ids.incrementAndGet();
        String urn = "urn:li:comment:(" + postUrn + "," + id + ")";
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("actor", author);
        c.put("object", postUrn);
        c.put("message", Map.of("text", text));
        c.put("id", String.valueOf(id));
        c.put("$URN", urn);
        c.put("created", Map.of("time", System.currentTimeMillis()));
        comments.add(c);
        return created(urn, c);
    }

    private Reply listComments(String postUrn) {
        List<Map<String, Object>> els = new ArrayList<>();
        for (Map<String, Object> c : comments) {
            if (c.get("object").equals(postUrn)) {
                els.add(c);
            }
        }
        return Reply.json(200, Map.of("elements", els, "paging", Map.of("start", 0, "count", els.size())));
    }

    private Map<String, Object> post(String urn) {
        for (Map<String, Object> p : posts) {
            if (p.get("id").equals(urn)) {
                return p;
            }
        }
        return null;
    }
}
