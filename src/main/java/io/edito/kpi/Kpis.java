package io.edito.kpi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KPI values of a set of posts (and of the account series over the same days). A KPI is absent (null)
 * when no post carries what it needs: "no data" is not zero.
 *
 * @param values   KPI -> value; rates as fractions
 * @param series   sums of additive account-level daily series ({@code daily_reach}...), by series key
 * @param networks for the KPIs summed over networks from account series ({@link Kpi#FROM_SERIES}), the networks
 *                 whose exports gave them, sorted
 * @param bases    for the ratio KPIs (rates, costs, average view duration), the posts their sums rest on: those
 *                 that carry both terms (fewer than {@link #posts} when some posts lack one)
 */
public record Kpis(Map<Kpi, Double> values, Map<String, Double> series, Map<Kpi, List<String>> networks,
                   Map<Kpi, Long> bases) {
    public Kpis {
        bases = Collections.unmodifiableMap(new EnumMap<>(bases.isEmpty() ? new EnumMap<>(Kpi.class) : bases));
        values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(Kpi.class) : values));
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        networks = Collections.unmodifiableMap(new EnumMap<>(networks.isEmpty() ? new EnumMap<>(Kpi.class) : networks));
    }

    public Double get(Kpi k) {
        return values.get(k);
    }

    /** The networks that gave {@code k} (empty when it is not summed from series, or has no data). */
    public List<String> networksOf(Kpi k) {
        return networks.getOrDefault(k, List.of());
    }

    /** The posts the ratio KPI {@code k} rests on, or null when it is no ratio or has no value. */
    public Long baseOf(Kpi k) {
        return bases.get(k);
    }

    /** These KPIs but {@code k}, which is not known. */
    public Kpis without(Kpi k) {
        Map<Kpi, Double> v = new EnumMap<>(Kpi.class);
        v.putAll(values);
        v.remove(k);
        Map<Kpi, Long> b = new EnumMap<>(Kpi.class);
        b.putAll(bases);
        b.remove(k);
        return new Kpis(v, series, networks, b);
    }

    public long posts() {
        Double p = values.get(Kpi.POSTS);
        return p == null ? 0 : p.longValue();
    }
}
