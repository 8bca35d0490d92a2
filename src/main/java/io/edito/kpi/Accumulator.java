package io.edito.kpi;

import io.edito.metrics.Metric;
import io.edito.metrics.PostMetrics;
import io.edito.metrics.SeriesMetric;
import io.edito.metrics.SeriesPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private double ictrNum;
    private double ictrDen;
    private double avdNum;
    private double avdDen;
    private double cpcNum;
    private double cpcDen;
    private double cpeNum;
    private double cpeDen;
    /** For each ratio KPI (by ordinal), the posts its sums rest on: those that carry both its terms. */
    private final long[] basePosts = new long[Kpi.values().length];
    /** network -> follower series of the group: net change and gross new follows, each only when given. */
    private Map<String, Follows> follows;
    private Map<SeriesMetric, Double> seriesSums;

    /** One network's follower series: sums of net change and of new follows (NaN: not given), last level. */
    private static final class Follows {
        double change = Double.NaN;
        double newFollows = Double.NaN;
        LocalDate lastDay;
        double last = Double.NaN;

        void addAll(Follows o) {
            change = plus(change, o.change);
            newFollows = plus(newFollows, o.newFollows);
            if (o.lastDay != null && (lastDay == null || !o.lastDay.isBefore(lastDay))) {
                lastDay = o.lastDay;
                last = o.last;
            }
        }
    }

    private static double plus(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b;
    }

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
                basePosts[Kpi.ENGAGEMENT_RATE.ordinal()]++;
            }
            if (!Double.isNaN(reach)) {
                errNum += eng;
                errDen += reach;
                basePosts[Kpi.ENGAGEMENT_RATE_REACH.ordinal()]++;
            }
            if (!Double.isNaN(spend)) {
                cpeNum += spend;
                cpeDen += eng;
                basePosts[Kpi.COST_PER_ENGAGEMENT.ordinal()]++;
            }
        }
        if (!Double.isNaN(clicks)) {
            if (!Double.isNaN(imp)) {
                ctrNum += clicks;
                ctrDen += imp;
                basePosts[Kpi.CTR.ordinal()]++;
            }
            if (!Double.isNaN(spend)) {
                cpcNum += spend;
                cpcDen += clicks;
                basePosts[Kpi.COST_PER_CLICK.ordinal()]++;
            }
        }
        double impClicks = p.get(Metric.IMPRESSION_CLICKS);
        if (!Double.isNaN(impClicks) && !Double.isNaN(imp)) {
            ictrNum += impClicks;
            ictrDen += imp;
            basePosts[Kpi.IMPRESSIONS_CTR.ordinal()]++;
        }
        double watch = p.get(Metric.WATCH_TIME_HOURS);
        double views = p.get(Metric.VIDEO_VIEWS);
        if (!Double.isNaN(watch) && !Double.isNaN(views)) {
            avdNum += watch * 3600;
            avdDen += views;
            basePosts[Kpi.AVG_VIEW_DURATION.ordinal()]++;
        }
    }

    void add(SeriesPoint s) {
        switch (s.metric()) {
            case FOLLOWER_CHANGE -> follows(s.network()).change = plus(follows(s.network()).change, s.value());
            case NEW_FOLLOWS -> follows(s.network()).newFollows = plus(follows(s.network()).newFollows, s.value());
            case FOLLOWERS -> {
                Follows f = follows(s.network());
                if (f.lastDay == null || !f.lastDay.isAfter(s.date())) {
                    f.lastDay = s.date();
                    f.last = s.value();
                }
            }
            default -> {
                if (s.metric().additive()) {
                    if (seriesSums == null) {
                        seriesSums = new EnumMap<>(SeriesMetric.class);
                    }
                    seriesSums.merge(s.metric(), s.value(), Double::sum);
                }
            }
        }
    }

    private Follows follows(String network) {
        if (follows == null) {
            follows = new TreeMap<>();
        }
        return follows.computeIfAbsent(network, n -> new Follows());
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
        ictrNum += o.ictrNum;
        ictrDen += o.ictrDen;
        avdNum += o.avdNum;
        avdDen += o.avdDen;
        cpcNum += o.cpcNum;
        cpcDen += o.cpcDen;
        cpeNum += o.cpeNum;
        cpeDen += o.cpeDen;
        for (int i = 0; i < basePosts.length; i++) {
            basePosts[i] += o.basePosts[i];
        }
        if (o.follows != null) {
            o.follows.forEach((n, f) -> follows(n).addAll(f));
        }
        if (o.seriesSums != null) {
            if (seriesSums == null) {
                seriesSums = new EnumMap<>(SeriesMetric.class);
            }
            o.seriesSums.forEach((k, v) -> seriesSums.merge(k, v, Double::sum));
        }
    }

    Kpis snapshot() {
        Map<Kpi, Double> v = new EnumMap<>(Kpi.class);
        Map<Kpi, List<String>> networks = new EnumMap<>(Kpi.class);
        v.put(Kpi.POSTS, (double) posts);
        put(v, Kpi.IMPRESSIONS, Metric.IMPRESSIONS);
        put(v, Kpi.REACH, Metric.REACH);
        if (hasEngagements) {
            v.put(Kpi.ENGAGEMENTS, engagements);
        }
        ratio(v, Kpi.ENGAGEMENT_RATE, erNum, erDen);
        ratio(v, Kpi.ENGAGEMENT_RATE_REACH, errNum, errDen);
        ratio(v, Kpi.CTR, ctrNum, ctrDen);
        ratio(v, Kpi.IMPRESSIONS_CTR, ictrNum, ictrDen);
        put(v, Kpi.REACTIONS, Metric.REACTIONS);
        put(v, Kpi.COMMENTS, Metric.COMMENTS);
        put(v, Kpi.SHARES, Metric.SHARES);
        put(v, Kpi.SAVES, Metric.SAVES);
        put(v, Kpi.CLICKS, Metric.CLICKS);
        put(v, Kpi.IMPRESSION_CLICKS, Metric.IMPRESSION_CLICKS);
        put(v, Kpi.VIDEO_VIEWS, Metric.VIDEO_VIEWS);
        put(v, Kpi.WATCH_TIME_HOURS, Metric.WATCH_TIME_HOURS);
        ratio(v, Kpi.AVG_VIEW_DURATION, avdNum, avdDen);
        put(v, Kpi.FOLLOWS, Metric.FOLLOWS);
        if (follows != null) {
            // each summed only over the networks whose exports give it: gross follows and net change never mix
            sumOverNetworks(v, networks, Kpi.NEW_FOLLOWS, f -> f.newFollows);
            sumOverNetworks(v, networks, Kpi.FOLLOWER_CHANGE, f -> f.change);
            sumOverNetworks(v, networks, Kpi.FOLLOWERS, f -> f.last);
        }
        put(v, Kpi.SPEND, Metric.SPEND);
        ratio(v, Kpi.COST_PER_CLICK, cpcNum, cpcDen);
        ratio(v, Kpi.COST_PER_ENGAGEMENT, cpeNum, cpeDen);
        Map<String, Double> series = new LinkedHashMap<>();
        if (seriesSums != null) {
            seriesSums.forEach((k, x) -> series.put(k.key(), x));
        }
        Map<Kpi, Long> bases = new EnumMap<>(Kpi.class);
        for (Kpi k : Kpi.values()) {
            if (basePosts[k.ordinal()] > 0 && v.containsKey(k)) {
                bases.put(k, basePosts[k.ordinal()]);
            }
        }
        return new Kpis(v, series, networks, bases);
    }

    private void sumOverNetworks(Map<Kpi, Double> v, Map<Kpi, List<String>> networks, Kpi k,
                                 java.util.function.ToDoubleFunction<Follows> value) {
        double total = 0;
        List<String> from = new ArrayList<>();
        for (Map.Entry<String, Follows> e : follows.entrySet()) {
            double x = value.applyAsDouble(e.getValue());
            if (!Double.isNaN(x)) {
                total += x;
                from.add(e.getKey());
            }
        }
        if (!from.isEmpty()) {
            v.put(k, total);
            networks.put(k, List.copyOf(from));
        }
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
