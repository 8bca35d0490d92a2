package io.edito.calendar;

import io.edito.core.SourcePos;

/** A suppressed rule on one post, with the mandatory reason. */
public record Ignore(String rule, String reason, SourcePos pos) {
}
