package io.edito.kpi;

import io.edito.metrics.PostMetrics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plan versus actual: each exported post of the period joined to its planned post of the calendar
 * ({@link CalendarJoin}), the posts no plan matches (counted, with samples), and the days where a post with a date
 * only cannot be told apart from another of its channel.
 */
final class PlanTracker {
    private static final int UNPLANNED_SAMPLES = 20;

    /** Where a post goes once its plan is known (or known to be none). */
    interface Accountant {
        void account(PostMetrics p, LocalDate day, int period, PlannedPost plan);
    }

    private final CalendarJoin join;
    private long unplanned;
    private long ambiguousDays;
    private final List<String> unplannedSamples = new ArrayList<>();
    /**
     * Posts with a day only on a (network, day) that has planned posts: the first one waits for the end (it is
     * joined only if no other post of its network shares the day); null once a second one came.
     */
    private final Map<List<Object>, PostMetrics> heldDayOnly = new LinkedHashMap<>();

    PlanTracker(CalendarJoin join) {
        this.join = join;
    }

    /** A post of the period, of {@code day} (null: undated): joined to its plan, or held until the end. */
    void post(PostMetrics p, LocalDate day, Accountant to) {
        PlannedPost plan = join.match(p);
        if (plan == null && day != null && !p.timeKnown() && join.plannedOn(p.channelOrNetwork(), p.publishedAt())) {
            List<Object> k = List.of(p.channelOrNetwork(), day);
            if (!heldDayOnly.containsKey(k)) {
                heldDayOnly.put(k, p);
                return;
            }
            PostMetrics first = heldDayOnly.put(k, null);
            if (first != null) {
                ambiguousDays++;
                unplanned(first);
                to.account(first, day, PeriodWindow.CURRENT, null);
            }
            ambiguousDays++;
        }
        if (plan == null) {
            unplanned(p);
        }
        to.account(p, day, PeriodWindow.CURRENT, plan);
    }

    /** Joins the posts with a day only that were alone on their network and day (see {@link CalendarJoin#matchDay}). */
    void finish(Function<Instant, LocalDate> dayOf, Accountant to) {
        for (PostMetrics p : heldDayOnly.values()) {
            if (p == null) {
                continue;
            }
            if (join.openOn(p.channelOrNetwork(), p.publishedAt()) > 1) {
                ambiguousDays++;
            }
            PlannedPost plan = join.matchDay(p.channelOrNetwork(), p.publishedAt());
            if (plan == null) {
                unplanned(p);
            }
            to.account(p, dayOf.apply(p.publishedAt()), PeriodWindow.CURRENT, plan);
        }
        heldDayOnly.clear();
    }

    private void unplanned(PostMetrics p) {
        unplanned++;
        if (unplannedSamples.size() < UNPLANNED_SAMPLES) {
            unplannedSamples.add(p.permalink() != null ? p.permalink() : p.source());
        }
    }

    /** The section over the planned posts of the period {@code from}..{@code to} (null: open), days in {@code zone}. */
    Report.PlanVsActual report(LocalDate from, LocalDate to, ZoneId zone) {
        List<PlannedPost> inPeriod = join.planned().stream().filter(p -> {
            if (p.at() == null) {
                return true;
            }
            LocalDate d = LocalDate.ofInstant(p.at().toInstant(), zone);
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }).toList();
        List<PlannedPost> missing = inPeriod.stream().filter(p -> !join.isMatched(p))
                .sorted(Comparator.comparing(p -> p.at() == null ? "" : p.at().toInstant().toString())).toList();
        return new Report.PlanVsActual(inPeriod.size(), inPeriod.size() - missing.size(), missing, unplanned,
                List.copyOf(unplannedSamples), ambiguousDays);
    }
}
