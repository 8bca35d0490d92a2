package io.edito.charter;

import io.edito.core.Severity;
import io.edito.core.SourcePos;

/**
 * A vocabulary entry of the charter.
 *
 * @param severity null: the rule's severity
 * @param scope    where the term applies (channels, languages, campaigns, brands)
 */
public record Term(String term, String suggest, Severity severity, Scope scope, SourcePos pos) {
}
