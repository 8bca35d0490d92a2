package io.edito.network;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How long one text may be on a network.
 *
 * @param label    what the network calls this text ({@code post}, {@code caption}, {@code description}, {@code title})
 * @param unit     how the network counts
 * @param max      the limit in {@code unit}; empty when the network sets none (blogs, forums) or a charter switched it off
 * @param maxBytes a second limit in UTF-8 bytes that applies as well (Bluesky: 3000); empty when none
 * @param refuses  the characters the network refuses in this text (YouTube: {@code <} and {@code >} in a title or a
 *                 description), "" when none
 */
public record TextLimit(String label, CountingUnit unit, OptionalInt max, OptionalInt maxBytes, String refuses) {
    public TextLimit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(maxBytes, "maxBytes");
        Objects.requireNonNull(refuses, "refuses");
        if (max.isPresent() && max.getAsInt() < 0 || maxBytes.isPresent() && maxBytes.getAsInt() < 0) {
            throw new IllegalArgumentException("a limit cannot be negative");
        }
    }

    public static TextLimit of(String label, CountingUnit unit, int max) {
        return new TextLimit(label, unit, OptionalInt.of(max), OptionalInt.empty(), "");
    }

    public static TextLimit unlimited(String label, CountingUnit unit) {
        return new TextLimit(label, unit, OptionalInt.empty(), OptionalInt.empty(), "");
    }

    /** The same text with another limit in the same unit. */
    public TextLimit withMax(int newMax) {
        return new TextLimit(label, unit, OptionalInt.of(newMax), maxBytes, refuses);
    }

    /** The same text with no limit in its unit (a charter switched it off); a byte limit stays. */
    public TextLimit withoutMax() {
        return new TextLimit(label, unit, OptionalInt.empty(), maxBytes, refuses);
    }

    public TextLimit withMaxBytes(OptionalInt newMaxBytes) {
        return new TextLimit(label, unit, max, newMaxBytes, refuses);
    }

    /**
     * Where the first character (code point: an emoji is one) of {@code text} this network refuses here
     * ({@link #refuses}) starts, or -1.
     */
    public int firstRefused(String text) {
        if (refuses.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (refuses.indexOf(c) >= 0) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
