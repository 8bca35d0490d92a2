package io.edito.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A post's text as a network shows it ({@link NetworkText#render}), with where each of its characters comes from
 * in the CommonMark source: a finding on the displayed text (a forbidden term, a link) can underline the source.
 * Offsets are UTF-16 indices, as in {@link String}.
 */
public final class DisplayedText {
    private final String text;
    private final int[] source; // source[i] = source index of text[i]; source[text.length()] = end of the source
    private TextEntities entities;

    DisplayedText(String text, int[] source) {
        this.text = Objects.requireNonNull(text);
        if (source.length != text.length() + 1) {
            throw new IllegalArgumentException("one source offset per character plus the end");
        }
        this.source = source;
    }

    /** The displayed text (NFC). */
    public String text() {
        return text;
    }

    /** The hashtags, mentions and URLs of the displayed text, found on first use and kept. */
    public TextEntities entities() {
        if (entities == null) {
            entities = new TextEntities(text);
        }
        return entities;
    }

    /** Where the character at {@code index} of the displayed text comes from in the source ({@code 0 <= index <= length}). */
    public int sourceOffset(int index) {
        return source[index];
    }

    /**
     * The source range {@code [start, end)} that the displayed range {@code [start, end)} comes from: from the source
     * of its first character to just after the source of its last one.
     */
    public int[] sourceRange(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("range " + start + "-" + end + " outside 0-" + text.length());
        }
        if (start == end) {
            return new int[] {source[start], source[start]};
        }
        int s = source[start];
        int e = source[end - 1] + 1;
        for (int i = start; i < end; i++) {
            s = Math.min(s, source[i]);
            e = Math.max(e, source[i] + 1);
        }
        return new int[] {s, e};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisplayedText d && d.text.equals(text) && Arrays.equals(d.source, source);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(source);
    }

    @Override
    public String toString() {
        return text;
    }
}
