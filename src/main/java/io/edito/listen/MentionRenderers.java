package io.edito.listen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.core.CsvCells;
import io.edito.core.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Mentions as text lines, the pinned JSON shape and CSV (docs/listening.md#tickets). */
public final class MentionRenderers {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int TEXT_WIDTH = 100;
    static final List<String> CSV_COLUMNS = List.of("id", "source", "url", "author", "text", "lang", "published_at",
            "kind", "status", "competitor", "assignee", "found_at", "first_response_at", "closed_at", "close_reason",
            "tool_sentiment", "network_id");

    private MentionRenderers() {
    }

    /** One line: {@code #12 2026-12-18 10:15 alerts complaint/fr [new] @author: text… <url>}. */
    public static String line(Mention m, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(m.id()).append(' ').append(LOCAL.format(m.at().atZone(zone))).append(' ')
                .append(m.source()).append(' ').append(m.kind()).append('/').append(m.lang())
                .append(" [").append(m.status().id()).append(']');
        if (m.competitor() != null) {
            sb.append(" (").append(m.competitor()).append(')');
        }
        if (m.assignee() != null) {
            sb.append(" \u2192 ").append(m.assignee());
        }
        sb.append(' ');
        if (m.author() != null) {
            sb.append(m.author()).append(": ");
        }
        sb.append(shorten(m.text()));
        if (m.url() != null) {
            sb.append("  ").append(m.url());
        }
        return sb.toString();
    }

    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.codePointCount(0, t.length()) <= TEXT_WIDTH) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, TEXT_WIDTH - 1)) + "\u2026";
    }

    /** Everything about one mention and its history, for {@code mentions show}. */
    public static String show(Mention m, List<MentionEvent> events, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        sb.append("#").append(m.id()).append("  ").append(m.kind()).append(" / ").append(m.lang()).append("  [")
                .append(m.status().id()).append("]\n");
        row(sb, "source", m.source());
        row(sb, "url", m.url());
        row(sb, "author", m.author());
        row(sb, "published", m.publishedAt() == null ? "(not given)" : LOCAL.format(m.publishedAt().atZone(zone)));
        row(sb, "competitor", m.competitor());
        row(sb, "assignee", m.assignee());
        row(sb, "sentiment", m.toolSentiment());
        sb.append('\n').append(m.text()).append("\n\nhistory:\n");
        for (MentionEvent e : events) {
            sb.append("  ").append(LOCAL.format(e.at().atZone(zone))).append("  ").append(e.action());
            if (e.detail() != null) {
                sb.append("  ").append(e.detail());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(String.format("  %-11s %s%n", name, value));
        }
    }

    /** The pinned shape: {@code {"mentions": [{"id", "source", "url", "author", "text", "lang", "published_at", ...}]}}. */
    public static ObjectNode json(List<Mention> mentions) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("mentions");
        mentions.forEach(m -> list.add(json(m)));
        return root;
    }

    public static ObjectNode json(Mention m) {
        ObjectNode o = Json.object();
        o.put("id", m.id());
        o.put("source", m.source());
        o.put("url", m.url());
        o.put("author", m.author());
        o.put("text", m.text());
        o.put("lang", m.lang());
        o.put("published_at", ts(m.publishedAt()));
        o.put("kind", m.kind());
        o.put("status", m.status().id());
        o.put("competitor", m.competitor());
        o.put("assignee", m.assignee());
        o.put("found_at", ts(m.foundAt()));
        o.put("first_response_at", ts(m.firstResponseAt()));
        o.put("closed_at", ts(m.closedAt()));
        o.put("close_reason", m.closeReason());
        o.put("tool_sentiment", m.toolSentiment());
        o.put("network_id", m.networkId());
        return o;
    }

    public static ObjectNode json(Mention m, List<MentionEvent> events) {
        ObjectNode o = json(m);
        ArrayNode h = o.putArray("history");
        for (MentionEvent e : events) {
            ObjectNode eo = h.addObject();
            eo.put("at", ts(e.at()));
            eo.put("action", e.action());
            eo.put("detail", e.detail());
        }
        return o;
    }

    /** CSV with a header; cells a spreadsheet would run as formulas are neutralised. */
    public static String csv(List<Mention> mentions) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(
                String[]::new)).get())) {
            for (Mention m : mentions) {
                p.printRecord(m.id(), CsvCells.safe(m.source()), CsvCells.safe(m.url()), CsvCells.safe(m.author()),
                        CsvCells.safe(m.text()), m.lang(), ts(m.publishedAt()), CsvCells.safe(m.kind()),
                        m.status().id(), CsvCells.safe(m.competitor()), CsvCells.safe(m.assignee()), ts(m.foundAt()),
                        ts(m.firstResponseAt()), ts(m.closedAt()), CsvCells.safe(m.closeReason()),
                        CsvCells.safe(m.toolSentiment()), CsvCells.safe(m.networkId()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    static String ts(Instant i) {
        return i == null ? null : DateTimeFormatter.ISO_INSTANT.format(i);
    }
}
