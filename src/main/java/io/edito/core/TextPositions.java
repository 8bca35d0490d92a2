package io.edito.core;

/**
 * Where the characters of a text are written in its source file: a YAML scalar's map, or the parts of a text joined
 * from several (a bilingual account's caption), each mapped to its own scalar.
 */
public interface TextPositions {
    /**
     * The span of characters {@code [start, end)} (UTF-16 indexes): where the first starts and where the last ends
     * (both at the start for an empty span).
     */
    SourcePos[] span(int start, int end);
}
