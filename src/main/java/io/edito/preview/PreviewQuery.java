package io.edito.preview;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Which cards to build. Empty lists and sets mean "all"; date bounds compare with each post's local time on the
 * channel in its brand's zone, {@code to} exclusive, and leave undated drafts out.
 *
 * @param postIds  posts to show, in the order given (empty: every post, in calendar order)
 * @param channels networks to show
 * @param langs    languages to show
 */
public record PreviewQuery(List<String> postIds, Set<String> channels, Set<String> langs, LocalDateTime from,
                           LocalDateTime to) {
    public static final PreviewQuery ALL = new PreviewQuery(List.of(), Set.of(), Set.of(), null, null);

    public PreviewQuery {
        postIds = List.copyOf(postIds);
        channels = Set.copyOf(channels);
        langs = Set.copyOf(langs);
    }

    boolean dated() {
        return from != null || to != null;
    }

    boolean inRange(LocalDateTime local) {
        if (!dated()) {
            return true;
        }
        return local != null && (from == null || !local.isBefore(from)) && (to == null || local.isBefore(to));
    }
}
