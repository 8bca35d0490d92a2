package io.edito.kpi.render;

import io.edito.kpi.Report;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The daily trend cut into at most {@code max} buckets of whole days, for sparklines and charts. */
record Trend(List<LocalDate> starts, int daysPerBucket, double[] posts, double[] impressions, double[] engagements,
             boolean impressionsKnown, boolean engagementsKnown) {

    static Trend of(Report r, int max) {
        List<Report.TrendPoint> pts = r.trend();
        if (pts.isEmpty()) {
            return new Trend(List.of(), 1, new double[0], new double[0], new double[0], false, false);
        }
        LocalDate first = pts.get(0).day();
        LocalDate last = pts.get(pts.size() - 1).day();
        if (r.from() != null && r.from().isBefore(first)) {
            first = r.from();
        }
        if (r.to() != null && r.to().isAfter(last)) {
            last = r.to();
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        int per = (int) Math.max(1, (days + max - 1) / max);
        int n = (int) ((days + per - 1) / per);
        double[] p = new double[n];
        double[] imp = new double[n];
        double[] eng = new double[n];
        boolean impKnown = false;
        boolean engKnown = false;
        for (Report.TrendPoint t : pts) {
            int i = (int) (ChronoUnit.DAYS.between(first, t.day()) / per);
            p[i] += t.posts();
            if (!Double.isNaN(t.impressions())) {
                imp[i] += t.impressions();
                impKnown = true;
            }
            if (!Double.isNaN(t.engagements())) {
                eng[i] += t.engagements();
                engKnown = true;
            }
        }
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            starts.add(first.plusDays((long) i * per));
        }
        return new Trend(starts, per, p, imp, eng, impKnown, engKnown);
    }

    boolean isEmpty() {
        return starts.isEmpty();
    }
}
