package io.edito.publish;

import io.edito.calendar.Calendar;
import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors of a calendar as a publish run sees them. An error written inside a post (a local time the clocks jump
 * over, an unknown channel, a duplicate id) stops that post: it is left out of the run, whatever its status, and the
 * others go out, so that a mistake in one post (a draft for next spring) does not stop every brand's cron line until
 * the posts due today are missed. An error outside any post (edito.yaml, a calendar file that is not YAML, its
 * {@code defaults:}) stops the whole run, as before: what it breaks cannot be told.
 *
 * @param general errors about no post: nothing is sent
 * @param byPost  the errors written inside each post, by post id (two posts of one id share them)
 */
public record CalendarErrors(List<Problem> general, Map<String, List<Problem>> byPost) {

    public static CalendarErrors of(Workspace.Loaded loaded) {
        List<Problem> general = new ArrayList<>();
        Map<String, List<Problem>> byPost = new LinkedHashMap<>();
        for (Problem p : loaded.problems()) {
            if (!p.isError()) {
                continue;
            }
            Post post = loaded.calendar().postAt(p.pos()).orElse(null);
            if (post == null) {
                general.add(p);
            } else {
                byPost.computeIfAbsent(post.id(), k -> new ArrayList<>()).add(p);
            }
        }
        return new CalendarErrors(List.copyOf(general), Map.copyOf(byPost));
    }

    /** The errors of the posts a run selects ({@code brands}, {@code posts}: empty for all), in the calendar's order. */
    public List<Problem> of(Workspace.Loaded loaded, List<String> brands, List<String> posts) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : loaded.problems()) {
            if (!p.isError()) {
                continue;
            }
            Post post = loaded.calendar().postAt(p.pos()).orElse(null);
            if (post != null && (brands.isEmpty() || brands.contains(post.brand()))
                    && (posts.isEmpty() || posts.contains(post.id()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** The calendar without the posts in error, and without their errors: what the run publishes from. */
    public Workspace.Loaded without(Workspace.Loaded loaded) {
        if (byPost.isEmpty()) {
            return loaded;
        }
        Set<String> out = byPost.keySet();
        Calendar c = loaded.calendar();
        List<Post> kept = c.posts().stream().filter(p -> !out.contains(p.id())).toList();
        List<Problem> problems = loaded.problems().stream().filter(p -> !p.isError()).toList();
        return new Workspace.Loaded(loaded.config(), new Calendar(c.config(), kept, c.files(), c.sources()), problems);
    }
}
