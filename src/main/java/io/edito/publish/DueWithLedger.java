package io.edito.publish;

import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerState;
import io.edito.schedule.Due;
import io.edito.schedule.DueCalculator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What is due ({@code edito due}, {@code edito publish}): the calendar's pairs, with the ledger telling which are sent. */
public final class DueWithLedger {
    private DueWithLedger() {
    }

    /**
     * Due pairs, with the ledger (if it exists: this never creates one) telling which are already sent, and which
     * were edited since.
     */
    public static List<Due> compute(Workspace.Loaded loaded, PublishingSettings settings, Instant now, Duration window,
                                    boolean includeMissed, Map<String, String> env) {
        Optional<Ledger> existing = settings.ledger().openExisting(env);
        if (existing.isEmpty()) {
            return DueCalculator.compute(loaded.calendar(), now, window, settings.catchUp(), includeMissed,
                    (p, c) -> null);
        }
        try (Ledger ledger = existing.get()) {
            ProjectConfig config = loaded.config();
            return DueCalculator.compute(loaded.calendar(), now, window, settings.catchUp(), includeMissed,
                    (p, c) -> published(ledger, p, c, config));
        }
    }

    /**
     * DONE when the pair is sent with the content the calendar has now, EDITED when with other content; FAILED,
     * UNKNOWN or PENDING when tried and not sent (its latest entry's state); null when never tried.
     */
    private static Due.Kind published(Ledger ledger, Post post, String channel, ProjectConfig config) {
        List<LedgerEntry> entries = ledger.forPair(post.id(), channel);
        if (entries.stream().noneMatch(e -> e.state() == LedgerState.SENT)) {
            return entries.stream().max(java.util.Comparator.comparingLong(LedgerEntry::id))
                    .map(e -> switch (e.state()) {
                        case FAILED -> Due.Kind.FAILED;
                        case UNKNOWN -> Due.Kind.UNKNOWN;
                        case PENDING -> Due.Kind.PENDING;
                        case SENT -> throw new IllegalStateException("a sent entry is DONE or EDITED");
                    }).orElse(null);
        }
        PublishRequest request;
        try {
            request = Requests.of(post, channel, config);
        } catch (EditoException e) {
            return Due.Kind.DONE; // what would be sent cannot be made (a media path outside the repository): sent is all we know
        }
        // the ledger's own rule, as publish tells it
        return ledger.publishedWithOtherContent(request).isPresent() ? Due.Kind.EDITED : Due.Kind.DONE;
    }
}
