package io.edito.calendar;

import io.edito.core.SourcePos;
import io.edito.core.TextPositions;
import java.util.List;
import java.util.Objects;

/**
 * A piece of user text (CommonMark) with where it was written, so that a finding can point at the exact
 * line and column of a span inside it, whatever the YAML style it was written in (plain, quoted with escapes,
 * folded, literal), and whichever part of a joined text it falls in ({@link #join}).
 *
 * @param value      the text as loaded
 * @param pos        the position of the YAML value (the first part's, for a joined text)
 * @param positions  where each character of {@code value} is written, or null when unknown (every character is then
 *                   at {@code pos})
 */
public record Text(String value, SourcePos pos, TextPositions positions) {

    public static Text of(String value) {
        return new Text(value, new SourcePos(null, 0, 0), null);
    }

    /**
     * {@code parts} one after the other with {@code separator} between them: what a bilingual account publishes
     * (docs/calendar.md#channels). Each character keeps the place it was written at; the separator's are at the end
     * of the part before it. One part is returned as it is.
     */
    public static Text join(List<Text> parts, String separator) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder value = new StringBuilder();
        int[] starts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                value.append(separator);
            }
            starts[i] = value.length();
            // a block scalar's final line break is not a blank line before the separator (a prefix: offsets hold)
            String v = parts.get(i).value();
            value.append(i < parts.size() - 1 ? v.stripTrailing() : v);
        }
        return new Text(value.toString(), parts.get(0).pos(), new Joined(List.copyOf(parts), starts));
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

    /** The positions of a joined text: each index asks the part it falls in (a separator: the part before it). */
    private record Joined(List<Text> parts, int[] starts) implements TextPositions {
        @Override
        public SourcePos[] span(int start, int end) {
            int first = partAt(start);
            int last = end > start ? partAt(end - 1) : first;
            SourcePos from = at(first, local(first, start))[0];
            return new SourcePos[] {from, end > start ? at(last, local(last, end - 1))[1] : from};
        }

        /** Where character {@code index} of part {@code i} starts and ends (an empty part: at its value). */
        private SourcePos[] at(int i, int index) {
            Text part = parts.get(i);
            return part.value().isEmpty() ? new SourcePos[] {part.pos(), part.pos()} : part.spanAt(index, index + 1);
        }

        private int partAt(int index) {
            int i = parts.size() - 1;
            while (i > 0 && starts[i] > index) {
                i--;
            }
            return i;
        }

        /** {@code index} inside part {@code i}, kept within it (a separator's index is the part's last character). */
        private int local(int i, int index) {
            int length = parts.get(i).value().length();
            return Math.max(0, Math.min(index - starts[i], Math.max(0, length - 1)));
        }
    }
}
