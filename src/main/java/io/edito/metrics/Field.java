package io.edito.metrics;

/** What one column of an export feeds: an attribute of the post, a per-post metric or a series metric. */
public sealed interface Field permits Attr, Metric, SeriesMetric {
    /** The name used in the generic format, in user mappings and in docs/kpi.md. */
    String key();
}
