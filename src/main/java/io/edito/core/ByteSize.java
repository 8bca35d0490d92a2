package io.edito.core;

import java.util.Locale;

/**
 * File sizes as people read them (binary units: 1 KB = 1,024 bytes, 1 MB = 1,024 KB, as the charter's
 * {@code media_max_size} counts them), and a size beside the limit it breaks so that the two always read
 * differently: 9,000,087 bytes over an 8 MB limit is "8.6 MB", never "8 MB"; when one decimal still hides the
 * difference, both are given in bytes.
 */
public final class ByteSize {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private ByteSize() {
    }

    /** {@code bytes} in the largest unit it reaches, with one decimal unless the value is whole: 8 MB, 8.6 MB, 512 bytes. */
    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        long unit = bytes >= GB ? GB : bytes >= MB ? MB : KB;
        String name = unit == GB ? "GB" : unit == MB ? "MB" : "KB";
        if (bytes % unit == 0) {
            return bytes / unit + " " + name;
        }
        String v = Decimals.fixed((double) bytes / unit, 1);
        return (v.endsWith(".0") ? v.substring(0, v.length() - 2) : v) + " " + name;
    }

    /** {@code bytes} with thousands separators: "9,000,087 bytes". */
    public static String exact(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /**
     * A size and the limit it is compared with, as {@code {size, limit}}: in {@link #format units} when they read
     * differently, else both {@link #exact in bytes}.
     */
    public static String[] against(long bytes, long limit) {
        String a = format(bytes);
        String b = format(limit);
        if (bytes != limit && a.equals(b)) {
            return new String[] {exact(bytes), exact(limit)};
        }
        return new String[] {a, b};
    }
}
