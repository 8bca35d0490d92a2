package io.edito.network;

/** An inclusive range of whole numbers (image widths in pixels). */
public record IntRange(int min, int max) {
    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("range " + min + "-" + max + " is empty");
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    public String describe() {
        return min + "-" + max;
    }
}
