package io.edito.agenda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.calendar.Post;
import io.edito.core.Json;
import java.time.format.DateTimeFormatter;

/**
 * {@code {"count": n, "posts": [ ...every field of every post, as written... ], "rows": [ ...when and where each goes
 * out... ]}}: {@code posts} is the calendar's data, {@code rows} the agenda itself, one per post and distinct time on
 * the selected channels, with the text and language that go out there (docs/calendar.md#json).
 */
public final class AgendaJson {
    private AgendaJson() {
    }

    public static String render(Agenda agenda) {
        ObjectNode root = Json.object();
        root.put("count", agenda.posts().size());
        ArrayNode posts = root.putArray("posts");
        for (Post p : agenda.posts()) {
            posts.add(PostJson.of(p));
        }
        ArrayNode rows = root.putArray("rows");
        for (Agenda.Entry e : agenda.entries()) {
            ObjectNode r = rows.addObject();
            r.put("post", e.post().id());
            if (e.time() != null) {
                r.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.time()));
            } else {
                r.putNull("at");
            }
            ArrayNode channels = r.putArray("channels");
            e.channels().forEach(channels::add);
            r.put("lang", e.lang());
            r.put("text", e.text() == null ? null : e.text().value());
            r.put("note", e.nothingGoesOut());
        }
        return Json.pretty(root);
    }
}
