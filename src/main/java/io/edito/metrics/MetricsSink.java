package io.edito.metrics;

/** Receives what a reader streams out of an export, one record at a time. */
public interface MetricsSink {
    void post(PostMetrics post);

    default void series(SeriesPoint point) {
    }

    default void inbox(InboxItem item) {
    }
}
