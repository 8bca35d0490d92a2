package io.edito.agenda;

import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.calendar.TimeRange;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Which posts, and which of their channels, to list. Brands and statuses select posts; channels and the date bounds
 * select a post's channels, each by its own time ({@link Post#timeOn}: a variant may move it). Bounds compare with
 * that time's local date and time in the zone it is shown in (the brand's); {@code to} is exclusive. Empty sets mean "all".
 */
public record AgendaQuery(LocalDateTime from, LocalDateTime to, Set<String> channels, Set<String> brands,
                          Set<Status> statuses) {

    public static final AgendaQuery ALL = new AgendaQuery(null, null, Set.of(), Set.of(), Set.of());

    /** Whether the post's brand and status are selected (its channels are chosen by {@link #matches(Post, String)}). */
    public boolean matches(Post p) {
        if (!brands.isEmpty() && (p.brand() == null || !brands.contains(p.brand()))) {
            return false;
        }
        return statuses.isEmpty() || statuses.contains(p.status());
    }

    /** Whether {@code channel} of {@code p} is selected: a wanted network, going out within the bounds. */
    public boolean matches(Post p, String channel) {
        return (channels.isEmpty() || channels.contains(channel)) && inRange(p.timeOn(channel));
    }

    /** Whether {@code time} is within the bounds (an undated post is only without bounds). */
    public boolean inRange(ZonedDateTime time) {
        return new TimeRange(from, to).contains(time);
    }
}
