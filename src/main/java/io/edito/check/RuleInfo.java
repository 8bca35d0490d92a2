package io.edito.check;

import io.edito.core.Severity;

/**
 * What a rule is, for SARIF rule descriptors, help texts and docs.
 *
 * @param help a sentence or two on how to fix a finding of this rule
 */
public record RuleInfo(String id, String shortDescription, String fullDescription, String help,
                       Severity defaultSeverity) {
}
