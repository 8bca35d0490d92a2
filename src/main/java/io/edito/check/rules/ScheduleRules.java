package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.calendar.TranslationGroups;
import io.edito.charter.Blackout;
import io.edito.charter.Campaign;
import io.edito.charter.Charter;
import io.edito.charter.Window;
import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.core.EnglishDates;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code schedule.*}: posting windows, blackouts, past posts not published, approval lead time, campaign dates
 * (per post and channel), and minimum gap and posts per day (per channel, over the whole calendar).
 */
public final class ScheduleRules implements Rule {
    private static final EnglishDates SHOW = EnglishDates.ofPattern("EEE d MMM HH:mm");

    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("schedule.windows", "Outside the posting window", "The post's local time is outside the charter's posting "
                        + "windows for this channel and weekday.", "Move the post into a window.", WARNING),
                new RuleInfo("schedule.blackout", "In a blackout period", "No post may go out during a blackout.", "Move the post.", ERROR),
                new RuleInfo("schedule.min_gap", "Too close to the previous post", "Posts on the same channel must be at least the "
                        + "charter's minimum gap apart.", "Space the posts out.", WARNING),
                new RuleInfo("schedule.max_per_day", "Too many posts in a day", "More posts on one channel in one local day than the "
                        + "charter allows.", "Move a post to another day.", WARNING),
                new RuleInfo("schedule.past", "Approved post in the past", "An approved or scheduled post whose time has passed and "
                        + "that is not marked published.", "Mark it published, or move it.", ERROR),
                new RuleInfo("schedule.approval_lead", "Not approved in time", "A post must be approved at least the charter's lead "
                        + "time before it goes out.", "Get the post approved, or move it.", WARNING),
                new RuleInfo("schedule.translation_gap", "Versions of a post far apart", "A post written as a translation of "
                        + "another (translation_of:) goes out within the charter's schedule.translation_gap (default 1h) of "
                        + "it.", "Move it closer to the post it translates.", WARNING),
                new RuleInfo("schedule.campaign", "Outside its campaign's dates", "A post of a campaign must go out between the "
                        + "campaign's dates.", "Move the post, or fix the campaign's dates.", WARNING));
    }

    /** Whether a post takes part in schedule rules: not cancelled, not already published, with a time. */
    static boolean planned(Post p) {
        return p.status() != Status.CANCELLED && p.status() != Status.PUBLISHED && p.time() != null;
    }

    @Override
    public void checkPost(Post p, DisplayedTexts texts, CheckContext ctx, Emitter out) {
        translationGap(p, ctx.groups().group(p), ctx.zoneOf(p), ctx.charter(), out);
    }

    @Override
    public void checkChannel(ChannelViews views, CheckContext ctx, Emitter out) {
        Post p = views.post();
        post(p, views.channel(), ctx.networkIdOf(views.channel()), ctx.zoneOf(p), ctx.charter(), ctx.now(), out);
    }

    @Override
    public void checkBrand(List<Post> posts, CheckContext ctx, Emitter out) {
        calendar(posts, ctx, out);
    }

    /** The calendar's gaps and counts read the posts only: they are worked out beside the posts' checks. */
    @Override
    public boolean checkBrandAfterPosts() {
        return false;
    }

    private static void post(Post p, String channel, String network, ZoneId zone, Charter c, Instant now,
                             Emitter out) {
        if (!planned(p)) {
            return;
        }
        ZonedDateTime t = p.timeOn(channel).withZoneSameInstant(zone);
        String key = p.variants().containsKey(channel) && p.variants().get(channel).at() != null ? "variants" : "at";
        List<Window> windows = Charter.forChannel(c.windows(), channel, network);
        if (windows != null && !windows.isEmpty()
                && windows.stream().noneMatch(w -> w.contains(t.getDayOfWeek(), t.toLocalTime()))) {
            out.onKey("schedule.windows", p, key, channel, null, SHOW.formatTwiceTold(t) + " (" + zone.getId()
                    + ") is outside the " + channel + " posting windows", null);
        }
        for (Blackout b : c.blackouts()) {
            if (b.contains(t.toLocalDate())) {
                out.onKey("schedule.blackout", p, key, channel, null, SHOW.formatTwiceTold(t) + " falls in the blackout "
                        + b.from() + (b.to().equals(b.from()) ? "" : " to " + b.to())
                        + (b.reason() == null ? "" : " (" + b.reason() + ")"), "move the post");
            }
        }
        Instant at = t.toInstant();
        if (p.status().isReady() && at.isBefore(now)) {
            out.onKey("schedule.past", p, key, channel, null, "is " + p.status().id() + " for " + SHOW.formatTwiceTold(t)
                    + ", which has passed, but is not marked published", "set status: published, or move it");
        }
        if (c.approvalLead() != null && !p.status().isReady() && at.isAfter(now)
                && at.minus(c.approvalLead()).isBefore(now)) {
            out.onKey("schedule.approval_lead", p, "status", channel, null, "goes out " + SHOW.formatTwiceTold(t)
                    + " but is still " + p.status().id() + "; the charter wants approval " + human(c.approvalLead())
                    + " before", "get it approved, or move it");
        }
        Campaign camp = p.campaign() == null ? null : c.campaigns().get(p.campaign());
        if (camp != null) {
            LocalDate d = t.toLocalDate();
            if (d.isBefore(camp.from()) || d.isAfter(camp.to())) {
                out.onKey("schedule.campaign", p, key, channel, null, "campaign " + camp.name() + " runs from "
                        + camp.from() + " to " + camp.to() + ", but this post goes out " + d, null);
            }
        }
    }

    /**
     * A post written as a translation of another ({@code translation_of:}) goes out within the charter's
     * {@code schedule.translation_gap} of its original: the versions of one post are one publication.
     */
    private static void translationGap(Post p, List<Post> group, ZoneId zone, Charter c, Emitter out) {
        Post original = group.get(0);
        if (group.size() < 2 || p == original || c.translationGap() == null || !planned(p) || original.time() == null
                || original.status() == Status.CANCELLED) {
            return;
        }
        Duration d = Duration.between(original.time().toInstant(), p.time().toInstant());
        if (d.abs().compareTo(c.translationGap()) > 0) {
            out.onKey("schedule.translation_gap", p, "at", null, p.lang(), "goes out " + human(d.abs())
                    + (d.isNegative() ? " before" : " after") + " " + original.id() + ", the post it translates ("
                    + SHOW.formatTwiceTold(original.time().withZoneSameInstant(zone)) + "); the charter wants the versions of "
                    + "a post within " + human(c.translationGap()) + " of each other", "move it to "
                    + SHOW.formatTwiceTold(original.time().withZoneSameInstant(zone)) + ", or change schedule.translation_gap");
        }
    }

    /** A post and when it goes out on a channel, worked out once for the sort instead of at each comparison. */
    private record Timed(Post post, Instant at) {
    }

    /** {@code posts} in the order they go out on {@code channel} (then by id). */
    private static List<Post> byTime(List<Post> posts, String channel) {
        List<Timed> timed = new ArrayList<>(posts.size());
        for (Post p : posts) {
            timed.add(new Timed(p, p.timeOn(channel).toInstant()));
        }
        timed.sort(Comparator.comparing(Timed::at).thenComparing(t -> t.post().id()));
        List<Post> out = new ArrayList<>(timed.size());
        for (Timed t : timed) {
            out.add(t.post());
        }
        return out;
    }

    /**
     * Minimum gap and posts per day, over the posts of one brand. The posts of a translation group are one
     * publication: they are not too close to each other, and count once a day.
     */
    private static void calendar(List<Post> posts, CheckContext ctx, Emitter out) {
        ZoneId zone = ctx.zone();
        Charter c = ctx.charter();
        TranslationGroups groups = ctx.groups();
        Map<String, List<Post>> byChannel = new LinkedHashMap<>();
        for (Post p : posts) {
            if (planned(p) || (p.status() == Status.PUBLISHED && p.time() != null)) {
                for (String ch : p.channels()) {
                    byChannel.computeIfAbsent(ch, k -> new ArrayList<>()).add(p);
                }
            }
        }
        for (Map.Entry<String, List<Post>> e : byChannel.entrySet()) {
            String ch = e.getKey();
            List<Post> list = byTime(e.getValue(), ch);
            Duration gap = Charter.forChannel(c.minGap(), ch, ctx.networkIdOf(ch));
            Integer max = Charter.forChannel(c.maxPerDay(), ch, ctx.networkIdOf(ch));
            Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
            Map<LocalDate, java.util.Set<String>> groupsOfDay = new LinkedHashMap<>();
            Post previous = null;
            for (Post p : list) {
                ZonedDateTime t = p.timeOn(ch).withZoneSameInstant(zone);
                String group = groups.group(p).get(0).id();
                boolean sameGroup = previous != null && groups.group(previous).get(0).id().equals(group);
                boolean counted = !groupsOfDay.computeIfAbsent(t.toLocalDate(), k -> new java.util.HashSet<>())
                        .add(group);
                if (gap != null && previous != null && !sameGroup && planned(p)) {
                    Duration d = Duration.between(previous.timeOn(ch).toInstant(), t.toInstant());
                    if (d.compareTo(gap) < 0) {
                        out.onKey("schedule.min_gap", p, "at", ch, null, "only " + human(d) + " after " + previous.id()
                                + " on " + ch + "; the charter asks for " + human(gap), null);
                    }
                }
                previous = p;
                if (counted) {
                    continue; // another language of a post already counted that day
                }
                int n = perDay.merge(t.toLocalDate(), 1, Integer::sum);
                if (max != null && n > max && planned(p)) {
                    out.onKey("schedule.max_per_day", p, "at", ch, null, "post " + n + " on " + ch + " on "
                            + t.toLocalDate() + "; the charter allows " + max + " a day", null);
                }
            }
        }
    }

    static String human(Duration d) {
        long m = d.toMinutes();
        if (m % (24 * 60) == 0 && m > 0) {
            return m / (24 * 60) + "d";
        }
        if (m >= 60) {
            return m / 60 + "h" + (m % 60 == 0 ? "" : (m % 60 < 10 ? "0" : "") + m % 60);
        }
        return m + "min";
    }
}
