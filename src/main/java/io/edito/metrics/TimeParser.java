package io.edito.metrics;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as the exports write them: ISO 8601 with or without zone, {@code 2019-10-30 00:13 +0000},
 * {@code 01/19/2017 09:03:47 AM}, {@code Sat, Aug 22, 2026}, {@code Apr 29, 2020}, {@code February 28} (no year)...
 * A value without zone is read in the account's zone; a value without year is the latest such day on or
 * before {@code asOf} (exports cover the past); a value without time is the start of the day and is
 * flagged so that best-time views ignore it.
 */
public final class TimeParser {
    /** A parsed cell: date, time (null when the cell has none), offset (null when the cell has none). */
    public record Parsed(LocalDate date, LocalTime time, ZoneOffset offset) {
        public Instant toInstant(ZoneId zone) {
            if (time == null) {
                return date.atStartOfDay(zone).toInstant();
            }
            if (offset != null) {
                return date.atTime(time).toInstant(offset);
            }
            return date.atTime(time).atZone(zone).toInstant();
        }
    }

    private static final String[] MONTH_DAY_FIRST = {"d/M/yyyy[ H:mm[:ss]]", "d/M/yyyy[ h:mm[:ss] a]", "M/d/yyyy[ h:mm[:ss] a]", "M/d/yyyy[ H:mm[:ss]]"};
    private static final String[] MONTH_FIRST = {"M/d/yyyy[ h:mm[:ss] a]", "M/d/yyyy[ H:mm[:ss]]", "d/M/yyyy[ H:mm[:ss]]", "d/M/yyyy[ h:mm[:ss] a]"};
    private static final String[] OTHERS = {
        "d.M.yyyy[ H:mm[:ss]]", "yyyy/M/d[ H:mm[:ss]]",
        "EEE, MMM d, yyyy[ h:mm a]", "EEE, MMMM d, yyyy", "MMM d, yyyy[, h:mm a][ h:mm a][ H:mm]", "MMMM d, yyyy[ H:mm]",
        "d MMM yyyy[ H:mm[:ss]]", "d MMMM yyyy[ H:mm[:ss]]", "EEE MMM d HH:mm:ss Z yyyy",
        "MMMM d", "MMM d", "d MMMM", "d MMM"};

    private final ZoneId zone;
    private final LocalDate asOf;
    private final List<DateTimeFormatter> formatters = new ArrayList<>();
    private int lastHit = -1;

    /**
     * @param zone     the account's zone, for values without zone
     * @param asOf     the reference day for values without year
     * @param dayFirst whether {@code 03/04/2025} is the 3rd of April (files from a European locale)
     */
    public TimeParser(ZoneId zone, LocalDate asOf, boolean dayFirst) {
        this.zone = zone;
        this.asOf = asOf;
        for (String p : dayFirst ? MONTH_DAY_FIRST : MONTH_FIRST) {
            formatters.add(formatter(p));
        }
        for (String p : OTHERS) {
            formatters.add(formatter(p));
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Parses a cell; null for an empty marker. */
    public Parsed parse(String cell) {
        if (Values.isEmpty(cell)) {
            return null;
        }
        String s = cell.strip();
        Parsed iso = iso(s);
        if (iso != null) {
            return iso;
        }
        if (lastHit >= 0) {
            Parsed p = tryFormatter(lastHit, s);
            if (p != null) {
                return p;
            }
        }
        for (int i = 0; i < formatters.size(); i++) {
            if (i == lastHit) {
                continue;
            }
            Parsed p = tryFormatter(i, s);
            if (p != null) {
                lastHit = i;
                return p;
            }
        }
        throw new IllegalArgumentException("not a date: '" + cell + "'");
    }

    /** Parses a cell into an instant (see the class comment); null for an empty marker. */
    public Instant instant(String cell) {
        Parsed p = parse(cell);
        return p == null ? null : p.toInstant(zone);
    }

    private Parsed tryFormatter(int i, String s) {
        TemporalAccessor t;
        try {
            t = formatters.get(i).parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
        try {
            LocalDate date;
            if (t.isSupported(ChronoField.YEAR) || t.isSupported(ChronoField.YEAR_OF_ERA)) {
                date = t.query(TemporalQueries.localDate());
                if (date == null) {
                    return null;
                }
            } else {
                date = resolveYear(MonthDay.from(t));
            }
            LocalTime time = t.query(TemporalQueries.localTime());
            ZoneOffset off = t.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(t) : null;
            return new Parsed(date, time, off);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The latest occurrence of {@code md} on or before {@code asOf}. */
    LocalDate resolveYear(MonthDay md) {
        int year = asOf.getYear();
        for (int i = 0; i < 8; i++) {
            int y = year - i;
            if (md.isValidYear(y)) {
                LocalDate d = md.atYear(y);
                if (!d.isAfter(asOf)) {
                    return d;
                }
            }
        }
        throw new DateTimeException("no year for " + md);
    }

    /** Hand-written ISO 8601 reader ({@code yyyy-MM-dd[( |T)HH:mm[:ss[.f]]][ ][Z|+HH[:]mm|+HH]}): the hot path. */
    static Parsed iso(String s) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int mo = digits(s, 5, 2);
        int d = digits(s, 8, 2);
        if (y < 0 || mo < 0 || d < 0) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            return null;
        }
        if (n == 10) {
            return new Parsed(date, null, null);
        }
        char sep = s.charAt(10);
        if ((sep != 'T' && sep != ' ') || n < 16 || s.charAt(13) != ':') {
            return null;
        }
        int h = digits(s, 11, 2);
        int mi = digits(s, 14, 2);
        int sec = 0;
        int nano = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            sec = digits(s, 17, 2);
            i = 19;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                String frac = (s.substring(start, i) + "000000000").substring(0, 9);
                nano = Integer.parseInt(frac);
            }
        }
        if (h < 0 || mi < 0 || sec < 0 || h > 23 || mi > 59 || sec > 59) {
            return null;
        }
        LocalTime time = LocalTime.of(h, mi, sec, nano);
        if (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i == n) {
            return new Parsed(date, time, null);
        }
        String z = s.substring(i);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return new Parsed(date, time, ZoneOffset.UTC);
        }
        char sign = z.charAt(0);
        if (sign != '+' && sign != '-') {
            return null;
        }
        String rest = z.substring(1).replace(":", "");
        if (rest.length() != 2 && rest.length() != 4) {
            return null;
        }
        int oh = digits(rest, 0, 2);
        int om = rest.length() == 4 ? digits(rest, 2, 2) : 0;
        if (oh < 0 || om < 0) {
            return null;
        }
        try {
            ZoneOffset off = ZoneOffset.ofHoursMinutes(sign == '-' ? -oh : oh, sign == '-' ? -om : om);
            return new Parsed(date, time, off);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int len) {
        if (from + len > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
