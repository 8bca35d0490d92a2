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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams records into running sums: totals, groups, previous period, top/bottom, best time, trend,
 * calendar join, community care. Memory grows with the number of groups and days, not with rows.
 */
public final class ReportBuilder implements MetricsSink {
    private final ReportSpec spec;
    private final ZoneId zone;
    private final Accumulator totals = new Accumulator();
    private final Map<String, Accumulator> byNetwork = new HashMap<>();
    private final Map<List<String>, Accumulator> groups = new HashMap<>();
    /** With --by type: group -> the exports' own type values and their posts (the original kept beside the type). */
    private final Map<List<String>, Map<String, Long>> groupExportTypes = new HashMap<>();
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
    private long outside;
    private long undated;
    private List<Mention> mentions = List.of();
    private Duration listeningSla;
    private String listeningBy = "source";

    public ReportBuilder(ReportSpec spec) {
        this.spec = spec;
        this.zone = spec.zone();
        this.keys = new GroupKeys(spec.by());
        this.plans = spec.planned().isEmpty() ? null
                : new PlanTracker(new CalendarJoin(spec.planned(), spec.joinTolerance()));
        this.ranked = new RankedPosts(spec.top());
        this.care = new CommunityCare(spec.sla());
        this.seriesGroups = spec.by().stream().allMatch(Dimension::appliesToSeries);
        this.comparison = spec.comparePrevious() ? new Comparison(spec.from(), spec.to(), spec.previousFrom()) : null;
    }

    /** 0 = in the period, 1 = in the previous period, -1 = neither. */
    private int period(LocalDate day) {
        if (spec.from() == null && spec.to() == null) {
            return 0;
        }
        if (day == null) {
            return -1;
        }
        if ((spec.from() == null || !day.isBefore(spec.from())) && (spec.to() == null || !day.isAfter(spec.to()))) {
            return 0;
        }
        if (spec.comparePrevious() && !day.isBefore(spec.previousFrom()) && !day.isAfter(spec.previousTo())) {
            return 1;
        }
        return -1;
    }

    private long cachedDayStart = Long.MAX_VALUE;
    private long cachedDayEnd = Long.MIN_VALUE;
    private LocalDate cachedDay;

    /** The day of {@code t} in the brand's zone (exports are mostly sorted or clustered: remember the last day). */
    private LocalDate day(java.time.Instant t) {
        long s = t.getEpochSecond();
        if (s >= cachedDayStart && s < cachedDayEnd) {
            return cachedDay;
        }
        LocalDate d = LocalDate.ofInstant(t, zone);
        cachedDay = d;
        cachedDayStart = d.atStartOfDay(zone).toEpochSecond();
        cachedDayEnd = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
        return d;
    }

    @Override
    public void post(PostMetrics p) {
        LocalDate day = p.publishedAt() == null ? null : day(p.publishedAt());
        if (comparison != null && day != null) {
            comparison.covered(p.file(), Comparison.stream(p), day);
        }
        int period = period(day);
        if (period < 0) {
            if (day == null) {
                undated++;
            } else {
                outside++;
            }
            return;
        }
        if (plans != null && period == 0) {
            plans.post(p, day, this::account);
            return;
        }
        account(p, day, period, null);
    }

    private void account(PostMetrics p, LocalDate day, int period, PlannedPost plan) {
        double eng = p.engagements();
        List<String> key = spec.by().isEmpty() ? List.of() : keys.of(p, day, plan);
        if (comparison != null && day != null) {
            String stream = Comparison.stream(p);
            comparison.day(List.of(), stream, period, day).add(p, eng);
            if (!key.isEmpty()) {
                comparison.day(key, stream, period, day).add(p, eng);
            }
        }
        if (period == 1) {
            return;
        }
        totals.add(p, eng);
        byNetwork.computeIfAbsent(p.network(), n -> new Accumulator()).add(p, eng);
        if (!key.isEmpty()) {
            groups.computeIfAbsent(key, k -> new Accumulator()).add(p, eng);
            if (p.type() != null && spec.by().contains(Dimension.TYPE)) {
                groupExportTypes.computeIfAbsent(key, k -> new HashMap<>()).merge(p.type(), 1L, Long::sum);
            }
        }
        if (day != null) {
            double imp = p.get(Metric.IMPRESSIONS);
            trend.post(day, imp, eng);
            if (p.timeKnown()) {
                bestTime.post(p.publishedAt().atZone(zone), eng, imp);
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

    @Override
    public void series(SeriesPoint s) {
        if (comparison != null && s.metric() != SeriesMetric.ACTIVE_FOLLOWERS) {
            int colon = s.source().lastIndexOf(':');
            comparison.covered(colon < 0 ? s.source() : s.source().substring(0, colon), Comparison.stream(s), s.date());
        }
        int period = period(s.date());
        if (period < 0) {
            outside++;
            return;
        }
        if (s.metric() == SeriesMetric.ACTIVE_FOLLOWERS) {
            if (period == 0 && s.hour() >= 0) {
                bestTime.audience(s.date().getDayOfWeek(), s.hour(), s.value());
            }
            return;
        }
        if (comparison != null) {
            comparison.day(List.of(), Comparison.stream(s), period, s.date()).add(s);
        }
        if (period == 0) {
            totals.add(s);
            trend.seen(s.date());
            byNetwork.computeIfAbsent(s.network(), n -> new Accumulator()).add(s);
        }
        if (seriesGroups && !spec.by().isEmpty()) {
            List<String> k = keys.of(s);
            if (period == 0) {
                groups.computeIfAbsent(k, x -> new Accumulator()).add(s);
            }
            if (comparison != null) {
                comparison.day(k, Comparison.stream(s), period, s.date()).add(s);
            }
        }
    }

    @Override
    public void inbox(InboxItem item) {
        LocalDate day = LocalDate.ofInstant(item.receivedAt(), zone);
        if (period(day) == 0) {
            trend.seen(day);
            care.add(item);
        } else {
            outside++;
        }
    }

    /** The report over everything received so far. */
    public Report build(List<ReadSummary> files) {
        if (plans != null) {
            plans.finish(this::day, this::account);
        }
        Kpis totalKpis = totals.snapshot();
        Kpis prevKpis = comparison == null ? null : comparison.compared(List.of(), 1).snapshot();
        Report.Compared compared = comparison == null ? null
                : new Report.Compared(comparison.compared(List.of(), 0).snapshot(), comparison.coverage());
        List<Report.Group> gs = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(ReportBuilder::compareKeys)).forEach(e -> gs.add(
                new Report.Group(e.getKey(), e.getValue().snapshot(),
                        comparison == null ? null : comparison.compared(e.getKey(), 1).snapshot(),
                        comparison == null ? null : comparison.compared(e.getKey(), 0).snapshot(),
                        groupExportTypes.getOrDefault(e.getKey(), Map.of()))));
        List<CareStats> careStats = care.isEmpty() ? List.of() : care.stats();
        // the period the header shows: the requested bounds, else the data's own first and last day
        LocalDate periodFrom = spec.from() != null ? spec.from() : trend.first();
        LocalDate periodTo = spec.to() != null ? spec.to() : trend.last();
        ListeningReport listening = mentions.isEmpty() ? null
                : ListeningKpis.of(mentions, zone, periodFrom, periodTo, listeningSla, listeningBy);
        List<TargetResult> results = new ArrayList<>();
        for (TargetSpec t : spec.targets()) {
            results.add(evaluate(t, totalKpis, careStats, listening));
        }
        long read = 0;
        long used = 0;
        long skipped = 0;
        for (ReadSummary f : files) {
            read += f.read();
            used += f.used();
            skipped += f.skipped();
        }
        return new Report(spec, periodFrom, periodTo, totalKpis, prevKpis, compared, gs, ranked.top(), ranked.bottom(),
                bestTime.build(), trend.points(), results,
                plans == null ? null : plans.report(periodFrom, periodTo, zone), careStats, new Report.Rows(read, used, skipped, outside, undated),
                List.copyOf(files), listening);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private TargetResult evaluate(TargetSpec t, Kpis totalKpis, List<CareStats> careStats, ListeningReport listening) {
        Double actual;
        if (t.isListening() && listening != null && (careStats.isEmpty() || !t.isCare())) {
            // the mention store's figures: the brand's mentions of the period, or one source's (@SOURCE)
            actual = listening.value(t.metric(), t.scope());
        } else if (t.isCare()) {
            String channel = t.scope() == null ? "all" : t.scope();
            actual = careStats.stream().filter(c -> c.channel().equals(channel)).findFirst()
                    .map(c -> c.asMap().get(t.metric())).orElse(null);
        } else {
            Kpis k = totalKpis;
            if (t.scope() != null) {
                Accumulator a = byNetwork.get(t.scope());
                k = a == null ? null : a.snapshot();
            }
            actual = k == null ? null : k.get(Kpi.byKey(t.metric()));
            if (actual == null && k != null && Kpi.byKey(t.metric()) == Kpi.POSTS) {
                actual = 0.0;
            }
        }
        boolean met = actual != null && t.op().test(actual, t.threshold());
        return new TargetResult(t, actual, met);
    }

    /**
     * The mention store's mentions, for the listening and care section (the period's are kept at {@link #build}).
     *
     * @param sla the first-response target of listening ({@code listening.sla})
     * @param by  the section table's dimension: source, kind or competitor
     */
    public void listening(List<Mention> all, Duration sla, String by) {
        this.mentions = List.copyOf(all);
        this.listeningSla = sla;
        this.listeningBy = by;
    }

    /** Per-network KPIs of the period, for callers that need them beside the groups. */
    public Map<String, Kpis> byNetwork() {
        Map<String, Kpis> m = new LinkedHashMap<>();
        new TreeMap<>(byNetwork).forEach((n, a) -> m.put(n, a.snapshot()));
        return m;
    }
}
