package io.edito.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edito.core.CsvCells;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.SentItem;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerEvent;
import io.edito.publish.ledger.LedgerState;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The ledger for people (text), programs (JSON) and spreadsheets (CSV, formula injection neutralised). */
public final class LedgerRenderers {
    static final List<String> COLUMNS = List.of("id", "post", "channel", "state", "attempts", "scheduled_at",
            "sent_at", "remote_id", "url", "error", "next_retry", "resolved_by", "note", "content_hash",
            "delivery_key", "created_at", "updated_at");

    private LedgerRenderers() {
    }

    /** {@link #listText(List, ZoneId, PrintWriter)} with each row's time in the offset of its scheduled time. */
    public static void listText(List<LedgerEntry> entries, PrintWriter out) {
        listText(entries, null, out);
    }

    /**
     * One line per row: id, state, pair, when, where or why. Times are shown in {@code zone} with their offset, as
     * the other commands show the brand's times; with a null zone, in the offset of the row's scheduled time (which
     * the calendar wrote in its brand's zone).
     */
    public static void listText(List<LedgerEntry> entries, ZoneId zone, PrintWriter out) {
        for (LedgerEntry e : entries) {
            String what = switch (e.state()) {
                case SENT -> nz(e.remoteUrl(), nz(e.remoteId(), "")) + (e.resolvedBy() != null
                        && !e.resolvedBy().equals("network") ? " (" + e.resolvedBy() + ")" : "");
                case FAILED -> nz(e.error(), "") + (e.nextRetry() != null ? " (retry after " + local(e.nextRetry(), zone,
                        e) + ")" : e.permanent() ? " (not retried automatically)" : "");
                case UNKNOWN -> nz(e.error(), "outcome unknown") ;
                case PENDING -> "claimed by " + nz(e.leaseOwner(), "?") + " until " + local(e.leaseUntil(), zone, e);
            };
            out.printf("#%-4d %-8s %-32s %-25s %s%n", e.id(), e.state().id(), e.postId() + "@" + e.channel(),
                    e.sentAt() != null ? local(e.sentAt(), zone, e) : scheduled(e, zone),
                    PublishTextRenderer.oneLine(what));
        }
        out.flush();
    }

    /** {@link #showText(LedgerEntry, List, ZoneId, PrintWriter)} in the offset of the row's scheduled time. */
    public static void showText(LedgerEntry e, List<LedgerEvent> events, PrintWriter out) {
        showText(e, events, null, out);
    }

    /** A row with its history, times in {@code zone} with their offset (see {@link #listText}). */
    public static void showText(LedgerEntry e, List<LedgerEvent> events, ZoneId zone, PrintWriter out) {
        Map<String, Object> f = fields(e);
        for (String k : List.of("sent_at", "next_retry", "lease_until", "created_at", "updated_at")) {
            if (f.get(k) != null) {
                f.put(k, local(Instant.parse((String) f.get(k)), zone, e));
            }
        }
        f.put("scheduled_at", scheduled(e, zone));
        f.forEach((k, v) -> {
            if (v != null && !(v instanceof String s && s.isEmpty())) {
                out.printf("%-13s %s%n", k + ":", PublishTextRenderer.oneLine(String.valueOf(v)));
            }
        });
        for (SentItem i : e.items()) {
            out.printf("%-13s %s %s%n", "item " + i.index() + ":", nz(i.remoteId(), ""), nz(i.url(), ""));
        }
        out.println("history:");
        for (LedgerEvent ev : events) {
            out.printf("  %s  %-8s %s%n", local(ev.at(), zone, e), ev.state().id(), PublishTextRenderer.oneLine(nz(ev.detail(), "")));
        }
        out.flush();
    }

    public static void listJson(List<LedgerEntry> entries, PrintWriter out) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (LedgerEntry e : entries) {
            list.add(fields(e));
        }
        json(list, out);
    }

    public static void showJson(LedgerEntry e, List<LedgerEvent> events, PrintWriter out) {
        Map<String, Object> m = fields(e);
        List<Map<String, Object>> items = new ArrayList<>();
        for (SentItem i : e.items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("index", i.index());
            im.put("remote_id", i.remoteId());
            im.put("url", i.url());
            items.add(im);
        }
        m.put("items", items);
        List<Map<String, Object>> hist = new ArrayList<>();
        for (LedgerEvent ev : events) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("at", ev.at().toString());
            hm.put("state", ev.state().id());
            hm.put("detail", ev.detail());
            hist.add(hm);
        }
        m.put("history", hist);
        json(m, out);
    }

    /** CSV with a header; a cell starting with = + - @ tab or CR gets a leading apostrophe. */
    public static String csv(List<LedgerEntry> entries) {
        StringWriter sw = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(COLUMNS);
            for (LedgerEntry e : entries) {
                Map<String, Object> f = fields(e);
                List<String> row = new ArrayList<>();
                for (String c : COLUMNS) {
                    Object v = f.get(c);
                    row.add(CsvCells.safe(v == null ? "" : String.valueOf(v)));
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    public static String json(List<LedgerEntry> entries) {
        StringWriter sw = new StringWriter();
        listJson(entries, new PrintWriter(sw));
        return sw.toString();
    }

    static Map<String, Object> fields(LedgerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("post", e.postId());
        m.put("channel", e.channel());
        m.put("state", e.state().id());
        m.put("attempts", e.attempts());
        m.put("scheduled_at", utc(e.scheduledAt())); // the calendar's offset: programs get UTC, as for the other times
        m.put("sent_at", str(e.sentAt()));
        m.put("remote_id", e.remoteId());
        m.put("url", e.remoteUrl());
        m.put("error", e.error());
        m.put("next_retry", str(e.nextRetry()));
        m.put("permanent", e.state() == LedgerState.FAILED ? e.permanent() : null);
        m.put("resolved_by", e.resolvedBy());
        m.put("note", e.note());
        m.put("lease_owner", e.leaseOwner());
        m.put("lease_until", str(e.leaseUntil()));
        m.put("content_hash", e.contentHash());
        m.put("delivery_key", e.deliveryKey());
        m.put("created_at", str(e.createdAt()));
        m.put("updated_at", str(e.updatedAt()));
        return m;
    }

    /** {@code at} in {@code zone} (else in the offset of the row's scheduled time, else UTC), with its offset. */
    static String local(Instant at, ZoneId zone, LedgerEntry row) {
        if (at == null) {
            return "";
        }
        ZoneId z = zone;
        if (z == null) {
            try {
                z = OffsetDateTime.parse(row.scheduledAt()).getOffset();
            } catch (RuntimeException ex) {
                z = ZoneOffset.UTC;
            }
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(z).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String scheduled(LedgerEntry row, ZoneId zone) {
        if (zone == null || row.scheduledAt() == null) {
            return nz(row.scheduledAt(), "");
        }
        try {
            return local(OffsetDateTime.parse(row.scheduledAt()).toInstant(), zone, row);
        } catch (RuntimeException ex) {
            return row.scheduledAt();
        }
    }

    /** A scheduled time as stored (with the calendar's offset) as a UTC instant; kept as it is if it does not parse. */
    private static String utc(String scheduledAt) {
        if (scheduledAt == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(scheduledAt).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return scheduledAt;
        }
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    private static String nz(String s, String fallback) {
        return s == null ? fallback : s;
    }

    private static void json(Object doc, PrintWriter out) {
        try {
            out.println(Payloads.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        out.flush();
    }
}
