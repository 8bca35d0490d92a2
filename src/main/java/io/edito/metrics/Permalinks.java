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
     * {@code url} compared without its scheme, {@code www.}/{@code m.}/{@code mobile.}, query (but YouTube's
     * {@code watch?v=}, which is the video), fragment and trailing slashes, case aside; twitter.com is x.com.
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
        int query = s.contains("watch?v=") ? -1 : s.indexOf('?', start);
        if (query >= 0) {
            end = query;
        }
        int fragment = s.indexOf('#', start);
        if (fragment >= 0 && fragment < end) {
            end = fragment;
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
        return out.substring(0, last);
    }

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
