package io.edito.kpi;

import io.edito.metrics.PostMetrics;
import io.edito.metrics.SeriesPoint;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The running sums of each network over the period. */
final class NetworkTotals {
    private final Map<String, Accumulator> byNetwork = new HashMap<>();

    void post(PostMetrics p, double engagements) {
        byNetwork.computeIfAbsent(p.network(), n -> new Accumulator()).add(p, engagements);
    }

    void series(SeriesPoint s) {
        byNetwork.computeIfAbsent(s.network(), n -> new Accumulator()).add(s);
    }

    /** The KPIs of {@code network}, or null when it had no records in the period. */
    Kpis of(String network) {
        Accumulator a = byNetwork.get(network);
        return a == null ? null : a.snapshot();
    }

    /** Every network's KPIs, by name. */
    Map<String, Kpis> snapshot() {
        Map<String, Kpis> m = new LinkedHashMap<>();
        new TreeMap<>(byNetwork).forEach((n, a) -> m.put(n, a.snapshot()));
        return m;
    }
}
