package io.edito.calendar;

import io.edito.core.SourcePos;

/**
 * A piece of user text (CommonMark) with where it was written, so that a finding can point at the exact
 * line and column of a span inside it.
 *
 * @param value      the text as loaded (a block scalar keeps its final newline stripped)
 * @param pos        the position of the YAML value
 * @param firstLine  file line of the text's first character
 * @param firstCol   file column of the text's first character on its first line
 * @param indent     column of every later line (block scalars), or -1 when later lines cannot be mapped exactly
 */
public record Text(String value, SourcePos pos, int firstLine, int firstCol, int indent) {

    public static Text of(String value) {
        return new Text(value, new SourcePos(null, 0, 0), 0, 0, -1);
    }

    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    /** The file position of character {@code offset} (a UTF-16 index) of {@link #value}. */
    public SourcePos posAt(int offset) {
        if (firstLine <= 0) {
            return pos;
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < value.length(); i++) {
            if (value.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int cps = value.codePointCount(lineStart, Math.min(offset, value.length()));
        if (line == 0) {
            return new SourcePos(pos.file(), firstLine, firstCol + cps);
        }
        if (indent < 0) {
            return pos;
        }
        return new SourcePos(pos.file(), firstLine + line, indent + cps);
    }
}
