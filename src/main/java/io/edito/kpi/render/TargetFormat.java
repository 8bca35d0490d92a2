package io.edito.kpi.render;

import io.edito.kpi.CommunityCare;
import io.edito.kpi.Kpi;
import io.edito.kpi.ListeningStats;
import io.edito.kpi.TargetResult;

/** How a target's actual value is shown: in the unit of its metric. */
final class TargetFormat {
    private TargetFormat() {
    }

    static String actual(TargetResult t) {
        Kpi k = Kpi.byKey(t.target().metric());
        if (k != null) {
            return Fmt.value(k, t.actual());
        }
        String metric = t.target().metric();
        if (CommunityCare.RATE_KEYS.contains(metric) || ListeningStats.RATE_KEYS.contains(metric)) {
            return Fmt.percent(t.actual());
        }
        if (metric.endsWith("_minutes")) { // the listening's response and closing times
            return ReportTables.minutes(t.actual());
        }
        return Fmt.count(t.actual());
    }
}
