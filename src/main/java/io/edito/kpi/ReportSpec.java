package io.edito.kpi;

import io.edito.core.EditoException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What a report computes.
 *
 * @param zone            the brand's zone: days, weeks, months and best-time hours are counted in it
 * @param from            first day included, or null for no lower bound
 * @param to              last day included, or null for no upper bound
 * @param by              grouping dimensions, in order (empty: totals only)
 * @param comparePrevious also compute the previous period of the same length (needs from and to)
 * @param top             how many top and bottom posts to list (0: none)
 * @param rankBy          what top/bottom rank on
 * @param targets         targets to check (a missed one makes the report fail)
 * @param planned         the calendar's posts, for plan vs actual (empty: no join)
 * @param joinTolerance   how far a published time may be from the planned one for a network+time match
 * @param sla             community-care first-response target
 */
public record ReportSpec(ZoneId zone, LocalDate from, LocalDate to, List<Dimension> by, boolean comparePrevious,
                         int top, Kpi rankBy, List<TargetSpec> targets, List<PlannedPost> planned,
                         Duration joinTolerance, Duration sla) {
    public ReportSpec {
        by = List.copyOf(by);
        targets = List.copyOf(targets);
        planned = List.copyOf(planned);
        if (from != null && to != null && to.isBefore(from)) {
            throw EditoException.input("--to " + to + " is before --from " + from);
        }
        if (comparePrevious && (from == null || to == null)) {
            throw EditoException.input("--compare previous needs --from and --to (the period to compare)");
        }
        if (top < 0) {
            throw EditoException.input("--top must be 0 or more");
        }
        if (!RankedPost.rankable(rankBy)) {
            throw EditoException.input("--rank-by " + rankBy.key() + ": posts cannot be ranked on it");
        }
    }

    public static ReportSpec defaults(ZoneId zone) {
        return new ReportSpec(zone, null, null, List.of(), false, 0, Kpi.ENGAGEMENTS, List.of(), List.of(),
                Duration.ofMinutes(30), Duration.ofHours(1));
    }

    /** First day of the previous period (same length, just before {@code from}). */
    public LocalDate previousFrom() {
        return from.minusDays(days());
    }

    public LocalDate previousTo() {
        return from.minusDays(1);
    }

    private long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }
}
