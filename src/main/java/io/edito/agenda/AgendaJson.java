package io.edito.agenda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.calendar.Post;
import io.edito.core.Json;

/** {@code {"count": n, "posts": [ ...every field of every post... ]}}. */
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
        return Json.pretty(root);
    }
}
