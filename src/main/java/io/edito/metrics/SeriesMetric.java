package io.edito.metrics;

import java.util.Locale;

/** Account-level daily (or hourly) metrics: follower series and page totals. */
public enum SeriesMetric implements Field {
    /** Total followers at the end of the day. */
    FOLLOWERS("followers"),
    /** Net change in followers during the day (gains minus losses). */
    FOLLOWER_CHANGE("follower_change"),
    /** New follows during the day (gross, losses not subtracted). */
    NEW_FOLLOWS("new_follows"),
    REACH("daily_reach"),
    VIEWS("daily_views"),
    VISITS("profile_visits"),
    LIKES("daily_likes"),
    COMMENTS("daily_comments"),
    SHARES("daily_shares"),
    INTERACTIONS("daily_interactions"),
    LINK_CLICKS("daily_link_clicks"),
    /** Followers active during an hour (TikTok follower activity): an audience signal, not a sum. */
    ACTIVE_FOLLOWERS("active_followers");

    private final String key;

    SeriesMetric(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** True when values of different days add up to a meaningful total. */
    public boolean additive() {
        return this != FOLLOWERS && this != ACTIVE_FOLLOWERS;
    }

    /**
     * The metric a Meta Business Suite daily export carries, named by its title line
     * ({@code "Facebook reach"}, {@code "Follows"}, {@code "Instagram profile visits"}...), or null.
     */
    public static SeriesMetric fromMetaTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("unfollow")) {
            return null;
        }
        if (t.contains("follower")) {
            return t.contains("new") ? NEW_FOLLOWS : FOLLOWERS;
        }
        if (t.contains("follow")) {
            return NEW_FOLLOWS;
        }
        if (t.contains("reach")) {
            return REACH;
        }
        if (t.contains("visit")) {
            return VISITS;
        }
        if (t.contains("view") || t.contains("impression")) {
            return VIEWS;
        }
        if (t.contains("link click")) {
            return LINK_CLICKS;
        }
        if (t.contains("interaction") || t.contains("engagement")) {
            return INTERACTIONS;
        }
        return null;
    }

    public static SeriesMetric byKey(String key) {
        for (SeriesMetric m : values()) {
            if (m.key.equalsIgnoreCase(key.trim())) {
                return m;
            }
        }
        return null;
    }
}
