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
    /** source[i] = source index of text[i]; source[text.length()] = end of the source. Null until asked, for a plain text. */
    private int[] source;
    /** The length of a {@link #plain} text's source (its map is worked out on first use from it and the text). */
    private final int plainSourceLength;
    private TextEntities entities;
    /**
     * sourceEnd[i] = the source index just after what text[i] comes from, when a character was composed from several
     * (NFC: {@code e} and U+0301 are one {@code é} that comes from both); null when each comes from one.
     */
    private final int[] sourceEnd;

    DisplayedText(String text, int[] source) {
        this(text, source, null);
    }

    DisplayedText(String text, int[] source, int[] sourceEnd) {
        this.text = Objects.requireNonNull(text);
        if (source.length != text.length() + 1 || sourceEnd != null && sourceEnd.length < text.length()) {
            throw new IllegalArgumentException("one source offset per character plus the end");
        }
        this.source = source;
        this.sourceEnd = sourceEnd;
        this.plainSourceLength = -1;
    }

    private DisplayedText(String text, int plainSourceLength) {
        this.text = text;
        this.plainSourceLength = plainSourceLength;
        this.sourceEnd = null;
    }

    /**
     * A text that {@link NetworkText#isPlain} accepts, as CommonMark displays it: the source itself, less the line
     * feeds at its end, when it is NFC; null otherwise (the caller renders it). Its characters stay where they are, so
     * the map ({@link #plainMap}) is only worked out when a finding asks where a character comes from: most texts
     * have none. Same text and map as the renderer's plain path ({@code NetworkTextTest}). {@code chars} are the
     * source's chars.
     */
    static DisplayedText plain(String src, char[] chars) {
        int end = chars.length;
        while (end > 0 && chars[end - 1] == '\n') {
            end--;
        }
        String text = end == src.length() ? src : src.substring(0, end);
        if (!Nfc.isNormalized(text, chars, end)) {
            return null;
        }
        return new DisplayedText(text, src.length());
    }

    /**
     * The map of a plain text: each character from itself; a line feed alone (CommonMark's soft break, which has no
     * source span) from the character displayed before it; the two line feeds of a paragraph break from the next
     * paragraph's start; the end from the end of the source.
     */
    private static int[] plainMap(String text, int sourceLength) {
        int n = text.length();
        int[] m = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '\n') {
                m[i] = i;
            } else if (i + 1 < n && text.charAt(i + 1) == '\n') {
                m[i] = i + 2;
                m[i + 1] = i + 2;
                i++;
            } else {
                m[i] = m[i - 1];
            }
        }
        m[n] = sourceLength;
        return m;
    }

    private int[] map() {
        if (source == null) {
            source = plainMap(text, plainSourceLength); // one thread at a time reads a post's texts (TextEntities)
        }
        return source;
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
        return map()[index];
    }

    /**
     * The source range {@code [start, end)} that the displayed range {@code [start, end)} comes from: from the source
     * of its first character to just after the source of its last one.
     */
    public int[] sourceRange(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("range " + start + "-" + end + " outside 0-" + text.length());
        }
        int[] source = map();
        if (start == end) {
            return new int[] {source[start], source[start]};
        }
        int s = source[start];
        int e = source[end - 1] + 1;
        for (int i = start; i < end; i++) {
            s = Math.min(s, source[i]);
            e = Math.max(e, sourceEnd != null ? sourceEnd[i] : source[i] + 1);
        }
        return new int[] {s, e};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisplayedText d && d.text.equals(text) && Arrays.equals(d.map(), map());
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(map());
    }

    @Override
    public String toString() {
        return text;
    }
}
