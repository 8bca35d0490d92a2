package io.edito.kpi.render;

import io.edito.core.CsvCells;
import io.edito.kpi.Kpi;
import io.edito.kpi.Kpis;
import io.edito.kpi.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per group (or one totals row), every KPI as a column, rates as fractions, then the account-level series
 * the report has (their sums over the row's days: {@code daily_reach}...), one column each. Text cells that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) are prefixed with {@code '}.
 */
public final class CsvRenderer implements ReportRenderer {

    @Override
    public void render(Report r, PrintWriter out) {
        List<String> header = new ArrayList<>();
        r.spec().by().forEach(d -> header.add(d.key()));
        for (Kpi k : Kpi.values()) {
            header.add(k.key());
        }
        Kpi.FROM_SERIES.forEach(k -> header.add(k.key() + "_networks"));
        List<Kpis> rows = new ArrayList<>();
        r.groups().forEach(g -> rows.add(g.kpis()));
        rows.add(r.totals());
        List<String> series = Fmt.seriesColumns(rows); // account series summed over each row's days (daily_reach...)
        header.addAll(series);
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            p.printRecord(header.stream().map(CsvRenderer::safe).toList());
            for (Report.Group g : r.groups()) {
                List<String> row = new ArrayList<>();
                g.key().forEach(k -> row.add(safe(k)));
                for (Kpi k : Kpi.values()) {
                    row.add(Fmt.plain(g.kpis().get(k)));
                }
                Kpi.FROM_SERIES.forEach(k -> row.add(safe(String.join(" ", g.kpis().networksOf(k)))));
                series.forEach(key -> row.add(Fmt.plain(g.kpis().series().get(key))));
                p.printRecord(row);
            }
            List<String> total = new ArrayList<>();
            r.spec().by().forEach(d -> total.add("(total)"));
            for (Kpi k : Kpi.values()) {
                total.add(Fmt.plain(r.totals().get(k)));
            }
            Kpi.FROM_SERIES.forEach(k -> total.add(safe(String.join(" ", r.totals().networksOf(k)))));
            series.forEach(key -> total.add(Fmt.plain(r.totals().series().get(key))));
            p.printRecord(total);
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neutralises a text cell against formula injection: {@link CsvCells#safe}. */
    public static String safe(String cell) {
        return CsvCells.safe(cell);
    }
}
