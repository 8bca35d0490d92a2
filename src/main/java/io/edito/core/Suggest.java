package io.edito.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for unknown names (network ids, rule ids, charter keys, options).
 *
 * <p>Distance is the optimal string alignment variant of Damerau-Levenshtein (insert, delete,
 * substitute, swap two adjacent characters), compared case-insensitively on code points.
 * A candidate is suggested only when it is close enough to be a plausible typo: at most
 * {@code max(1, length/3)} edits for the longer of the two words, capped at 3; a candidate that
 * starts with the unknown word (an abbreviation such as {@code insta}) is also accepted.
 */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate to {@code unknown}, if one is plausibly what the user meant. Ties go to the first candidate in iteration order. */
    public static Optional<String> closest(String unknown, Collection<String> candidates) {
        if (unknown == null || unknown.isEmpty()) {
            return Optional.empty();
        }
        String u = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(u, c);
            int len = Math.max(u.codePointCount(0, u.length()), c.codePointCount(0, c.length()));
            int allowed = Math.min(3, Math.max(1, len / 3));
            boolean plausible = d <= allowed || (u.length() >= 3 && c.startsWith(u));
            if (plausible && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"} or an empty string: ready to append to an error message. */
    public static String didYouMean(String unknown, Collection<String> candidates) {
        return closest(unknown, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), on code points. */
    public static int distance(String a, String b) {
        int[] s = a.codePoints().toArray();
        int[] t = b.codePoints().toArray();
        int n = s.length;
        int m = t.length;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = s[i - 1] == t[j - 1] ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
