package io.edito.config;

import io.edito.core.SourcePos;

/**
 * One entry of {@code metrics.files:} in edito.yaml (docs/kpi.md#accounts): the exports whose path, relative to the
 * project root, matches {@code glob} are of the account {@code channel}, when the export does not name it.
 *
 * @param glob    a glob over {@code /}-separated paths ({@code metrics/x-ar/*.csv}, {@code **}{@code /x-ar-*.csv})
 * @param channel the brand's channel id
 * @param pos     where the glob is written
 */
public record MetricFiles(String glob, String channel, SourcePos pos) {
}
