package io.edito.listen;

import io.edito.core.EditoException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * When a change of a ticket may be dated, checked by the store before it records a change and by an answer before it
 * goes out on the network (a reply sent, then refused by the store, could never be recorded): a time that breaks
 * these would give a response or closing time below zero, counted within any SLA.
 * <ul>
 * <li>nothing before the mention was published, or found when it has no date (more than {@link #CLOCK_SKEW}
 *     before: the clocks of a network and of this host);</li>
 * <li>a close not before the ticket's first response nor its last reopening (a close ends the work on it);</li>
 * <li>a reopening not before the close it undoes.</li>
 * </ul>
 * An answer may be recorded after a later one (a colleague records hers late): the earliest is the first response.
 */
final class TicketTimes {
    /** How far before a mention's publication a change is still taken: the clocks of a network and of this host. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private TicketTimes() {
    }

    /**
     * Refuses {@code change} of {@code m} at {@code at} (exit 2) when its time breaks the rules above;
     * {@code events} gives the ticket's history, oldest first (read only for a close, the one rule that needs it).
     */
    static void require(Mention m, Supplier<List<MentionEvent>> events, MentionStore.Change change, Instant at) {
        String refusal = refusal(m, events, change, at);
        if (refusal != null) {
            throw EditoException.input(refusal);
        }
    }

    /** Whether {@link #require} takes {@code change} at {@code at}. */
    static boolean allows(Mention m, Supplier<List<MentionEvent>> events, MentionStore.Change change, Instant at) {
        return refusal(m, events, change, at) == null;
    }

    /** Why {@code change} cannot be dated {@code at}, or null when it can. */
    private static String refusal(Mention m, Supplier<List<MentionEvent>> events, MentionStore.Change change,
                                  Instant at) {
        // the mention's time as the KPIs read it: published, else found (an undated feed item)
        Instant since = m.publishedAt() != null ? m.publishedAt() : m.foundAt();
        if (since != null && at.isBefore(since.minus(CLOCK_SKEW))) {
            return refused(m, change, at, (m.publishedAt() != null ? "published" : "found") + " at " + shown(since));
        }
        if (change instanceof MentionStore.Change.Close) {
            if (m.firstResponseAt() != null && at.isBefore(m.firstResponseAt())) {
                return refused(m, change, at, "first answered at " + shown(m.firstResponseAt()));
            }
            Instant reopened = last(events.get(), "reopened");
            if (reopened != null && at.isBefore(reopened)) {
                return refused(m, change, at, "reopened at " + shown(reopened));
            }
        } else if (change instanceof MentionStore.Change.Reopen && m.closedAt() != null && at.isBefore(m.closedAt())) {
            return refused(m, change, at, "closed at " + shown(m.closedAt()));
        }
        return null;
    }

    private static String refused(Mention m, MentionStore.Change change, Instant at, String what) {
        return "mention #" + m.id() + " was " + what + ": it cannot be " + done(change) + " at " + shown(at)
                + ", before that";
    }

    /** The time of the latest event of {@code action}, or null. */
    private static Instant last(List<MentionEvent> events, String action) {
        Instant out = null;
        for (MentionEvent e : events) {
            if (e.action().equals(action) && (out == null || e.at().isAfter(out))) {
                out = e.at();
            }
        }
        return out;
    }

    /** What {@code change} does to a mention, as a past participle: for messages. */
    private static String done(MentionStore.Change change) {
        if (change instanceof MentionStore.Change.Assign) {
            return "assigned";
        }
        if (change instanceof MentionStore.Change.Answer) {
            return "answered";
        }
        return change instanceof MentionStore.Change.Close ? "closed" : "reopened";
    }

    /** A time in messages: UTC, to the second. */
    static String shown(Instant i) {
        return i == null ? "?" : i.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
