package io.edito.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * The {@code --from}/{@code --to} bounds of agenda and check: a time is within when it comes at or after {@code from}
 * and before {@code to} (exclusive), each bound a local date and time read in the zone of the time it is compared with
 * (the brand's: {@code TimeParser}), so that {@code --from 2026-12-01} starts at each brand's own midnight. Compared as
 * instants: on the night clocks go back, the second 02:15 comes after the first 02:45 (compared as local times, a
 * range from 02:30 took the earlier post and left the later one out); a bound that happens twice is its first time,
 * a bound in the hour that clocks skip is the moment they jump. Either bound may be null; with a bound, an undated
 * post is outside.
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
        Instant t = time.toInstant();
        return (from == null || !t.isBefore(instant(from, time.getZone())))
                && (to == null || t.isBefore(instant(to, time.getZone())));
    }

    /** {@code local} in {@code zone}: its first time when it happens twice, the jump when clocks skip it. */
    static Instant instant(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.toInstant(offsets.get(0)); // the offset before the change: the first time (ZonedDateTime's choice)
    }

    /** Whether {@code channel} of {@code post} goes out within the range (a variant may move it). */
    public boolean contains(Post post, String channel) {
        return contains(post.timeOn(channel));
    }
}
