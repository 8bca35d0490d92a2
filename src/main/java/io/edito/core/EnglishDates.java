package io.edito.core;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A date pattern with English day and month names ({@code "EEE d MMM HH:mm"}: "Mon 7 Dec 09:30"), written as
 * {@link DateTimeFormatter#ofPattern(String, Locale) DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)} writes it,
 * without the JDK's locale data: a formatter's first day or month name loads and initialises its locale providers and
 * resource bundles (about 70 classes; docs/performance.md, session 9). The letters understood are
 * {@code EEE}, {@code d}, {@code dd}, {@code MMM}, {@code yyyy}, {@code HH} and {@code mm}; any other character other
 * than a letter, a quote or a bracket is written as it is. A year outside 1 to 9999 is written by the JDK's formatter.
 */
public final class EnglishDates {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** One piece of the pattern: a field ({@code letter} repeated {@code width} times) or a literal text. */
    private record Piece(char letter, int width, String literal) {
    }

    private final String pattern;
    private final List<Piece> pieces;
    private volatile DateTimeFormatter jdk; // for years of more or fewer than four digits only

    private EnglishDates(String pattern, List<Piece> pieces) {
        this.pattern = pattern;
        this.pieces = pieces;
    }

    /** The pattern; throws IllegalArgumentException on a letter or width it does not understand. */
    public static EnglishDates ofPattern(String pattern) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i;
            while (end < pattern.length() && pattern.charAt(end) == c) {
                end++;
            }
            if (Character.isLetter(c)) {
                int width = end - i;
                boolean known = switch (c) {
                    case 'E', 'M' -> width == 3;
                    case 'd' -> width <= 2;
                    case 'y' -> width == 4;
                    case 'H', 'm' -> width == 2;
                    default -> false;
                };
                if (!known) {
                    throw new IllegalArgumentException("not an English date pattern: " + pattern);
                }
                pieces.add(new Piece(c, width, null));
            } else if (c == '\'' || c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
                throw new IllegalArgumentException("not an English date pattern: " + pattern);
            } else {
                pieces.add(new Piece(c, 0, pattern.substring(i, end)));
            }
            i = end;
        }
        return new EnglishDates(pattern, List.copyOf(pieces));
    }

    public String format(TemporalAccessor t) {
        StringBuilder sb = new StringBuilder(24);
        for (Piece p : pieces) {
            switch (p.letter()) {
                case 'E' -> sb.append(DAYS[t.get(ChronoField.DAY_OF_WEEK) - 1]);
                case 'M' -> sb.append(MONTHS[t.get(ChronoField.MONTH_OF_YEAR) - 1]);
                case 'd' -> twoDigits(sb, t.get(ChronoField.DAY_OF_MONTH), p.width() == 2);
                case 'H' -> twoDigits(sb, t.get(ChronoField.HOUR_OF_DAY), true);
                case 'm' -> twoDigits(sb, t.get(ChronoField.MINUTE_OF_HOUR), true);
                case 'y' -> {
                    int year = t.get(ChronoField.YEAR_OF_ERA);
                    if (year < 1 || year > 9999) {
                        return jdk().format(t);
                    }
                    sb.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10));
                    twoDigits(sb, year % 100, true);
                }
                default -> sb.append(p.literal());
            }
        }
        return sb.toString();
    }

    /**
     * {@link #format} of a time in its zone, with its offset where that local time happens twice (the hour clocks go
     * back): "Sun 31 Oct 02:30 (+01:00)" is the second 02:30, which the bare time would not tell from the first.
     */
    public String formatTwiceTold(java.time.ZonedDateTime t) {
        return format(t) + twiceOffset(t);
    }

    /** " (+01:00)" for a time whose local time happens twice in its zone, else "". */
    public static String twiceOffset(java.time.ZonedDateTime t) {
        return t.getZone().getRules().getValidOffsets(t.toLocalDateTime()).size() > 1 ? " (" + offset(t.getOffset()) + ")"
                : "";
    }

    /** An offset as people write it: {@code +01:00}, and {@code +00:00} for UTC's (Java writes it {@code Z}). */
    public static String offset(java.time.ZoneOffset o) {
        return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }

    private static void twoDigits(StringBuilder sb, int n, boolean padded) {
        if (n >= 10 || padded) {
            sb.append((char) ('0' + n / 10));
        }
        sb.append((char) ('0' + n % 10));
    }

    private DateTimeFormatter jdk() {
        DateTimeFormatter f = jdk;
        if (f == null) {
            f = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
            jdk = f;
        }
        return f;
    }
}
