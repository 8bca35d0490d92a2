package io.edito.calendar;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The {@code --from}/{@code --to} bounds of agenda and check: a time is within when its local date and time, in the
 * zone it is shown in (the brand's: {@code TimeParser}), is at or after {@code from} and before {@code to} (exclusive). Either bound may be null; with a bound, an
 * undated post is outside.
 */
public record TimeRange(LocalDateTime from, LocalDateTime to) {

    public static final TimeRange ALL = new TimeRange(null, null);

    public boolean bounded() {
        return from != null || to != null;
    }

    public boolean contains(ZonedDateTime time) {
        if (!bounded()) {
            return true;
        }
        if (time == null) {
            return false;
        }
        LocalDateTime local = time.toLocalDateTime();
        return (from == null || !local.isBefore(from)) && (to == null || local.isBefore(to));
    }

    /** Whether {@code channel} of {@code post} goes out within the range (a variant may move it). */
    public boolean contains(Post post, String channel) {
        return contains(post.timeOn(channel));
    }
}
