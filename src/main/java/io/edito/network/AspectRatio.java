package io.edito.network;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A width:height ratio as networks write it ({@code 4:5}, {@code 1.91:1}). */
public record AspectRatio(double width, double height) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*");

    public AspectRatio {
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("an aspect ratio needs two positive numbers, got " + width + ":" + height);
        }
    }

    /** Parses {@code W:H}; throws {@link IllegalArgumentException} naming the expected form. */
    public static AspectRatio parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("aspect ratio '" + text + "' is not of the form W:H (like 4:5 or 1.91:1)");
        }
        return new AspectRatio(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    /** width / height: above 1 is landscape. */
    public double value() {
        return width / height;
    }

    /** {@code 4:5}, {@code 1.91:1}: no trailing {@code .0}. */
    public String describe() {
        return num(width) + ":" + num(height);
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    @Override
    public String toString() {
        return describe();
    }
}
