package io.edito.metrics;

import java.util.Locale;

/**
 * A post's link as the same post's other links are compared with it: an export, a re-saved copy of it and the
 * calendar write one post's address in several ways ({@code https://www.instagram.com/p/X/},
 * {@code instagram.com/p/X?igsh=abc}, {@code http://twitter.com/a/status/1} for {@code https://x.com/a/status/1}).
 * One rule for all who compare links: overlapping exports counted once, and an export's posts joined to the calendar.
 */
public final class Permalinks {
    private Permalinks() {
    }

    /**
     * {@code url} compared without its scheme, {@code www.}/{@code m.}/{@code mobile.}, the query parameters that do
     * not name the post ({@link #identifying}: {@code permalink.php?story_fbid=} and {@code watch?v=} are the post,
     * in any order), fragment and trailing slashes, case aside; twitter.com is x.com.
     */
    public static String key(String url) {
        // case aside in the path too: X's handles are written in any case (an id that differs from another only in
        // case, as Instagram's and YouTube's may, is one chance in billions among an account's posts)
        String s = url.strip().toLowerCase(Locale.ROOT);
        int start = 0;
        int scheme = s.indexOf("://");
        if (scheme > 0 && letters(s, scheme)) {
            start = scheme + 3;
        }
        int end = s.length();
        int fragment = s.indexOf('#', start);
        if (fragment >= 0) {
            end = fragment;
        }
        int query = s.indexOf('?', start);
        String kept = "";
        if (query >= 0 && query < end) {
            kept = identifying(s.substring(query + 1, end));
            end = query;
        }
        for (String prefix : new String[] {"www.", "m.", "mobile."}) {
            if (s.startsWith(prefix, start) && start + prefix.length() <= end) {
                start += prefix.length();
                break;
            }
        }
        String out = s.substring(start, end);
        if (out.startsWith("twitter.com/")) {
            out = "x.com/" + out.substring("twitter.com/".length());
        }
        int last = out.length();
        while (last > 0 && out.charAt(last - 1) == '/') {
            last--;
        }
        return out.substring(0, last) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /**
     * The parameters of a query that name the post, sorted: Facebook's {@code story_fbid} and {@code id} of
     * permalink.php, {@code fbid} of photo.php, YouTube's and Facebook's {@code v}, a blog's {@code p}; everything
     * else a share button, an app or a campaign adds ({@code utm_*}, {@code igsh}, {@code si}, {@code __cft__[0]},
     * {@code web_id}, {@code list}...) left out.
     */
    private static String identifying(String query) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String param : query.split("&")) {
            int eq = param.indexOf('=');
            if (eq > 0 && NAMING_PARAMETERS.contains(param.substring(0, eq))) {
                kept.add(param);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /** The query parameters that say which post a link is (the path says it on the other networks). */
    private static final java.util.Set<String> NAMING_PARAMETERS = java.util.Set.of("v", "story_fbid", "id", "fbid",
            "p", "post_id", "story_id", "video_id");

    private static boolean letters(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
