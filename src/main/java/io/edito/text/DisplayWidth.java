package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal columns a text takes, and wrapping or truncating to a width, never splitting a
 * grapheme cluster. Per cluster: emoji and East Asian Wide/Fullwidth characters take 2 columns; a cluster
 * of only zero-width code points (combining marks, format characters like ZWJ, controls) takes 0;
 * everything else 1 (East Asian Ambiguous counts 1, as in a Western terminal).
 */
public final class DisplayWidth {
    private static final BreakIterator LINE_PROTOTYPE = BreakIterator.getLineInstance(ULocale.ROOT);
    private static final ThreadLocal<BreakIterator> LINES = ThreadLocal.withInitial(() -> (BreakIterator) LINE_PROTOTYPE.clone());

    private DisplayWidth() {
    }

    /** Columns taken by {@code text} (line breaks count 0: measure one line at a time). */
    public static int of(CharSequence text) {
        int[] b = Graphemes.boundaries(text);
        int w = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            w += cluster(text, b[i], b[i + 1]);
        }
        return w;
    }

    /** Columns taken by the cluster {@code text[start, end)}. */
    static int cluster(CharSequence text, int start, int end) {
        int cp = Character.codePointAt(text, start);
        if (end - start == 1 && cp >= 0x20 && cp < 0x7F) {
            return 1;
        }
        if (Emoji.isEmoji(text.subSequence(start, end))) {
            return 2;
        }
        boolean visible = false;
        for (int i = start; i < end; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (!zeroWidth(c)) {
                int eaw = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
                if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
                    return 2;
                }
                visible = true;
            }
        }
        return visible ? 1 : 0;
    }

    private static boolean zeroWidth(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT
                || type == UCharacter.CONTROL
                || (cp >= 0x1160 && cp <= 0x11FF); // Hangul medial vowels and final consonants join the syllable before
    }

    /**
     * The longest start of {@code text} that fits in {@code width} columns with {@code ellipsis} appended when
     * something was cut; {@code text} itself when it fits. Never splits a grapheme cluster.
     */
    public static String truncate(String text, int width, String ellipsis) {
        if (of(text) <= width) {
            return text;
        }
        int room = width - of(ellipsis);
        if (room < 0) {
            return fitPrefix(ellipsis, width);
        }
        return fitPrefix(text, room) + ellipsis;
    }

    /** {@link #truncate(String, int, String)} with {@code …}. */
    public static String truncate(String text, int width) {
        return truncate(text, width, "…");
    }

    /** The longest prefix of {@code text} made of whole clusters that fits in {@code width} columns. */
    static String fitPrefix(String text, int width) {
        int[] b = Graphemes.boundaries(text);
        int w = 0;
        int end = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            int cw = cluster(text, b[i], b[i + 1]);
            if (w + cw > width) {
                break;
            }
            w += cw;
            end = b[i + 1];
        }
        return text.substring(0, end);
    }

    /**
     * Wraps {@code text} into lines of at most {@code width} columns: existing line breaks are kept, lines break at
     * Unicode line-break opportunities (UAX #14: spaces, and between CJK ideographs), spaces at the end of a wrapped
     * line are dropped, and a word wider than a line is cut between grapheme clusters. A width below 2 is taken as 2,
     * so that a wide character always fits.
     */
    public static List<String> wrap(String text, int width) {
        int w = Math.max(2, width);
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\n|\r", -1)) {
            wrapParagraph(paragraph, w, out);
        }
        return out;
    }

    private static void wrapParagraph(String p, int width, List<String> out) {
        if (p.isEmpty()) {
            out.add("");
            return;
        }
        BreakIterator it = LINES.get();
        it.setText(p);
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int start = it.first();
        List<int[]> urls = urls(p);
        int u = 0;
        int pending = -1; // a break the rules gave, after one put at a URL's end
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = pending >= 0 ? pending : it.next()) {
            if (end == pending) {
                pending = -1;
            }
            while (u < urls.size() && urls.get(u)[1] <= end) {
                u++;
            }
            if (u < urls.size() && urls.get(u)[0] < end && start <= urls.get(u)[0]) {
                // a break inside a URL (after its "//", "/" or "?"): a URL that fits on a line is kept whole, copied
                // whole from the card; with what is glued to it when that fits too, else cut at its end (a French
                // " !" after it, which the rules keep with it, goes to the next line); a longer URL is cut where the
                // rules allow, after a / or ?
                int urlEnd = urls.get(u)[1];
                int next = it.following(urlEnd - 1);
                int whole = next == BreakIterator.DONE ? p.length() : next;
                if (of(stripTrailingSpaces(p.substring(start, whole))) <= width) {
                    end = whole;
                } else if (whole > urlEnd && of(p.substring(start, urlEnd)) <= width) {
                    end = urlEnd;
                    pending = whole;
                } else {
                    it.following(end - 1); // back to the break the rules gave: this URL is cut as any word
                }
            }
            String segment = p.substring(start, end);
            String visible = stripTrailingSpaces(segment);
            int segWidth = of(segment);
            int visibleWidth = of(visible);
            if (lineWidth + visibleWidth <= width) {
                line.append(segment);
                lineWidth += segWidth;
                continue;
            }
            String rest = segment;
            if (line.length() > 0) {
                out.add(stripTrailingSpaces(line.toString()));
                line.setLength(0);
                lineWidth = 0;
                // a new line starts at a letter: the space before a French " !" cut from its URL is not carried over
                int lead = 0;
                while (lead < rest.length() - 1 && rest.charAt(lead) == ' ') {
                    lead++;
                }
                rest = rest.substring(lead);
            }
            while (of(stripTrailingSpaces(rest)) > width) {
                String head = fitPrefix(rest, width);
                out.add(head);
                rest = rest.substring(head.length());
            }
            line.append(rest);
            lineWidth = of(rest);
        }
        out.add(stripTrailingSpaces(line.toString()));
    }

    /** A web address as a card shows it: a scheme and what follows up to a space. */
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile(
            "(?i)(?:https?://|(?<![\\p{L}\\p{N}])www\\.)\\S+"); // glued to a word too: احجزhttps://...

    /** The {@code [start, end)} of each URL of {@code p}, in order; none asked for in a text without "//" or "www.". */
    private static List<int[]> urls(String p) {
        if (p.indexOf("//") < 0 && p.indexOf("www.") < 0 && p.indexOf("WWW.") < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = URL.matcher(p);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == '\u3000')) {
            end--;
        }
        return s.substring(0, end);
    }
}
