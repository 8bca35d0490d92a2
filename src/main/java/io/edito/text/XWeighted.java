package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's weighted length through twitter-text, made fast enough for large calendars.
 *
 * <p>{@code TwitterTextParser.parseTweet} runs its emoji and URL regular expressions over the whole text: about 2 ms for
 * a 300-character post, 20 s for 10,000 posts. Neither a URL nor an emoji sequence contains white space, and the
 * weighted length is a sum over code points (each weight a multiple of the scale), so the text is cut at white space:
 * runs of words that can hold neither a URL (no {@code .}) nor an emoji (no code point with the Emoji or
 * Emoji_Component property outside ASCII) are given to parseTweet with emoji parsing off (its URL extractor returns at
 * once without a dot), and every other word, with the space before it, to parseTweet as is. Every weight still comes from twitter-text;
 * {@code XWeightedTest} checks the sum against a whole-text parseTweet.
 */
final class XWeighted {
    private static final Map<Integer, Configs> CONFIGS = new ConcurrentHashMap<>();

    private record Configs(TwitterTextConfiguration full, TwitterTextConfiguration noEmoji, boolean additive) {
    }

    private XWeighted() {
    }

    /** The weighted length of an NFC text, each URL weighing {@code urlWeight}. */
    static int length(String nfc, int urlWeight) {
        Configs c = CONFIGS.computeIfAbsent(urlWeight, XWeighted::configs);
        if (!c.additive()) {
            return TwitterTextParser.parseTweet(nfc, c.full()).weightedLength;
        }
        int total = 0;
        int simpleStart = 0; // start of the current run of simple words and spaces
        int i = 0;
        int n = nfc.length();
        while (i < n) {
            if (Spaces.isSpace(nfc.charAt(i))) {
                i++;
                continue;
            }
            int wordStart = i;
            boolean complex = false;
            while (i < n && !Spaces.isSpace(nfc.charAt(i))) {
                int cp = nfc.codePointAt(i);
                complex |= cp == '.' || cp >= 0x80 && mayBeInEmoji(cp);
                i += Character.charCount(cp);
            }
            if (complex) {
                // the space before the word goes with it: twitter-text's URL pattern reads the character before a
                // URL, and at the very start of a text it may take the word's first character for that one
                int pieceStart = wordStart > simpleStart ? wordStart - 1 : wordStart;
                total += simple(nfc, simpleStart, pieceStart, c);
                total += TwitterTextParser.parseTweet(nfc.substring(pieceStart, i), c.full()).weightedLength;
                simpleStart = i;
            }
        }
        return total + simple(nfc, simpleStart, n, c);
    }

    private static int simple(String s, int from, int to, Configs c) {
        if (from >= to) {
            return 0;
        }
        String run = s.substring(from, to);
        if (run.isBlank() || isAllSpace(run)) {
            // parseTweet answers 0 for a text of spaces only: weigh the spaces after a letter instead
            return TwitterTextParser.parseTweet("a" + run, c.noEmoji()).weightedLength
                    - TwitterTextParser.parseTweet("a", c.noEmoji()).weightedLength;
        }
        return TwitterTextParser.parseTweet(run, c.noEmoji()).weightedLength;
    }

    private static boolean isAllSpace(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (!Spaces.isSpace(run.charAt(i)) && !Character.isWhitespace(run.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBeInEmoji(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EMOJI) || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT);
    }

    private static Configs configs(int urlWeight) {
        TwitterTextConfiguration d = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        TwitterTextConfiguration full = urlWeight == d.getTransformedURLLength() ? d : builder(d, urlWeight, d.getEmojiParsingEnabled());
        TwitterTextConfiguration noEmoji = builder(d, urlWeight, false);
        boolean additive = d.getScale() > 0 && d.getDefaultWeight() % d.getScale() == 0
                && d.getRanges().stream().allMatch(r -> r.getWeight() % d.getScale() == 0);
        return new Configs(full, noEmoji, additive);
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
        return TwitterTextParser.parseTweet(nfc, CONFIGS.computeIfAbsent(urlWeight, XWeighted::configs).full()).weightedLength;
    }
}
