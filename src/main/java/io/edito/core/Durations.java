package io.edito.core;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations people write in edito.yaml, the charter and options: {@code 30m}, {@code 2h}, {@code 1h30m},
 * {@code 1d}, {@code 1d 12h}, {@code 90min}. One parser for all of them, bounded: a value over {@link #MAX} (or one
 * too big for a number) is refused like any other bad value, so that no later date arithmetic can overflow.
 */
public final class Durations {
    /** The longest duration edito accepts anywhere (catch-up, gaps, lead times, windows): a year. */
    public static final Duration MAX = Duration.ofDays(366);
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m(?:in)?)?");

    private Durations() {
    }

    /** The duration {@code text} says, or null when it is not one or is longer than {@link #MAX}. */
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return null;
        }
        try {
            long minutes = Math.addExact(Math.addExact(part(m.group(1), 24 * 60), part(m.group(2), 60)),
                    part(m.group(3), 1));
            Duration d = Duration.ofMinutes(minutes);
            return d.compareTo(MAX) > 0 ? null : d;
        } catch (ArithmeticException | NumberFormatException e) {
            return null; // more digits than a long holds: far over MAX anyway
        }
    }

    /**
     * The duration the command-line option {@code option} was given, or an input error that says how to write one
     * (a bare number gets told to add its unit: minutes and hours are both common in options like these).
     */
    public static Duration option(String option, String text) {
        Duration d = parse(text);
        if (d != null) {
            return d;
        }
        String given = text == null ? "" : text.strip();
        String hint = given.matches("\\d+") ? " (add a unit: " + given + "m or " + given + "h)"
                : " (e.g. 30m, 2h, 1h30m, 1d; at most " + MAX.toDays() + "d)";
        throw EditoException.input(option + ": not a duration: '" + given + "'" + hint);
    }

    /**
     * A duration as edito.yaml would write it, in its largest whole unit: {@code 1d}, {@code 6h}, {@code 90m}
     * ({@link #parse} reads it back).
     */
    public static String written(Duration d) {
        if (d.toMinutes() % (24 * 60) == 0 && !d.isZero()) {
            return d.toDays() + "d";
        }
        return d.toMinutes() % 60 == 0 && !d.isZero() ? d.toHours() + "h" : d.toMinutes() + "m";
    }

    /**
     * A media length as players show it: {@code 0:45}, {@code 2:20}, {@code 1:02:03}, with tenths when it is not
     * a whole second ({@code 2:20.4}), so that a length just over a limit reads differently from the limit.
     */
    public static String clock(Duration d) {
        long tenths = d.toMillis() / 100;
        long s = tenths / 10;
        String base = s >= 3600 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
        return tenths % 10 == 0 ? base : base + "." + tenths % 10;
    }

    /**
     * {@link #clock(Duration)} of {@code d}, with as many decimals as it takes not to read as {@code other} (a video of
     * 140.0001 s "lasts 2:20.0001, longer than X's 2:20", not "2:20, longer than X's 2:20").
     */
    public static String clock(Duration d, Duration other) {
        String shown = clock(d);
        if (d.equals(other) || !shown.equals(clock(other))) {
            return shown;
        }
        String nanos = String.format(java.util.Locale.ROOT, "%09d", d.getNano()).replaceAll("0+$", "");
        String whole = clock(Duration.ofSeconds(d.getSeconds()));
        return nanos.isEmpty() ? whole : whole + "." + nanos;
    }

    private static long part(String digits, long unitMinutes) {
        return digits == null ? 0 : Math.multiplyExact(Long.parseLong(digits), unitMinutes);
    }
}
