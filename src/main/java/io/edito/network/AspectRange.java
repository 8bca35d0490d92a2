package io.edito.network;

import java.util.Objects;

/** The allowed aspect ratios of an image, from the tallest ({@code min}, e.g. 4:5) to the widest ({@code max}, e.g. 1.91:1). */
public record AspectRange(AspectRatio min, AspectRatio max) {
    /** Tolerance for ratios computed from whole pixels: 1080x1350 is exactly 4:5, 1080x1351 is not. */
    private static final double EPSILON = 1e-9;

    public AspectRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.value() > max.value() + EPSILON) {
            throw new IllegalArgumentException("aspect range " + min + " to " + max + " is empty: the first must be the tallest");
        }
    }

    /** Whether a {@code width x height} image fits, bounds included. */
    public boolean contains(int width, int height) {
        if (width <= 0 || height <= 0) {
            return false;
        }
        double r = (double) width / height;
        return r >= min.value() - EPSILON && r <= max.value() + EPSILON;
    }

    public String describe() {
        return min.describe() + " to " + max.describe();
    }
}
