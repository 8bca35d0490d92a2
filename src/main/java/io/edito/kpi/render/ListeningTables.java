package io.edito.kpi.render;

import io.edito.kpi.ListeningReport;
import io.edito.kpi.ListeningStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The listening and care section as rows of text, shared by the text, markdown and HTML renderers. */
final class ListeningTables {
    static final List<String> CARE_HEADER = List.of("mentions", "complaints", "response rate", "first response median",
            "p90", "within SLA", "closed", "time to close (median)", "complaints handled");

    private ListeningTables() {
    }

    /** The section's title. */
    static String title(ListeningReport l) {
        return "Listening and care (SLA " + l.sla().toMinutes() + " min)";
    }

    /** Header then one row per slice, then the "all" row. */
    static List<List<String>> care(ListeningReport l) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(l.by());
        header.addAll(CARE_HEADER);
        rows.add(header);
        for (ListeningStats s : l.slices()) {
            rows.add(row(s));
        }
        rows.add(row(l.all()));
        return rows;
    }

    private static List<String> row(ListeningStats s) {
        return List.of(s.key(), Long.toString(s.mentions()),
                s.complaints() + (s.complaintShare() == null ? "" : " (" + ReportTables.pct(s.complaintShare()) + ")"),
                ReportTables.pct(s.responseRate()), ReportTables.minutes(s.medianResponseMinutes()),
                ReportTables.minutes(s.p90ResponseMinutes()), ReportTables.pct(s.withinSla()), Long.toString(s.closed()),
                ReportTables.minutes(s.medianCloseMinutes()),
                s.complaints() == 0 ? "n/a" : ReportTables.pct(s.complaintsHandled()) + " of " + s.complaints());
    }

    /** Header then the brand and each competitor. */
    static List<List<String>> voice(ListeningReport l) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("share of voice", "mentions", "share"));
        for (ListeningReport.Voice v : l.voice()) {
            rows.add(List.of(v.who(), Long.toString(v.mentions()), ReportTables.pct(v.share())));
        }
        return rows;
    }

    /** "12 on 2026-12-18, 3 on 2026-12-19" and "alerts 9, masto 6": the brand's volume per day and per source. */
    static String perDay(ListeningReport l) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> e : l.perDay().entrySet()) {
            parts.add(e.getKey() + ": " + e.getValue());
        }
        return String.join(", ", parts);
    }

    static String perSource(ListeningReport l) {
        List<String> parts = new ArrayList<>();
        l.perSource().forEach((k, v) -> parts.add(k + ": " + v));
        return String.join(", ", parts);
    }
}
