package io.edito.metrics;

import java.util.List;

/**
 * One column of an export type: the header names it may have (alternatives, the first present wins; when
 * a name appears twice in a header, the first occurrence is used) and the field it feeds. Several rules
 * feeding the same metric are added up (X's reposts + shares).
 */
public record ColumnRule(List<String> headers, Field field) {
    public ColumnRule {
        headers = headers.stream().map(ExportTypes::normalize).toList();
    }

    public static ColumnRule of(Field field, String... headers) {
        return new ColumnRule(List.of(headers), field);
    }
}
