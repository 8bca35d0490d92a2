package io.edito.publish.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Instagram Graph API endpoints of content publishing that edito uses ({@code /v27.0}, the Facebook Login
 * host's shape): {@code POST /{ig-id}/media} ({@code image_url} with {@code alt_text}, {@code media_type=REELS}
 * or {@code VIDEO} with {@code video_url}, {@code is_carousel_item}, {@code media_type=CAROUSEL} with
 * {@code children}, {@code caption}); {@code GET /{container}?fields=status_code,status};
 * {@code POST /{ig-id}/media_publish}; {@code GET /{ig-id}/content_publishing_limit}; {@code GET /{ig-id}/media}
 * ({@code caption}, {@code timestamp}, {@code permalink}); {@code POST|GET /{media-id}/comments} ({@code message}
 * in, {@code text} out). Images must be JPEG; a container with {@code alt_text} on a video is refused.
 */
public final class FakeInstagram extends FakeContainers {
    public static final String VERSION = "/v27.0";
    private final List<Map<String, Object>> comments = new ArrayList<>();

    public FakeInstagram(String accountId, String token) {
        super(VERSION, accountId, token, "media", "media_publish", "content_publishing_limit", "media", "caption",
                100);
    }

    public synchronized List<Map<String, Object>> comments() {
        return List.copyOf(comments);
    }

    @Override
    protected Object state() {
        return Map.of("media", media, "comments", comments);
    }

    @Override
    protected Map<String, Object> statusView(Map<String, Object> c, String state, String detail) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status_code", state);
        v.put("status", detail != null ? detail : state.equals("FINISHED")
                ? "Finished: Media has been uploaded and it is ready to be published." : state);
        return v;
    }

    @Override
    protected boolean accepts(String kind, String contentType, byte[] body) {
        if (kind.equals("IMAGE")) {
            // JPEG only: the bytes say it, not the name
            return body.length > 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xD8;
        }
        return contentType.startsWith("video/");
    }

    @Override
    protected Reply checkCreate(Map<String, String> p) {
        String type = p.get("media_type");
        if (type != null && !Set.of("REELS", "VIDEO", "CAROUSEL", "STORIES").contains(type)) {
            return error(400, 100, null, "OAuthException", "(#100) The parameter media_type is invalid");
        }
        if (type == null && !p.containsKey("image_url")) {
            return error(400, 100, null, "OAuthException", "(#100) The parameter image_url is required.");
        }
        if ((type != null && !type.equals("CAROUSEL")) && !p.containsKey("video_url")) {
            return error(400, 100, null, "OAuthException", "(#100) The parameter video_url is required.");
        }
        if (p.containsKey("alt_text") && !p.containsKey("image_url")) {
            return error(400, 100, null, "OAuthException", "(#100) alt_text is supported for images only");
        }
        if ("true".equals(p.get("is_carousel_item")) && p.containsKey("caption")) {
            return error(400, 100, null, "OAuthException", "(#100) A carousel item has no caption");
        }
        return null;
    }

    @Override
    protected Reply more(String method, String[] seg, Map<String, String> params) {
        if (seg.length != 2 || !seg[1].equals("comments") || find(seg[0]) == null) {
            return null;
        }
        if (method.equals("POST")) {
            String message = params.get("message");
            if (message == null || message.isBlank()) {
                return error(400, 100, null, "OAuthException", "(#100) The parameter message is required.");
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", String.valueOf(ids.incrementAndGet()));
            c.put("media", seg[0]);
            c.put("text", message);
            c.put("timestamp", TIME.format(Instant.now()));
            comments.add(c);
            return Reply.json(200, Map.of("id", c.get("id")));
        }
        List<Map<String, Object>> data = new ArrayList<>();
        for (Map<String, Object> c : comments) {
            if (c.get("media").equals(seg[0])) {
                data.add(view(c, params.getOrDefault("fields", "id,text")));
            }
        }
        return Reply.json(200, Map.of("data", data, "paging", Map.of()));
    }
}
