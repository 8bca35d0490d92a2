package io.edito.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hashtags, mentions and URLs of one displayed text, each list found on first use and kept: several rules ask
 * for the same text's entities (links, hashtags, style, script), and finding them is the costly part of a check.
 * Same results as the static methods of {@link Entities}. A post's channels share one displayed text when they
 * share its source, so whatever a rule computes from the text alone is computed once for all of them
 * ({@link #derived}). Each list is computed once from the others (mentions, capitals and punctuation from the
 * URLs found already). Confined to one thread (a post is checked on one).
 */
public final class TextEntities {
    private final String text;
    private char[] chars;
    private List<Entity> urls;
    private List<Entity> hashtags;
    private List<Entity> mentions;
    private List<Entity> mastodonMentions;
    private List<Entity> all;
    private List<int[]> mastodonUrls;
    private List<TextSpan> allCaps;
    private int allCapsMin = -1;
    private List<TextSpan> punctuation;
    private List<TextSpan> mathLetters;
    private int emoji = -1;
    private int clusters = -1;
    private int threadsLength = -1;
    private Map<Object, Object> derived;

    public TextEntities(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /**
     * The chars of the text, copied once for every scan that reads them one by one: a loop over an array is about
     * three times faster than over {@code String.charAt} under C1 on a text holding any char above U+00FF (a call to
     * {@code String.checkIndex} per char). Not to be changed.
     */
    public char[] chars() {
        if (chars == null) {
            chars = text.toCharArray();
        }
        return chars;
    }

    /** {@link Entities#urls}. */
    public List<Entity> urls() {
        if (urls == null) {
            urls = Entities.urls(text, chars());
        }
        return urls;
    }

    /** {@link Entities#hashtags}. */
    public List<Entity> hashtags() {
        if (hashtags == null) {
            hashtags = Entities.hasHashSign(text) ? Entities.hashtags(text, chars(), urls()) : List.of();
        }
        return hashtags;
    }

    /** {@link Entities#mentions}. */
    public List<Entity> mentions() {
        if (mentions == null) {
            mentions = Entities.mentions(text, urls());
        }
        return mentions;
    }

    /** {@link Entities#mastodonMentions}: what Mastodon counts by their username. */
    public List<Entity> mastodonMentions() {
        if (mastodonMentions == null) {
            mastodonMentions = Entities.mastodonMentions(text, urls());
        }
        return mastodonMentions;
    }

    /** {@link Entities#mastodonUrls}: what Mastodon counts as links. */
    public List<int[]> mastodonUrls() {
        if (mastodonUrls == null) {
            mastodonUrls = Entities.mastodonUrls(text, chars());
        }
        return mastodonUrls;
    }

    /** {@link Entities#extract}: all of them by position, a URL winning over what is inside it. */
    public List<Entity> all() {
        if (all == null) {
            all = Entities.extract(urls(), hashtags(), mentions());
        }
        return all;
    }

    /** {@link Entities#allCapsWords}. */
    public List<TextSpan> allCapsWords(int minLetters) {
        if (allCaps == null || allCapsMin != minLetters) {
            allCaps = Entities.allCapsWords(text, chars(), minLetters, this::all);
            allCapsMin = minLetters;
        }
        return allCaps;
    }

    /** {@link Entities#repeatedPunctuation}. */
    public List<TextSpan> repeatedPunctuation() {
        if (punctuation == null) {
            punctuation = Entities.repeatedPunctuation(text, chars(), this::urls);
        }
        return punctuation;
    }

    /** {@link Entities#mathematicalAlphanumerics}. */
    public List<TextSpan> mathematicalAlphanumerics() {
        if (mathLetters == null) {
            mathLetters = Entities.mathematicalAlphanumerics(text);
        }
        return mathLetters;
    }

    /** {@link Entities#emojiCount}, from the text's {@link #countClusters clusters}. */
    public int emojiCount() {
        countClusters();
        return emoji;
    }

    /** The number of grapheme clusters of the text ({@link Graphemes#count}). */
    int graphemeCount() {
        countClusters();
        return clusters;
    }

    /** The text's length as Threads counts it ({@code TextMeasure}'s {@code threads} unit). */
    int threadsLength() {
        countClusters();
        return threadsLength;
    }

    /**
     * The text's clusters found once ({@link Graphemes#boundaries}, into this thread's scratch array: none kept) for
     * its emoji and for each network that counts its clusters (Bluesky, Threads, Mastodon): ICU segments the parts
     * that need it once, not once per channel.
     */
    private void countClusters() {
        if (clusters >= 0) {
            return;
        }
        char[] c = chars();
        int[] b = Graphemes.scratch(c.length + 1);
        int n = Graphemes.boundaries(c, 0, c.length, b);
        // one pass over the clusters for both: an emoji counts once, and Threads counts its UTF-8 bytes
        int emojiCount = 0;
        int threads = 0;
        for (int i = 0; i + 1 < n; i++) {
            int from = b[i];
            int to = b[i + 1];
            if (to - from == 1 && c[from] < 0x80) {
                threads++; // an ASCII character alone: one code point, never an emoji (none has Emoji_Presentation)
            } else if (Emoji.isEmoji(c, from, to)) {
                emojiCount++;
                threads += TextMeasure.utf8Bytes(c, from, to);
            } else {
                threads += Character.codePointCount(c, from, to - from);
            }
        }
        emoji = emojiCount;
        threadsLength = threads;
        clusters = n - 1;
    }

    /**
     * What {@code compute} gives for this text, computed on first request for {@code key} and kept: for facts that
     * depend on the text and on {@code key} only (a term matcher's matches, letters per script). The key must say
     * everything besides the text that the result depends on. {@code compute} is given these entities: a function
     * that needs nothing else is made once, not at each call (under C1 a capturing lambda costs a method-handle call).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<TextEntities, T> compute) {
        if (derived == null) {
            derived = new HashMap<>();
        }
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this);
            derived.put(key, v);
        }
        return (T) v;
    }
}
