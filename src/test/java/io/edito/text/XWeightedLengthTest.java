package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** XWeightedLength must give exactly twitter-text's parseTweet weighted length. */
class XWeightedLengthTest {
    private static final String[] PIECES = {
        "Réservez", "vol", "l’avion", "dès", "e\u0301", "A\u030A", "ㄱ", "\u1100\u1161", "한국", "日本語", "東京", "عربي",
        "إعلان", "ﷺ", " ", " ", " ", " ", "\n", "\t", "\u00A0", "\u3000", ".", ",", "!", "?", "#", "*", "1", "2026",
        "👍", "👍🏽", "👨‍👩‍👧‍👦", "🇲🇦", "🇫🇷", "❤️", "❤", "✈️", "✈", "1️⃣", "#️⃣", "*️⃣", "©", "®", "©️", "ℹ️", "ℹ",
        "\uFE0F", "\u200D", "\u20E3", "\uE50A", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🧑‍🤝‍🧑", "👩🏽‍✈️", "🫠", "🪂",
        "https://atlas.example/ete?utm_source=x", "atlas.com/offres", "https://t.co/abc123", "www.atlas.ma", "x.co",
        "http://", "atlas", ".com", "/", ":", "(", ")", "#AtlasAir", "@alice", "\uD83D", "\uDE00"
    };

    @Test
    void sameAsParseTweetWithTheDefaultConfiguration() {
        TwitterTextConfiguration config = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        for (String text : corpus()) {
            assertThat(XWeightedLength.of(text, config)).as(text)
                    .isEqualTo(TwitterTextParser.parseTweet(text, config).weightedLength);
        }
    }

    @Test
    void sameAsParseTweetWithAnotherUrlWeight() {
        TwitterTextConfiguration d = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        TwitterTextConfiguration config = new TwitterTextConfiguration.Builder()
                .setVersion(d.getVersion()).setMaxWeightedTweetLength(d.getMaxWeightedTweetLength())
                .setScale(d.getScale()).setDefaultWeight(d.getDefaultWeight())
                .setEmojiParsingEnabled(d.getEmojiParsingEnabled()).setRanges(d.getRanges())
                .setTransformedURLLength(40).build();
        for (String text : corpus()) {
            assertThat(XWeightedLength.of(text, config)).as(text)
                    .isEqualTo(TwitterTextParser.parseTweet(text, config).weightedLength);
        }
    }

    @Test
    void emojiArePreFilteredByTheCodePointsOfTwitterTextsPattern() {
        // the fast path is in use, and the set holds what an emoji starts with
        assertThat(XWeightedLength.EMOJI_CODE_POINTS).isNotNull();
        assertThat(XWeightedLength.EMOJI_CODE_POINTS.get(0x1F44D)).isTrue(); // 👍
        assertThat(XWeightedLength.EMOJI_CODE_POINTS.get(0x1F1F2)).isTrue(); // regional indicator M
        assertThat(XWeightedLength.EMOJI_CODE_POINTS.get('é')).isFalse();
        assertThat(XWeightedLength.EMOJI_CODE_POINTS.get('a')).isFalse();
        // a pattern the reader cannot vouch for is tried everywhere
        assertThat(XWeightedLength.codePointsOf(Pattern.compile("\\p{So}"))).isNull();
        assertThat(XWeightedLength.codePointsOf(Pattern.compile("[^a]"))).isNull();
        assertThat(XWeightedLength.codePointsOf(Pattern.compile("a", Pattern.CASE_INSENSITIVE))).isNull();
        assertThat(XWeightedLength.codePointsOf(Pattern.compile("(?:x[a-c😀-😂])|-")).stream().toArray())
                .containsExactlyInAnyOrder('(', '?', ':', ')', '|', '-', 'x', 'a', 'b', 'c', 0x1F600, 0x1F601, 0x1F602);
        assertThat(TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.flags()).isZero();
    }

    @Test
    void blankAndEmptyTextsWeighNothing() {
        TwitterTextConfiguration config = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        assertThat(XWeightedLength.of("", config)).isZero();
        assertThat(XWeightedLength.of(" \n\t", config)).isZero();
        assertThat(XWeightedLength.of("a 👍🏽 日本 https://atlas.example/x atlas.com", config)).isEqualTo(1 + 1 + 2 + 1 + 4 + 1 + 23 + 1 + 23);
    }

    private static List<String> corpus() {
        List<String> out = new ArrayList<>(List.of(PIECES));
        Random r = new Random(7);
        for (int i = 0; i < 4000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
