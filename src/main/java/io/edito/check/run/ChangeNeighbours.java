package io.edito.check.run;

import io.edito.calendar.Post;
import io.edito.calendar.Slot;
import io.edito.calendar.TranslationGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * With {@code --changed-since}, the posts whose findings from the rules that compare a brand's posts (gaps, posts of a
 * day, duplicates, translations) a change can cause: the changed posts, and their neighbours in time and in their
 * translation groups.
 */
final class ChangeNeighbours {
    private ChangeNeighbours() {
    }

    /**
     * {@code selected} and, for each of its posts, the posts of its brand with a time on some channel within
     * {@code reach} (by brand) of one of its times, and the posts of its translation group.
     */
    static Map<String, Post> of(Map<String, Post> selected, Map<String, List<Post>> byBrand,
                                Function<String, Duration> reachOf, TranslationGroups groups) {
        Map<String, Post> out = new HashMap<>(selected);
        for (Map.Entry<String, List<Post>> e : byBrand.entrySet()) {
            Duration reach = reachOf.apply(e.getKey());
            List<Instant> changedTimes = new ArrayList<>();
            for (Post p : e.getValue()) {
                if (selected.containsKey(p.id())) {
                    p.slots().forEach(s -> changedTimes.add(s.time() == null ? null : s.time().toInstant()));
                    groups.group(p).forEach(g -> out.putIfAbsent(g.id(), g));
                }
            }
            changedTimes.removeIf(Objects::isNull);
            if (changedTimes.isEmpty()) {
                continue;
            }
            Collections.sort(changedTimes);
            for (Post p : e.getValue()) {
                for (Slot s : p.slots()) {
                    if (s.time() != null && near(changedTimes, s.time().toInstant(), reach)) {
                        out.putIfAbsent(p.id(), p);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether a time of {@code sorted} lies within {@code reach} of {@code t}. */
    static boolean near(List<Instant> sorted, Instant t, Duration reach) {
        int i = Collections.binarySearch(sorted, t);
        int at = i >= 0 ? i : -i - 1;
        return at < sorted.size() && Duration.between(t, sorted.get(at)).compareTo(reach) <= 0
                || at > 0 && Duration.between(sorted.get(at - 1), t).compareTo(reach) <= 0;
    }
}
