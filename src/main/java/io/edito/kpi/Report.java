package io.edito.kpi;

import io.edito.metrics.ReadSummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report shows; renderers turn it into text, markdown, JSON, CSV or HTML.
 *
 * @param from     first day covered (the requested one, else the first day seen), null when nothing is dated
 * @param to       last day covered
 * @param previous previous-period totals over the compared days (see {@link Compared}), or null when not compared
 * @param compared with {@code --compare previous}: the period's totals over the same compared days, and coverage
 * @param plan     plan vs actual, or null without calendar
 * @param care     community-care stats by channel then "all", empty without inbox export
 * @param listening the listening and care section (the mention store's mentions of the period), or null
 */
public record Report(ReportSpec spec, LocalDate from, LocalDate to, Kpis totals, Kpis previous, Compared compared,
                     List<Group> groups,
                     List<RankedPost> top, List<RankedPost> bottom, BestTime bestTime, List<TrendPoint> trend,
                     List<TargetResult> targets, PlanVsActual plan, List<CareStats> care, Rows rows,
                     List<ReadSummary> files, ListeningReport listening) {

    /**
     * One line of a {@code --by} table; {@code key} holds one value per dimension of {@code spec.by()}.
     *
     * @param compared    with {@code --compare previous}: the group over the compared days (what {@code previous}
     *                    is compared with), else null
     * @param exportTypes with {@code --by type}: the exports' own type values in the group ({@code IG reel},
     *                    {@code Reels}) and their posts; empty otherwise
     */
    public record Group(List<String> key, Kpis kpis, Kpis previous, Kpis compared, java.util.Map<String, Long> exportTypes) {
        public Group {
            exportTypes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(exportTypes));
        }
    }

    /**
     * {@code --compare previous}, like with like: each stream (a network's posts, or one of its account series) is
     * compared over the days its exports cover in both periods, day k of the period with day k of the previous one.
     *
     * @param current  the period's totals over those days (equal to the totals when every stream is covered alike)
     * @param coverage every stream with data in either period
     */
    public record Compared(Kpis current, List<Coverage> coverage) {
        /** Whether every stream is covered on the same days in both periods (nothing left out of the comparison). */
        public boolean alike() {
            return coverage.stream().allMatch(Coverage::same);
        }

        /** The warnings, one per stream covered on other days in one period than in the other. */
        public List<String> warnings() {
            return coverage.stream().filter(c -> !c.same()).map(Coverage::warning).toList();
        }
    }

    /**
     * How a stream's exports cover the two periods (a file covers the days from its first to its last dated row).
     *
     * @param stream   {@code instagram (posts)}, {@code facebook (new_follows)}...
     * @param days     days of the period covered
     * @param previous days of the previous period covered
     * @param compared days covered in both (day k of each period): the days compared
     * @param same     both periods covered on the same days
     */
    public record Coverage(String stream, int days, int previous, int compared, boolean same) {
        /** The one-line warning when the periods are not covered alike. */
        public String warning() {
            return stream + ": its exports cover " + days + " day(s) of the period and " + previous + " of the previous"
                    + " one, not the same days; " + (compared == 0 ? "no day is covered in both: left out of the comparison"
                    : "compared over the " + compared + " day(s) covered in both");
        }
    }

    /** One day of the trend: posts published that day and their sums (NaN: none of its posts carries the metric). */
    public record TrendPoint(LocalDate day, long posts, double impressions, double engagements) {
    }

    /**
     * Best time to post: one cell per weekday and hour (brand's zone) that has posts or audience data.
     *
     * @param engagementRate  engagements / impressions of the posts published in that hour
     * @param activeFollowers average followers active in that hour (TikTok follower activity), or null
     */
    public record BestTime(List<Cell> cells) {
        /**
         * Posts a weekday x hour needs in its engagement rate before it can be named the best time: one post's
         * luck is not a time of day. docs/kpi.md#views.
         */
        public static final int MIN_POSTS = 3;

        /**
         * @param posts  posts published in that hour
         * @param sample the posts among them with engagements and impressions: the engagement rate's sample
         */
        public record Cell(DayOfWeek day, int hour, long posts, long sample, Double engagementRate, Double activeFollowers) {
        }

        /** The cell with the highest engagement rate among those with at least {@link #MIN_POSTS} in its sample, or null. */
        public Cell best() {
            return cells.stream().filter(c -> c.engagementRate() != null && c.sample() >= MIN_POSTS)
                    .max(java.util.Comparator.comparingDouble(Cell::engagementRate)
                            .thenComparingLong(Cell::sample).thenComparing(c -> -c.day().getValue() * 24 - c.hour()))
                    .orElse(null);
        }

        /** The cell with the largest sample (the earliest on a tie), or null: what the report cites when none is named. */
        public Cell largestSample() {
            return cells.stream().filter(c -> c.sample() > 0)
                    .max(java.util.Comparator.comparingLong(Cell::sample).thenComparing(c -> -c.day().getValue() * 24 - c.hour()))
                    .orElse(null);
        }
    }

    /**
     * @param missing   planned posts of the period with no metrics
     * @param unplanned published posts of the period the calendar does not have (count; first ones listed)
     * @param ambiguous published posts with a day only left unjoined because their day has several posts of
     *                  their network, or several planned posts (counted among the unplanned)
     */
    public record PlanVsActual(long planned, long matched, List<PlannedPost> missing, long unplanned,
                               List<String> unplannedSamples, long ambiguous) {
        /** The sentence the renderers show about {@code ambiguous}, or null when it is 0. */
        public String ambiguityNote() {
            return ambiguous == 0 ? null : ambiguous + " post(s) with a day only not joined: several posts of their"
                    + " network, or several planned posts, share their day (counted as not in the calendar)";
        }
    }

    /**
     * Row accounting across files: read = used + skipped; used rows outside the period or undated while a
     * period is set are counted, not shown.
     */
    public record Rows(long read, long used, long skipped, long outsidePeriod, long undated) {
    }

    /** True when every target is met (no target: true). */
    public boolean targetsMet() {
        return targets.stream().allMatch(TargetResult::met);
    }
}
