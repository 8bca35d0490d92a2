package io.edito.text;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's weighted length through twitter-text, made fast enough for large calendars.
 *
 * <p>{@code TwitterTextParser.parseTweet} runs its emoji and URL regular expressions over the whole text: about 2 ms for
 * a 300-character post, 20 s for 10,000 posts. Neither a URL nor an emoji sequence contains white space, and the
 * weighted length is a sum over code points (each weight a multiple of the scale), so the text is cut at white space:
 * runs of words that can hold neither a URL (no {@code .} followed by
 * a character of the word: a domain needs one) nor an emoji (no code point with the Emoji or
 * Emoji_Component property outside ASCII) are weighed code point by code point with the weights of twitter-text's own
 * configuration, and every other word, with the space before it, is given to parseTweet. Every weight still comes from twitter-text;
 * {@code XWeightedTest} checks the sum against a whole-text parseTweet.
 */
final class XWeighted {
    private static final Map<Integer, Configs> CONFIGS = new ConcurrentHashMap<>();

    private record Configs(TwitterTextConfiguration full, int scale, int defaultWeight, int[] rangeStart, int[] rangeEnd,
            int[] rangeWeight, boolean additive, int urlWeight, WordCache<Integer> cache) {
        /** twitter-text's weight of one code point: the first configured range holding it, else the default. */
        int weight(int cp) {
            for (int r = 0; r < rangeStart.length; r++) {
                if (cp >= rangeStart[r] && cp <= rangeEnd[r]) {
                    return rangeWeight[r];
                }
            }
            return defaultWeight;
        }
    }

    private XWeighted() {
    }

    /** The weighted length of an NFC text, each URL weighing {@code urlWeight}. */
    static int length(String nfc, int urlWeight) {
        return length(nfc, nfc.toCharArray(), urlWeight);
    }

    /** {@link #length(String, int)} of a text whose chars are {@code chars}. */
    static int length(String nfc, char[] chars, int urlWeight) {
        Configs c = CONFIGS.computeIfAbsent(urlWeight, XWeighted::configs);
        if (!c.additive()) {
            return TwitterTextParser.parseTweet(nfc, c.full()).weightedLength + newerEmoji(nfc, c);
        }
        int total = 0;
        int simpleStart = 0; // start of the current run of simple words and spaces
        int i = 0;
        int n = chars.length;
        while (i < n) {
            if (Spaces.isSpace(chars[i])) {
                i++;
                continue;
            }
            int wordStart = i;
            boolean emoji = false;
            while (i < n && !Spaces.isSpace(chars[i])) {
                int cp = Character.codePointAt(chars, i);
                emoji |= cp >= 0x80 && Emoji.emojiOrComponent(cp);
                i += Character.charCount(cp);
            }
            if (emoji || Spaces.mayHoldDomain(chars, wordStart, i)) {
                // the space before the word goes with it: twitter-text's URL pattern reads the character before a
                // URL, and at the very start of a text it may take the word's first character for that one
                int pieceStart = wordStart > simpleStart ? wordStart - 1 : wordStart;
                total += simple(chars, simpleStart, pieceStart, c);
                // the emoji pattern costs microseconds per character: only where an emoji may be
                total += piece(nfc.substring(pieceStart, i), emoji, c);
                simpleStart = i;
            }
        }
        return total + simple(chars, simpleStart, n, c);
    }

    /**
     * parseTweet of one word (with the space before it). Posts of a calendar repeat their links and emoji, so the
     * answers are kept (the emoji flag follows from the word, so the word alone is the key).
     */
    private static int piece(String piece, boolean emoji, Configs c) {
        return c.cache().get(piece, p -> emoji ? TwitterTextParser.parseTweet(p, c.full()).weightedLength + newerEmoji(p, c)
                : withUrls(p, c));
    }

    /**
     * twitter-text's weight of each emoji cluster met (a calendar uses a few hundred different ones at most; a URL
     * weight does not change an emoji's): parseTweet costs microseconds per character.
     */
    private static final Map<String, Integer> CLUSTER_WEIGHTS = new ConcurrentHashMap<>();

    /**
     * What to add to twitter-text's length of {@code text} so that each emoji counts 2, as X counts it: twitter-text's
     * table stops at Unicode 12.1, so a newer emoji (🫶, U+1FAF6) weighs as its code points do (4 for 🫶🏽, whose skin
     * tone twitter-text takes for an emoji of its own; 5 for the phoenix 🐦‍🔥, a bird, a joiner and a fire). Each
     * grapheme cluster that is an emoji sequence Unicode recommends (RGI_Emoji, ICU's data: as current as the ICU
     * release) and that twitter-text does not weigh 2 is brought to 2; what it weighs 2 is left as it is, and so is a symbol
     * without its emoji selector (© weighs 1, ™ 2). A cluster inside a link is the link's.
     */
    static int newerEmoji(String text, Configs c) {
        char[] chars = text.toCharArray();
        int[] b = Graphemes.boundaries(chars);
        int fix = 0;
        List<int[]> urls = null;
        for (int i = 0; i + 1 < b.length; i++) {
            int start = b[i];
            int end = b[i + 1];
            if (chars[start] < 0x80 && end - start == 1 || !Emoji.isEmoji(chars, start, end)) {
                continue;
            }
            String g = text.substring(start, end);
            int weighed = CLUSTER_WEIGHTS.computeIfAbsent(g, x -> TwitterTextParser.parseTweet(x, c.full()).weightedLength);
            // only a sequence Unicode recommends (RGI): two regional indicators that name no country, a letter with
            // a skin tone, a joined pair no vendor draws, an emoji asked for as text (U+FE0E) are as twitter-text weighs
            if (weighed == 2 || !com.ibm.icu.lang.UCharacter.hasBinaryProperty(g, com.ibm.icu.lang.UProperty.RGI_EMOJI)) {
                continue;
            }
            if (urls == null) {
                urls = Entities.wordUrls(text, chars, List.of());
            }
            boolean inUrl = false;
            for (int[] u : urls) {
                inUrl |= start < u[1] && u[0] < end;
            }
            if (!inUrl) {
                fix += 2 - weighed;
            }
        }
        return fix;
    }

    /**
     * parseTweet's weighing of a piece without emoji, without running its URL pattern again: each URL twitter-text's
     * extractor finds in the piece (the same extractor parseTweet uses, cached per piece by {@link Entities#wordUrls})
     * weighs the URL weight, every other code point its configured weight.
     */
    private static int withUrls(String piece, Configs c) {
        char[] chars = piece.toCharArray();
        long weighted = 0;
        int at = 0;
        for (int[] url : Entities.wordUrls(piece, chars, List.of())) {
            weighted += simpleWeighted(chars, at, url[0], c) + (long) c.urlWeight() * c.scale();
            at = url[1];
        }
        return (int) ((weighted + simpleWeighted(chars, at, chars.length, c)) / c.scale());
    }

    /** A run without URL or emoji: the sum of twitter-text's configured weight of each code point. */
    private static int simple(char[] s, int from, int to, Configs c) {
        return (int) (simpleWeighted(s, from, to, c) / c.scale());
    }

    private static long simpleWeighted(char[] s, int from, int to, Configs c) {
        long weighted = 0;
        // the chars of the first range when it starts at U+0000 (U+0000 to U+10FF in twitter-text's configuration:
        // Latin, Greek, Cyrillic, Arabic...), weighed without a call per char; no surrogate among them
        int lowEnd = c.rangeStart().length > 0 && c.rangeStart()[0] == 0 ? Math.min(c.rangeEnd()[0], 0xD7FF) : -1;
        int lowWeight = lowEnd >= 0 ? c.rangeWeight()[0] : 0;
        for (int i = from; i < to; ) {
            if (s[i] <= lowEnd) {
                weighted += lowWeight;
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            weighted += c.weight(cp);
            i += Character.charCount(cp);
        }
        return weighted;
    }

    private static Configs configs(int urlWeight) {
        TwitterTextConfiguration d = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        TwitterTextConfiguration full = urlWeight == d.getTransformedURLLength() ? d : builder(d, urlWeight, d.getEmojiParsingEnabled());
        List<TwitterTextConfiguration.TwitterTextWeightedRange> ranges = d.getRanges();
        int[] start = new int[ranges.size()];
        int[] end = new int[ranges.size()];
        int[] weight = new int[ranges.size()];
        for (int r = 0; r < ranges.size(); r++) {
            start[r] = ranges.get(r).getRange().start;
            end[r] = ranges.get(r).getRange().end;
            weight[r] = ranges.get(r).getWeight();
        }
        boolean additive = d.getScale() > 0 && d.getDefaultWeight() % d.getScale() == 0
                && ranges.stream().allMatch(r -> r.getWeight() % d.getScale() == 0);
        return new Configs(full, d.getScale(), d.getDefaultWeight(), start, end, weight, additive,
                urlWeight, new WordCache<>(20_000));
    }

    private static TwitterTextConfiguration builder(TwitterTextConfiguration d, int urlWeight, boolean emoji) {
        return new TwitterTextConfiguration.Builder()
                .setVersion(d.getVersion())
                .setMaxWeightedTweetLength(d.getMaxWeightedTweetLength())
                .setScale(d.getScale())
                .setDefaultWeight(d.getDefaultWeight())
                .setEmojiParsingEnabled(emoji)
                .setRanges(d.getRanges())
                .setTransformedURLLength(urlWeight)
                .build();
    }

    /** The same length by one whole-text parseTweet: the reference the fast path is tested against. */
    static int reference(String nfc, int urlWeight) {
        Configs c = CONFIGS.computeIfAbsent(urlWeight, XWeighted::configs);
        return TwitterTextParser.parseTweet(nfc, c.full()).weightedLength + newerEmoji(nfc, c);
    }
}
