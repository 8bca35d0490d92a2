package io.edito.kpi;

import io.edito.metrics.PostMetrics;
import io.edito.metrics.PostTypes;
import io.edito.metrics.SeriesPoint;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The group a record falls in for {@code --by}: one value per dimension, the calendar's values winning. */
final class GroupKeys {
    private final List<Dimension> by;
    private final Map<LocalDate, String> weeks = new HashMap<>();

    GroupKeys(List<Dimension> by) {
        this.by = by;
    }

    /** A post's group: its plan's campaign, pillar and language where the calendar gives them. */
    List<String> of(PostMetrics p, LocalDate day, PlannedPost plan) {
        String[] k = new String[by.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = switch (by.get(i)) {
                case NETWORK -> p.network();
                case CHANNEL -> p.channelOrNetwork();
                case DAY -> day == null ? "(undated)" : day.toString();
                case WEEK -> week(day);
                case MONTH -> day == null ? "(undated)" : day.toString().substring(0, 7);
                case TYPE -> orNone(PostTypes.canonical(p.type(), p.network()));
                case CAMPAIGN -> orNone(plan != null && plan.campaign() != null ? plan.campaign() : p.campaign());
                case PILLAR -> orNone(plan != null && plan.pillar() != null ? plan.pillar() : p.pillar());
                case LANG -> orNone(plan != null && plan.lang() != null ? plan.lang() : p.lang());
            };
        }
        return List.of(k);
    }

    /**
     * A series point's group (only dimensions that apply to series: network and periods), its periods those of
     * {@code day} (its own date, or the day of the current period it is compared with).
     */
    List<String> of(SeriesPoint s, LocalDate day) {
        String[] k = new String[by.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = switch (by.get(i)) {
                case NETWORK -> s.network();
                case DAY -> day.toString();
                case WEEK -> week(day);
                default -> day.toString().substring(0, 7);
            };
        }
        return List.of(k);
    }

    private String week(LocalDate day) {
        if (day == null) {
            return "(undated)";
        }
        return weeks.computeIfAbsent(day, d -> {
            int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (w < 10 ? "0" : "") + w;
        });
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "(none)" : s;
    }
}
