package io.edito.preview;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Which cards to build. Empty lists and sets mean "all"; date bounds compare with each post's local time on the
 * channel in its brand's zone, {@code to} exclusive, and leave undated drafts out.
 *
 * @param postIds  posts to show, in the order given (empty: every post, in calendar order)
 * @param channels channels to show (a network id: all its accounts)
 * @param brands   brands to show
 * @param langs    languages to show
 */
public record PreviewQuery(List<String> postIds, Set<String> channels, Set<String> brands, Set<String> langs,
                           LocalDateTime from, LocalDateTime to) {
    public static final PreviewQuery ALL = new PreviewQuery(List.of(), Set.of(), Set.of(), Set.of(), null, null);

    public PreviewQuery {
        postIds = List.copyOf(postIds);
        channels = Set.copyOf(channels);
        brands = Set.copyOf(brands);
        langs = Set.copyOf(langs);
    }

    /** Whether the post's brand is asked for. */
    public boolean brand(String brand) {
        return brands.isEmpty() || (brand != null && brands.contains(brand));
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
