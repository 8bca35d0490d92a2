package io.edito.kpi.render;

import io.edito.kpi.CareStats;
import io.edito.kpi.Kpi;
import io.edito.kpi.Kpis;
import io.edito.kpi.ListeningReport;
import io.edito.kpi.PlannedPost;
import io.edito.kpi.RankedPost;
import io.edito.kpi.Report;
import io.edito.kpi.TargetResult;
import io.edito.metrics.ReadSummary;
import io.edito.text.MarkdownLiteral;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The report as GitHub-flavoured Markdown (for wikis, pull requests, CI summaries). */
public final class MarkdownRenderer implements ReportRenderer {

    @Override
    public void render(Report r, PrintWriter out) {
        out.println("# KPI report");
        out.println();
        out.println("Period: " + esc(Fmt.period(r)) + ". Rows: " + r.rows().read() + " read, " + r.rows().used()
                + " used, " + r.rows().skipped() + " skipped.");
        out.println();
        for (ReadSummary f : r.files()) {
            out.println("- " + code(f.file().getFileName().toString()) + ": " + esc(f.type().label()) + " (" + f.read() + " read, "
                    + f.used() + " used, " + f.skipped() + " skipped)");
            f.notes().forEach(n -> out.println("  - note: " + esc(n)));
        }
        out.println();
        out.println("## Totals");
        out.println();
        List<List<String>> rows = Fmt.totals(r);
        List<String> head = new ArrayList<>(rows.get(0));
        head.set(0, "KPI");
        table(out, head, rows.subList(1, rows.size()), 1);
        if (r.compared() != null && !r.compared().alike()) {
            r.compared().warnings().forEach(w -> out.println("- warning: " + esc(w)));
            out.println();
            out.println("Change: the same days of both periods (day k of each).");
            out.println();
        }
        if (!r.groups().isEmpty()) {
            List<String> dims = r.spec().by().stream().map(d -> d.key()).toList();
            out.println("## By " + String.join(", ", dims));
            out.println();
            List<Kpis> all = r.groups().stream().map(Report.Group::kpis).toList();
            List<Kpi> cols = Fmt.columns(all);
            List<String> series = Fmt.seriesColumns(all);
            List<String> h = new ArrayList<>(dims);
            cols.forEach(k -> h.add(Fmt.label(k)));
            series.forEach(key -> h.add(Fmt.seriesLabel(key)));
            List<List<String>> gr = new ArrayList<>();
            for (Report.Group g : r.groups()) {
                List<String> row = new ArrayList<>(g.key());
                Kpis k = g.kpis();
                cols.forEach(c -> row.add(Fmt.value(c, k.get(c))));
                series.forEach(key -> row.add(Fmt.seriesValue(k, key)));
                gr.add(row);
            }
            table(out, h, gr, dims.size());
        }
        Trend tr = Trend.of(r, 60);
        if (tr.starts().size() >= 2 && tr.engagementsKnown()) {
            out.println("## Trend");
            out.println();
            out.println("Engagements, one block per " + (tr.daysPerBucket() == 1 ? "day" : tr.daysPerBucket() + " days")
                    + " from " + tr.starts().get(0) + ": " + code(Fmt.sparkline(tr.engagements())));
            out.println();
        }
        if (r.bestTime().cells().stream().anyMatch(c -> c.engagementRate() != null)) {
            out.println("## Best time to post");
            out.println();
            out.println(esc(Fmt.bestTime(r.bestTime())) + " (engagement rate by weekday and hour, "
                    + esc(r.spec().zone().getId()) + ").");
            out.println();
        }
        if (!r.top().isEmpty()) {
            posts(out, "Top " + r.top().size(), r.top(), r);
            posts(out, "Bottom " + r.bottom().size(), r.bottom(), r);
        }
        if (r.plan() != null) {
            Report.PlanVsActual p = r.plan();
            out.println("## Plan vs actual");
            out.println();
            out.println("Planned " + p.planned() + ", published with metrics " + p.matched() + ", missing "
                    + p.missing().size() + ", not in the calendar " + p.unplanned() + ".");
            out.println();
            if (p.ambiguityNote() != null) {
                out.println(esc(p.ambiguityNote()) + ".");
                out.println();
            }
            for (PlannedPost m : p.missing()) {
                out.println("- missing: " + code(m.id()) + " " + esc(m.channel()) + " " + m.at());
            }
            out.println();
        }
        if (!r.care().isEmpty()) {
            out.println("## Community care (SLA " + r.spec().sla().toMinutes() + " min)");
            out.println();
            List<List<String>> cr = new ArrayList<>();
            for (CareStats c : r.care()) {
                cr.add(List.of(c.channel(), Long.toString(c.messages()), TextRenderer.pct(c.responseRate()),
                        TextRenderer.minutes(c.medianMinutes()), TextRenderer.minutes(c.p90Minutes()),
                        TextRenderer.pct(c.withinSla()), TextRenderer.pct(c.resolutionRate()),
                        c.complaints() == 0 ? "n/a" : TextRenderer.pct(c.complaintsHandled()) + " of " + c.complaints()));
            }
            table(out, List.of("channel", "messages", "response rate", "median", "p90", "within SLA", "resolved",
                    "complaints handled"), cr, 1);
        }
        if (r.listening() != null) {
            ListeningReport l = r.listening();
            out.println("## " + ListeningTables.title(l));
            out.println();
            out.println("- per day: " + esc(ListeningTables.perDay(l)));
            out.println("- per source: " + esc(ListeningTables.perSource(l)));
            out.println();
            for (List<List<String>> section : List.of(ListeningTables.voice(l), ListeningTables.care(l))) {
                table(out, section.get(0), section.subList(1, section.size()), 1);
            }
        }
        if (!r.targets().isEmpty()) {
            out.println("## Targets");
            out.println();
            for (TargetResult t : r.targets()) {
                out.println("- " + (t.met() ? "✅ met" : "❌ **missed**") + ": " + code(t.target().text()) + " (actual "
                        + (t.actual() == null ? "no data" : TargetFormat.actual(t)) + ")");
            }
            out.println();
        }
        List<String> issues = new ArrayList<>();
        r.files().forEach(f -> issues.addAll(f.issues()));
        if (!issues.isEmpty()) {
            out.println("## Skipped rows");
            out.println();
            issues.forEach(i -> out.println("- " + esc(i)));
            out.println();
        }
    }

    private void posts(PrintWriter out, String title, List<RankedPost> list, Report r) {
        out.println("## " + title + " by " + Fmt.label(r.spec().rankBy()));
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (RankedPost p : list) {
            String link = p.post().permalink() == null ? esc(p.post().source()) : "<" + p.post().permalink().replace(">", "%3E") + ">";
            rows.add(List.of(p.post().network(), Fmt.value(r.spec().rankBy(), p.value()), link));
        }
        table(out, List.of("network", Fmt.label(r.spec().rankBy()), "post"), rows, 1);
    }

    private static void table(PrintWriter out, List<String> header, List<List<String>> rows, int textCols) {
        out.println("| " + String.join(" | ", header.stream().map(MarkdownRenderer::esc).toList()) + " |");
        StringBuilder sep = new StringBuilder("|");
        for (int i = 0; i < header.size(); i++) {
            sep.append(i < textCols ? " --- |" : " ---: |");
        }
        out.println(sep);
        for (List<String> row : rows) {
            out.println("| " + String.join(" | ", row.stream().map(c -> c.startsWith("<http") ? c : esc(c)).toList()) + " |");
        }
        out.println();
    }

    /** Escapes Markdown inline syntax and table pipes; newlines become spaces. */
    /**
     * A CommonMark code span: nothing inside is escaped (a backslash would show), so the fence is one backtick
     * more than the longest run of backticks in the text, with a space inside when the text starts or ends with
     * one; line breaks become spaces.
     */
    static String code(String s) {
        String t = s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = t.startsWith("`") || t.endsWith("`") || (t.startsWith(" ") && t.endsWith(" ") && !t.isBlank());
        return fence + (pad ? " " : "") + t + (pad ? " " : "") + fence;
    }

    static String esc(String s) {
        return MarkdownLiteral.cell(s);
    }
}
