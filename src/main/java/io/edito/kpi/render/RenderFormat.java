package io.edito.kpi.render;

import io.edito.core.Paint;

/** The output formats of {@code edito report --format}. */
public enum RenderFormat {
    TEXT, MARKDOWN, JSON, CSV, HTML;

    /** The renderer of this format; {@code paint} and {@code bestTime} only matter for text. */
    public ReportRenderer renderer(Paint paint, boolean bestTime) {
        return switch (this) {
            case TEXT -> new TextRenderer(paint, bestTime);
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case HTML -> new HtmlRenderer();
        };
    }
}
