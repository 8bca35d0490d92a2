package io.edito.publish.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The endpoints of TikTok's Content Posting API that edito uses, as TikTok documents them (Direct Post, Photo Post,
 * Query Creator Info, Get Post Status, Media Transfer Guide): every call but the upload is a {@code POST} with
 * {@code Authorization: Bearer} and {@code Content-Type: application/json; charset=UTF-8}, answered
 * {@code {"data":{...},"error":{"code":"ok","message":"","log_id"}}}; a refusal has the same shape with the error's
 * code ({@code access_token_invalid} 401, {@code invalid_params} 400, {@code privacy_level_option_mismatch},
 * {@code unaudited_client_can_only_post_to_private_accounts}, {@code url_ownership_unverified} 403,
 * {@code rate_limit_exceeded} 429, {@code spam_risk_too_many_posts} 403). A video's bytes go by {@code PUT} to the
 * {@code upload_url} in chunks with {@code Content-Range}, in order, sized as the guide rules (one piece up to
 * 64 MB, else {@code floor(size / chunk)} pieces of 5-64 MB, the last up to 128 MB), answered 206 then 201.
 *
 * <p>Like an app TikTok has not audited by default ({@link #audited(boolean)}): privacy {@code SELF_ONLY} only, and
 * no post id comes back for a private post. A post's status goes {@code PROCESSING_UPLOAD} (video) or
 * {@code PROCESSING_DOWNLOAD} (photos), then {@code PUBLISH_COMPLETE} after {@link #processingPolls(int)} status
 * reads.
 */
public final class FakeTikTok extends FakeServer {
    static final long MB = 1024L * 1024;
    private static final Set<String> VIDEO_TYPES = Set.of("video/mp4", "video/quicktime", "video/webm");
    private volatile String token;
    private volatile boolean audited;
    private volatile int processingPolls;
    private final String verifiedPrefix;
    private final AtomicLong ids = new AtomicLong(7300000000000000000L);
    private final Map<String, Map<String, Object>> publishes = new LinkedHashMap<>();
    private final List<Map<String, Object>> posts = new ArrayList<>();
    private final Deque<Object[]> errors = new ArrayDeque<>();
    private volatile String failNext;

    /**
     * @param verifiedPrefix the URL prefix of the domain verified for this app: photos pulled from elsewhere are
     *                       refused with {@code url_ownership_unverified}
     */
    public FakeTikTok(String token, String verifiedPrefix) {
        this.token = token;
        this.verifiedPrefix = verifiedPrefix;
    }

    /** An audited app may use every privacy level, and public posts get their post id. */
    public FakeTikTok audited(boolean a) {
        audited = a;
        return this;
    }

    /** How many status reads a post stays in processing before it is published. */
    public FakeTikTok processingPolls(int n) {
        processingPolls = n;
        return this;
    }

    /** The next post that finishes processing fails with this reason. */
    public void failNextPost(String reason) {
        failNext = reason;
    }

    public synchronized void expireToken() {
        token = "expired-" + token;
    }

    /** The next request to a path ending with {@code suffix} is refused with TikTok's error (nothing done). */
    public synchronized void error(String suffix, int status, String code, String message) {
        errors.add(new Object[] {suffix, status, code, message});
    }

    /** The posts TikTok made (once a video's last byte arrived, or photos were accepted), as copies. */
    public synchronized List<Map<String, Object>> posts() {
        return posts.stream().map(p -> (Map<String, Object>) new LinkedHashMap<>(p)).toList();
    }

    public synchronized Map<String, Map<String, Object>> publishes() {
        return Map.copyOf(publishes);
    }

    @Override
    protected Object state() {
        return Map.of("posts", posts);
    }

    private static Reply fail(int status, String code, String message) {
        return Reply.json(status, Map.of("data", Map.of(), "error", Map.of("code", code, "message", message,
                "log_id", "20261204" + Long.toHexString(System.nanoTime() & 0xffffffL).toUpperCase())));
    }

    private static Reply ok(Object data) {
        return Reply.json(200, Map.of("data", data, "error", Map.of("code", "ok", "message", "", "log_id",
                "20261204" + Long.toHexString(System.nanoTime() & 0xffffffL).toUpperCase())));
    }

    private List<String> privacyOptions() {
        return audited ? List.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY") : List.of("SELF_ONLY");
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        for (Object[] e : errors) {
            if (path.endsWith((String) e[0])) {
                errors.remove(e);
                return fail((Integer) e[1], (String) e[2], (String) e[3]);
            }
        }
        if (path.equals("/upload/")) {
            return upload(method, query, headers, body);
        }
        if (!method.equals("POST")) {
            return fail(405, "invalid_params", "Method not allowed: " + method + " " + path);
        }
        String auth = first(headers, "Authorization");
        if (auth == null || !auth.equals("Bearer " + token)) {
            return fail(401, "access_token_invalid", "The access token is invalid or not found in the request.");
        }
        String ct = first(headers, "Content-Type");
        if (ct == null || !ct.replace(" ", "").equalsIgnoreCase("application/json;charset=UTF-8")) {
            return fail(400, "invalid_params", "Content-Type must be application/json; charset=UTF-8");
        }
        JsonNode in = body.length == 0 ? JSON.createObjectNode() : parse(body);
        switch (path) {
            case "/v2/post/publish/creator_info/query/":
                return ok(Map.of("creator_avatar_url", "https://p16.tiktokcdn.example/a.jpeg",
                        "creator_username", "atlas.air", "creator_nickname", "Atlas Air",
                        "privacy_level_options", privacyOptions(), "comment_disabled", false, "duet_disabled", false,
                        "stitch_disabled", false, "max_video_post_duration_sec", 600));
            case "/v2/post/publish/video/init/":
                return videoInit(in);
            case "/v2/post/publish/content/init/":
                return photoInit(in);
            case "/v2/post/publish/status/fetch/":
                return status(in);
            default:
                return fail(404, "invalid_params", "Unknown endpoint " + path);
        }
    }

    private Reply checkPostInfo(JsonNode info, int titleMax) {
        String privacy = info.path("privacy_level").asText("");
        if (!Set.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "SELF_ONLY")
                .contains(privacy)) {
            return fail(400, "invalid_params", "post_info.privacy_level is required");
        }
        if (!audited && !privacy.equals("SELF_ONLY")) {
            return fail(403, "unaudited_client_can_only_post_to_private_accounts",
                    "Unaudited clients can only post to private accounts.");
        }
        if (!privacyOptions().contains(privacy)) {
            return fail(400, "privacy_level_option_mismatch", "privacy_level is not one of the creator's options");
        }
        if (info.path("title").asText("").length() > titleMax) {
            return fail(400, "invalid_params", "post_info.title is longer than " + titleMax);
        }
        return null;
    }

    private Reply videoInit(JsonNode in) {
        JsonNode info = in.path("post_info");
        Reply bad = checkPostInfo(info, 2200);
        if (bad != null) {
            return bad;
        }
        JsonNode src = in.path("source_info");
        if (!src.path("source").asText("").equals("FILE_UPLOAD")) {
            return fail(400, "invalid_params", "source_info.source must be FILE_UPLOAD or PULL_FROM_URL");
        }
        long size = src.path("video_size").asLong(-1);
        long chunk = src.path("chunk_size").asLong(-1);
        long count = src.path("total_chunk_count").asLong(-1);
        boolean whole = chunk == size && count == 1 && size > 0 && size <= 64 * MB;
        boolean pieces = size > 0 && chunk >= 5 * MB && chunk <= 64 * MB && count == size / chunk && count >= 1
                && count <= 1000 && size - (count - 1) * chunk <= 128 * MB;
        if (!whole && !pieces) {
            return fail(400, "invalid_params", "video_size, chunk_size and total_chunk_count do not follow the media "
                    + "transfer guide (size " + size + ", chunk " + chunk + ", count " + count + ")");
        }
        String id = "v_pub_file~v2-1." + ids.incrementAndGet();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("publish_id", id);
        p.put("kind", "video");
        p.put("title", info.path("title").asText(""));
        p.put("privacy_level", info.path("privacy_level").asText());
        p.put("disable_comment", info.path("disable_comment").asBoolean(false));
        p.put("disable_duet", info.path("disable_duet").asBoolean(false));
        p.put("disable_stitch", info.path("disable_stitch").asBoolean(false));
        p.put("video_size", size);
        p.put("chunk_size", chunk);
        p.put("chunks", count);
        p.put("uploaded_bytes", 0L);
        p.put("status", "PROCESSING_UPLOAD");
        p.put("polls", 0);
        publishes.put(id, p);
        return ok(Map.of("publish_id", id, "upload_url", baseUrl() + "/upload/?upload_id=" + id.substring(id.indexOf('.') + 1)
                + "&upload_token=tok" + id.hashCode()));
    }

    private Reply upload(String method, String query, Map<String, List<String>> headers, byte[] body) {
        if (!method.equals("PUT")) {
            return fail(405, "invalid_params", "the upload URL takes PUT");
        }
        String uploadId = query(query).get("upload_id");
        Map<String, Object> p = publishes.values().stream()
                .filter(x -> String.valueOf(x.get("publish_id")).endsWith("." + uploadId)).findFirst().orElse(null);
        if (p == null) {
            return fail(404, "invalid_params", "unknown upload");
        }
        String type = first(headers, "Content-Type");
        if (type == null || !VIDEO_TYPES.contains(type)) {
            return fail(400, "invalid_file_upload", "Content-Type must be video/mp4, video/quicktime or video/webm");
        }
        String range = first(headers, "Content-Range");
        long size = (Long) p.get("video_size");
        long chunk = (Long) p.get("chunk_size");
        long chunks = (Long) p.get("chunks");
        long done = (Long) p.get("uploaded_bytes");
        long index = chunk == 0 ? 0 : done / chunk;
        long from = done;
        long to = index == chunks - 1 ? size - 1 : from + chunk - 1;
        String want = "bytes " + from + "-" + to + "/" + size;
        if (!want.equals(range) || body.length != to - from + 1) {
            return fail(400, "invalid_file_upload", "expected Content-Range " + want + " and " + (to - from + 1)
                    + " bytes, got " + range + " and " + body.length + " bytes");
        }
        p.put("uploaded_bytes", to + 1);
        if (to + 1 < size) {
            return new Reply(206, null, Map.of());
        }
        posts.add(p); // the last byte is in: TikTok makes the post
        return new Reply(201, null, Map.of());
    }

    private Reply photoInit(JsonNode in) {
        if (!in.path("media_type").asText("").equals("PHOTO") || !in.path("post_mode").asText("").equals("DIRECT_POST")) {
            return fail(400, "invalid_params", "media_type must be PHOTO and post_mode DIRECT_POST or MEDIA_UPLOAD");
        }
        JsonNode info = in.path("post_info");
        Reply bad = checkPostInfo(info, 90);
        if (bad != null) {
            return bad;
        }
        if (info.path("description").asText("").length() > 4000) {
            return fail(400, "invalid_params", "post_info.description is longer than 4000");
        }
        JsonNode src = in.path("source_info");
        JsonNode images = src.path("photo_images");
        if (!src.path("source").asText("").equals("PULL_FROM_URL") || !images.isArray() || images.isEmpty()
                || images.size() > 35 || src.path("photo_cover_index").asInt(-1) < 0
                || src.path("photo_cover_index").asInt() >= images.size()) {
            return fail(400, "invalid_params", "source_info needs PULL_FROM_URL, 1 to 35 photo_images and a "
                    + "photo_cover_index among them");
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode u : images) {
            if (!u.asText().startsWith(verifiedPrefix)) {
                return fail(403, "url_ownership_unverified", "The domain or URL prefix of " + u.asText()
                        + " is not verified.");
            }
            urls.add(u.asText());
        }
        String id = "p_pub_url~v2." + ids.incrementAndGet();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("publish_id", id);
        p.put("kind", "photo");
        p.put("title", info.path("title").asText(""));
        p.put("description", info.path("description").asText(""));
        p.put("privacy_level", info.path("privacy_level").asText());
        p.put("disable_comment", info.path("disable_comment").asBoolean(false));
        p.put("photo_images", urls);
        p.put("status", "PROCESSING_DOWNLOAD");
        p.put("polls", 0);
        publishes.put(id, p);
        posts.add(p); // accepted: TikTok pulls the photos and makes the post
        return ok(Map.of("publish_id", id));
    }

    private Reply status(JsonNode in) {
        Map<String, Object> p = publishes.get(in.path("publish_id").asText(""));
        if (p == null) {
            return fail(400, "invalid_params", "publish_id not found");
        }
        String st = (String) p.get("status");
        boolean received = p.get("kind").equals("photo")
                || ((Long) p.get("uploaded_bytes")).longValue() == ((Long) p.get("video_size")).longValue();
        if (received && (st.equals("PROCESSING_UPLOAD") || st.equals("PROCESSING_DOWNLOAD"))) {
            int polls = (Integer) p.get("polls") + 1;
            p.put("polls", polls);
            if (polls > processingPolls) {
                if (failNext != null) {
                    p.put("status", "FAILED");
                    p.put("fail_reason", failNext);
                    failNext = null;
                    posts.remove(p);
                } else {
                    p.put("status", "PUBLISH_COMPLETE");
                    boolean pub = p.get("privacy_level").equals("PUBLIC_TO_EVERYONE");
                    p.put("post_id", pub ? String.valueOf(ids.incrementAndGet()) : null);
                }
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("status", p.get("status"));
        if (p.get("fail_reason") != null) {
            d.put("fail_reason", p.get("fail_reason"));
        }
        d.put("publicaly_available_post_id", p.get("post_id") == null ? List.of() : List.of(Long.parseLong(
                (String) p.get("post_id"))));
        d.put("uploaded_bytes", p.getOrDefault("uploaded_bytes", 0L));
        return ok(d);
    }
}
