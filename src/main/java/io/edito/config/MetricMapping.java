package io.edito.config;

import io.edito.core.SourcePos;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user-defined export mapping of edito.yaml ({@code metrics.mappings.NAME}, docs/kpi.md): the export's columns
 * mapped to fields of the generic format.
 *
 * @param network the network of every row, or null (a {@code network} column or the permalink tells)
 * @param columns export column to generic field name, in the order written
 * @param pos     where the mapping's name stands
 */
public record MetricMapping(String name, String network, Map<String, String> columns, SourcePos pos) {
    public MetricMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
}
