package io.edito.kpi.render;

import io.edito.kpi.Report;
import java.io.PrintWriter;

/** Turns a {@link Report} into one output format. Renderers only format: every figure comes from the report. */
public interface ReportRenderer {
    void render(Report report, PrintWriter out);
}
