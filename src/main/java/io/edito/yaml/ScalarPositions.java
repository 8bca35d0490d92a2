package io.edito.yaml;

import io.edito.core.SourcePos;
import io.edito.core.TextPositions;

/**
 * The source position of every character of a scalar's value, for findings that point at the exact span of a word
 * inside a multi-line, folded, quoted or escaped text. The map is worked out by {@link ScalarMap} when a finding asks
 * (most texts never need it), and not kept: kept, its two ints per character held about 380 MB more on a 10,000-post
 * calendar with 60,000 findings. Each thread keeps the maps of the last {@value #KEPT} scalars it was asked about (a
 * post's findings come one after the other on its thread, on its few texts in turn, one channel after the other; the
 * same scalar read into several texts shares its map), so a text is scanned once for all its findings on all the
 * post's channels, and at most {@value #KEPT} maps per thread stay alive. When it
 * cannot be worked out (a scalar the scan does not read back), every character is at the scalar's own position.
 */
public final class ScalarPositions implements TextPositions {
    private final YamlSource source;
    private final SourcePos pos;
    private final String value;

    public ScalarPositions(YamlSource source, SourcePos pos, String value) {
        this.source = source;
        this.pos = pos;
        this.value = value;
    }

    /** The positions of {@code s}, read from {@code source}, the text it was parsed from. */
    public static ScalarPositions of(YamlSource source, YScalar s) {
        return new ScalarPositions(source, s.pos(), s.value());
    }

    /** How many scalars' maps each thread keeps: a post's texts (its languages, first comment...) on each channel. */
    private static final int KEPT = 8;

    /** A scalar this thread mapped and its map (null when it cannot be worked out; read only). */
    private record Mapped(ScalarPositions scalar, ScalarMap map) {
    }

    /** The last scalars this thread mapped, most recent first. */
    private static final ThreadLocal<Mapped[]> LAST = ThreadLocal.withInitial(() -> new Mapped[KEPT]);

    private boolean sameScalar(ScalarPositions p) {
        return p == this || p.source == source && p.pos.equals(pos) && p.value.equals(value);
    }

    private ScalarMap map() {
        Mapped[] last = LAST.get();
        for (int i = 0; i < KEPT && last[i] != null; i++) {
            if (sameScalar(last[i].scalar())) {
                Mapped hit = last[i];
                System.arraycopy(last, 0, last, 1, i); // most recent first
                last[0] = hit;
                return hit.map();
            }
        }
        int from = source.offset(pos.line(), pos.column());
        ScalarMap m = from < 0 ? null : ScalarMap.of(source.text(), from, value);
        System.arraycopy(last, 0, last, 1, KEPT - 1); // the least recent is dropped
        last[0] = new Mapped(this, m);
        return m;
    }

    /**
     * Where character {@code index} (a UTF-16 index) of the value starts in the file: its own character, the start
     * of its escape, or the line break it was folded from. The value's length gives the position just after its last
     * character.
     */
    public SourcePos start(int index) {
        ScalarMap m = map();
        return m == null || index < 0 ? pos : source.pos(startOffset(m, index));
    }

    /** Where character {@code index} of the value ends in the file: the last source character it is read from. */
    public SourcePos end(int index) {
        ScalarMap m = map();
        return m == null || index < 0 ? pos : source.pos(endOffset(m, index));
    }

    /**
     * The span of characters {@code [start, end)}: where the first starts and where the last ends (both at the
     * start for an empty span), from one scan of the scalar.
     */
    @Override
    public SourcePos[] span(int start, int end) {
        ScalarMap m = map();
        if (m == null || start < 0) {
            return new SourcePos[] {pos, end > start ? end(end - 1) : pos};
        }
        int from = startOffset(m, start);
        if (end <= start) {
            SourcePos s = source.pos(from);
            return new SourcePos[] {s, s};
        }
        return source.pos(from, endOffset(m, end - 1));
    }

    /** The offset in the file where character {@code index} (at least 0) of the value starts. */
    private int startOffset(ScalarMap m, int index) {
        return index >= value.length() ? m.end(value.length() - 1) : m.start(index);
    }

    /** The offset in the file of the last source character that character {@code index} (at least 0) is read from. */
    private int endOffset(ScalarMap m, int index) {
        int i = Math.min(index, value.length() - 1);
        int first = m.start(i);
        int end = m.end(i);
        // a line break (\r\n is two chars) is one position; an escape ends at its last character
        boolean lineBreak = YamlSource.breakLength(source.text(), first) == end - first;
        return lineBreak ? first : Math.max(first, end - 1);
    }
}
