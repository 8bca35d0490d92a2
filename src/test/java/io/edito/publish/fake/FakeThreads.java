package io.edito.publish.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Threads API endpoints that edito uses ({@code /v1.0}): {@code GET /me?fields=id,username};
 * {@code POST /{user-id}/threads} ({@code media_type} TEXT, IMAGE, VIDEO or CAROUSEL, {@code text} of at most 500
 * characters, {@code image_url}, {@code video_url}, {@code alt_text}, {@code is_carousel_item}, {@code children},
 * {@code reply_to_id}); {@code GET /{container}?fields=status,error_message}; {@code POST /{user-id}/threads_publish};
 * {@code GET /{user-id}/threads_publishing_limit} (with {@code reply_quota_usage} and {@code reply_config});
 * {@code GET /{user-id}/threads} (the profile's posts, not its replies); {@code GET /{media}/replies}. Images must be
 * JPEG or PNG.
 */
public final class FakeThreads extends FakeContainers {
    public static final String VERSION = "/v1.0";

    public FakeThreads(String userId, String token) {
        super(VERSION, userId, token, "threads", "threads_publish", "threads_publishing_limit", "threads", "text", 250);
    }

    /** The replies published, in order. */
    public synchronized List<Map<String, Object>> replies() {
        return media.stream().filter(m -> m.get("root") != Boolean.TRUE).toList();
    }

    /** The posts published (not replies), in order. */
    public synchronized List<Map<String, Object>> posts() {
        return media.stream().filter(m -> m.get("root") == Boolean.TRUE).toList();
    }

    @Override
    protected Map<String, Object> statusView(Map<String, Object> c, String state, String detail) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", state);
        if (detail != null) {
            v.put("error_message", detail.contains("download") ? "FAILED_DOWNLOADING_VIDEO" : "UNKNOWN");
        }
        return v;
    }

    @Override
    protected boolean accepts(String kind, String contentType, byte[] body) {
        if (kind.equals("IMAGE")) {
            boolean jpeg = body.length > 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xD8;
            boolean png = body.length > 4 && body[1] == 'P' && body[2] == 'N' && body[3] == 'G';
            return jpeg || png;
        }
        return contentType.startsWith("video/");
    }

    @Override
    protected Reply checkCreate(Map<String, String> p) {
        String type = p.get("media_type");
        if (type == null || !Set.of("TEXT", "IMAGE", "VIDEO", "CAROUSEL").contains(type)) {
            return error(400, 100, null, "THApiException", "(#100) The parameter media_type is required and must be "
                    + "TEXT, IMAGE, VIDEO or CAROUSEL");
        }
        String text = p.get("text");
        if (type.equals("TEXT") && (text == null || text.isBlank())) {
            return error(400, 100, null, "THApiException", "(#100) The parameter text is required.");
        }
        if (text != null && text.codePointCount(0, text.length()) > 500) {
            return error(400, 100, 4279009, "THApiException", "The text is too long: 500 characters at most");
        }
        if (type.equals("IMAGE") && !p.containsKey("image_url") || type.equals("VIDEO") && !p.containsKey("video_url")) {
            return error(400, 100, null, "THApiException", "(#100) The media URL is required.");
        }
        String replyTo = p.get("reply_to_id");
        if (replyTo != null && find(replyTo) == null) {
            return error(400, 100, null, "THApiException", "(#100) The parameter reply_to_id is invalid");
        }
        return null;
    }

    @Override
    protected void published(Map<String, Object> container, Map<String, Object> m) {
        Object replyTo = container.get("reply_to_id");
        if (replyTo != null) {
            m.put("root", Boolean.FALSE);
            m.put("reply_to", replyTo);
        }
        m.put("alt_text", container.get("alt_text"));
    }

    @Override
    protected void limitRow(Map<String, Object> row) {
        row.put("reply_quota_usage", replies().size());
        row.put("reply_config", Map.of("quota_total", 1000, "quota_duration", 86400));
    }

    @Override
    protected Reply more(String method, String[] seg, Map<String, String> params) {
        if (method.equals("GET") && seg.length == 1 && seg[0].equals("me")) {
            return Reply.json(200, Map.of("id", owner, "username", "atlas.air"));
        }
        if (method.equals("GET") && seg.length == 2 && seg[1].equals("replies") && find(seg[0]) != null) {
            List<Map<String, Object>> data = new ArrayList<>();
            for (Map<String, Object> m : media) {
                if (seg[0].equals(m.get("reply_to"))) {
                    data.add(view(m, params.getOrDefault("fields", "id,text")));
                }
            }
            return Reply.json(200, Map.of("data", data, "paging", Map.of()));
        }
        return null;
    }
}
