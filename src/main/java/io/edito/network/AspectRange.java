package io.edito.network;

import java.util.Objects;

/** The allowed aspect ratios of an image, from the tallest ({@code min}, e.g. 4:5) to the widest ({@code max}, e.g. 1.91:1). */
public record AspectRange(AspectRatio min, AspectRatio max) {
    /** Tolerance for comparing two ratios rounded to hundredths. */
    private static final double EPSILON = 1e-9;

    public AspectRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.value() > max.value() + EPSILON) {
            throw new IllegalArgumentException("aspect range " + min + " to " + max + " is empty: the first must be the tallest");
        }
    }

    /**
     * Whether a {@code width x height} image fits, bounds included, its ratio read to the hundredth as the networks
     * write their bounds: Meta's own 1.91:1 link image is 1200x628 (1.9108), and 1080x1351 is 4:5 (0.7994) as
     * Instagram's app crops it, while 1080x1360 (0.79) and 1080x563 (1.92) are not.
     */
    public boolean contains(int width, int height) {
        if (width <= 0 || height <= 0) {
            return false;
        }
        return contains((double) width / height);
    }

    /** Whether an image of this width-to-height ratio fits, bounds included (a crop's ratio, or whole pixels'). */
    public boolean contains(double ratio) {
        double r = hundredths(ratio);
        return r >= hundredths(min.value()) - EPSILON && r <= hundredths(max.value()) + EPSILON;
    }

    private static double hundredths(double ratio) {
        return Math.round(ratio * 100) / 100.0;
    }

    public String describe() {
        return min.describe() + " to " + max.describe();
    }
}
