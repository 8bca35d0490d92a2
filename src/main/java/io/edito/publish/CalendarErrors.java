package io.edito.publish;

import io.edito.calendar.Calendar;
import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors of a calendar as a publish run sees them. An error found in a post's own entry (a local time the clocks
 * jump over, an unknown channel, a misspelt key) stops that post: it is left out of the run, whatever its status, and
 * the others go out, so that a mistake in one post (a draft for next spring) does not stop every brand's cron line
 * until the posts due today are missed. Any other error stops the whole run, as before, since what it breaks cannot
 * be told: edito.yaml, a calendar file that is not YAML, a file's {@code defaults:} (wherever it is written), an
 * entry without an id, an id written twice.
 *
 * @param general errors about no one post: nothing is sent
 * @param posts   the ids of the posts with errors found in their own entries
 */
public record CalendarErrors(List<Problem> general, Set<String> posts) {

    public static CalendarErrors of(Workspace.Loaded loaded) {
        List<Problem> general = new ArrayList<>();
        Set<String> posts = new LinkedHashSet<>();
        for (Problem p : loaded.problems()) {
            if (!p.isError()) {
                continue;
            }
            if (p.ofOnePost()) {
                posts.add(p.post());
            } else {
                general.add(p);
            }
        }
        return new CalendarErrors(List.copyOf(general), java.util.Collections.unmodifiableSet(posts));
    }

    /**
     * The errors of the posts a run selects ({@code brands}, {@code channels}, {@code posts}: empty for all), in the
     * calendar's order: another brand's, channel's or post's errors are not that run's.
     */
    public List<Problem> of(Workspace.Loaded loaded, List<String> brands, List<String> channels, List<String> named) {
        Map<String, Post> byId = new HashMap<>();
        for (Post p : loaded.calendar().posts()) {
            byId.putIfAbsent(p.id(), p);
        }
        Set<String> selected = new HashSet<>();
        for (String id : posts) {
            Post post = byId.get(id);
            boolean ours = post == null ? brands.isEmpty() && channels.isEmpty()
                    : (brands.isEmpty() || brands.contains(post.brand()))
                    && (channels.isEmpty() || post.channels().stream().anyMatch(channels::contains));
            if (ours && (named.isEmpty() || named.contains(id))) {
                selected.add(id);
            }
        }
        return loaded.problems().stream().filter(p -> p.isError() && p.ofOnePost() && selected.contains(p.post())).toList();
    }

    /** The calendar without the posts in error, and without their errors: what the run publishes from. */
    public Workspace.Loaded without(Workspace.Loaded loaded) {
        if (posts.isEmpty()) {
            return loaded;
        }
        Calendar c = loaded.calendar();
        List<Post> kept = c.posts().stream().filter(p -> !posts.contains(p.id())).toList();
        List<Problem> problems = loaded.problems().stream().filter(p -> !p.isError()).toList();
        return new Workspace.Loaded(loaded.config(), new Calendar(c.config(), kept, c.files(), c.sources()), problems);
    }
}
