package io.edito.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte order mark at the start of a file (UTF-8, UTF-16 or UTF-32, little or big endian), the one reading of it
 * for the YAML files, the exports and the feeds.
 *
 * @param charset the encoding it announces
 * @param length  its length in bytes, to skip
 */
public record ByteOrderMark(Charset charset, int length) {
    /** The mark {@code head} starts with, or null. */
    public static ByteOrderMark of(byte[] head) {
        // UTF-32's marks first: little-endian UTF-32's starts as UTF-16's does
        if (head.length >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0) {
            return new ByteOrderMark(Charset.forName("UTF-32LE"), 4);
        }
        if (head.length >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
            return new ByteOrderMark(Charset.forName("UTF-32BE"), 4);
        }
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

    /**
     * UTF-16 written without a mark, told by its NUL bytes on one side of most pairs of {@code head} (a text of Latin
     * letters, digits and punctuation), or null: what a Windows tool saving "Unicode" writes.
     */
    public static Charset utf16WithoutMark(byte[] head) {
        int pairs = Math.min(head.length, 4096) / 2;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (head[i] == 0) {
                evenNul++;
            }
            if (head[i + 1] == 0) {
                oddNul++;
            }
        }
        if (pairs > 0 && oddNul > pairs * 0.3 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs > 0 && evenNul > pairs * 0.3 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
