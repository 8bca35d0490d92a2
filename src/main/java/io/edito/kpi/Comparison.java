package io.edito.kpi;

import io.edito.metrics.PostMetrics;
import io.edito.metrics.SeriesPoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --compare previous}, like with like: which days each export covers, and the sums of each day of both
 * periods, so that a network whose exports cover other days in one period than in the other (an export that
 * starts mid-month) is compared only over the days both periods cover, day k of the period with day k of the
 * previous one. docs/kpi.md#views.
 *
 * <p>A stream is one network's posts, or one of its account series ({@code daily_reach}, {@code follower_change}...):
 * an export of follower history says nothing of the days a posts export covers. A file covers, for each stream it
 * gives, the days from its first to its last dated row (of any stream: a generic or Publer export of several
 * networks is one period). Memory grows with the days that have data, times groups.
 */
final class Comparison {
    private final LocalDate from;
    private final LocalDate previousFrom;
    private final int length;
    /** file -> first and last epoch day of its dated rows (all its streams: a file is one export of one period). */
    private final Map<String, long[]> spans = new HashMap<>();
    /** stream -> the files that give it. */
    private final Map<String, java.util.Set<String>> filesOf = new HashMap<>();
    /** (group key, stream, period, day offset) -> sums. */
    private final Map<Key, Accumulator> days = new HashMap<>();

    private record Key(List<String> group, String stream, int period, int offset) {
    }

    Comparison(LocalDate from, LocalDate to, LocalDate previousFrom) {
        this.from = from;
        this.previousFrom = previousFrom;
        this.length = (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The end of a posts stream's name. */
    private static final String POSTS = " (posts)";

    static String stream(PostMetrics p) {
        return p.network() + POSTS;
    }

    static String stream(SeriesPoint s) {
        return s.network() + " (" + s.metric().key() + ")";
    }

    /** A dated row of {@code file}, in any period or none: the file covers {@code day}, and gives {@code stream}. */
    void covered(String file, String stream, LocalDate day) {
        long d = day.toEpochDay();
        long[] span = spans.get(file);
        if (span == null) {
            spans.put(file, new long[] {d, d});
        } else {
            span[0] = Math.min(span[0], d);
            span[1] = Math.max(span[1], d);
        }
        filesOf.computeIfAbsent(stream, s -> new java.util.HashSet<>()).add(file);
    }

    /**
     * The sums of {@code group}'s stream on {@code day} of {@code period} ({@link PeriodWindow#CURRENT} or
     * {@link PeriodWindow#PREVIOUS}).
     */
    Accumulator day(List<String> group, String stream, int period, LocalDate day) {
        int offset = (int) ChronoUnit.DAYS.between(period == PeriodWindow.CURRENT ? from : previousFrom, day);
        return days.computeIfAbsent(new Key(group, stream, period, offset), k -> new Accumulator());
    }

    private BitSet coverage(String stream, LocalDate start) {
        BitSet b = new BitSet(length);
        for (String k : filesOf.getOrDefault(stream, java.util.Set.of())) {
            long[] span = spans.get(k);
            long lo = Math.max(span[0], start.toEpochDay()) - start.toEpochDay();
            long hi = Math.min(span[1], start.toEpochDay() + length - 1) - start.toEpochDay();
            if (lo <= hi) {
                b.set((int) lo, (int) hi + 1);
            }
        }
        return b;
    }

    /** The days compared per stream: those covered in both periods. */
    private Map<String, BitSet> compared;
    private List<Report.Coverage> coverage;

    /** Coverage of every stream that has data in either period, by stream name. */
    List<Report.Coverage> coverage() {
        if (coverage == null) {
            compared = new HashMap<>();
            Map<String, Report.Coverage> byStream = new TreeMap<>();
            for (Key k : days.keySet()) {
                byStream.computeIfAbsent(k.stream(), s -> {
                    BitSet cur = coverage(s, from);
                    BitSet prev = coverage(s, previousFrom);
                    BitSet both = (BitSet) cur.clone();
                    both.and(prev);
                    compared.put(s, both);
                    return new Report.Coverage(s, cur.cardinality(), prev.cardinality(), both.cardinality(), cur.equals(prev));
                });
            }
            coverage = List.copyOf(byStream.values());
        }
        return coverage;
    }

    /**
     * {@code group}'s KPIs over the compared days of {@code period} (an empty group for the totals). Its number of
     * posts is unknown, not 0, when no network's posts are covered on a day of both periods: no export says how many
     * there were (the account series may still be compared).
     */
    Kpis compared(List<String> group, int period) {
        coverage();
        Accumulator a = new Accumulator();
        boolean postsCompared = false;
        for (Map.Entry<Key, Accumulator> e : days.entrySet()) {
            Key k = e.getKey();
            BitSet both = compared.get(k.stream());
            postsCompared |= k.stream().endsWith(POSTS) && !both.isEmpty();
            if (k.period() == period && k.group().equals(group) && both.get(k.offset())) {
                a.addAll(e.getValue());
            }
        }
        Kpis kpis = a.snapshot();
        return postsCompared ? kpis : kpis.without(Kpi.POSTS);
    }

    /** The groups that have data in either period. */
    List<List<String>> groups() {
        return days.keySet().stream().map(Key::group).distinct().toList();
    }
}
