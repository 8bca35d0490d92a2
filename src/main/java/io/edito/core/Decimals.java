package io.edito.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Decimal numbers as people write them in configuration files, and as edito writes them back.
 */
public final class Decimals {
    private Decimals() {
    }

    /**
     * {@code text} read as a plain decimal number ({@code 0.9}, {@code .5}, {@code 12}, {@code -3.25}), the way a
     * person writes one in a YAML file: {@link Double#parseDouble} also takes {@code 0.9f}, {@code 0x1p-1},
     * {@code 1e-1}, {@code NaN} and {@code Infinity}, which are typos or tricks in a charter, not settings.
     *
     * @throws NumberFormatException for anything else
     */
    public static double parsePlain(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                throw new NumberFormatException("not a plain decimal number: '" + text + "'");
            }
        }
        if (digits == 0) {
            throw new NumberFormatException("not a plain decimal number: '" + text + "'");
        }
        return Double.parseDouble(text);
    }

    /**
     * {@code v} with a fixed count of decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} writes it (the
     * shortest decimal form of the double, rounded half up), without {@link java.util.Formatter}: its first use loads
     * the JDK's locale data for the decimal separator (docs/performance.md, session 9).
     */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String digits = new BigDecimal(Double.toString(Math.abs(v))).setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
        return Double.doubleToRawLongBits(v) < 0 ? "-" + digits : digits;
    }
}
