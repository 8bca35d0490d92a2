package io.edito.metrics;

/**
 * The records of one export in file order, with the line each starts on, parsed ahead of the consumer on other
 * threads: {@link PrefetchingRecords} (one parser on its own thread) or {@link ChunkedRecords} (the text cut at
 * record ends and parsed on several threads). Both give the same rows, lines and failures.
 */
interface RecordStream extends AutoCloseable {
    /** The next row, or null at the end; a parse or read failure is thrown as {@link PrefetchingRecords.FailureException}. */
    PrefetchingRecords.Row next();

    /** Whether the text read so far ends with a line break (at the end: the file has a final newline). */
    boolean endsWithNewline();

    @Override
    void close();
}
