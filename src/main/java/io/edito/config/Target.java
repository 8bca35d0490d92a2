package io.edito.config;

import io.edito.core.SourcePos;

/**
 * A KPI target of {@code targets:} in edito.yaml, as written ({@code engagement_rate>=3%@instagram}), with its place
 * in the file: the report and {@code edito validate} name it when it does not parse.
 */
public record Target(String text, SourcePos pos) {
}
