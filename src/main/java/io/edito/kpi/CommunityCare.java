package io.edito.kpi;

import io.edito.metrics.InboxItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Accumulates inbox messages into {@link CareStats} by channel. */
public final class CommunityCare {
    public static final List<String> KPI_KEYS = List.of("messages", "response_rate", "median_response_minutes",
            "p90_response_minutes", "within_sla", "resolution_rate", "complaints", "complaints_handled");
    public static final Set<String> RATE_KEYS = Set.of("response_rate", "within_sla", "resolution_rate",
            "complaints_handled");

    private final Duration sla;
    private final Map<String, Channel> channels = new TreeMap<>();
    private final Channel all = new Channel();

    public CommunityCare(Duration sla) {
        this.sla = sla;
    }

    public Duration sla() {
        return sla;
    }

    public void add(InboxItem item) {
        channels.computeIfAbsent(item.channel(), c -> new Channel()).add(item, sla);
        all.add(item, sla);
    }

    public boolean isEmpty() {
        return all.messages == 0;
    }

    /** Stats by channel, then the "all" line. */
    public List<CareStats> stats() {
        List<CareStats> out = new ArrayList<>();
        channels.forEach((name, c) -> out.add(c.stats(name)));
        out.add(all.stats("all"));
        return out;
    }

    /** The p-quantile (0-1] of sorted values, nearest-rank method; null when empty. */
    static Double nearestRank(long[] sorted, int n, double p) {
        if (n == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p * n);
        return (double) sorted[Math.max(0, Math.min(n, rank) - 1)];
    }

    private static final class Channel {
        long messages;
        long replied;
        long withinSla;
        long resolvedKnown;
        long resolved;
        long complaints;
        long complaintsHandled;
        long[] seconds = new long[16];

        void add(InboxItem i, Duration sla) {
            messages++;
            if (i.repliedAt() != null) {
                long s = Duration.between(i.receivedAt(), i.repliedAt()).getSeconds();
                if (replied == seconds.length) {
                    seconds = Arrays.copyOf(seconds, seconds.length * 2);
                }
                seconds[(int) replied++] = s;
                if (s <= sla.getSeconds()) {
                    withinSla++;
                }
            }
            if (i.resolved() != null) {
                resolvedKnown++;
                if (i.resolved()) {
                    resolved++;
                }
            }
            if ("complaint".equals(i.kind())) {
                complaints++;
                boolean handled = i.resolved() != null ? i.resolved() : i.repliedAt() != null;
                if (handled) {
                    complaintsHandled++;
                }
            }
        }

        CareStats stats(String name) {
            long[] sorted = Arrays.copyOf(seconds, (int) replied);
            Arrays.sort(sorted);
            Double med = nearestRank(sorted, sorted.length, 0.5);
            Double p90 = nearestRank(sorted, sorted.length, 0.9);
            return new CareStats(name, messages, replied, ratio(replied, messages),
                    med == null ? null : med / 60.0, p90 == null ? null : p90 / 60.0, ratio(withinSla, messages),
                    ratio(resolved, resolvedKnown), complaints, ratio(complaintsHandled, complaints));
        }

        private static Double ratio(long a, long b) {
            return b == 0 ? null : (double) a / b;
        }
    }
}
