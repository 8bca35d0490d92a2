package io.edito.check;

/**
 * What a rule is, for SARIF rule descriptors, help texts and docs.
 *
 * @param help a sentence or two on how to fix a finding of this rule
 */
public record RuleInfo(String id, String shortDescription, String fullDescription, String help,
                       Severity defaultSeverity) {
}
