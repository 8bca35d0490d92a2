package io.edito.media;

/** An image's size in pixels, as displayed (after its EXIF orientation). */
public record Dimensions(int width, int height) {
    public Dimensions {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image dimensions must be positive: " + width + "x" + height);
        }
    }
}
