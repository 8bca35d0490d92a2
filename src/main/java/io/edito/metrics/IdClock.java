package io.edito.metrics;

import java.time.Instant;

/**
 * Publication times encoded in post ids, for exports that only give a day (X 2025+) or a day without year
 * (TikTok): X ids are "snowflakes" (milliseconds since 2010-11-04T01:42:54.657Z in the bits above 22),
 * TikTok video ids carry the Unix second in their top 32 bits.
 */
final class IdClock {
    private static final long X_EPOCH_MS = 1288834974657L;
    /** Before this, X ids were sequential, not snowflakes. */
    private static final long X_FIRST_SNOWFLAKE = 1L << 32;

    private IdClock() {
    }

    /** The time encoded in a post id of {@code network}, or null when the id does not encode one. */
    static Instant decode(String network, String id) {
        if (id == null || id.isEmpty() || id.length() > 19) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return null;
            }
        }
        long v;
        try {
            v = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (network) {
            case "x" -> v < X_FIRST_SNOWFLAKE ? null : Instant.ofEpochMilli((v >>> 22) + X_EPOCH_MS);
            case "tiktok" -> (v >>> 32) < 1_400_000_000L ? null : Instant.ofEpochSecond(v >>> 32);
            default -> null;
        };
    }

    /** The last path segment of a permalink when it is all digits ({@code .../status/ID}, {@code .../video/ID}). */
    static String idInPermalink(String permalink) {
        if (permalink == null) {
            return null;
        }
        String p = permalink.strip();
        int q = p.indexOf('?');
        if (q >= 0) {
            p = p.substring(0, q);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String last = p.substring(p.lastIndexOf('/') + 1);
        return !last.isEmpty() && last.chars().allMatch(Character::isDigit) ? last : null;
    }
}
