package io.edito.kpi.render;

import io.edito.core.Paint;
import io.edito.core.Paint.Tone;
import io.edito.kpi.ListeningReport;
import io.edito.kpi.PlannedPost;
import io.edito.kpi.RankedPost;
import io.edito.kpi.Report;
import io.edito.kpi.TargetResult;
import io.edito.metrics.ReadSummary;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal report: aligned tables, sparklines, the best-time heatmap in shades, targets in colour. */
public final class TextRenderer implements ReportRenderer {
    static final String SHADES = " \u2591\u2592\u2593\u2588";
    private final Paint paint;
    private final boolean showBestTime;

    public TextRenderer(Paint paint, boolean showBestTime) {
        this.paint = paint;
        this.showBestTime = showBestTime;
    }

    @Override
    public void render(Report r, PrintWriter out) {
        out.println(paint.paint("KPI report", Tone.BOLD) + "  " + Fmt.period(r));
        out.println("rows: " + ReportTables.rows(r));
        for (ReadSummary f : r.files()) {
            out.println("  " + ReportTables.file(f));
            f.notes().forEach(n -> out.println("    " + paint.paint("note: " + n, Tone.YELLOW)));
        }
        out.println();
        totals(r, out);
        groups(r, out);
        trend(r, out);
        top(r, out);
        if (showBestTime) {
            bestTime(r, out);
        }
        plan(r, out);
        care(r, out);
        listening(r, out);
        targets(r, out);
        issues(r, out);
    }

    private void totals(Report r, PrintWriter out) {
        out.println(paint.paint("Totals", Tone.BOLD));
        List<List<String>> rows = Fmt.totals(r);
        boolean[] right = new boolean[rows.get(0).size()];
        java.util.Arrays.fill(right, 1, right.length, true);
        TextTable t = new TextTable(rows.get(0), right);
        rows.stream().skip(1).forEach(row -> t.add(null, row.toArray(String[]::new)));
        t.print(out, paint, "  ");
        String bases = Fmt.partialBases(r.totals());
        if (bases != null) {
            out.println("  " + bases);
        }
        if (r.compared() != null) {
            r.compared().warnings().forEach(w -> out.println("  " + paint.paint("warning: " + w, Tone.YELLOW)));
            if (!r.compared().alike()) {
                out.println("  change: the same days of both periods (day k of each), see docs/kpi.md#views");
            }
        }
        out.println();
    }

    private void groups(Report r, PrintWriter out) {
        if (r.groups().isEmpty()) {
            return;
        }
        List<String> dims = ReportTables.dimensions(r);
        out.println(paint.paint("By " + String.join(", ", dims), Tone.BOLD));
        List<List<String>> rows = ReportTables.groups(r);
        boolean[] right = new boolean[rows.get(0).size()];
        java.util.Arrays.fill(right, dims.size(), right.length, true);
        TextTable t = new TextTable(rows.get(0), right);
        rows.stream().skip(1).forEach(row -> t.add(null, row.toArray(String[]::new)));
        t.print(out, paint, "  ");
        out.println();
    }

    private void trend(Report r, PrintWriter out) {
        Trend tr = Trend.of(r, 60);
        if (tr.isEmpty() || tr.starts().size() < 2) {
            return;
        }
        String unit = tr.daysPerBucket() == 1 ? "day" : tr.daysPerBucket() + " days";
        out.println(paint.paint("Trend", Tone.BOLD) + " (one block per " + unit + ", from " + tr.starts().get(0) + ")");
        out.println("  posts        " + Fmt.sparkline(tr.posts()));
        if (tr.impressionsKnown()) { // a line of zeros would say there were none
            out.println("  impressions  " + Fmt.sparkline(tr.impressions()));
        }
        if (tr.engagementsKnown()) {
            out.println("  engagements  " + Fmt.sparkline(tr.engagements()));
        }
        out.println();
    }

    private void top(Report r, PrintWriter out) {
        if (r.top().isEmpty()) {
            return;
        }
        list(ReportTables.rankedTitle("Top", r.top(), r), r.top(), r, out);
        list(ReportTables.rankedTitle("Bottom", r.bottom(), r), r.bottom(), r, out);
    }

    private void list(String title, List<RankedPost> posts, Report r, PrintWriter out) {
        out.println(paint.paint(title, Tone.BOLD));
        List<List<String>> rows = ReportTables.ranked(r, posts);
        TextTable t = new TextTable(rows.get(0), new boolean[] {true, false, false, true, false});
        rows.stream().skip(1).forEach(row -> t.add(null, row.toArray(String[]::new)));
        t.print(out, paint, "  ");
        out.println();
    }

    private void bestTime(Report r, PrintWriter out) {
        List<Report.BestTime.Cell> cells = r.bestTime().cells();
        out.println(paint.paint("Best time to post", Tone.BOLD) + " (engagement rate by weekday and hour, "
                + r.spec().zone().getId() + "; only exports with a time of day)");
        boolean rates = cells.stream().anyMatch(c -> c.engagementRate() != null);
        if (rates) {
            grid(cells, Report.BestTime.Cell::engagementRate, out);
            double max = cells.stream().filter(c -> c.engagementRate() != null)
                    .mapToDouble(Report.BestTime.Cell::engagementRate).max().orElse(0);
            out.println("  shades: \u00B7 no post, \u2591 low .. \u2588 highest (" + Fmt.percent(max) + ")");
            out.println("  " + Fmt.bestTime(r.bestTime()));
        } else {
            out.println("  no post with a time of day and impressions in the period");
        }
        Report.BestTime.Cell online = ReportTables.mostOnline(r).orElse(null);
        if (online != null) { // TikTok's follower activity: when the audience is there, beside when posts did well
            out.println("  followers online (TikTok follower activity, average per weekday and hour):");
            grid(cells, Report.BestTime.Cell::activeFollowers, out);
            out.println("  shades: \u00B7 no data, \u2591 fewest .. \u2588 most; " + ReportTables.mostOnline(online));
        }
        out.println();
    }

    /** One weekday x hour grid of {@code value} (null: no data), shaded against its largest value. */
    private static void grid(List<Report.BestTime.Cell> cells,
                             java.util.function.Function<Report.BestTime.Cell, Double> value, PrintWriter out) {
        double max = 0;
        Double[][] grid = new Double[7][24];
        for (Report.BestTime.Cell c : cells) {
            Double v = value.apply(c);
            grid[c.day().getValue() - 1][c.hour()] = v;
            max = v == null ? max : Math.max(max, v);
        }
        StringBuilder head = new StringBuilder("       ");
        for (int h = 0; h < 24; h += 3) {
            head.append(String.format(Locale.ROOT, "%-3s", String.format(Locale.ROOT, "%02d", h)));
        }
        out.println(head.toString().stripTrailing());
        for (int d = 0; d < 7; d++) {
            StringBuilder b = new StringBuilder("  ");
            b.append(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("  ");
            for (int h = 0; h < 24; h++) {
                Double v = grid[d][h];
                b.append(v == null ? '\u00B7' : SHADES.charAt(max <= 0 ? 1 : 1 + (int) Math.min(3, Math.floor(v / max * 3.999))));
            }
            out.println(b);
        }
    }

    private void plan(Report r, PrintWriter out) {
        Report.PlanVsActual p = r.plan();
        if (p == null) {
            return;
        }
        out.println(paint.paint("Plan vs actual", Tone.BOLD));
        out.println("  " + ReportTables.plan(p));
        if (p.ambiguityNote() != null) {
            out.println("  " + p.ambiguityNote());
        }
        for (PlannedPost m : p.missing()) {
            out.println("  " + paint.paint("missing", Tone.YELLOW) + "  " + m.id() + "  " + m.channel() + "  " + m.at());
        }
        for (String u : p.unplannedSamples()) {
            out.println("  " + paint.paint("unplanned", Tone.DIM) + "  " + u);
        }
        out.println();
    }

    private void care(Report r, PrintWriter out) {
        if (r.care().isEmpty()) {
            return;
        }
        out.println(paint.paint("Community care", Tone.BOLD) + " (SLA " + r.spec().sla().toMinutes() + " min)");
        List<List<String>> rows = ReportTables.care(r);
        TextTable t = new TextTable(rows.get(0), new boolean[] {false, true, true, true, true, true, true, true});
        rows.stream().skip(1).forEach(row -> t.add("all".equals(row.get(0)) ? Tone.BOLD : null, row.toArray(String[]::new)));
        t.print(out, paint, "  ");
        out.println();
    }

    private void listening(Report r, PrintWriter out) {
        ListeningReport l = r.listening();
        if (l == null) {
            return;
        }
        out.println(paint.paint(ListeningTables.title(l), Tone.BOLD));
        out.println("  per day: " + ListeningTables.perDay(l));
        out.println("  per source: " + ListeningTables.perSource(l));
        for (List<List<String>> rows : List.of(ListeningTables.voice(l), ListeningTables.care(l))) {
            boolean[] right = new boolean[rows.get(0).size()];
            java.util.Arrays.fill(right, 1, right.length, true);
            TextTable t = new TextTable(rows.get(0), right);
            for (int i = 1; i < rows.size(); i++) {
                t.add(i == rows.size() - 1 && rows.get(i).get(0).equals("all") ? Tone.BOLD : null,
                        rows.get(i).toArray(String[]::new));
            }
            t.print(out, paint, "  ");
        }
        out.println();
    }

    private void targets(Report r, PrintWriter out) {
        if (r.targets().isEmpty()) {
            return;
        }
        out.println(paint.paint("Targets", Tone.BOLD));
        for (TargetResult t : r.targets()) {
            String actual = t.actual() == null ? "no data" : TargetFormat.actual(t);
            String line = (t.met() ? "\u2713 met     " : "\u2717 missed  ") + t.target().text() + "  (actual " + actual + ")";
            out.println("  " + paint.paint(line, t.met() ? Tone.GREEN : Tone.RED));
        }
        out.println();
    }

    private void issues(Report r, PrintWriter out) {
        List<String> all = new ArrayList<>();
        r.files().forEach(f -> all.addAll(f.issues()));
        if (all.isEmpty()) {
            return;
        }
        out.println(paint.paint("Skipped rows", Tone.BOLD));
        all.forEach(i -> out.println("  " + i));
    }
}
