package io.edito.kpi;

/**
 * A target checked against the report.
 *
 * @param actual null when there was no data to check it (then it is missed: a target cannot pass unseen)
 */
public record TargetResult(TargetSpec target, Double actual, boolean met) {
}
