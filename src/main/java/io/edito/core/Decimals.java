package io.edito.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number with a fixed count of decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} writes it (the shortest
 * decimal form of the double, rounded half up), without {@link java.util.Formatter}: its first use loads the JDK's
 * locale data for the decimal separator (docs/performance.md, session 9).
 */
public final class Decimals {
    private Decimals() {
    }

    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String digits = new BigDecimal(Double.toString(Math.abs(v))).setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
        return Double.doubleToRawLongBits(v) < 0 ? "-" + digits : digits;
    }
}
