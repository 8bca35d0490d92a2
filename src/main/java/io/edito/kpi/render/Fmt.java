package io.edito.kpi.render;

import io.edito.kpi.Kpi;
import io.edito.kpi.Kpis;
import io.edito.kpi.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formatting shared by the human formats: labels, numbers, which KPI columns a table shows. */
final class Fmt {
    /** KPI columns of group tables, in order; a column none of the rows has is left out. */
    static final List<Kpi> TABLE_KPIS = List.of(Kpi.POSTS, Kpi.IMPRESSIONS, Kpi.REACH, Kpi.ENGAGEMENTS,
            Kpi.ENGAGEMENT_RATE, Kpi.ENGAGEMENT_RATE_REACH, Kpi.CTR, Kpi.IMPRESSIONS_CTR, Kpi.VIDEO_VIEWS,
            Kpi.WATCH_TIME_HOURS, Kpi.AVG_VIEW_DURATION, Kpi.NEW_FOLLOWS, Kpi.FOLLOWER_CHANGE, Kpi.SPEND,
            Kpi.COST_PER_CLICK, Kpi.COST_PER_ENGAGEMENT);

    private Fmt() {
    }

    static String label(Kpi k) {
        return switch (k) {
            case ENGAGEMENT_RATE -> "eng. rate";
            case ENGAGEMENT_RATE_REACH -> "eng. rate (reach)";
            case CTR -> "CTR";
            case COST_PER_CLICK -> "cost/click";
            case COST_PER_ENGAGEMENT -> "cost/eng.";
            case IMPRESSIONS_CTR -> "impr. CTR";
            case IMPRESSION_CLICKS -> "impression clicks";
            case WATCH_TIME_HOURS -> "watch time (h)";
            case AVG_VIEW_DURATION -> "avg view duration";
            case NEW_FOLLOWS -> "new follows (gross)";
            case FOLLOWER_CHANGE -> "follower change (net)";
            case VIDEO_VIEWS -> "video views";
            default -> k.key().replace('_', ' ');
        };
    }

    /** The label of a totals row: for a KPI summed from several networks' series, the networks that gave it. */
    static String label(Kpi k, Kpis kpis) {
        List<String> from = kpis == null ? List.of() : kpis.networksOf(k);
        return from.isEmpty() ? label(k) : label(k) + ", from " + String.join(", ", from);
    }

    /** A duration in seconds for people: {@code 4:05}, {@code 1:02:03}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A KPI value for people: counts with thousands separators, rates as percents, money with 2 decimals. */
    static String value(Kpi k, Double v) {
        if (v == null) {
            return "n/a";
        }
        return switch (k.unit()) {
            case RATE -> percent(v);
            case MONEY -> String.format(Locale.ROOT, "%,.2f", v);
            case SECONDS -> duration(v);
            case COUNT -> count(v);
        };
    }

    /** A count: whole numbers without decimals at any size (a double above 2^53 is always whole). */
    static String count(double v) {
        if (Double.isFinite(v) && v == Math.rint(v)) {
            return Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                    : String.format(Locale.ROOT, "%,d", new java.math.BigDecimal(v).toBigIntegerExact());
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** Change against the previous period: relative for counts and money, in points for rates; null if n/a. */
    static String change(Kpi k, Double now, Double before) {
        if (now == null || before == null) {
            return null;
        }
        if (k.unit() == Kpi.Unit.RATE) {
            return String.format(Locale.ROOT, "%+.2f pt", (now - before) * 100);
        }
        if (before == 0) {
            return now == 0 ? "=" : "new";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (now - before) / before * 100);
    }

    /** Plain machine value (JSON/CSV): integers without decimals, others rounded to 6 significant decimals. */
    static String plain(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /**
     * The account-level series (their sums over each row's days: {@code daily_reach}...) at least one of {@code rows}
     * has, in the order first met: columns of the group tables beside the KPIs, as the totals list them.
     */
    static List<String> seriesColumns(List<Kpis> rows) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        rows.forEach(r -> keys.addAll(r.series().keySet()));
        return List.copyOf(keys);
    }

    /** A series' name as the human formats show it ({@code daily reach}). */
    static String seriesLabel(String key) {
        return key.replace('_', ' ');
    }

    /** A row's sum of series {@code key}, as the human formats show it (empty when the row has none). */
    static String seriesValue(Kpis row, String key) {
        Double v = row.series().get(key);
        return v == null ? "" : count(v);
    }

    /** The table columns at least one of {@code rows} has. */
    static List<Kpi> columns(List<Kpis> rows) {
        List<Kpi> cols = new ArrayList<>();
        for (Kpi k : TABLE_KPIS) {
            if (k == Kpi.POSTS || rows.stream().anyMatch(r -> r.get(k) != null)) {
                cols.add(k);
            }
        }
        return cols;
    }

    /**
     * The totals table of the human formats: KPI, value and, with {@code --compare previous}, the previous period
     * and the change; when a stream's exports cover other days in one period than in the other, a {@code same days}
     * column shows the period over the days compared, which the change is computed from.
     */
    static List<List<String>> totals(Report r) {
        boolean cmp = r.previous() != null;
        boolean sameDays = cmp && !r.compared().alike();
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("kpi", "value"));
        if (sameDays) {
            head.add("same days");
        }
        if (cmp) {
            head.add("previous");
            head.add("change");
        }
        rows.add(head);
        for (Kpi k : Kpi.values()) {
            Double v = r.totals().get(k);
            Double c = cmp ? r.compared().current().get(k) : null;
            Double p = cmp ? r.previous().get(k) : null;
            if (v == null && p == null) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(label(k, r.totals()), value(k, v)));
            if (sameDays) {
                row.add(value(k, c));
            }
            if (cmp) {
                String ch = change(k, c, p);
                row.add(value(k, p));
                row.add(ch == null ? "" : ch);
            }
            rows.add(row);
        }
        r.totals().series().forEach((key, v) -> {
            List<String> row = new ArrayList<>(List.of(seriesLabel(key), count(v)));
            if (sameDays) {
                Double c = r.compared().current().series().get(key);
                row.add(c == null ? "n/a" : count(c));
            }
            if (cmp) {
                Double p = r.previous().series().get(key);
                row.add(p == null ? "n/a" : count(p));
                row.add("");
            }
            rows.add(row);
        });
        return rows;
    }

    /** The best-time sentence every format shows: the slot named with its sample, or why none is named. */
    static String bestTime(Report.BestTime b) {
        Report.BestTime.Cell best = b.best();
        if (best != null) {
            return "best: " + slot(best) + " (" + percent(best.engagementRate()) + " over " + best.sample() + " posts; a slot"
                    + " needs " + Report.BestTime.MIN_POSTS + " posts with impressions to be named)";
        }
        Report.BestTime.Cell most = b.largestSample();
        return "no best time named: no weekday and hour has the " + Report.BestTime.MIN_POSTS + " posts with impressions"
                + " it needs" + (most == null ? "" : " (most: " + most.sample() + " at " + slot(most) + ")");
    }

    /**
     * The ratio KPIs of {@code k} that rest on some of its posts only (the others lack a term: no impressions, no
     * engagements), as one line: {@code ratios rest on the posts that carry both terms: eng. rate on 40 of 48, CTR on
     * 12 of 48}; null when every ratio rests on every post.
     */
    static String partialBases(Kpis k) {
        List<String> parts = new java.util.ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            Long base = k.baseOf(kpi);
            if (base != null && base < k.posts()) {
                parts.add(label(kpi) + " on " + base + " of " + k.posts());
            }
        }
        return parts.isEmpty() ? null : "ratios rest on the posts that carry both terms: " + String.join(", ", parts);
    }

    static String slot(Report.BestTime.Cell c) {
        return c.day().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                + String.format(Locale.ROOT, "%02d:00", c.hour());
    }

    /** "2025-03-01 .. 2025-03-31 (Europe/Paris)"; an end not given and not known from the data is "(open)". */
    static String period(Report r) {
        if (r.from() == null && r.to() == null) {
            return "no dated data";
        }
        return (r.from() == null ? "(open)" : r.from()) + " .. " + (r.to() == null ? "(open)" : r.to()) + " ("
                + r.spec().zone().getId() + ")";
    }

    static final String BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    /** A Unicode sparkline of {@code values} (one block per value, scaled to the max). */
    static String sparkline(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        StringBuilder b = new StringBuilder(values.length);
        for (double v : values) {
            int i = max <= 0 ? 0 : (int) Math.round(v / max * (BLOCKS.length() - 1));
            b.append(BLOCKS.charAt(Math.max(0, Math.min(BLOCKS.length() - 1, i))));
        }
        return b.toString();
    }
}
