package io.edito.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one vocabulary of post types ({@code --by type}): each export's own words ({@code IG reel}, {@code Reels},
 * {@code IG image}, {@code Photos}, {@code Links}...) mapped to post, photo, carousel, video, reel, story, link,
 * text or live. docs/kpi.md lists the mapping.
 */
public final class PostTypes {
    /** The types a post can have in a report, in display order. */
    public static final List<String> ALL = List.of("post", "photo", "carousel", "video", "reel", "story", "link", "text", "live");

    /** Export words (lower case, blanks collapsed) to types. */
    private static final Map<String, String> WORDS = words();

    private PostTypes() {
    }

    private static Map<String, String> words() {
        Map<String, String> m = new HashMap<>();
        put(m, "post", "post", "posts", "ig post", "feed post", "fb post", "update", "status update");
        put(m, "photo", "photo", "photos", "image", "images", "picture", "ig image", "ig photo", "fb photo", "single image");
        put(m, "carousel", "carousel", "carousels", "ig carousel", "album", "albums", "carousel album", "multi-photo",
                "multi photo", "multiple photos", "multi-image", "fb album");
        put(m, "video", "video", "videos", "ig video", "fb video", "native video", "short", "shorts", "igtv");
        put(m, "reel", "reel", "reels", "ig reel", "fb reel", "facebook reel", "instagram reel");
        put(m, "story", "story", "stories", "ig story", "fb story");
        put(m, "link", "link", "links", "shared link", "link post");
        put(m, "text", "text", "status", "statuses", "text post", "text only");
        put(m, "live", "live", "live video", "ig live", "fb live", "live stream", "livestream");
        for (String t : ALL) {
            m.put(t, t);
        }
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String type, String... words) {
        for (String w : words) {
            m.put(w, type);
        }
    }

    /**
     * The type of a post from its export's value: one of {@link #ALL}; a value edito does not know is kept as
     * written (so nothing is silently renamed); without a value, {@code video} for networks that only have videos
     * (TikTok, YouTube), else null.
     */
    public static String canonical(String exportValue, String network) {
        if (exportValue == null || exportValue.isBlank()) {
            return "tiktok".equals(network) || "youtube".equals(network) ? "video" : null;
        }
        String t = WORDS.get(ExportTypes.normalize(exportValue));
        return t != null ? t : exportValue.strip();
    }

    /** The words that map to {@code type}, sorted, for docs and messages. */
    static List<String> wordsOf(String type) {
        return WORDS.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).sorted().toList();
    }
}
