package io.edito.kpi.render;

import io.edito.kpi.CareStats;
import io.edito.kpi.Kpi;
import io.edito.kpi.Kpis;
import io.edito.kpi.RankedPost;
import io.edito.kpi.Report;
import io.edito.metrics.ReadSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text, Markdown and HTML reports show, worked out once for the three: each table as its header row then
 * its rows of cells, each line as its words. A renderer only lays them out (aligned columns, pipes, table cells), so
 * a client reading the HTML page sees every figure and caveat the terminal shows.
 */
final class ReportTables {
    private ReportTables() {
    }

    /** The rows read: {@code 79 read, 79 used, 0 skipped, 16 outside the period}. */
    static String rows(Report r) {
        Report.Rows rows = r.rows();
        return rows.read() + " read, " + rows.used() + " used, " + rows.skipped() + " skipped"
                + (rows.outsidePeriod() > 0 ? ", " + rows.outsidePeriod() + " outside the period"
                        + (rows.outsidePeriod() >= rows.used() ? " (none in it)" : "") : "")
                + (rows.undated() > 0 ? ", " + rows.undated() + " undated (left out of a dated period)" : "");
    }

    /** One file read: {@code metrics/x.csv: X post analytics (12 read, 11 used, 1 skipped {total row=1})}. */
    static String file(ReadSummary f) {
        return f.file() + ": " + f.type().label() + " (" + f.read() + " read, " + f.used() + " used"
                + (f.skipped() > 0 ? ", " + f.skipped() + " skipped " + f.skipReasons() : "") + ")";
    }

    /** The names of the {@code --by} dimensions, the groups' first columns. */
    static List<String> dimensions(Report r) {
        return r.spec().by().stream().map(d -> d.key()).toList();
    }

    /**
     * The groups of {@code --by}: their keys, each KPI that some group has, each account series, and with
     * {@code --compare previous} the change of engagements over the compared days.
     */
    static List<List<String>> groups(Report r) {
        List<Kpis> all = r.groups().stream().map(Report.Group::kpis).toList();
        List<Kpi> cols = Fmt.columns(all);
        List<String> series = Fmt.seriesColumns(all);
        boolean compared = r.previous() != null;
        List<String> head = new ArrayList<>(dimensions(r));
        cols.forEach(k -> head.add(Fmt.label(k)));
        series.forEach(key -> head.add(Fmt.seriesLabel(key)));
        if (compared) {
            head.add("eng. change");
        }
        List<List<String>> out = new ArrayList<>();
        out.add(head);
        for (Report.Group g : r.groups()) {
            List<String> cells = new ArrayList<>(g.key());
            cols.forEach(k -> cells.add(Fmt.value(k, g.kpis().get(k))));
            series.forEach(key -> cells.add(Fmt.seriesValue(g.kpis(), key)));
            if (compared) {
                String c = Fmt.change(Kpi.ENGAGEMENTS, g.compared().get(Kpi.ENGAGEMENTS), g.previous().get(Kpi.ENGAGEMENTS));
                cells.add(c == null ? "" : c);
            }
            out.add(cells);
        }
        return out;
    }

    /** The title of the top or bottom posts: {@code Top 5 by engagements}. */
    static String rankedTitle(String which, List<RankedPost> posts, Report r) {
        return which + " " + posts.size() + " by " + Fmt.label(r.spec().rankBy());
    }

    /** Column {@value} of {@link #ranked}: the post, its permalink when the export gives one. */
    static final int RANKED_POST = 4;

    /** Ranked posts: rank, the local day it went out, network, the value ranked by, the post. */
    static List<List<String>> ranked(Report r, List<RankedPost> posts) {
        Kpi k = r.spec().rankBy();
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("#", "date", "network", Fmt.label(k), "post"));
        int i = 1;
        for (RankedPost p : posts) {
            String date = p.post().publishedAt() == null ? ""
                    : LocalDate.ofInstant(p.post().publishedAt(), r.spec().zone()).toString();
            out.add(List.of(Integer.toString(i++), date, p.post().network(), Fmt.value(k, p.value()), post(p)));
        }
        return out;
    }

    /** What names a ranked post: its permalink, else where the export holds it ({@code file:line}). */
    static String post(RankedPost p) {
        return p.post().permalink() != null ? p.post().permalink() : p.post().source();
    }

    /** Community care per channel: the rates, the times, and how many complaints the share of handled is of. */
    static List<List<String>> care(Report r) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("channel", "messages", "response rate", "median", "p90", "within SLA", "resolved",
                "complaints handled"));
        for (CareStats c : r.care()) {
            out.add(List.of(c.channel(), Long.toString(c.messages()), pct(c.responseRate()), minutes(c.medianMinutes()),
                    minutes(c.p90Minutes()), pct(c.withinSla()), pct(c.resolutionRate()),
                    c.complaints() == 0 ? "n/a" : pct(c.complaintsHandled()) + " of " + c.complaints()));
        }
        return out;
    }

    /** The plan's summary line: {@code planned 12, published with metrics 10, missing 2, not in the calendar 3}. */
    static String plan(Report.PlanVsActual p) {
        return "planned " + p.planned() + ", published with metrics " + p.matched() + ", missing " + p.missing().size()
                + ", not in the calendar " + p.unplanned();
    }

    /** {@link #plan} as a sentence: {@code Planned 12, ..., not in the calendar 3.} */
    static String planSentence(Report.PlanVsActual p) {
        String line = plan(p);
        return Character.toUpperCase(line.charAt(0)) + line.substring(1) + ".";
    }

    /** The weekday and hour most followers are online (TikTok's follower activity), if an export gives it. */
    static java.util.Optional<Report.BestTime.Cell> mostOnline(Report r) {
        return r.bestTime().cells().stream().filter(c -> c.activeFollowers() != null)
                .max(java.util.Comparator.comparingDouble(Report.BestTime.Cell::activeFollowers));
    }

    /** {@code most online: Tuesday 20:00 (1,234 on average)}. */
    static String mostOnline(Report.BestTime.Cell c) {
        return "most online: " + Fmt.slot(c) + " (" + Fmt.count(Math.round(c.activeFollowers())) + " on average)";
    }

    static String pct(Double v) {
        return v == null ? "n/a" : Fmt.percent(v);
    }

    static String minutes(Double m) {
        if (m == null) {
            return "n/a";
        }
        return m < 120 ? String.format(java.util.Locale.ROOT, "%.0f min", m)
                : String.format(java.util.Locale.ROOT, "%.1f h", m / 60);
    }
}
