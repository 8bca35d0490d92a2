package io.edito.kpi;

import java.util.Locale;

/** The KPIs of a report, in display order; docs/kpi.md gives each formula. */
public enum Kpi {
    POSTS(Unit.COUNT), IMPRESSIONS(Unit.COUNT), REACH(Unit.COUNT), ENGAGEMENTS(Unit.COUNT),
    ENGAGEMENT_RATE(Unit.RATE), ENGAGEMENT_RATE_REACH(Unit.RATE), CTR(Unit.RATE),
    REACTIONS(Unit.COUNT), COMMENTS(Unit.COUNT), SHARES(Unit.COUNT), SAVES(Unit.COUNT), CLICKS(Unit.COUNT),
    VIDEO_VIEWS(Unit.COUNT), FOLLOWS(Unit.COUNT), FOLLOWER_GROWTH(Unit.COUNT), FOLLOWERS(Unit.COUNT),
    SPEND(Unit.MONEY), COST_PER_CLICK(Unit.MONEY), COST_PER_ENGAGEMENT(Unit.MONEY);

    /** How a value is shown and compared: rates are fractions (0.031), shown as percents. */
    public enum Unit { COUNT, RATE, MONEY }

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
