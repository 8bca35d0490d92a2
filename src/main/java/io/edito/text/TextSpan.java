package io.edito.text;

/** A range {@code [start, end)} of a text (UTF-16 indices, as in {@link String#substring}) and what it covers. */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    static TextSpan of(String source, int start, int end) {
        return new TextSpan(start, end, source.substring(start, end));
    }
}
