package io.edito.core;

import java.nio.file.Path;

/**
 * Where something stands in a source file: 1-based line and column (columns count Unicode code points).
 * {@code line == 0} means "the whole file" (no better position is known).
 */
public record SourcePos(Path file, int line, int column) {

    public static SourcePos ofFile(Path file) {
        return new SourcePos(file, 0, 0);
    }

    /** {@code file:line:column}, or just the file when no line is known. */
    public String describe() {
        String f = file == null ? "<input>" : file.toString();
        if (line <= 0) {
            return f;
        }
        return column > 0 ? f + ":" + line + ":" + column : f + ":" + line;
    }

    // Written out rather than left to the record: a record's equals and hashCode are linked through method handles on
    // first use, which costs a cold run (every edito command) more than the comparisons themselves.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourcePos p && line == p.line && column == p.column && java.util.Objects.equals(file, p.file);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(file) * 31 + line) * 31 + column;
    }

    @Override
    public String toString() {
        return describe();
    }
}
