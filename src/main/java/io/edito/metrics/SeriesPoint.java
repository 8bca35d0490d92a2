package io.edito.metrics;

import java.time.LocalDate;

/**
 * One value of an account-level series.
 *
 * @param source {@code file:line}, the row it was read from
 * @param hour   0-23 for hourly series, -1 for daily ones
 */
public record SeriesPoint(String source, String network, SeriesMetric metric, LocalDate date, int hour, double value) {

    /** The file of {@link #source}. */
    public String file() {
        int colon = source.lastIndexOf(':');
        return colon < 0 ? source : source.substring(0, colon);
    }

    /** The line of {@link #source}, or 0 when it gives none. */
    public int line() {
        int colon = source.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
