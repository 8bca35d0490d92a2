package io.edito.kpi;

import io.edito.listen.Mention;
import io.edito.metrics.InboxItem;
import io.edito.metrics.Metric;
import io.edito.metrics.MetricsSink;
import io.edito.metrics.PostMetrics;
import io.edito.metrics.PostTypes;
import io.edito.metrics.ReadSummary;
import io.edito.metrics.SeriesMetric;
import io.edito.metrics.SeriesPoint;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Streams records into running sums: totals, groups, previous period, top/bottom, best time, trend,
 * calendar join, community care. Memory grows with the number of groups and days, not with rows.
 */
public final class ReportBuilder implements MetricsSink {
    private static final int UNPLANNED_SAMPLES = 20;
    private static final Comparator<RankedPost> ORDER =
            Comparator.comparingDouble(RankedPost::value).thenComparing(r -> r.post().file())
                    .thenComparingLong(r -> r.post().line());

    private final ReportSpec spec;
    private final ZoneId zone;
    private final CalendarJoin join;
    private final Accumulator totals = new Accumulator();
    /** With --compare previous: coverage and daily sums of both periods, for a like-with-like comparison. */
    private final Comparison comparison;
    private final Map<List<String>, Accumulator> groups = new HashMap<>();
    /** With --by type: group -> the exports' own type values and their posts (the original kept beside the type). */
    private final Map<List<String>, Map<String, Long>> groupExportTypes = new HashMap<>();
    private final Map<String, Accumulator> byNetwork = new HashMap<>();
    private final PriorityQueue<RankedPost> top;
    private final PriorityQueue<RankedPost> bottom;
    private final long[][] cellPosts = new long[7][24];
    private final double[][] cellEng = new double[7][24];
    private final double[][] cellImp = new double[7][24];
    private final long[][] cellSample = new long[7][24];
    private final double[][] audience = new double[7][24];
    private final int[][] audienceDays = new int[7][24];
    private final Map<LocalDate, double[]> trend = new HashMap<>();
    private final CommunityCare care;
    private final Map<LocalDate, String> weekKeys = new HashMap<>();
    private final boolean seriesGroups;
    private long outside;
    private long undated;
    private long unplanned;
    private long ambiguousDays;
    private final List<String> unplannedSamples = new ArrayList<>();
    /**
     * Posts with a day only on a (network, day) that has planned posts: the first one waits for the end (it is
     * joined only if no other post of its network shares the day); null once a second one came.
     */
    private final Map<List<Object>, PostMetrics> heldDayOnly = new LinkedHashMap<>();
    private List<Mention> mentions = List.of();
    private Duration listeningSla;
    private String listeningBy = "source";
    private LocalDate firstDay;
    private LocalDate lastDay;

    public ReportBuilder(ReportSpec spec) {
        this.spec = spec;
        this.zone = spec.zone();
        this.join = spec.planned().isEmpty() ? null : new CalendarJoin(spec.planned(), spec.joinTolerance());
        this.top = new PriorityQueue<>(ORDER);
        this.bottom = new PriorityQueue<>(ORDER.reversed());
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
        PlannedPost plan = null;
        if (join != null && period == 0) {
            plan = join.match(p);
            if (plan == null && day != null && !p.timeKnown() && join.plannedOn(p.network(), p.publishedAt())) {
                List<Object> k = List.of(p.network(), day);
                if (!heldDayOnly.containsKey(k)) {
                    heldDayOnly.put(k, p);
                    return;
                }
                PostMetrics first = heldDayOnly.put(k, null);
                if (first != null) {
                    ambiguousDays++;
                    unplanned(first);
                    account(first, day, 0, null);
                }
                ambiguousDays++;
            }
            if (plan == null) {
                unplanned(p);
            }
        }
        account(p, day, period, plan);
    }

    private void unplanned(PostMetrics p) {
        unplanned++;
        if (unplannedSamples.size() < UNPLANNED_SAMPLES) {
            unplannedSamples.add(p.permalink() != null ? p.permalink() : p.source());
        }
    }

    /** Joins the posts with a day only that were alone on their network and day (see {@link CalendarJoin#matchDay}). */
    private void joinHeldDayOnly() {
        for (PostMetrics p : heldDayOnly.values()) {
            if (p == null) {
                continue;
            }
            if (join.openOn(p.network(), p.publishedAt()) > 1) {
                ambiguousDays++;
            }
            PlannedPost plan = join.matchDay(p.network(), p.publishedAt());
            if (plan == null) {
                unplanned(p);
            }
            account(p, day(p.publishedAt()), 0, plan);
        }
        heldDayOnly.clear();
    }

    private void account(PostMetrics p, LocalDate day, int period, PlannedPost plan) {
        double eng = p.engagements();
        List<String> key = spec.by().isEmpty() ? List.of() : key(p, day, plan);
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
            seen(day);
            double[] t = trend.computeIfAbsent(day, d -> new double[3]);
            t[0]++;
            double imp = p.get(Metric.IMPRESSIONS);
            if (!Double.isNaN(imp)) {
                t[1] += imp;
            }
            if (!Double.isNaN(eng)) {
                t[2] += eng;
            }
            if (p.timeKnown()) {
                ZonedDateTime z = p.publishedAt().atZone(zone);
                int d = z.getDayOfWeek().getValue() - 1;
                int h = z.getHour();
                cellPosts[d][h]++;
                if (!Double.isNaN(eng) && !Double.isNaN(imp)) {
                    cellEng[d][h] += eng;
                    cellImp[d][h] += imp;
                    cellSample[d][h]++;
                }
            }
        }
        if (spec.top() > 0) {
            double v = RankedPost.valueOf(p, eng, spec.rankBy());
            if (!Double.isNaN(v)) {
                String campaign = plan != null && plan.campaign() != null ? plan.campaign() : p.campaign();
                offer(top, new RankedPost(p, v, campaign));
                offer(bottom, new RankedPost(p, v, campaign));
            }
        }
    }

    private void offer(PriorityQueue<RankedPost> q, RankedPost r) {
        q.add(r);
        if (q.size() > spec.top()) {
            q.poll();
        }
    }

    private void seen(LocalDate day) {
        if (firstDay == null || day.isBefore(firstDay)) {
            firstDay = day;
        }
        if (lastDay == null || day.isAfter(lastDay)) {
            lastDay = day;
        }
    }

    private List<String> key(PostMetrics p, LocalDate day, PlannedPost plan) {
        String[] k = new String[spec.by().size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = switch (spec.by().get(i)) {
                case NETWORK -> p.network();
                case DAY -> day == null ? "(undated)" : day.toString();
                case WEEK -> week(day);
                case MONTH -> day == null ? "(undated)" : day.toString().substring(0, 7);
                case TYPE -> orNone(PostTypes.canonical(p.type(), p.network()));
                case CAMPAIGN -> orNone(plan != null && plan.campaign() != null ? plan.campaign() : p.campaign());
                case PILLAR -> orNone(plan != null && plan.pillar() != null ? plan.pillar() : p.pillar());
                case LANG -> orNone(plan != null && plan.lang() != null ? plan.lang() : p.lang());
            };
        }
        return List.of(k);
    }

    private String week(LocalDate day) {
        if (day == null) {
            return "(undated)";
        }
        return weekKeys.computeIfAbsent(day, d -> {
            int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (w < 10 ? "0" : "") + w;
        });
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "(none)" : s;
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
                int d = s.date().getDayOfWeek().getValue() - 1;
                audience[d][s.hour()] += s.value();
                audienceDays[d][s.hour()]++;
            }
            return;
        }
        if (comparison != null) {
            comparison.day(List.of(), Comparison.stream(s), period, s.date()).add(s);
        }
        if (period == 0) {
            totals.add(s);
            seen(s.date());
            byNetwork.computeIfAbsent(s.network(), n -> new Accumulator()).add(s);
        }
        if (seriesGroups && !spec.by().isEmpty()) {
            String[] k = new String[spec.by().size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = switch (spec.by().get(i)) {
                    case NETWORK -> s.network();
                    case DAY -> s.date().toString();
                    case WEEK -> week(s.date());
                    default -> s.date().toString().substring(0, 7);
                };
            }
            if (period == 0) {
                groups.computeIfAbsent(List.of(k), x -> new Accumulator()).add(s);
            }
            if (comparison != null) {
                comparison.day(List.of(k), Comparison.stream(s), period, s.date()).add(s);
            }
        }
    }

    @Override
    public void inbox(InboxItem item) {
        LocalDate day = LocalDate.ofInstant(item.receivedAt(), zone);
        if (period(day) == 0) {
            seen(day);
            care.add(item);
        } else {
            outside++;
        }
    }

    /** The report over everything received so far. */
    public Report build(List<ReadSummary> files) {
        if (join != null) {
            joinHeldDayOnly();
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
        List<RankedPost> topList = new ArrayList<>(top);
        topList.sort(ORDER.reversed());
        List<RankedPost> bottomList = new ArrayList<>(bottom);
        bottomList.sort(ORDER);
        List<Report.TrendPoint> trendList = new ArrayList<>();
        new TreeMap<>(trend).forEach((d, t) -> trendList.add(new Report.TrendPoint(d, (long) t[0], t[1], t[2])));
        List<CareStats> careStats = care.isEmpty() ? List.of() : care.stats();
        LocalDate periodFrom = spec.from() != null ? spec.from() : firstDay;
        LocalDate periodTo = spec.to() != null ? spec.to() : lastDay;
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
        return new Report(spec, periodFrom, periodTo, totalKpis, prevKpis, compared, gs, topList, bottomList, bestTime(),
                trendList, results, plan(), careStats, new Report.Rows(read, used, skipped, outside, undated),
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

    private Report.BestTime bestTime() {
        List<Report.BestTime.Cell> cells = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (cellPosts[d][h] == 0 && audienceDays[d][h] == 0) {
                    continue;
                }
                Double er = cellImp[d][h] > 0 ? cellEng[d][h] / cellImp[d][h] : null;
                Double aud = audienceDays[d][h] > 0 ? audience[d][h] / audienceDays[d][h] : null;
                cells.add(new Report.BestTime.Cell(DayOfWeek.of(d + 1), h, cellPosts[d][h], cellSample[d][h], er, aud));
            }
        }
        return new Report.BestTime(cells);
    }

    private Report.PlanVsActual plan() {
        if (join == null) {
            return null;
        }
        // the period the header shows: the requested bounds, else the data's own first and last day
        LocalDate from = spec.from() != null ? spec.from() : firstDay;
        LocalDate to = spec.to() != null ? spec.to() : lastDay;
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
