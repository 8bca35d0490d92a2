package io.edito.metrics;

import java.util.List;

/**
 * One column of an export type: the header names it may have (alternatives, the first present wins; when
 * a name appears twice in a header, the first occurrence is used) and the field it feeds. Several rules
 * feeding the same metric are added up (X's reposts + shares).
 *
 * @param rateOf the base metric of a rate column (the column gives {@code field} as rate x base), or null
 * @param unit   how a rate column's cells read (null for other columns)
 */
public record ColumnRule(List<String> headers, Field field, Metric rateOf, RateUnit unit) {
    /** How the cells of a rate column read. */
    public enum RateUnit {
        /** A fraction ({@code 0.125}), or a percent when the cell says {@code %}. */
        FRACTION,
        /** A percent even without {@code %} (YouTube's "(%)" columns). */
        PERCENT,
        /** A duration per unit of the base ({@code 0:04:32} per view): the field is in hours, seconds x base / 3600. */
        SECONDS_TO_HOURS
    }

    public ColumnRule {
        headers = headers.stream().map(ExportTypes::normalize).toList();
    }

    public static ColumnRule of(Field field, String... headers) {
        return new ColumnRule(List.of(headers), field, null, null);
    }

    /**
     * A rate column that gives {@code field} as rate x {@code base} when the row has no direct value for it
     * (LinkedIn's click-through rate times impressions). {@code percent}: a value without {@code %} is a percent.
     */
    public static ColumnRule rate(Metric field, Metric base, boolean percent, String... headers) {
        return new ColumnRule(List.of(headers), field, base, percent ? RateUnit.PERCENT : RateUnit.FRACTION);
    }

    /**
     * A duration per unit of {@code base} that gives {@code field}, in hours, when the row has no direct value for
     * it (YouTube's average view duration times views is the watch time).
     */
    public static ColumnRule perUnitDuration(Metric field, Metric base, String... headers) {
        return new ColumnRule(List.of(headers), field, base, RateUnit.SECONDS_TO_HOURS);
    }
}
