package io.edito.text;

import java.util.List;

/**
 * The hashtags, mentions and URLs of one displayed text, each list found on first use and kept: several rules ask
 * for the same text's entities (links, hashtags, style, script), and finding them is the costly part of a check.
 * Same results as the static methods of {@link Entities}. Confined to one thread (a check runs on one).
 */
public final class TextEntities {
    private final String text;
    private List<Entity> urls;
    private List<Entity> hashtags;
    private List<Entity> mentions;
    private List<Entity> all;

    public TextEntities(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** {@link Entities#urls}. */
    public List<Entity> urls() {
        if (urls == null) {
            urls = Entities.urls(text);
        }
        return urls;
    }

    /** {@link Entities#hashtags}. */
    public List<Entity> hashtags() {
        if (hashtags == null) {
            hashtags = Entities.hashtags(text);
        }
        return hashtags;
    }

    /** {@link Entities#mentions}. */
    public List<Entity> mentions() {
        if (mentions == null) {
            mentions = Entities.mentions(text);
        }
        return mentions;
    }

    /** {@link Entities#extract}: all of them by position, a URL winning over what is inside it. */
    public List<Entity> all() {
        if (all == null) {
            all = Entities.extract(text);
        }
        return all;
    }

    /** {@link Entities#allCapsWords}. */
    public List<TextSpan> allCapsWords(int minLetters) {
        return Entities.allCapsWords(text, minLetters);
    }

    /** {@link Entities#repeatedPunctuation}. */
    public List<TextSpan> repeatedPunctuation() {
        return Entities.repeatedPunctuation(text);
    }
}
