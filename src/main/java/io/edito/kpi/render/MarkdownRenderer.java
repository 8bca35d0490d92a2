package io.edito.kpi.render;

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
        out.println("Period: " + esc(Fmt.period(r)) + ". Rows: " + esc(ReportTables.rows(r)) + ".");
        out.println();
        for (ReadSummary f : r.files()) {
            out.println("- " + esc(ReportTables.file(f)));
            f.notes().forEach(n -> out.println("  - note: " + esc(n)));
        }
        out.println();
        out.println("## Totals");
        out.println();
        List<List<String>> rows = Fmt.totals(r);
        List<String> head = new ArrayList<>(rows.get(0));
        head.set(0, "KPI");
        table(out, head, rows.subList(1, rows.size()), c -> c >= 1);
        String bases = Fmt.partialBases(r.totals());
        if (bases != null) {
            out.println(esc(bases));
            out.println();
        }
        if (r.compared() != null && !r.compared().alike()) {
            r.compared().warnings().forEach(w -> out.println("- warning: " + esc(w)));
            out.println();
            out.println("Change: the same days of both periods (day k of each).");
            out.println();
        }
        if (!r.groups().isEmpty()) {
            List<String> dims = ReportTables.dimensions(r);
            out.println("## By " + esc(String.join(", ", dims)));
            out.println();
            List<List<String>> gr = ReportTables.groups(r);
            table(out, gr.get(0), gr.subList(1, gr.size()), c -> c >= dims.size());
        }
        Trend tr = Trend.of(r, 60);
        if (tr.starts().size() >= 2) {
            out.println("## Trend");
            out.println();
            out.println("One block per " + (tr.daysPerBucket() == 1 ? "day" : tr.daysPerBucket() + " days") + " from "
                    + tr.starts().get(0) + ":");
            out.println();
            out.println("- posts " + code(Fmt.sparkline(tr.posts())));
            if (tr.impressionsKnown()) {
                out.println("- impressions " + code(Fmt.sparkline(tr.impressions())));
            }
            if (tr.engagementsKnown()) {
                out.println("- engagements " + code(Fmt.sparkline(tr.engagements())));
            }
            out.println();
        }
        boolean rates = r.bestTime().cells().stream().anyMatch(c -> c.engagementRate() != null);
        java.util.Optional<Report.BestTime.Cell> online = ReportTables.mostOnline(r);
        if (rates || online.isPresent()) {
            out.println("## Best time to post");
            out.println();
            if (rates) {
                out.println(esc(Fmt.bestTime(r.bestTime())) + " (engagement rate by weekday and hour, "
                        + esc(r.spec().zone().getId()) + ").");
                out.println();
            }
            if (online.isPresent()) { // TikTok's follower activity: when the audience is there
                out.println("Followers online (TikTok follower activity, average per weekday and hour): "
                        + esc(ReportTables.mostOnline(online.get())) + ".");
                out.println();
            }
        }
        if (!r.top().isEmpty()) {
            posts(out, ReportTables.rankedTitle("Top", r.top(), r), r.top(), r);
            posts(out, ReportTables.rankedTitle("Bottom", r.bottom(), r), r.bottom(), r);
        }
        if (r.plan() != null) {
            Report.PlanVsActual p = r.plan();
            out.println("## Plan vs actual");
            out.println();
            out.println(ReportTables.planSentence(p));
            out.println();
            if (p.ambiguityNote() != null) {
                out.println(esc(p.ambiguityNote()) + ".");
                out.println();
            }
            for (PlannedPost m : p.missing()) {
                out.println("- missing: " + code(m.id()) + " " + esc(m.channel()) + " " + m.at());
            }
            for (String u : p.unplannedSamples()) {
                out.println("- unplanned: " + esc(u));
            }
            out.println();
        }
        if (!r.care().isEmpty()) {
            out.println("## Community care (SLA " + r.spec().sla().toMinutes() + " min)");
            out.println();
            List<List<String>> cr = ReportTables.care(r);
            table(out, cr.get(0), cr.subList(1, cr.size()), c -> c >= 1);
        }
        if (r.listening() != null) {
            ListeningReport l = r.listening();
            out.println("## " + ListeningTables.title(l));
            out.println();
            out.println("- per day: " + esc(ListeningTables.perDay(l)));
            out.println("- per source: " + esc(ListeningTables.perSource(l)));
            out.println();
            for (List<List<String>> section : List.of(ListeningTables.voice(l), ListeningTables.care(l))) {
                table(out, section.get(0), section.subList(1, section.size()), c -> c >= 1);
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
        out.println("## " + esc(title));
        out.println();
        List<List<String>> ranked = ReportTables.ranked(r, list);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            List<String> cells = new ArrayList<>(ranked.get(i + 1));
            String permalink = list.get(i).post().permalink();
            if (permalink != null) { // an autolink: <https://...>, its closing bracket encoded
                cells.set(ReportTables.RANKED_POST, "<" + permalink.replace(">", "%3E") + ">");
            }
            rows.add(cells);
        }
        table(out, ranked.get(0), rows, c -> c == 0 || c == 3);
    }

    /** A table: {@code header}, then {@code rows}; the columns {@code figure} takes aligned right. */
    private static void table(PrintWriter out, List<String> header, List<List<String>> rows,
                              java.util.function.IntPredicate figure) {
        out.println("| " + String.join(" | ", header.stream().map(MarkdownRenderer::esc).toList()) + " |");
        StringBuilder sep = new StringBuilder("|");
        for (int i = 0; i < header.size(); i++) {
            sep.append(figure.test(i) ? " ---: |" : " --- |");
        }
        out.println(sep);
        for (List<String> row : rows) {
            out.println("| " + String.join(" | ", row.stream().map(c -> c.startsWith("<http") ? c : esc(c)).toList()) + " |");
        }
        out.println();
    }

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

    /** Escapes Markdown inline syntax and table pipes; newlines become spaces. */
    static String esc(String s) {
        return MarkdownLiteral.cell(s);
    }
}
