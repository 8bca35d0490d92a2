package io.edito.listen;

import java.time.Instant;

/** Which mentions to list: each null field matches everything. */
public record MentionQuery(Mention.Status status, String kind, String source, Instant since, Instant until) {
    public static final MentionQuery ALL = new MentionQuery(null, null, null, null, null);

    public boolean matches(Mention m) {
        return (status == null || m.status() == status) && (kind == null || kind.equals(m.kind()))
                && (source == null || source.equals(m.source()))
                && (since == null || !m.at().isBefore(since)) && (until == null || m.at().isBefore(until));
    }
}
