package io.edito.kpi;

import java.util.Locale;

/** The KPIs of a report, in display order; docs/kpi.md gives each formula. */
public enum Kpi {
    POSTS(Unit.COUNT), IMPRESSIONS(Unit.COUNT), REACH(Unit.COUNT), ENGAGEMENTS(Unit.COUNT),
    ENGAGEMENT_RATE(Unit.RATE), ENGAGEMENT_RATE_REACH(Unit.RATE), CTR(Unit.RATE), IMPRESSIONS_CTR(Unit.RATE),
    REACTIONS(Unit.COUNT), COMMENTS(Unit.COUNT), SHARES(Unit.COUNT), SAVES(Unit.COUNT), CLICKS(Unit.COUNT),
    IMPRESSION_CLICKS(Unit.COUNT), VIDEO_VIEWS(Unit.COUNT), WATCH_TIME_HOURS(Unit.COUNT), AVG_VIEW_DURATION(Unit.SECONDS),
    FOLLOWS(Unit.COUNT), NEW_FOLLOWS(Unit.COUNT), FOLLOWER_CHANGE(Unit.COUNT), FOLLOWERS(Unit.COUNT),
    SPEND(Unit.MONEY), COST_PER_CLICK(Unit.MONEY), COST_PER_ENGAGEMENT(Unit.MONEY);

    /** KPIs summed over networks from account-level series: each names the networks that gave it. */
    public static final java.util.List<Kpi> FROM_SERIES = java.util.List.of(NEW_FOLLOWS, FOLLOWER_CHANGE, FOLLOWERS);

    /** How a value is shown and compared: rates are fractions (0.031), shown as percents; durations in seconds. */
    public enum Unit { COUNT, RATE, MONEY, SECONDS }

    private final Unit unit;

    Kpi(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Why a key that is no KPI any more is refused (a KPI that was split), or null. */
    public static String retired(String key) {
        return key.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_').equals("follower_growth")
                ? "follower_growth added TikTok's net change to Meta's gross new follows; use follower_change (net, TikTok)"
                + " or new_follows (gross, Meta)" : null;
    }

    public static Kpi byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Kpi kpi : values()) {
            if (kpi.key().equals(k)) {
                return kpi;
            }
        }
        return null;
    }
}
