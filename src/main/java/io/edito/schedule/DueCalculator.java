package io.edito.schedule;

import io.edito.calendar.Calendar;
import io.edito.calendar.Post;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What cron should publish: approved or scheduled pairs whose time is at or before {@code now + window}, not yet
 * sent, and not older than the catch-up limit (a cron run that came late or was skipped catches up; older ones are
 * reported as missed, never posted late unless asked). A pair already tried (failed, unknown, pending in the ledger)
 * is the ledger's, whatever its age: its retries and reports do not stop at the catch-up limit.
 */
public final class DueCalculator {
    private DueCalculator() {
    }

    /**
     * @param window        look-ahead: pairs due within this after {@code now} count as due (0 for cron)
     * @param catchUp       pairs older than this before {@code now} are missed
     * @param includeMissed treat missed pairs as due
     * @param published     what the ledger says of the pair: {@link Due.Kind#DONE} (sent with this content),
     *                      {@link Due.Kind#EDITED} (sent with other content), {@link Due.Kind#FAILED},
     *                      {@link Due.Kind#UNKNOWN} or {@link Due.Kind#PENDING} (tried, not sent: whatever its time,
     *                      the ledger decides), or null (never tried: due, or missed past the catch-up limit)
     */
    public static List<Due> compute(Calendar cal, Instant now, Duration window, Duration catchUp, boolean includeMissed,
                                    BiFunction<Post, String, Due.Kind> published) {
        List<Due> out = new ArrayList<>();
        Instant until = now.plus(window);
        Instant oldest = now.minus(catchUp);
        for (Post p : cal.posts()) {
            if (!p.status().isReady()) {
                continue;
            }
            for (String ch : p.channels()) {
                ZonedDateTime t = p.timeOn(ch);
                if (t == null || t.toInstant().isAfter(until)) {
                    continue;
                }
                // a pair the ledger knows is neither due nor missed by its time: sent, or tried and not sent (a retry
                // or an unknown outcome older than the catch-up limit is still the ledger's to retry or report)
                Due.Kind kind = published.apply(p, ch);
                if (kind == null) {
                    kind = t.toInstant().isAfter(now) ? Due.Kind.UPCOMING
                            : t.toInstant().isBefore(oldest) && !includeMissed ? Due.Kind.MISSED : Due.Kind.DUE;
                } else if (kind == Due.Kind.DUE || kind == Due.Kind.MISSED || kind == Due.Kind.UPCOMING) {
                    throw new IllegalArgumentException("the ledger says what became of a pair, not " + kind);
                }
                out.add(new Due(p, ch, t, kind));
            }
        }
        out.sort(Comparator.comparing((Due d) -> d.at().toInstant()).thenComparing(d -> d.post().id())
                .thenComparing(Due::channel));
        return out;
    }
}
