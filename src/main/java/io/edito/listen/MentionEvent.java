package io.edito.listen;

import java.time.Instant;

/** One timestamped change of a mention: found, assigned, answered, closed, reopened. */
public record MentionEvent(long mentionId, Instant at, String action, String detail) {
}
