package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.twitter.twittertext.TldLists;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** White space as twitter-text sees it (its Regex.UNICODE_SPACES are the Unicode White_Space characters). */
final class Spaces {
    /** twitter-text's top-level domains (generic and country codes), as its URL pattern lists them. */
    private static final Set<String> TLDS = new HashSet<>();
    private static final int LONGEST_TLD;
    /** Every char of a top-level domain (lower case) and of {@code xn--}: a label holding any other is none of them. */
    private static final java.util.BitSet TLD_CHARS = new java.util.BitSet(0x10000);

    static {
        int longest = 0;
        for (List<String> list : List.of(TldLists.GTLDS, TldLists.CTLDS)) {
            for (String tld : list) {
                String lower = tld.toLowerCase(Locale.ROOT);
                TLDS.add(lower);
                longest = Math.max(longest, tld.length());
                lower.chars().forEach(TLD_CHARS::set);
            }
        }
        "xn--".chars().forEach(TLD_CHARS::set);
        LONGEST_TLD = longest;
    }

    private Spaces() {
    }

    /** ICU's White_Space of each char: below U+0800 (Latin, Greek, Cyrillic, Arabic...) read at once, above as met. */
    private static final KnownCodePoints WHITE_SPACE = new KnownCodePoints(0x10000, 0x800, UCharacter::isUWhiteSpace);

    /** ICU's White_Space (in ASCII: the space and U+0009 to U+000D); one byte read, small enough for C1 to inline. */
    static boolean isSpace(char c) {
        return WHITE_SPACE.test(c);
    }

    /**
     * The start of the word (run of non-space chars) holding the non-space char at {@code at}, looking back no
     * further than {@code floor} (a word boundary: the end of the previous word, or 0). All the scans here read a
     * text's chars as an array: under C1, {@code String.charAt} on a text above U+00FF costs a call per char.
     */
    static int wordStart(char[] s, int at, int floor) {
        int i = at;
        while (i > floor && !isSpace(s[i - 1])) {
            i--;
        }
        return i;
    }

    /** The end of the word (run of non-space chars) that starts at {@code start}. */
    static int wordEnd(char[] s, int start) {
        int i = start;
        while (i < s.length && !isSpace(s[i])) {
            i++;
        }
        return i;
    }

    /** Whether a word may hold a domain name (a dot followed by another character of the word): URLs need one. */
    static boolean mayHoldDomain(char[] s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (s[i] == '.' && s[i + 1] != '.' && !isSpace(s[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether twitter-text may find a URL in {@code s[from, to)}: every domain its URL pattern accepts ends with a dot
     * followed by one of its top-level domains (case-insensitively) or by a punycode label ({@code xn--}), so a word
     * without one holds no URL (a host such as {@code atlas.example} is not one); its 3,778-way alternation of
     * top-level domains, tried at every position, is then not run. A shortcut only: a word that passes is still
     * handed to twitter-text. {@code EntitiesFastPathTest} compares with twitter-text on the whole text.
     */
    static boolean mayHoldUrl(char[] s, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (s[i] != '.') {
                continue;
            }
            int max = Math.min(to - i - 1, LONGEST_TLD);
            StringBuilder label = new StringBuilder(max);
            for (int k = 1; k <= max; k++) {
                char c = Character.toLowerCase(s[i + k]);
                if (!TLD_CHARS.get(c)) {
                    break; // neither this label nor a longer one is a top-level domain (most URLs: the '/' after it)
                }
                label.append(c);
                if (k >= 2 && TLDS.contains(label.toString()) || k == 4 && "xn--".contentEquals(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the first {@code c} at or after {@code from}, or -1. */
    static int indexOf(char[] s, char c, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
