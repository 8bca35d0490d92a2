package io.edito.kpi.render;

/** The output formats of {@code edito report --format}. */
public enum RenderFormat {
    TEXT, MARKDOWN, JSON, CSV, HTML;

    /** The renderer of this format; {@code styler} and {@code bestTime} only matter for text. */
    public ReportRenderer renderer(Styler styler, boolean bestTime) {
        return switch (this) {
            case TEXT -> new TextRenderer(styler, bestTime);
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case HTML -> new HtmlRenderer();
        };
    }
}
