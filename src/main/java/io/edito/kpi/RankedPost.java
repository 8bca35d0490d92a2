package io.edito.kpi;

import io.edito.metrics.Metric;
import io.edito.metrics.PostMetrics;

/** A post in a top/bottom list, with the value it was ranked on. */
public record RankedPost(PostMetrics post, double value, String campaign) {

    static boolean rankable(Kpi k) {
        return k == Kpi.ENGAGEMENTS || k == Kpi.ENGAGEMENT_RATE || k == Kpi.ENGAGEMENT_RATE_REACH || k == Kpi.CTR
                || Metric.byKey(k.key()) != null;
    }

    /** The value of {@code k} for one post, or NaN when the post does not carry it. */
    static double valueOf(PostMetrics p, double engagements, Kpi k) {
        return switch (k) {
            case ENGAGEMENTS -> engagements;
            case ENGAGEMENT_RATE -> ratio(engagements, p.get(Metric.IMPRESSIONS));
            case ENGAGEMENT_RATE_REACH -> ratio(engagements, p.get(Metric.REACH));
            case CTR -> ratio(p.get(Metric.CLICKS), p.get(Metric.IMPRESSIONS));
            default -> p.get(Metric.byKey(k.key()));
        };
    }

    private static double ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b <= 0 ? Double.NaN : a / b;
    }
}
