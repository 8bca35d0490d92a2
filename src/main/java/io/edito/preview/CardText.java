package io.edito.preview;

import io.edito.text.Entity;
import io.edito.text.Measurement;
import java.util.List;
import java.util.Objects;

/**
 * One text of a card (the post, a thread item, the first comment) as the network shows it.
 *
 * @param text      the displayed text (CommonMark converted by {@link io.edito.text.NetworkText}), NFC
 * @param entities  hashtags, mentions and URLs with their offsets in {@code text}
 * @param fold      UTF-16 index where the network folds the text behind "… more", or -1 when all of it shows
 * @param direction the base direction of the text (an Arabic post is RTL)
 * @param length    the text against the network's limits: the limit in its unit first, then a byte limit if any
 */
public record CardText(String text, List<Entity> entities, int fold, Direction direction, List<Measurement> length) {
    public CardText {
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
        length = List.copyOf(length);
        if (fold > text.length()) {
            throw new IllegalArgumentException("fold " + fold + " beyond the text (" + text.length() + ")");
        }
    }

    public boolean folded() {
        return fold >= 0;
    }

    /** What shows before "… more" (the whole text when not folded). */
    public String visible() {
        return fold < 0 ? text : text.substring(0, fold).stripTrailing();
    }

    /** What the reader sees only after tapping "… more" (empty when not folded). */
    public String hidden() {
        return fold < 0 ? "" : text.substring(fold).strip();
    }

    /** Where {@link #hidden()} starts in {@code text}. */
    public int hiddenStart() {
        if (fold < 0) {
            return text.length();
        }
        int i = fold;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when some limit is exceeded. */
    public boolean over() {
        return length.stream().anyMatch(Measurement::over);
    }
}
