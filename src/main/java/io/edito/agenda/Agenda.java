package io.edito.agenda;

import io.edito.calendar.Calendar;
import io.edito.calendar.Content;
import io.edito.calendar.Post;
import io.edito.calendar.Slot;
import io.edito.calendar.Text;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rows of the agenda: each post at each of its times ({@link Post#slots()}: a channel's variant may move it),
 * with the channels the query selects at that time; by time, then post id (undated drafts last).
 */
public record Agenda(List<Entry> entries) {

    /**
     * One post at one time.
     *
     * @param channels the channels going out at {@code time} that the query selects
     * @param slot     the post's full slot at that time, whatever the query (for stable calendar UIDs)
     */
    public record Entry(Post post, ZonedDateTime time, List<String> channels, Slot slot) {
        /**
         * The text this row stands for: the post's own, or, for channels a variant moved to a time of their own, what
         * goes out there (the first channel's variant: it may have its own text, written for that network).
         */
        public Text text() {
            Content c = slot.own() || channels.isEmpty() ? post.content()
                    : post.content(channels.get(0), post.lang());
            return c.text();
        }
    }

    private static final Comparator<Entry> BY_TIME = Comparator
            .comparing((Entry e) -> e.time() == null ? null : e.time().toInstant(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.post().id())
            .thenComparing(e -> e.slot().own() ? 0 : 1);

    public static Agenda of(Calendar calendar, AgendaQuery query) {
        List<Entry> out = new ArrayList<>();
        for (Post p : calendar.posts()) {
            if (!query.matches(p)) {
                continue;
            }
            for (Slot s : p.slots()) {
                List<String> chosen = s.channels().stream().filter(ch -> query.matches(p, ch)).toList();
                boolean noChannels = s.channels().isEmpty() && query.channels().isEmpty() && query.inRange(s.time());
                if (!chosen.isEmpty() || noChannels) {
                    out.add(new Entry(p, s.time(), chosen, s));
                }
            }
        }
        out.sort(BY_TIME);
        return new Agenda(List.copyOf(out));
    }

    /** The posts of the agenda, each once, in the order of their first row. */
    public List<Post> posts() {
        LinkedHashSet<Post> posts = new LinkedHashSet<>();
        for (Entry e : entries) {
            posts.add(e.post());
        }
        return List.copyOf(posts);
    }
}
