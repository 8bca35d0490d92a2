package io.edito.text;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.ListIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X's weighted length exactly as twitter-text's {@code TwitterTextParser.parseTweet(text, config).weightedLength}
 * computes it, from twitter-text's own facts: its configuration (weighted code point ranges, default weight, URL
 * weight, scale), its URL extractor and its emoji pattern. parseTweet runs the URL and the emoji patterns at every
 * position of the text (about 5 µs a character, the bulk of a check); here the URL extractor only sees the tokens
 * that may hold a URL ({@link Entities#twitterUrls}) and the emoji pattern is only tried where an emoji may start: at
 * a code point that occurs in the pattern. The weighing loop is parseTweet's, step for step (a URL at the offset,
 * then the emoji or code point at the offset). {@code XWeightedLengthTest} compares both on thousands of texts.
 */
final class XWeightedLength {
    private static final Pattern EMOJI = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;
    /** Every code point that occurs in the emoji pattern (literal or in a class range); null if it cannot be told. */
    static final BitSet EMOJI_CODE_POINTS = codePointsOf(EMOJI);

    private XWeightedLength() {
    }

    /** {@code parseTweet(text, config).weightedLength}. */
    static int of(String text, TwitterTextConfiguration config) {
        if (text == null || text.trim().isEmpty()) {
            return 0;
        }
        String s = TextMeasure.nfc(text);
        int scale = config.getScale();
        int urlWeight = config.getTransformedURLLength() * scale;
        List<TwitterTextConfiguration.TwitterTextWeightedRange> ranges = config.getRanges();
        List<Extractor.Entity> urls = new ArrayList<>(Entities.twitterUrls(s));
        int[] emojiLength = emoji(s);
        int weighted = 0;
        int offset = 0;
        int n = s.length();
        while (offset < n) {
            int charWeight = config.getDefaultWeight();
            for (ListIterator<Extractor.Entity> it = urls.listIterator(); it.hasNext(); ) {
                Extractor.Entity url = it.next();
                if (url.getStart() == offset) {
                    weighted += urlWeight;
                    offset += url.getEnd() - url.getStart();
                    it.remove();
                    break;
                }
            }
            if (offset < n) {
                int cp = s.codePointAt(offset);
                int length = emojiLength[offset];
                if (length == 0) {
                    for (TwitterTextConfiguration.TwitterTextWeightedRange r : ranges) {
                        if (r.getRange().isInRange(cp)) {
                            charWeight = r.getWeight();
                            break;
                        }
                    }
                    length = Character.charCount(cp);
                }
                weighted += charWeight;
                offset += length;
            }
        }
        return weighted / scale;
    }

    /**
     * What {@code EMOJI.matcher(s).find()} finds, as the length of the match starting at each offset (0: none):
     * find() tries each offset in turn, and no match can start at a code point that the pattern does not hold.
     */
    private static int[] emoji(String s) {
        int[] length = new int[s.length()];
        Matcher m = null;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (EMOJI_CODE_POINTS != null && !EMOJI_CODE_POINTS.get(cp)) {
                i++;
                continue;
            }
            if (m == null) {
                m = EMOJI.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, s.length());
            if (m.lookingAt() && m.end() > i) {
                length[i] = m.end() - i;
                i = m.end();
            } else {
                i++;
            }
        }
        return length;
    }

    /**
     * The code points a match of {@code p} can be made of: its literals and class ranges. Null when the pattern has
     * anything else that could match other code points (an escape, a property, a negated class, a dot, flags).
     */
    static BitSet codePointsOf(Pattern p) {
        if (p.flags() != 0) {
            return null;
        }
        String src = p.pattern();
        BitSet out = new BitSet();
        int depth = 0; // inside [...]
        int prev = -1; // the previous literal inside a class, for a range
        for (int i = 0; i < src.length(); ) {
            int cp = src.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\', '.', '^', '$' -> {
                    return null;
                }
                case '[' -> {
                    depth++;
                    prev = -1;
                }
                case ']' -> {
                    depth--;
                    prev = -1;
                }
                case '-' -> {
                    if (depth > 0 && prev >= 0 && i < src.length() && src.codePointAt(i) != ']') {
                        int to = src.codePointAt(i);
                        i += Character.charCount(to);
                        out.set(prev, to + 1);
                        prev = -1;
                    } else {
                        out.set(cp);
                    }
                }
                default -> {
                    // a literal; or syntax ( ) | ? * + { } and the : ! = of (?: (?! (?=, which only widen the set
                    out.set(cp);
                    prev = cp;
                }
            }
        }
        return out;
    }
}
