package io.edito.kpi;

import io.edito.metrics.PostMetrics;
import io.edito.metrics.SeriesPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The running sums of each {@code --by} group, and with {@code --by type} the exports' own type values per group. */
final class GroupTotals {
    private final boolean byType;
    private final Map<List<String>, Accumulator> groups = new HashMap<>();
    /** group -> the exports' own type values and their posts (the original kept beside the type). */
    private final Map<List<String>, Map<String, Long>> exportTypes = new HashMap<>();

    GroupTotals(List<Dimension> by) {
        this.byType = by.contains(Dimension.TYPE);
    }

    void post(List<String> key, PostMetrics p, double engagements) {
        groups.computeIfAbsent(key, k -> new Accumulator()).add(p, engagements);
        if (p.type() != null && byType) {
            exportTypes.computeIfAbsent(key, k -> new HashMap<>()).merge(p.type(), 1L, Long::sum);
        }
    }

    void series(List<String> key, SeriesPoint s) {
        groups.computeIfAbsent(key, k -> new Accumulator()).add(s);
    }

    /** The groups in key order, each with its previous and compared sums when {@code comparison} is not null. */
    List<Report.Group> report(Comparison comparison) {
        List<Report.Group> gs = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(GroupTotals::compareKeys)).forEach(e -> gs.add(
                new Report.Group(e.getKey(), e.getValue().snapshot(),
                        comparison == null ? null : comparison.compared(e.getKey(), PeriodWindow.PREVIOUS),
                        comparison == null ? null : comparison.compared(e.getKey(), PeriodWindow.CURRENT),
                        exportTypes.getOrDefault(e.getKey(), Map.of()))));
        return gs;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
