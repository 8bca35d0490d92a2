package io.edito.charter;

import io.edito.core.Severity;
import io.edito.core.SourcePos;

/**
 * One entry of the charter's {@code rules:}: a rule switched off or given another severity, within a scope.
 *
 * @param severity null when the rule is switched off
 */
public record RuleSetting(String rule, Severity severity, Scope scope, SourcePos pos) {
    public boolean off() {
        return severity == null;
    }
}
