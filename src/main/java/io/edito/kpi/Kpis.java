package io.edito.kpi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * KPI values of a set of posts (and of the account series over the same days). A KPI is absent (null)
 * when no post carries what it needs: "no data" is not zero.
 *
 * @param values KPI -> value; rates as fractions
 * @param series sums of additive account-level daily series ({@code daily_reach}...), by series key
 */
public record Kpis(Map<Kpi, Double> values, Map<String, Double> series) {
    public Kpis {
        values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(Kpi.class) : values));
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    }

    public Double get(Kpi k) {
        return values.get(k);
    }

    public long posts() {
        Double p = values.get(Kpi.POSTS);
        return p == null ? 0 : p.longValue();
    }
}
