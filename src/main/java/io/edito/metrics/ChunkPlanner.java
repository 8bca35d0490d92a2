package io.edito.metrics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a large ASCII-compatible CSV file into chunks that start at record boundaries, so that several
 * parsers can read it at once. One pass over the bytes with the CSV quoting rules (a quote opens a quoted
 * field only at the start of a field; {@code ""} inside is a quote), so a split never falls inside a
 * multi-line quoted field; line breaks are counted as the parser counts them (CR, LF or CRLF).
 */
final class ChunkPlanner {
    /** A chunk: bytes [start, end) of the file; {@code linesBefore} line breaks precede it. */
    record Chunk(long start, long end, long linesBefore) {
    }

    private ChunkPlanner() {
    }

    /**
     * Splits [0, size) into about {@code count} chunks (fewer when records are huge or the file small); the
     * first chunk ends at {@code minFirstEnd} or later (what the caller has already read of it).
     */
    static List<Chunk> plan(Path file, long minFirstEnd, int count, byte delimiter) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long step = Math.max(1, size / count);
            long nextTarget = Math.max(minFirstEnd, step);
            long chunkStart = 0;
            long chunkLines = 0;
            long lines = 0;
            boolean inQuotes = false;
            boolean afterQuote = false;
            boolean fieldStart = true;
            boolean prevCr = false;
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            byte[] arr = buf.array();
            long pos = 0;
            ch.position(0);
            while (chunks.size() < count - 1) {
                buf.clear();
                int n = ch.read(buf);
                if (n <= 0) {
                    break;
                }
                buf.flip();
                for (int i = 0; i < n; i++, pos++) {
                    byte b = arr[i];
                    boolean cr = false;
                    if (b == '\r') {
                        lines++;
                        cr = true;
                    } else if (b == '\n' && !prevCr) {
                        lines++;
                    }
                    prevCr = cr;
                    if (inQuotes) {
                        if (b == '"') {
                            inQuotes = false;
                            afterQuote = true;
                        }
                        continue;
                    }
                    if (afterQuote && b == '"') {
                        inQuotes = true;
                        afterQuote = false;
                        continue;
                    }
                    afterQuote = false;
                    if (b == '"' && fieldStart) {
                        inQuotes = true;
                        fieldStart = false;
                    } else if (b == delimiter) {
                        fieldStart = true;
                    } else if (b == '\n' || b == '\r') {
                        fieldStart = true;
                        if (b == '\n' && pos + 1 >= nextTarget && pos + 1 < size) {
                            chunks.add(new Chunk(chunkStart, pos + 1, chunkLines));
                            chunkStart = pos + 1;
                            chunkLines = lines;
                            nextTarget = chunkStart + step;
                            if (chunks.size() == count - 1) {
                                break;
                            }
                        }
                    } else {
                        fieldStart = false;
                    }
                }
            }
            chunks.add(new Chunk(chunkStart, size, chunkLines));
        }
        return chunks;
    }
}
