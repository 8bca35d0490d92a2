package io.edito.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Resolved column positions of a type for one header row. */
final class ColumnBinding {
    final ExportType type;
    final int[] attr = new int[Attr.values().length];
    final int[] metricCol;
    final Metric[] metricOf;
    final int[] rateCol;
    final ColumnRule[] rateRule;
    final int[] seriesCol;
    final SeriesMetric[] seriesOf;
    final String[] header;

    ColumnBinding(ExportType type, List<String> cells, SeriesMetric titleMetric) {
        this.type = type;
        this.header = cells.toArray(String[]::new);
        Arrays.fill(attr, -1);
        List<String> norm = cells.stream().map(ExportTypes::normalize).toList();
        List<Integer> mc = new ArrayList<>();
        List<Metric> mo = new ArrayList<>();
        List<Integer> sc = new ArrayList<>();
        List<SeriesMetric> so = new ArrayList<>();
        List<Integer> rc = new ArrayList<>();
        List<ColumnRule> rr = new ArrayList<>();
        for (ColumnRule rule : type.columns()) {
            int idx = -1;
            for (String h : rule.headers()) {
                idx = norm.indexOf(h);
                if (idx >= 0) {
                    break;
                }
            }
            if (idx < 0) {
                continue;
            }
            if (rule.rateOf() != null) {
                rc.add(idx);
                rr.add(rule);
            } else if (rule.field() instanceof Attr a) {
                if (attr[a.ordinal()] < 0) {
                    attr[a.ordinal()] = idx;
                }
            } else if (rule.field() instanceof Metric m) {
                mc.add(idx);
                mo.add(m);
            } else if (rule.field() instanceof SeriesMetric s) {
                sc.add(idx);
                so.add(titleMetric != null ? titleMetric : s);
            }
        }
        metricCol = mc.stream().mapToInt(Integer::intValue).toArray();
        metricOf = mo.toArray(Metric[]::new);
        rateCol = rc.stream().mapToInt(Integer::intValue).toArray();
        rateRule = rr.toArray(ColumnRule[]::new);
        seriesCol = sc.stream().mapToInt(Integer::intValue).toArray();
        seriesOf = so.toArray(SeriesMetric[]::new);
    }

    int col(Attr a) {
        return attr[a.ordinal()];
    }

    /** The header of the first column read as {@code m}, as written, or the metric's key when none is. */
    String headerOf(Metric m) {
        for (int i = 0; i < metricCol.length; i++) {
            if (metricOf[i] == m) {
                return "'" + header[metricCol[i]].strip() + "'";
            }
        }
        return m.key();
    }
}
