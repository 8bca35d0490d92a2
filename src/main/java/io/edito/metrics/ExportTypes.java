package io.edito.metrics;

import static io.edito.metrics.ColumnRule.of;

import io.edito.core.EditoException;
import io.edito.metrics.ExportType.Flag;
import io.edito.metrics.ExportType.Kind;
import io.edito.network.NetworkNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue of known exports (docs/kpi.md lists the same tables) and header-based detection.
 * Each entry is data: column names to normalised fields; one reader serves them all.
 */
public final class ExportTypes {
    /** Names of the generic format (any subset, any order). */
    public static final List<String> GENERIC_COLUMNS = List.of("network", "post_id", "permalink", "published_at",
            "type", "impressions", "reach", "reactions", "comments", "shares", "saves", "clicks", "impression_clicks",
            "video_views", "watch_time_hours", "follows", "spend", "engagements", "campaign", "pillar", "lang", "account");
    /** Names of the inbox format (community care). */
    public static final List<String> INBOX_COLUMNS = List.of("channel", "received_at", "replied_at", "resolved", "kind");

    public static final ExportType X_TWEET_ACTIVITY = new ExportType("x-tweet-activity",
            "X (Twitter) tweet activity, legacy analytics", Kind.POSTS, "x", List.of(
            of(Attr.POST_ID, "Tweet id"), of(Attr.PERMALINK, "Tweet permalink"), of(Attr.PUBLISHED_AT, "time"),
            of(Metric.IMPRESSIONS, "impressions"), of(Metric.ENGAGEMENTS, "engagements"),
            of(Metric.SHARES, "retweets"), of(Metric.COMMENTS, "replies"), of(Metric.REACTIONS, "likes"),
            of(Metric.CLICKS, "url clicks"), of(Metric.FOLLOWS, "follows"), of(Metric.VIDEO_VIEWS, "media views")),
            List.of("Tweet id", "Tweet permalink", "time", "impressions", "engagements"), Set.of());

    public static final ExportType X_TWEET_ACTIVITY_FR = new ExportType("x-tweet-activity-fr",
            "X (Twitter) tweet activity, legacy analytics, French", Kind.POSTS, "x", List.of(
            of(Attr.POST_ID, "Identifiant du Tweet"), of(Attr.PERMALINK, "Permalien du Tweet"), of(Attr.PUBLISHED_AT, "heure"),
            of(Metric.IMPRESSIONS, "impressions"), of(Metric.ENGAGEMENTS, "engagements"),
            of(Metric.SHARES, "Retweets"), of(Metric.COMMENTS, "réponses"), of(Metric.REACTIONS, "J'aime"),
            of(Metric.CLICKS, "clics sur l'URL"), of(Metric.FOLLOWS, "abonnements"), of(Metric.VIDEO_VIEWS, "vues du média")),
            List.of("Identifiant du Tweet", "Permalien du Tweet", "heure", "impressions"), Set.of());

    public static final ExportType X_ACCOUNT_CONTENT = new ExportType("x-account-content",
            "X account analytics, content (2025+)", Kind.POSTS, "x", List.of(
            of(Attr.POST_ID, "Post id"), of(Attr.PERMALINK, "Post Link"), of(Attr.PUBLISHED_AT, "Date"),
            of(Metric.IMPRESSIONS, "Impressions"), of(Metric.ENGAGEMENTS, "Engagements"), of(Metric.REACTIONS, "Likes"),
            of(Metric.SAVES, "Bookmarks"), of(Metric.SHARES, "Reposts"), of(Metric.SHARES, "Shares"),
            of(Metric.COMMENTS, "Replies"), of(Metric.FOLLOWS, "New follows"), of(Metric.CLICKS, "URL Clicks")),
            List.of("Post id", "Date", "Post Link", "Impressions", "Engagements"), Set.of(Flag.TIME_FROM_ID));

    public static final ExportType FACEBOOK_INSIGHTS_POSTS = new ExportType("facebook-insights-posts",
            "Facebook Page Insights, post level (old)", Kind.POSTS, "facebook", List.of(
            of(Attr.POST_ID, "Post ID"), of(Attr.PERMALINK, "Permalink"), of(Attr.TYPE, "Type"), of(Attr.PUBLISHED_AT, "Posted"),
            of(Metric.IMPRESSIONS, "Lifetime Post Total Impressions"), of(Metric.REACH, "Lifetime Post Total Reach"),
            of(Metric.REACTIONS, "Lifetime Post Stories by action type - like"),
            of(Metric.COMMENTS, "Lifetime Post Stories by action type - comment"),
            of(Metric.SHARES, "Lifetime Post Stories by action type - share"),
            of(Metric.CLICKS, "Lifetime Post Consumptions"),
            of(Metric.VIDEO_VIEWS, "Lifetime Organic Video Views"), of(Metric.VIDEO_VIEWS, "Lifetime Paid Video Views")),
            List.of("Post ID", "Permalink", "Posted", "Lifetime Post Total Impressions", "Lifetime Post Total Reach"), Set.of());

    public static final ExportType META_FACEBOOK_CONTENT = new ExportType("meta-facebook-content",
            "Meta Business Suite, Facebook content", Kind.POSTS, "facebook", List.of(
            of(Attr.POST_ID, "Post ID"), of(Attr.PERMALINK, "Permalink"), of(Attr.PUBLISHED_AT, "Publish time"),
            of(Attr.ACCOUNT, "Page name"),
            of(Attr.TYPE, "Post type"), of(Metric.IMPRESSIONS, "Views", "Impressions"), of(Metric.REACH, "Reach"),
            of(Metric.REACTIONS, "Reactions"), of(Metric.COMMENTS, "Comments"), of(Metric.SHARES, "Shares"),
            of(Metric.CLICKS, "Total clicks"), of(Metric.VIDEO_VIEWS, "3-second video views")),
            List.of("Post ID", "Page ID", "Publish time", "Permalink", "Reactions"), Set.of());

    public static final ExportType META_INSTAGRAM_CONTENT = new ExportType("meta-instagram-content",
            "Meta Business Suite, Instagram content", Kind.POSTS, "instagram", List.of(
            of(Attr.POST_ID, "Post ID"), of(Attr.PERMALINK, "Permalink"), of(Attr.PUBLISHED_AT, "Publish time"),
            of(Attr.ACCOUNT, "Account username"),
            of(Attr.TYPE, "Post type"), of(Metric.IMPRESSIONS, "Views", "Impressions"), of(Metric.REACH, "Reach"),
            of(Metric.REACTIONS, "Likes"), of(Metric.COMMENTS, "Comments"), of(Metric.SHARES, "Shares"),
            of(Metric.SAVES, "Saves"), of(Metric.FOLLOWS, "Follows"), of(Metric.CLICKS, "Profile link clicks")),
            List.of("Post ID", "Account ID", "Publish time", "Permalink", "Likes"), Set.of());

    public static final ExportType META_DAILY = new ExportType("meta-daily",
            "Meta Business Suite, page-level daily series", Kind.SERIES, null, List.of(
            of(Attr.DATE, "Date"), of(SeriesMetric.REACH, "Primary")),
            List.of("Date", "Primary"), Set.of(Flag.METRIC_FROM_TITLE));

    public static final ExportType LINKEDIN_POSTS = new ExportType("linkedin-posts",
            "LinkedIn page analytics, All posts sheet", Kind.POSTS, "linkedin", List.of(
            of(Attr.PERMALINK, "Post link"), of(Attr.TYPE, "Post type", "Content Type"), of(Attr.PUBLISHED_AT, "Created date"),
            of(Attr.CAMPAIGN, "Campaign name"), of(Metric.IMPRESSIONS, "Impressions"), of(Metric.CLICKS, "Clicks"),
            of(Metric.REACTIONS, "Likes", "Reactions"), of(Metric.COMMENTS, "Comments"), of(Metric.SHARES, "Reposts", "Shares"),
            of(Metric.FOLLOWS, "Follows"), of(Metric.VIDEO_VIEWS, "Views"),
            ColumnRule.rate(Metric.CLICKS, Metric.IMPRESSIONS, false, "Click through rate (CTR)")),
            List.of("Post link", "Created date", "Impressions"), Set.of());

    public static final ExportType YOUTUBE_TABLE = new ExportType("youtube-table",
            "YouTube Studio, Table data", Kind.POSTS, "youtube", List.of(
            of(Attr.POST_ID, "Content"), of(Attr.PUBLISHED_AT, "Video publish time"),
            of(Metric.IMPRESSIONS, "Impressions"), of(Metric.VIDEO_VIEWS, "Views"), of(Metric.FOLLOWS, "Subscribers gained"),
            of(Metric.REACTIONS, "Likes"), of(Metric.COMMENTS, "Comments added"), of(Metric.SHARES, "Shares"),
            of(Metric.WATCH_TIME_HOURS, "Watch time (hours)"),
            ColumnRule.perUnitDuration(Metric.WATCH_TIME_HOURS, Metric.VIDEO_VIEWS, "Average view duration"),
            ColumnRule.rate(Metric.IMPRESSION_CLICKS, Metric.IMPRESSIONS, true, "Impressions click-through rate (%)")),
            List.of("Content", "Video title", "Video publish time", "Views"), Set.of(Flag.SKIP_TOTAL_ROW, Flag.YOUTUBE_ID));

    public static final ExportType TIKTOK_CONTENT = new ExportType("tiktok-content",
            "TikTok Studio, Content", Kind.POSTS, "tiktok", List.of(
            of(Attr.PERMALINK, "Video link"), of(Attr.PUBLISHED_AT, "Post time"),
            of(Metric.REACTIONS, "Total likes"), of(Metric.COMMENTS, "Total comments"), of(Metric.SHARES, "Total shares"),
            of(Metric.IMPRESSIONS, "Total views"), of(Metric.VIDEO_VIEWS, "Total views")),
            List.of("Video link", "Post time", "Total views"), Set.of(Flag.TIME_FROM_ID));

    public static final ExportType TIKTOK_OVERVIEW = new ExportType("tiktok-overview",
            "TikTok Studio, Overview", Kind.SERIES, "tiktok", List.of(
            of(Attr.DATE, "Date"), of(SeriesMetric.VIEWS, "Video Views"), of(SeriesMetric.VISITS, "Profile Views"),
            of(SeriesMetric.LIKES, "Likes"), of(SeriesMetric.COMMENTS, "Comments"), of(SeriesMetric.SHARES, "Shares")),
            List.of("Date", "Video Views", "Profile Views"), Set.of());

    public static final ExportType TIKTOK_FOLLOWER_HISTORY = new ExportType("tiktok-follower-history",
            "TikTok Studio, FollowerHistory", Kind.SERIES, "tiktok", List.of(
            of(Attr.DATE, "Date"), of(SeriesMetric.FOLLOWERS, "Followers"),
            of(SeriesMetric.FOLLOWER_CHANGE, "Difference in followers from previous day")),
            List.of("Date", "Followers", "Difference in followers from previous day"), Set.of());

    public static final ExportType TIKTOK_FOLLOWER_ACTIVITY = new ExportType("tiktok-follower-activity",
            "TikTok Studio, FollowerActivity", Kind.SERIES, "tiktok", List.of(
            of(Attr.DATE, "Date"), of(Attr.HOUR, "Hour"), of(SeriesMetric.ACTIVE_FOLLOWERS, "Active followers")),
            List.of("Date", "Hour", "Active followers"), Set.of());

    public static final ExportType PUBLER_INSIGHTS = new ExportType("publer-insights",
            "Publer, Post Insights report (posts section)", Kind.POSTS, null, List.of(
            of(Attr.PERMALINK, "Post"), of(Metric.REACH, "Reach"), of(Metric.VIDEO_VIEWS, "Video views"),
            of(Metric.REACTIONS, "Likes"), of(Metric.COMMENTS, "Comments"), of(Metric.SHARES, "Shares"),
            of(Metric.CLICKS, "Post clicks")),
            List.of("Post", "Post Text", "Reach", "Post clicks"), Set.of(Flag.ENDS_AT_BLANK_LINE));

    public static final ExportType PUBLER_POSTS = new ExportType("publer-posts",
            "Publer, posts export", Kind.POSTS, null, List.of(
            of(Attr.PUBLISHED_AT, "Date"), of(Attr.NETWORK, "Social network"), of(Attr.PERMALINK, "Post link"),
            of(Attr.TYPE, "Post type"), of(Metric.REACH, "Reach"), of(Metric.REACTIONS, "Reactions", "Likes"),
            of(Metric.COMMENTS, "Comments"), of(Metric.SHARES, "Shares"), of(Metric.CLICKS, "Link clicks"),
            of(Metric.IMPRESSIONS, "Impressions"), of(Metric.VIDEO_VIEWS, "Video views")),
            List.of("Date", "Social network", "Post link", "Reach"), Set.of(Flag.ENDS_AT_BLANK_LINE));

    public static final ExportType GENERIC = new ExportType("generic", "edito generic format", Kind.POSTS, null,
            genericRules(), List.of(), Set.of(Flag.GENERIC));

    public static final ExportType INBOX = new ExportType("inbox", "edito inbox format (community care)", Kind.INBOX,
            null, List.of(), List.of("channel", "received_at"), Set.of());

    /** Built-in types, most specific signatures first. */
    public static final List<ExportType> BUILT_IN = List.of(X_TWEET_ACTIVITY, X_TWEET_ACTIVITY_FR, X_ACCOUNT_CONTENT,
            FACEBOOK_INSIGHTS_POSTS, META_FACEBOOK_CONTENT, META_INSTAGRAM_CONTENT, META_DAILY, LINKEDIN_POSTS,
            YOUTUBE_TABLE, TIKTOK_CONTENT, TIKTOK_OVERVIEW, TIKTOK_FOLLOWER_HISTORY, TIKTOK_FOLLOWER_ACTIVITY,
            PUBLER_INSIGHTS, PUBLER_POSTS, GENERIC, INBOX);

    private ExportTypes() {
    }

    private static List<ColumnRule> genericRules() {
        List<ColumnRule> rules = new ArrayList<>();
        for (Attr a : List.of(Attr.NETWORK, Attr.POST_ID, Attr.PERMALINK, Attr.PUBLISHED_AT, Attr.TYPE, Attr.CAMPAIGN,
                Attr.PILLAR, Attr.LANG, Attr.ACCOUNT)) {
            rules.add(of(a, a.key()));
        }
        for (Metric m : Metric.all()) {
            rules.add(of(m, m.key()));
        }
        return rules;
    }

    /**
     * A note on a column of {@code type} that edito does not read on purpose, when the export has it ({@code header}
     * as written): YouTube Studio's {@code Subscribers} is the net change (gained minus lost, negative when a video
     * lost more than it won), not the subscribers gained that {@code follows} counts on every other network; adding
     * it up as follows would overstate them. Null when there is nothing to say.
     */
    public static String unreadColumnNote(ExportType type, List<String> header) {
        if (type != YOUTUBE_TABLE) {
            return null;
        }
        List<String> norm = header.stream().map(ExportTypes::normalize).toList();
        if (norm.contains("subscribers") && !norm.contains("subscribers gained")) {
            return "'Subscribers' is YouTube's net change (gained minus lost), not follows: left out of follows; "
                    + "add the 'Subscribers gained' column in YouTube Studio to count them";
        }
        return null;
    }

    /**
     * Header names compared: BOM and surrounding blanks removed, lower case, inner blanks collapsed. A BOM before a
     * quoted name (an export's first cell, {@code \uFEFF"Date"}, when the export is not the start of the file: two
     * exports put together) keeps the CSV reader from seeing the quotes as quotes: they are removed here.
     */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = header.strip();
        if (s.length() >= 3 && s.charAt(0) == '\uFEFF' && s.charAt(1) == '"' && s.charAt(s.length() - 1) == '"') {
            s = s.substring(2, s.length() - 1).replace("\"\"", "\"");
        }
        s = s.replace("\uFEFF", "").strip();
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A user-defined mapping (edito.yaml {@code mappings:}) for exports of other tools.
     *
     * @param name    the mapping's name, also its {@code --type}
     * @param columns export column name -> field name of the generic format ({@code impressions}, {@code published_at}...)
     * @param network the network of every row, or null when a column mapped to {@code network} or the permalink says
     */
    /** Field names a mapping may target: the generic format's. */
    private static final Map<String, Field> MAPPABLE = mappable();

    private static Map<String, Field> mappable() {
        Map<String, Field> byKey = new LinkedHashMap<>();
        for (Attr a : Attr.values()) {
            if (a != Attr.DATE && a != Attr.HOUR) {
                byKey.put(a.key(), a);
            }
        }
        for (Metric m : Metric.all()) {
            byKey.put(m.key(), m);
        }
        return byKey;
    }

    /** Why {@code column -> fieldName} cannot be part of a mapping, or null when it can. */
    public static String mappingFieldProblem(String column, String fieldName) {
        if (fieldName != null && MAPPABLE.containsKey(fieldName.strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return "column '" + column + "' maps to unknown field '" + fieldName + "' (known: "
                + String.join(", ", MAPPABLE.keySet()) + ")";
    }

    public static ExportType custom(String name, Map<String, String> columns, String network) {
        if (columns.isEmpty()) {
            throw EditoException.input("mapping '" + name + "': no columns");
        }
        List<ColumnRule> rules = new ArrayList<>();
        columns.forEach((column, fieldName) -> {
            String problem = mappingFieldProblem(column, fieldName);
            if (problem != null) {
                throw EditoException.input("mapping '" + name + "': " + problem);
            }
            rules.add(of(MAPPABLE.get(fieldName.strip().toLowerCase(Locale.ROOT)), column));
        });
        return new ExportType(name, "mapping " + name, Kind.POSTS, network == null ? null : NetworkNames.canonical(network),
                rules, List.copyOf(columns.keySet()), Set.of());
    }

    public static ExportType custom(String name, Map<String, String> columns) {
        return custom(name, columns, null);
    }

    /** Whether {@code headerCells} is the header row of {@code type}. */
    public static boolean matches(ExportType type, List<String> headerCells) {
        Set<String> names = headerCells.stream().map(ExportTypes::normalize).collect(Collectors.toSet());
        if (type.has(Flag.GENERIC)) {
            boolean anyMetric = false;
            if (names.stream().filter(n -> !n.isEmpty()).count() < 2) {
                return false;
            }
            for (String n : names) {
                if (n.isEmpty()) {
                    continue;
                }
                if (!GENERIC_COLUMNS.contains(n)) {
                    return false;
                }
                anyMetric |= Metric.byKey(n) != null;
            }
            return anyMetric;
        }
        if (type.kind() == Kind.INBOX) {
            return names.containsAll(type.signature()) && INBOX_COLUMNS.containsAll(
                    names.stream().filter(n -> !n.isEmpty()).toList());
        }
        return names.containsAll(type.signature());
    }

    /**
     * The type whose header is {@code headerCells}, among {@code candidates}: the match with the most specific
     * signature (ties: the first listed), or null.
     */
    public static ExportType detect(List<String> headerCells, List<ExportType> candidates) {
        ExportType best = null;
        for (ExportType t : candidates) {
            if (matches(t, headerCells) && (best == null || t.signature().size() > best.signature().size())) {
                best = t;
            }
        }
        return best;
    }

    /** Closest known types to an unknown header, for the error message: "id (k of n columns)". */
    public static List<String> closest(List<String> headerCells, List<ExportType> candidates, int max) {
        Set<String> names = new HashSet<>(headerCells.stream().map(ExportTypes::normalize).toList());
        record Score(ExportType type, long hit, int of) {
        }
        return candidates.stream()
                .map(t -> {
                    List<String> sig = t.has(Flag.GENERIC) ? GENERIC_COLUMNS
                            : t.kind() == Kind.INBOX ? INBOX_COLUMNS : t.signature();
                    return new Score(t, sig.stream().filter(names::contains).count(), sig.size());
                })
                .filter(s -> s.hit() > 0)
                .sorted(Comparator.comparingDouble((Score s) -> -(double) s.hit() / s.of()).thenComparing(s -> -s.hit()))
                .limit(max)
                .map(s -> s.type().id() + " (" + s.hit() + " of " + s.of() + " expected columns)")
                .toList();
    }

    /** Built-in types plus {@code extra} (user mappings first: they win over built-ins on the same header). */
    public static List<ExportType> withExtra(List<ExportType> extra) {
        return Stream.concat(extra.stream(), BUILT_IN.stream()).toList();
    }

    public static ExportType byId(String id, List<ExportType> candidates) {
        return candidates.stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst().orElse(null);
    }
}
