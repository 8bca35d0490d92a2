package io.edito.agenda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.calendar.Content;
import io.edito.calendar.Ignore;
import io.edito.calendar.Media;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.calendar.Translation;
import io.edito.calendar.Variant;
import io.edito.core.Json;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** A post with every field as loaded, as JSON (docs/calendar.md#json). Strings stay strings. */
public final class PostJson {
    private PostJson() {
    }

    public static ObjectNode of(Post p) {
        ObjectNode n = Json.object();
        n.put("id", p.id());
        n.put("brand", p.brand());
        if (p.at() != null) {
            n.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p.at().at()));
            n.put("zone", p.at().at().getZone().getId());
        } else {
            n.putNull("at");
        }
        strings(n.putArray("channels"), p.channels());
        n.put("status", p.status().id());
        n.put("lang", p.lang());
        content(n, p.content());
        n.put("campaign", p.campaign());
        n.put("pillar", p.pillar());
        strings(n.putArray("tags"), p.tags());
        n.put("paid", p.paid());
        n.put("partner", p.partner());
        ObjectNode variants = n.putObject("variants");
        for (Map.Entry<String, Variant> e : p.variants().entrySet()) {
            ObjectNode v = variants.putObject(e.getKey());
            content(v, e.getValue().content());
            if (e.getValue().at() != null) {
                v.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.getValue().at().at()));
            }
            translations(v, e.getValue().translations());
        }
        if (!p.translations().isEmpty()) {
            ObjectNode t = n.putObject("translations");
            for (Map.Entry<String, Translation> e : p.translations().entrySet()) {
                ObjectNode tn = t.putObject(e.getKey());
                content(tn, e.getValue().content());
                if (e.getValue().contentWarning() != null) {
                    tn.put("content_warning", e.getValue().contentWarning());
                }
                if (!e.getValue().variants().isEmpty()) {
                    ObjectNode tv = tn.putObject("variants");
                    e.getValue().variants().forEach((ch, c) -> content(tv.putObject(ch), c));
                }
            }
        }
        n.put("content_warning", p.contentWarning());
        n.put("visibility", p.visibility());
        n.put("approved_by", p.approvedBy());
        ArrayNode ignore = n.putArray("ignore");
        for (Ignore i : p.ignore()) {
            ignore.addObject().put("rule", i.rule()).put("reason", i.reason());
        }
        n.put("notes", p.notes());
        ObjectNode src = n.putObject("source");
        src.put("file", p.file().toString());
        src.put("line", p.pos().line());
        src.put("column", p.pos().column());
        return n;
    }

    private static void translations(ObjectNode n, Map<String, Content> translations) {
        if (translations.isEmpty()) {
            return;
        }
        ObjectNode t = n.putObject("translations");
        for (Map.Entry<String, Content> e : translations.entrySet()) {
            content(t.putObject(e.getKey()), e.getValue());
        }
    }

    private static void content(ObjectNode n, Content c) {
        putText(n, "text", c.text());
        putText(n, "title", c.title());
        if (c.link() != null) {
            n.put("link", c.link());
        }
        if (c.media() != null) {
            ArrayNode media = n.putArray("media");
            for (Media m : c.media()) {
                ObjectNode o = media.addObject();
                o.put("file", m.file());
                o.put("alt", m.alt() == null ? null : m.alt().value());
                o.put("type", m.type());
                o.put("crop", m.crop());
            }
        }
        if (c.thread() != null) {
            ArrayNode thread = n.putArray("thread");
            for (Text t : c.thread()) {
                thread.add(t.value());
            }
        }
        putText(n, "first_comment", c.firstComment());
    }

    private static void putText(ObjectNode n, String key, Text t) {
        if (t != null) {
            n.put(key, t.value());
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
