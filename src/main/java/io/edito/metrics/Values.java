package io.edito.metrics;

import java.util.Locale;
import java.util.Set;

/**
 * Cell values as the networks and spreadsheet programs write them: empty markers, thousands separators,
 * decimal commas, percent signs. One place for these rules; every reader goes through it.
 */
public final class Values {
    /** Cells that mean "no value" (compared trimmed, case-insensitively). */
    public static final Set<String> EMPTY_MARKERS = Set.of("", "-", "--", "n/a", "na", "undefined", "nan", "null", "none", "\u2014", "\u2013");

    private Values() {
    }

    public static boolean isEmpty(String cell) {
        if (cell == null) {
            return true;
        }
        int n = cell.length();
        if (n == 0) {
            return true;
        }
        char c = cell.charAt(0);
        if (n == 1) {
            return c == '-' || c == ' ' || c == '\u2014' || c == '\u2013';
        }
        // every marker starts with one of these (or with blanks): most cells are decided here, without allocating
        if (n > 11 || !(c == '-' || c == 'n' || c == 'N' || c == 'u' || c == 'U' || Character.isWhitespace(c)
                || c == '\u00A0')) {
            return false;
        }
        return EMPTY_MARKERS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The largest magnitude a cell may hold (docs/kpi.md#limits): sums of such values stay finite and exact enough. */
    public static final double MAX_ABS = 1e18;

    /**
     * Parses a number: {@code 1234}, {@code 1938.0}, {@code 1,234}, {@code 1 234} (space, no-break space or
     * narrow no-break space), {@code 1'234}, {@code 12,5} (decimal comma), {@code 1.234,5}, {@code 6.49E+17};
     * a trailing {@code %} is removed (see {@link #parseRate}).
     *
     * @param decimalComma whether the file comes from a locale whose decimal mark is a comma (a {@code ;}
     *                     delimited file re-saved by Excel): then {@code 1,234} is 1.234, else 1234
     * @return the value, or NaN for an empty marker
     * @throws NumberFormatException with a short reason when the cell is not a number
     */
    public static double parseNumber(String cell, boolean decimalComma) {
        if (isEmpty(cell)) {
            return Double.NaN;
        }
        double fast = fastPlain(cell, decimalComma);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String s = cell.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (isEmpty(s)) {
            return Double.NaN;
        }
        StringBuilder b = new StringBuilder(s.length());
        int commas = 0;
        int dots = 0;
        int lastComma = -1;
        int lastDot = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\u00A0', '\u202F', '\u2009', '\'', '\u2019' -> {
                    // thousands separators
                }
                case ',' -> {
                    commas++;
                    lastComma = b.length();
                    b.append(c);
                }
                case '.' -> {
                    dots++;
                    lastDot = b.length();
                    b.append(c);
                }
                case '\u2212' -> b.append('-');
                default -> b.append(c);
            }
        }
        String t = b.toString();
        if (commas > 0 && dots > 0) {
            if (lastComma > lastDot) {
                t = t.replace(".", "").replace(',', '.');
            } else {
                t = t.replace(",", "");
            }
        } else if (commas > 0) {
            boolean grouped = t.matches("[-+]?\\d{1,3}(,\\d{3})+");
            if (commas > 1 || grouped && !decimalComma) {
                if (!grouped) {
                    throw new NumberFormatException("not a number: '" + cell + "'");
                }
                t = t.replace(",", "");
            } else {
                t = t.replace(',', '.');
            }
        } else if (dots > 1 || dots == 1 && decimalComma && t.matches("[-+]?\\d{1,3}(\\.\\d{3})+")) {
            if (!t.matches("[-+]?\\d{1,3}(\\.\\d{3})+")) {
                throw new NumberFormatException("not a number: '" + cell + "'");
            }
            t = t.replace(".", "");
        }
        if (t.isEmpty() || !isNumberSyntax(t)) {
            throw new NumberFormatException("not a number: '" + cell + "'");
        }
        double v = Double.parseDouble(t);
        if (!(Math.abs(v) <= MAX_ABS)) {
            // 1e400 is Infinity, and sums of 1e308 overflow: no metric comes near 10^18
            throw new NumberFormatException("out of range (more than 10^18): '" + cell + "'");
        }
        return v;
    }

    /**
     * Parses a rate into a fraction: {@code 12,5 %} and {@code 12.5%} give 0.125; without a percent sign the
     * column's convention decides ({@code percentByDefault}: YouTube's "(%)" columns, Publer) or the value is
     * already a fraction (X's engagement rate 0.0093).
     */
    public static double parseRate(String cell, boolean decimalComma, boolean percentByDefault) {
        if (isEmpty(cell)) {
            return Double.NaN;
        }
        boolean percent = cell.strip().endsWith("%") || percentByDefault;
        double v = parseNumber(cell, decimalComma);
        return percent ? v / 100.0 : v;
    }

    /**
     * Parses a duration into seconds: {@code 0:04:32} and {@code 4:32} (YouTube's average view duration), or a plain
     * number of seconds ({@code 272}, {@code 272.5}); NaN for an empty cell.
     */
    public static double parseSeconds(String cell, boolean decimalComma) {
        if (isEmpty(cell)) {
            return Double.NaN;
        }
        String t = cell.strip();
        if (t.indexOf(':') < 0) {
            return parseNumber(t, decimalComma);
        }
        java.util.regex.Matcher m = CLOCK.matcher(t);
        if (!m.matches()) {
            throw new NumberFormatException("not a duration (h:mm:ss or m:ss): '" + t + "'");
        }
        double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
        double minutes = Double.parseDouble(m.group(2));
        if (m.group(1) != null && minutes >= 60) {
            throw new NumberFormatException("not a duration (h:mm:ss or m:ss): '" + t + "'");
        }
        return hours * 3600 + minutes * 60 + Double.parseDouble(m.group(3).replace(',', '.'));
    }

    /** {@code h:mm:ss} or {@code m:ss}, seconds with an optional decimal part. */
    private static final java.util.regex.Pattern CLOCK =
            java.util.regex.Pattern.compile("(?:(\\d{1,6}):)?(\\d{1,6}):([0-5]\\d(?:[.,]\\d{1,6})?)");

    /** Plain ASCII integers or decimals with a dot, the overwhelmingly common case; NaN otherwise. */
    private static double fastPlain(String s, boolean decimalComma) {
        int n = s.length();
        if (n > 15) {
            return Double.NaN;
        }
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '-') {
            if (n == 1) {
                return Double.NaN;
            }
            neg = true;
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                whole = whole * 10 + (c - '0');
                digits++;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i == n) {
            return neg ? -whole : whole;
        }
        if (s.charAt(i) != '.' || i == n - 1 || decimalComma) {
            return Double.NaN;
        }
        long frac = 0;
        long scale = 1;
        for (i++; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            frac = frac * 10 + (c - '0');
            scale *= 10;
        }
        if (frac == 0) {
            return neg ? -whole : whole;
        }
        // at most 15 digits: numerator and 10^k are exact doubles, and one IEEE division rounds correctly
        double v = (double) (whole * scale + frac) / scale;
        return neg ? -v : v;
    }

    private static boolean isNumberSyntax(String t) {
        return t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    /** Parses yes/no cells ({@code true}, {@code yes}, {@code 1}, {@code oui}...); null when empty. */
    public static Boolean parseBoolean(String cell) {
        if (isEmpty(cell)) {
            return null;
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "oui", "x", "resolved", "closed", "done" -> Boolean.TRUE;
            case "false", "no", "n", "0", "non", "open", "pending" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a yes/no value: '" + cell + "'");
        };
    }
}
