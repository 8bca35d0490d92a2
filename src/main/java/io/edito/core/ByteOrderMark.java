package io.edito.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte order mark at the start of a file (UTF-8, UTF-16 little or big endian), the one reading of it for the
 * exports and the feeds.
 *
 * @param charset the encoding it announces
 * @param length  its length in bytes, to skip
 */
public record ByteOrderMark(Charset charset, int length) {
    /** The mark {@code head} starts with, or null. */
    public static ByteOrderMark of(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new ByteOrderMark(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }
}
