package io.edito.kpi;

import io.edito.metrics.Metric;
import io.edito.metrics.PostMetrics;
import io.edito.metrics.SeriesMetric;
import io.edito.metrics.SeriesPoint;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running sums for one group of posts. Rates are ratios of sums over the posts that carry both terms
 * (never averages of per-post rates), so a post without impressions does not dilute the engagement rate.
 */
final class Accumulator {
    private static final Metric[] METRICS = Metric.all();
    private static final int M = METRICS.length;
    long posts;
    private final double[] sum = new double[M];
    private final boolean[] has = new boolean[M];
    private double engagements;
    private boolean hasEngagements;
    private double erNum;
    private double erDen;
    private double errNum;
    private double errDen;
    private double ctrNum;
    private double ctrDen;
    private double cpcNum;
    private double cpcDen;
    private double cpeNum;
    private double cpeDen;
    /** network -> [net change sum, has net change, new follows sum, has new follows]. */
    private Map<String, double[]> growth;
    /** network -> (day, followers) latest. */
    private Map<String, Object[]> followers;
    private Map<SeriesMetric, Double> seriesSums;

    void add(PostMetrics p, double eng) {
        posts++;
        for (int i = 0; i < M; i++) {
            double v = p.values().get(METRICS[i]);
            if (!Double.isNaN(v)) {
                sum[i] += v;
                has[i] = true;
            }
        }
        double imp = p.get(Metric.IMPRESSIONS);
        double reach = p.get(Metric.REACH);
        double clicks = p.get(Metric.CLICKS);
        double spend = p.get(Metric.SPEND);
        if (!Double.isNaN(eng)) {
            engagements += eng;
            hasEngagements = true;
            if (!Double.isNaN(imp)) {
                erNum += eng;
                erDen += imp;
            }
            if (!Double.isNaN(reach)) {
                errNum += eng;
                errDen += reach;
            }
            if (!Double.isNaN(spend)) {
                cpeNum += spend;
                cpeDen += eng;
            }
        }
        if (!Double.isNaN(clicks)) {
            if (!Double.isNaN(imp)) {
                ctrNum += clicks;
                ctrDen += imp;
            }
            if (!Double.isNaN(spend)) {
                cpcNum += spend;
                cpcDen += clicks;
            }
        }
    }

    void add(SeriesPoint s) {
        switch (s.metric()) {
            case FOLLOWER_CHANGE -> growth(s.network())[0] += s.value();
            case NEW_FOLLOWS -> growth(s.network())[2] += s.value();
            case FOLLOWERS -> {
                if (followers == null) {
                    followers = new HashMap<>();
                }
                Object[] last = followers.get(s.network());
                if (last == null || !((LocalDate) last[0]).isAfter(s.date())) {
                    followers.put(s.network(), new Object[] {s.date(), s.value()});
                }
            }
            default -> {
            }
        }
        if (s.metric() == SeriesMetric.FOLLOWER_CHANGE) {
            growth(s.network())[1] = 1;
        } else if (s.metric() == SeriesMetric.NEW_FOLLOWS) {
            growth(s.network())[3] = 1;
        }
        if (s.metric().additive()) {
            if (seriesSums == null) {
                seriesSums = new EnumMap<>(SeriesMetric.class);
            }
            seriesSums.merge(s.metric(), s.value(), Double::sum);
        }
    }

    private double[] growth(String network) {
        if (growth == null) {
            growth = new TreeMap<>();
        }
        return growth.computeIfAbsent(network, n -> new double[4]);
    }

    void addAll(Accumulator o) {
        posts += o.posts;
        for (int i = 0; i < M; i++) {
            sum[i] += o.sum[i];
            has[i] |= o.has[i];
        }
        engagements += o.engagements;
        hasEngagements |= o.hasEngagements;
        erNum += o.erNum;
        erDen += o.erDen;
        errNum += o.errNum;
        errDen += o.errDen;
        ctrNum += o.ctrNum;
        ctrDen += o.ctrDen;
        cpcNum += o.cpcNum;
        cpcDen += o.cpcDen;
        cpeNum += o.cpeNum;
        cpeDen += o.cpeDen;
    }

    Kpis snapshot() {
        Map<Kpi, Double> v = new EnumMap<>(Kpi.class);
        v.put(Kpi.POSTS, (double) posts);
        put(v, Kpi.IMPRESSIONS, Metric.IMPRESSIONS);
        put(v, Kpi.REACH, Metric.REACH);
        if (hasEngagements) {
            v.put(Kpi.ENGAGEMENTS, engagements);
        }
        ratio(v, Kpi.ENGAGEMENT_RATE, erNum, erDen);
        ratio(v, Kpi.ENGAGEMENT_RATE_REACH, errNum, errDen);
        ratio(v, Kpi.CTR, ctrNum, ctrDen);
        put(v, Kpi.REACTIONS, Metric.REACTIONS);
        put(v, Kpi.COMMENTS, Metric.COMMENTS);
        put(v, Kpi.SHARES, Metric.SHARES);
        put(v, Kpi.SAVES, Metric.SAVES);
        put(v, Kpi.CLICKS, Metric.CLICKS);
        put(v, Kpi.VIDEO_VIEWS, Metric.VIDEO_VIEWS);
        put(v, Kpi.FOLLOWS, Metric.FOLLOWS);
        if (growth != null) {
            double g = 0;
            for (double[] n : growth.values()) {
                g += n[1] > 0 ? n[0] : n[2];
            }
            v.put(Kpi.FOLLOWER_GROWTH, g);
        }
        if (followers != null) {
            double f = 0;
            for (Object[] last : followers.values()) {
                f += (Double) last[1];
            }
            v.put(Kpi.FOLLOWERS, f);
        }
        put(v, Kpi.SPEND, Metric.SPEND);
        ratio(v, Kpi.COST_PER_CLICK, cpcNum, cpcDen);
        ratio(v, Kpi.COST_PER_ENGAGEMENT, cpeNum, cpeDen);
        Map<String, Double> series = new LinkedHashMap<>();
        if (seriesSums != null) {
            seriesSums.forEach((k, x) -> series.put(k.key(), x));
        }
        return new Kpis(v, series);
    }

    private void put(Map<Kpi, Double> v, Kpi k, Metric m) {
        if (has[m.ordinal()]) {
            v.put(k, sum[m.ordinal()]);
        }
    }

    private static void ratio(Map<Kpi, Double> v, Kpi k, double num, double den) {
        if (den > 0) {
            v.put(k, num / den);
        }
    }
}
