package io.edito.text;

import com.ibm.icu.lang.UCharacter;

/** White space as twitter-text sees it (its Regex.UNICODE_SPACES are the Unicode White_Space characters). */
final class Spaces {
    private Spaces() {
    }

    static boolean isSpace(char c) {
        return c < 0x80 ? c == ' ' || c >= 0x09 && c <= 0x0D : UCharacter.isUWhiteSpace(c);
    }

    /** The end of the word (run of non-space chars) that starts at {@code start}. */
    static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether a word may hold a domain name (a dot followed by another character of the word): URLs need one. */
    static boolean mayHoldDomain(CharSequence s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (s.charAt(i) == '.' && s.charAt(i + 1) != '.' && !isSpace(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
