package io.edito.metrics;

import java.util.Locale;

/** The normalised per-post metrics, in the order of the generic format. */
public enum Metric implements Field {
    IMPRESSIONS("impressions"),
    REACH("reach"),
    REACTIONS("reactions"),
    COMMENTS("comments"),
    SHARES("shares"),
    SAVES("saves"),
    CLICKS("clicks"),
    /**
     * Clicks on the post where it was shown, from a click-through rate of impressions (YouTube's thumbnail
     * click-through): a way to a view, not an interaction with the post, so not an engagement.
     */
    IMPRESSION_CLICKS("impression_clicks"),
    VIDEO_VIEWS("video_views"),
    /** Hours of video watched (YouTube's watch time). */
    WATCH_TIME_HOURS("watch_time_hours"),
    FOLLOWS("follows"),
    SPEND("spend"),
    /** The export's own engagement count, where it has one (X); otherwise engagements are computed. */
    ENGAGEMENTS("engagements");

    private static final Metric[] ALL = values();
    private final String key;

    Metric(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Metric[] all() {
        return ALL.clone();
    }

    /** The metric named {@code key} ({@code video_views}, {@code impressions}...), or null. */
    public static Metric byKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (Metric m : ALL) {
            if (m.key.equals(k)) {
                return m;
            }
        }
        return null;
    }
}
