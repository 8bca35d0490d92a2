package io.edito.listen;

import io.edito.core.Sha256;
import io.edito.metrics.ExportReader;
import io.edito.metrics.InboxItem;
import io.edito.metrics.MetricsSink;
import io.edito.metrics.PostMetrics;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code edito listen --import FILE --type inbox}: the community-care inbox export (docs/kpi.md#the-inbox-format-inbox)
 * stored as tickets. Each message is a mention of source {@code inbox} (messages sent to the brand are about it: no
 * keyword is needed), answered at its {@code replied_at} and closed when {@code resolved} says so. The file is read
 * whole (strictly: a bad row is an error naming its line, and nothing is stored) before anything is stored; a
 * message already stored by an earlier import of the same file is not stored again.
 */
public final class InboxImport {
    /** The source name of imported inbox messages. */
    public static final String SOURCE = "inbox";

    private InboxImport() {
    }

    /** The messages of {@code file}, in file order (dates without an offset read in {@code zone}). */
    public static List<InboxItem> read(Path file, ZoneId zone) {
        List<InboxItem> items = new ArrayList<>();
        new ExportReader(ExportReader.Options.defaults(zone).withStrictBy("an inbox import stores nothing unless every row reads").withForcedType("inbox"))
                .read(file, new MetricsSink() {
                    @Override
                    public void post(PostMetrics post) {
                        // an inbox export has no posts
                    }

                    @Override
                    public void inbox(InboxItem item) {
                        items.add(item);
                    }
                });
        return items;
    }

    /** Stores {@code items} as tickets; returns the ones stored now (those not stored by an earlier import). */
    public static List<Mention> store(MentionStore store, List<InboxItem> items, Instant now) {
        Map<String, Integer> seen = new HashMap<>();
        List<Mention> fresh = new ArrayList<>();
        Map<String, Mention> stored = null; // the tickets of earlier imports by network id, read when first needed
        for (InboxItem item : items) {
            String channel = item.channel() == null ? "unknown" : item.channel();
            // the same channel and second twice in one file are two messages: the occurrence tells them apart
            String key = channel + "\n" + item.receivedAt();
            int occurrence = seen.merge(key, 1, Integer::sum);
            String networkId = "inbox:" + Sha256.hex128(key + "\n" + occurrence);
            String kind = item.kind() == null ? "other" : item.kind();
            var added = store.add(new NewMention(SOURCE, null, null, networkId, null, "message on " + channel, LanguageGuess.UNDETERMINED,
                    item.receivedAt(), now, kind, null, null));
            if (added.isEmpty()) {
                // stored by an earlier, shorter export: what this one says since (a reply, a resolution) is new too
                if (stored == null) {
                    stored = new HashMap<>();
                    for (Mention m : store.list(new MentionQuery(null, null, SOURCE, null, null))) {
                        stored.put(m.networkId(), m);
                    }
                }
                Mention known = stored.get(networkId);
                if (known != null) {
                    update(store, known, item, false);
                }
                continue;
            }
            fresh.add(update(store, added.get(), item, true));
        }
        return fresh;
    }

    /** Whether {@code m}'s ticket was never closed (nor reopened: a person who reopened it keeps it open). */
    private static boolean neverClosed(MentionStore store, Mention m) {
        return store.events(m.id()).stream().noneMatch(e -> e.action().equals("closed") || e.action().equals("reopened"));
    }

    /**
     * The reply and the resolution {@code item} records, applied to its ticket {@code m} when it does not have them
     * yet (a ticket answered or closed by hand since keeps what was done).
     */
    private static Mention update(MentionStore store, Mention m, InboxItem item, boolean fresh) {
        // the export's reply is recorded when the ticket has none, or only a later one (an answer recorded by hand
        // after the fact): the earliest answer is the first response
        if (item.repliedAt() != null && m.status() != Mention.Status.CLOSED
                && (m.firstResponseAt() == null || item.repliedAt().isBefore(m.firstResponseAt()))) {
            m = store.change(m.id(), new MentionStore.Change.Answer("inbox", null), item.repliedAt());
        }
        if (Boolean.TRUE.equals(item.resolved()) && m.status() != Mention.Status.CLOSED && (fresh || neverClosed(store, m))) {
            Instant at = item.repliedAt() != null ? item.repliedAt() : item.receivedAt();
            if (m.firstResponseAt() != null && at.isBefore(m.firstResponseAt())) {
                at = m.firstResponseAt(); // a close is never before the first answer: one recorded by hand came later
            }
            m = store.change(m.id(), new MentionStore.Change.Close("resolved (inbox export)"), at);
        }
        return m;
    }
}
