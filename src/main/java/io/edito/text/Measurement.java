package io.edito.text;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A text's length as one network counts it, against that network's limit.
 *
 * @param count how long the text is, in {@code unit}
 * @param limit the limit in the same unit; empty when there is none
 * @param unit  the unit in words ({@code X weighted length}, {@code graphemes}, {@code UTF-8 bytes})
 */
public record Measurement(int count, OptionalInt limit, String unit) {
    public Measurement {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(unit, "unit");
    }

    public static Measurement of(int count, int limit, String unit) {
        return new Measurement(count, OptionalInt.of(limit), unit);
    }

    /** Whether the count is above the limit. */
    public boolean over() {
        return limit.isPresent() && count > limit.getAsInt();
    }

    /** How far above the limit (0 when within it or without a limit). */
    public int excess() {
        return over() ? count - limit.getAsInt() : 0;
    }

    /** {@code 312/280 (X weighted length)}, or {@code 312 (code points)} without a limit. */
    public String describe() {
        return limit.isPresent() ? count + "/" + limit.getAsInt() + " (" + unit + ")" : count + " (" + unit + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
