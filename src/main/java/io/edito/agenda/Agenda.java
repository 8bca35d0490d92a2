package io.edito.agenda;

import io.edito.calendar.Calendar;
import io.edito.calendar.Post;
import java.util.Comparator;
import java.util.List;

/** The posts of a calendar that match a query, by time (undated drafts last, by id). */
public record Agenda(List<Post> posts) {

    private static final Comparator<Post> BY_TIME = Comparator
            .comparing((Post p) -> p.time() == null ? null : p.time().toInstant(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Post::id);

    public static Agenda of(Calendar calendar, AgendaQuery query) {
        return new Agenda(calendar.posts().stream().filter(query::matches).sorted(BY_TIME).toList());
    }
}
