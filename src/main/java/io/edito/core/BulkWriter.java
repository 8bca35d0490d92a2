package io.edito.core;

import java.io.IOException;

/**
 * A writer that takes large pieces of text prepared ahead: what it does to text char by char (the terminal-safe
 * writer: neutralise controls, then encode) done by the thread that made the text, so that the one thread writing in
 * order copies bytes. {@link Json#elements} prepares its chunks on the cores that render them.
 */
public interface BulkWriter {
    /**
     * The text {@code chars[from, to)} as this writer would write it, encoded; null when it must go through the writer
     * as text (a control, or half of a surrogate pair at an edge, whose meaning depends on what comes around it; or no
     * byte stream underneath). Any thread; the chars are read, not kept.
     */
    byte[] prepare(char[] chars, int from, int to);

    /** Writes what {@link #prepare} gave, after everything written before. */
    void writePrepared(byte[] prepared) throws IOException;
}
