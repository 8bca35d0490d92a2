package io.edito.agenda;

import io.edito.calendar.Post;
import io.edito.calendar.Status;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Which posts to list. Bounds compare with each post's local time in its own zone; {@code to} is exclusive.
 * Empty sets mean "all".
 */
public record AgendaQuery(LocalDateTime from, LocalDateTime to, Set<String> channels, Set<String> brands,
                          Set<Status> statuses) {

    public static final AgendaQuery ALL = new AgendaQuery(null, null, Set.of(), Set.of(), Set.of());

    public boolean matches(Post p) {
        if (!channels.isEmpty() && p.channels().stream().noneMatch(channels::contains)) {
            return false;
        }
        if (!brands.isEmpty() && (p.brand() == null || !brands.contains(p.brand()))) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(p.status())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        if (p.time() == null) {
            return false;
        }
        LocalDateTime local = p.time().toLocalDateTime();
        return (from == null || !local.isBefore(from)) && (to == null || local.isBefore(to));
    }
}
