package io.edito.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Posts, impressions and engagements per day of the period, and the first and last day any record fell on. */
final class DailyTrend {
    private final Map<LocalDate, double[]> days = new HashMap<>();
    private LocalDate first;
    private LocalDate last;

    /** A day some record (a post, a series point, an inbox message) fell on. */
    void seen(LocalDate day) {
        if (first == null || day.isBefore(first)) {
            first = day;
        }
        if (last == null || day.isAfter(last)) {
            last = day;
        }
    }

    /** A post of {@code day}, its impressions and engagements (NaN: unknown, not counted). */
    void post(LocalDate day, double imp, double eng) {
        seen(day);
        double[] t = days.computeIfAbsent(day, d -> new double[5]);
        t[0]++;
        if (!Double.isNaN(imp)) {
            t[1] += imp;
            t[3]++;
        }
        if (!Double.isNaN(eng)) {
            t[2] += eng;
            t[4]++;
        }
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    List<Report.TrendPoint> points() {
        List<Report.TrendPoint> out = new ArrayList<>();
        // a day whose posts carry no impressions (or no engagements: YouTube without its like columns) has none, not 0
        new TreeMap<>(days).forEach((d, t) -> out.add(new Report.TrendPoint(d, (long) t[0], t[3] > 0 ? t[1] : Double.NaN,
                t[4] > 0 ? t[2] : Double.NaN)));
        return out;
    }
}
