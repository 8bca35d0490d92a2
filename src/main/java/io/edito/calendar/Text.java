package io.edito.calendar;

import io.edito.core.SourcePos;
import io.edito.yaml.ScalarPositions;
import java.util.Objects;

/**
 * A piece of user text (CommonMark) with where it was written, so that a finding can point at the exact
 * line and column of a span inside it, whatever the YAML style it was written in (plain, quoted with escapes,
 * folded, literal).
 *
 * @param value      the text as loaded
 * @param pos        the position of the YAML value
 * @param positions  where each character of {@code value} is written, or null when unknown (every character is then
 *                   at {@code pos})
 */
public record Text(String value, SourcePos pos, ScalarPositions positions) {

    public static Text of(String value) {
        return new Text(value, new SourcePos(null, 0, 0), null);
    }

    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    /** The file position where character {@code offset} (a UTF-16 index) of {@link #value} starts. */
    public SourcePos posAt(int offset) {
        return positions == null ? pos : positions.start(offset);
    }

    /** The file position of the last source character of character {@code offset} (the end of an escape). */
    public SourcePos endPosAt(int offset) {
        return positions == null ? pos : positions.end(offset);
    }

    /** Two texts are equal when they say the same at the same place (the position map follows from these). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && Objects.equals(value, t.value) && Objects.equals(pos, t.pos);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value) * 31 + Objects.hashCode(pos);
    }
}
