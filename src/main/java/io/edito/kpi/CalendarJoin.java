package io.edito.kpi;

import io.edito.metrics.PostMetrics;
import io.edito.network.NetworkNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins published posts with the calendar's planned posts: by permalink, then by post id (the id found in
 * the planned link), then by channel and time within a tolerance (nearest planned post not matched yet). The channel
 * is the account ({@link ExportAccounts}); the network for a project of one account per network keyed by its id.
 * Posts with a day only are joined by {@link #matchDay} once all posts are known, and only when unambiguous.
 */
public final class CalendarJoin {
    private static final Pattern ID_IN_LINK = Pattern.compile("(?:status|posts|video|reel|p|shorts|update/urn:li:(?:share|activity|ugcPost))[/:]([A-Za-z0-9_-]+)");

    private final Duration tolerance;
    private final Map<String, PlannedPost> byLink = new HashMap<>();
    private final Map<String, PlannedPost> byId = new HashMap<>();
    private final Map<String, TreeMap<Instant, List<PlannedPost>>> byTime = new HashMap<>();
    private final Set<PlannedPost> matched = new HashSet<>();
    private final List<PlannedPost> planned;

    public CalendarJoin(List<PlannedPost> planned, Duration tolerance) {
        this.planned = List.copyOf(planned);
        this.tolerance = tolerance;
        for (PlannedPost p : planned) {
            if (p.link() != null && !p.link().isBlank()) {
                byLink.putIfAbsent(io.edito.metrics.Permalinks.key(p.link()), p);
                String id = idInLink(p.link());
                if (id != null) {
                    byId.putIfAbsent(id, p);
                }
            }
            if (p.at() != null && p.network() != null) {
                byTime.computeIfAbsent(channelKey(p), n -> new TreeMap<>())
                        .computeIfAbsent(p.at().toInstant(), t -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The key a planned post is found under: its channel id, or its network's canonical name for a network's id. */
    private static String channelKey(PlannedPost p) {
        return p.channel() == null || p.channel().equals(p.network()) ? NetworkNames.canonical(p.network())
                : p.channel();
    }

    public List<PlannedPost> planned() {
        return planned;
    }

    /** The planned post {@code post} is, or null. */
    public PlannedPost match(PostMetrics post) {
        PlannedPost p = null;
        if (post.permalink() != null) {
            p = byLink.get(io.edito.metrics.Permalinks.key(post.permalink()));
        }
        if (p == null && post.postId() != null) {
            p = byId.get(post.postId());
        }
        if (p == null && post.permalink() != null) {
            String id = idInLink(post.permalink());
            if (id != null) {
                p = byId.get(id);
            }
        }
        if (p == null && post.publishedAt() != null && post.timeKnown()) {
            p = nearest(post.channelOrNetwork(), post.publishedAt());
        }
        if (p != null) {
            matched.add(p);
        }
        return p;
    }

    private PlannedPost nearest(String channel, Instant at) {
        TreeMap<Instant, List<PlannedPost>> times = byTime.get(channel);
        if (times == null) {
            return null;
        }
        PlannedPost best = null;
        long bestGap = Long.MAX_VALUE;
        for (var e : times.subMap(at.minus(tolerance), true, at.plus(tolerance), true).entrySet()) {
            long gap = Math.abs(Duration.between(at, e.getKey()).getSeconds());
            for (PlannedPost p : e.getValue()) {
                if (!matched.contains(p) && gap < bestGap) {
                    best = p;
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    /**
     * Whether {@code channel} has a planned post on the export's day {@code dayStart} (that day's start in the
     * brand's zone; a planned post's day is its local date in its own offset), matched or not.
     */
    public boolean plannedOn(String channel, Instant dayStart) {
        return !onDay(channel, dayStart).isEmpty();
    }

    /**
     * The join of a post that has a day only (X account analytics, TikTok), once every post is known: the
     * one planned post of {@code channel} on that day not matched otherwise, or null when there is none or
     * several (a day is no proof between several posts). The caller makes sure the post is the only one of
     * its network that day.
     */
    public PlannedPost matchDay(String channel, Instant dayStart) {
        List<PlannedPost> open = onDay(channel, dayStart).stream().filter(p -> !matched.contains(p)).toList();
        if (open.size() != 1) {
            return null;
        }
        matched.add(open.get(0));
        return open.get(0);
    }

    /** Planned posts of {@code channel} not matched yet on the day {@code dayStart} starts: how many. */
    public int openOn(String channel, Instant dayStart) {
        return (int) onDay(channel, dayStart).stream().filter(p -> !matched.contains(p)).count();
    }

    private List<PlannedPost> onDay(String channel, Instant dayStart) {
        TreeMap<Instant, List<PlannedPost>> times = byTime.get(channel);
        if (times == null) {
            return List.of();
        }
        List<PlannedPost> out = new ArrayList<>();
        for (var e : times.subMap(dayStart.minus(Duration.ofHours(14)), true, dayStart.plus(Duration.ofHours(38)), true)
                .entrySet()) {
            for (PlannedPost p : e.getValue()) {
                java.time.LocalDate planned = p.at().toLocalDate();
                java.time.LocalDate day = dayStart.plus(Duration.ofHours(12)).atOffset(p.at().getOffset()).toLocalDate();
                if (planned.equals(day)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    public boolean isMatched(PlannedPost p) {
        return matched.contains(p);
    }

    static String idInLink(String url) {
        Matcher m = ID_IN_LINK.matcher(url);
        String id = null;
        while (m.find()) {
            id = m.group(1);
        }
        return id;
    }
}
