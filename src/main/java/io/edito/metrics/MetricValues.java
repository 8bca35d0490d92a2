package io.edito.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-post metric values of one row; a metric the export does not carry (or left empty) is absent,
 * which is not the same as zero: rates only use posts that carry both of their terms.
 */
public final class MetricValues {
    private static final int N = Metric.all().length;
    private final double[] values;

    private MetricValues(double[] values) {
        this.values = values;
    }

    /** A fresh builder array: every metric absent. */
    public static double[] newArray() {
        double[] a = new double[N];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Wraps {@code values} (indexed by {@link Metric#ordinal()}, NaN = absent); the array must not be changed later. */
    public static MetricValues wrap(double[] values) {
        if (values.length != N) {
            throw new IllegalArgumentException("expected " + N + " values");
        }
        return new MetricValues(values);
    }

    public static MetricValues of(Map<Metric, Double> map) {
        double[] a = newArray();
        map.forEach((m, v) -> a[m.ordinal()] = v);
        return new MetricValues(a);
    }

    public boolean has(Metric m) {
        return !Double.isNaN(values[m.ordinal()]);
    }

    /** The value, or NaN when absent. */
    public double get(Metric m) {
        return values[m.ordinal()];
    }

    /**
     * Engagements of the post: the export's own engagement count when it has one, else the sum of the
     * interactions it carries (reactions, comments, shares, saves, clicks); NaN when it carries none.
     */
    public double engagements() {
        double own = values[Metric.ENGAGEMENTS.ordinal()];
        if (!Double.isNaN(own)) {
            return own;
        }
        double sum = Double.NaN;
        for (Metric m : ENGAGEMENT_TERMS) {
            double v = values[m.ordinal()];
            if (!Double.isNaN(v)) {
                sum = Double.isNaN(sum) ? v : sum + v;
            }
        }
        return sum;
    }

    /** The metrics added up when an export has no engagement column of its own. */
    public static final java.util.List<Metric> ENGAGEMENT_TERMS =
            java.util.List.of(Metric.REACTIONS, Metric.COMMENTS, Metric.SHARES, Metric.SAVES, Metric.CLICKS);

    public Map<Metric, Double> asMap() {
        Map<Metric, Double> m = new LinkedHashMap<>();
        for (Metric metric : Metric.all()) {
            if (has(metric)) {
                m.put(metric, get(metric));
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricValues other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
