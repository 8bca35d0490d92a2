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
     * {@code url} compared without its scheme, {@code www.}/{@code m.}/{@code mobile.}, the parameters a share button
     * or a campaign adds to its query ({@link #identifying}: {@code permalink.php?story_fbid=} and {@code watch?v=} are
     * the post), fragment and trailing slashes, case aside; twitter.com is x.com.
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
     * The parameters of a query that name the post ({@code story_fbid=111&id=999} of Facebook's permalink.php,
     * YouTube's {@code v=}), in their order; those a share button or a campaign adds ({@code utm_*}, {@code igsh},
     * {@code si}, {@code s}, {@code fbclid}...) left out.
     */
    private static String identifying(String query) {
        StringBuilder out = new StringBuilder();
        for (String param : query.split("&")) {
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            if (param.isEmpty() || key.startsWith("utm_") || SHARE_PARAMETERS.contains(key)) {
                continue;
            }
            out.append(out.length() == 0 ? "" : "&").append(param);
        }
        return out.toString();
    }

    /** What share buttons, apps and ad clicks add to a post's link without changing the post. */
    private static final java.util.Set<String> SHARE_PARAMETERS = java.util.Set.of("igsh", "igshid", "si", "s", "t",
            "fbclid", "gclid", "mibextid", "ref", "ref_src", "ref_url", "feature", "is_from_webapp", "sender_device",
            "share_id", "rdid", "app", "sh", "hl", "lang", "locale", "_r", "_t", "__cft__", "__tn__", "img_index",
            "trk", "trackingid", "lipi", "rcm", "share_app_id", "share_link_id", "social_sharing");

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
