package io.edito.metrics;

import java.util.List;

/**
 * One column of an export type: the header names it may have (alternatives, the first present wins; when
 * a name appears twice in a header, the first occurrence is used) and the field it feeds. Several rules
 * feeding the same metric are added up (X's reposts + shares).
 */
public record ColumnRule(List<String> headers, Field field, Metric rateOf, boolean percent) {
    public ColumnRule {
        headers = headers.stream().map(ExportTypes::normalize).toList();
    }

    public static ColumnRule of(Field field, String... headers) {
        return new ColumnRule(List.of(headers), field, null, false);
    }

    /**
     * A rate column that gives {@code field} as rate x {@code base} when the row has no direct value for it
     * (YouTube's click-through rate times impressions). {@code percent}: a value without {@code %} is a percent.
     */
    public static ColumnRule rate(Metric field, Metric base, boolean percent, String... headers) {
        return new ColumnRule(List.of(headers), field, base, percent);
    }
}
