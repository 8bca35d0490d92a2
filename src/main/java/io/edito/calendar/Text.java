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

    /** Where characters {@code [start, end)} of {@link #value} are written: first start, last end (one scan). */
    public SourcePos[] spanAt(int start, int end) {
        return positions == null ? new SourcePos[] {pos, pos} : positions.span(start, end);
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
