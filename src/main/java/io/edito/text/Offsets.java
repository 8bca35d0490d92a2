package io.edito.text;

/**
 * Converts a UTF-16 index (Java's, and every offset of this package) into the units other systems use:
 * UTF-8 bytes (Bluesky facets), code points (SourcePos columns, X API indices), grapheme clusters.
 */
public final class Offsets {
    private Offsets() {
    }

    /** The UTF-8 byte offset of UTF-16 index {@code index} of {@code text}. */
    public static int utf8(String text, int index) {
        check(text, index);
        return TextMeasure.utf8Bytes(text.substring(0, index));
    }

    /** The code point offset of UTF-16 index {@code index} of {@code text}. */
    public static int codePoints(String text, int index) {
        check(text, index);
        return text.codePointCount(0, index);
    }

    /** The grapheme cluster offset of UTF-16 index {@code index} (the cluster holding it, counted from 0). */
    public static int graphemes(String text, int index) {
        check(text, index);
        int[] b = Graphemes.boundaries(text);
        int n = 0;
        while (n + 1 < b.length && b[n + 1] <= index) {
            n++;
        }
        return n;
    }

    private static void check(String text, int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0-" + text.length());
        }
    }
}
