package io.edito.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The top and bottom {@code n} posts by the ranking metric, kept in two bounded heaps while rows stream by. */
final class RankedPosts {
    static final Comparator<RankedPost> ORDER =
            Comparator.comparingDouble(RankedPost::value).thenComparing(r -> r.post().file())
                    .thenComparingLong(r -> r.post().line());

    private final int n;
    private final PriorityQueue<RankedPost> top = new PriorityQueue<>(ORDER);
    private final PriorityQueue<RankedPost> bottom = new PriorityQueue<>(ORDER.reversed());

    RankedPosts(int n) {
        this.n = n;
    }

    void offer(RankedPost r) {
        offer(top, r);
        offer(bottom, r);
    }

    private void offer(PriorityQueue<RankedPost> q, RankedPost r) {
        q.add(r);
        if (q.size() > n) {
            q.poll();
        }
    }

    /** The best first. */
    List<RankedPost> top() {
        List<RankedPost> out = new ArrayList<>(top);
        out.sort(ORDER.reversed());
        return out;
    }

    /** The worst first. */
    List<RankedPost> bottom() {
        List<RankedPost> out = new ArrayList<>(bottom);
        out.sort(ORDER);
        return out;
    }
}
