package io.edito.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decimals.fixed writes what String.format(Locale.ROOT, "%.Nf", v) writes; parsePlain reads plain decimals only. */
class DecimalsTest {
    @Test
    void sameAsFormatterOnRandomDoubles() {
        Random r = new Random(9);
        for (int i = 0; i < 60_000; i++) {
            double v = switch (i % 6) {
                case 0 -> r.nextDouble() * 3;                               // aspect ratios
                case 1 -> (double) (1 + r.nextInt(100_000)) / (1 + r.nextInt(100_000));
                case 2 -> (double) (1024 + r.nextInt(1 << 30)) / 1024;     // byte sizes
                case 3 -> Math.round(r.nextDouble() * 10_000) / 1000.0 + 0.005 * (r.nextInt(3) - 1); // near halves
                case 4 -> -r.nextDouble() * Math.pow(10, r.nextInt(12));
                default -> Double.longBitsToDouble(r.nextLong());
            };
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), Decimals.fixed(v, decimals), v + " " + decimals);
            }
        }
    }

    @Test
    void edges() {
        for (double v : new double[] {0.0, -0.0, 0.005, 0.015, 0.125, 2.675, 1.005, -0.001, 1e-300, 9.995, 99.95,
            1e22, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (int decimals = 0; decimals <= 2; decimals++) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), Decimals.fixed(v, decimals), v + " " + decimals);
            }
        }
    }

    @Test
    void plainDecimalsAreReadAndNothingElse() {
        assertEquals(0.9, Decimals.parsePlain("0.9"));
        assertEquals(0.5, Decimals.parsePlain(".5"));
        assertEquals(12.0, Decimals.parsePlain("12"));
        assertEquals(3.0, Decimals.parsePlain("3."));
        assertEquals(-3.25, Decimals.parsePlain("-3.25"));
        assertEquals(1.0, Decimals.parsePlain("+1"));
        for (String bad : new String[] {"", ".", "-", "+.", "0.9f", "0.9d", "0x1p-1", "1e-1", "1E3", "NaN", "Infinity",
                "-Infinity", "1..2", "1.2.3", " 1", "1 ", "1,5", "٠.٩", "0.9%", "abc"}) {
            org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> Decimals.parsePlain(bad), bad);
        }
        Random r = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            String text = (r.nextBoolean() ? "" : "-") + r.nextInt(1000) + (r.nextBoolean() ? "" : "." + r.nextInt(100_000));
            assertEquals(Double.parseDouble(text), Decimals.parsePlain(text), text);
        }
    }
}
