package io.edito.kpi;

import io.edito.listen.Mention;
import io.edito.metrics.InboxItem;
import io.edito.metrics.Metric;
import io.edito.metrics.MetricsSink;
import io.edito.metrics.PostMetrics;
import io.edito.metrics.ReadSummary;
import io.edito.metrics.SeriesMetric;
import io.edito.metrics.SeriesPoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams records into running sums, one accumulator per concern: totals ({@link Accumulator}), networks
 * ({@link NetworkTotals}), groups ({@link GroupTotals}), the previous period ({@link Comparison}), plan versus actual
 * ({@link PlanTracker}), top/bottom ({@link RankedPosts}), best time ({@link BestTimeGrid}), trend
 * ({@link DailyTrend}), community care ({@link CommunityCare}), records left out ({@link RowCounts}); then builds the
 * report. Memory grows with the number of groups and days, not with rows.
 */
public final class ReportBuilder implements MetricsSink {
    private final ReportSpec spec;
    private final ZoneId zone;
    private final PeriodWindow window;
    private final ZoneDays days;
    private final Accumulator totals = new Accumulator();
    private final NetworkTotals networks = new NetworkTotals();
    private final GroupTotals groups;
    private final GroupKeys keys;
    /** Whether series points have groups too (every --by dimension applies to them). */
    private final boolean seriesGroups;
    /** With --compare previous: coverage and daily sums of both periods, for a like-with-like comparison. */
    private final Comparison comparison;
    /** The join to the calendar, when the report has one. */
    private final PlanTracker plans;
    private final RankedPosts ranked;
    private final BestTimeGrid bestTime = new BestTimeGrid();
    private final DailyTrend trend = new DailyTrend();
    private final CommunityCare care;
    private final RowCounts rows = new RowCounts();
    private ListeningInput listening = ListeningInput.NONE;
    private ExportAccounts accounts = ExportAccounts.NONE;

    public ReportBuilder(ReportSpec spec) {
        this.spec = spec;
        this.zone = spec.zone();
        this.window = new PeriodWindow(spec);
        this.days = new ZoneDays(zone);
        this.groups = new GroupTotals(spec.by());
        this.keys = new GroupKeys(spec.by());
        this.plans = spec.planned().isEmpty() ? null
                : new PlanTracker(new CalendarJoin(spec.planned(), spec.joinTolerance()));
        this.ranked = new RankedPosts(spec.top());
        this.care = new CommunityCare(spec.sla());
        this.seriesGroups = spec.by().stream().allMatch(Dimension::appliesToSeries);
        this.comparison = spec.comparePrevious() ? new Comparison(spec.from(), spec.to(), spec.previousFrom()) : null;
    }

    /** Which account each post is on: the project's channels and {@code metrics.files:}. */
    public void accounts(ExportAccounts a) {
        this.accounts = a;
    }

    @Override
    public void post(PostMetrics read) {
        PostMetrics p = accounts.assign(read);
        LocalDate day = p.publishedAt() == null ? null : days.of(p.publishedAt());
        if (comparison != null && day != null) {
            comparison.covered(p.file(), Comparison.stream(p), day);
        }
        int period = window.of(day);
        if (period == PeriodWindow.NEITHER) {
            if (day == null) {
                rows.undated();
            } else {
                rows.outside();
            }
            return;
        }
        if (plans != null && period == PeriodWindow.CURRENT) {
            plans.post(p, day, this::account);
            return;
        }
        account(p, day, period, null);
    }

    private void account(PostMetrics p, LocalDate day, int period, PlannedPost plan) {
        double eng = p.engagements();
        List<String> key = spec.by().isEmpty() ? List.of() : keys.of(p, groupDay(day, period), plan);
        if (comparison != null && day != null) {
            String stream = Comparison.stream(p);
            comparison.day(List.of(), stream, period, day).add(p, eng);
            if (!key.isEmpty()) {
                comparison.day(key, stream, period, day).add(p, eng);
            }
        }
        if (period == PeriodWindow.PREVIOUS) {
            return;
        }
        totals.add(p, eng);
        networks.post(p, eng);
        if (!key.isEmpty()) {
            groups.post(key, p, eng);
        }
        if (day != null) {
            double imp = p.get(Metric.IMPRESSIONS);
            trend.post(day, imp, eng);
            if (p.timeKnown()) {
                int weekHour = ZoneDays.weekHour(p.publishedAt(), accounts.zoneOf(p, zone));
                bestTime.post(weekHour / 24, weekHour % 24, eng, imp);
            }
        }
        if (spec.top() > 0) {
            double v = RankedPost.valueOf(p, eng, spec.rankBy());
            if (!Double.isNaN(v)) {
                String campaign = plan != null && plan.campaign() != null ? plan.campaign() : p.campaign();
                ranked.offer(new RankedPost(p, v, campaign));
            }
        }
    }

    /**
     * The day whose day, week or month group {@code day} of {@code period} counts in: itself, or for the previous
     * period the day of the current one it is compared with (day k with day k: docs/kpi.md#views), so that week 50's
     * change is week 50 against the seven days before it, not against the one day of the previous period that falls
     * in week 50.
     */
    private LocalDate groupDay(LocalDate day, int period) {
        return day == null || period != PeriodWindow.PREVIOUS ? day
                : day.plusDays(java.time.temporal.ChronoUnit.DAYS.between(spec.previousFrom(), spec.from()));
    }

    /** The row ({@code file:line}) of the last series point counted outside the period. */
    private String lastOutsideSource;

    @Override
    public void series(SeriesPoint s) {
        accounts.series(s);
        if (comparison != null && s.metric() != SeriesMetric.ACTIVE_FOLLOWERS) {
            comparison.covered(s.file(), Comparison.stream(s), s.date());
        }
        int period = window.of(s.date());
        if (period == PeriodWindow.NEITHER) {
            // a row gives one point per metric, one after the other: the row is counted once
            if (!s.source().equals(lastOutsideSource)) {
                rows.outside();
                lastOutsideSource = s.source();
            }
            return;
        }
        if (s.metric() == SeriesMetric.ACTIVE_FOLLOWERS) {
            if (period == PeriodWindow.CURRENT && s.hour() >= 0) {
                bestTime.audience(s.date().getDayOfWeek(), s.hour(), s.value());
                trend.seen(s.date()); // its days are the report's period too (a follower activity export alone)
            }
            return;
        }
        if (comparison != null) {
            comparison.day(List.of(), Comparison.stream(s), period, s.date()).add(s);
        }
        if (period == PeriodWindow.CURRENT) {
            totals.add(s);
            trend.seen(s.date());
            networks.series(s);
        }
        if (seriesGroups && !spec.by().isEmpty()) {
            List<String> k = keys.of(s, groupDay(s.date(), period));
            if (period == PeriodWindow.CURRENT) {
                groups.series(k, s);
            }
            if (comparison != null) {
                comparison.day(k, Comparison.stream(s), period, s.date()).add(s);
            }
        }
    }

    @Override
    public void inbox(InboxItem item) {
        LocalDate day = LocalDate.ofInstant(item.receivedAt(), zone);
        if (window.of(day) == PeriodWindow.CURRENT) {
            trend.seen(day);
            care.add(item);
        } else {
            rows.outside();
        }
    }

    /** The report over everything received so far. */
    public Report build(List<ReadSummary> files) {
        if (plans != null) {
            plans.finish(days::of, this::account);
        }
        Kpis totalKpis = totals.snapshot();
        Kpis prevKpis = comparison == null ? null : comparison.compared(List.of(), PeriodWindow.PREVIOUS);
        Report.Compared compared = comparison == null ? null
                : new Report.Compared(comparison.compared(List.of(), PeriodWindow.CURRENT),
                        comparison.coverage());
        List<Report.Group> gs = groups.report(comparison);
        List<CareStats> careStats = care.isEmpty() ? List.of() : care.stats();
        // the period the header shows: the requested bounds, else the data's own first and last day
        LocalDate periodFrom = spec.from() != null ? spec.from() : trend.first();
        LocalDate periodTo = spec.to() != null ? spec.to() : trend.last();
        ListeningReport listeningReport = listening.report(zone, periodFrom, periodTo);
        TargetEvaluator targets = new TargetEvaluator(totalKpis, networks, careStats, listeningReport);
        List<TargetResult> results = new ArrayList<>();
        for (TargetSpec t : spec.targets()) {
            results.add(targets.evaluate(t));
        }
        return new Report(spec, periodFrom, periodTo, totalKpis, prevKpis, compared, gs, ranked.top(), ranked.bottom(),
                bestTime.build(), trend.points(), results,
                plans == null ? null : plans.report(periodFrom, periodTo, zone), careStats, rows.rows(files),
                List.copyOf(files), listeningReport);
    }

    /**
     * The mention store's mentions, for the listening and care section (the period's are kept at {@link #build}).
     *
     * @param sla the first-response target of listening ({@code listening.sla})
     * @param by  the section table's dimension: source, kind or competitor
     */
    public void listening(List<Mention> all, Duration sla, String by) {
        this.listening = new ListeningInput(all, sla, by);
    }

    /** Per-network KPIs of the period, for callers that need them beside the groups. */
    public Map<String, Kpis> byNetwork() {
        return networks.snapshot();
    }
}
