package io.edito.metrics;

import java.time.LocalDate;

/**
 * One value of an account-level series.
 *
 * @param hour 0-23 for hourly series, -1 for daily ones
 */
public record SeriesPoint(String source, String network, SeriesMetric metric, LocalDate date, int hour, double value) {
}
