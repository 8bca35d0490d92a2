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
public final class ExportTimeParser {
    /**
     * A parsed cell: date, time (null when the cell has none), offset (null when the cell has none), and
     * whether the year was not in the cell (then it is the latest such day on or before as-of).
     */
    public record Parsed(LocalDate date, LocalTime time, ZoneOffset offset, boolean yearGuessed) {
        public Parsed(LocalDate date, LocalTime time, ZoneOffset offset) {
            this(date, time, offset, false);
        }

        public Instant toInstant(ZoneId zone) {
            if (time == null) {
                return date.atStartOfDay(zone).toInstant();
            }
            if (offset != null) {
                return date.atTime(time).toInstant(offset);
            }
            return date.atTime(time).atZone(zone).toInstant();
        }

        /**
         * Whether the cell's local time is one {@code zone}'s clocks skipped or showed twice that night: read as
         * {@link #toInstant} reads it, after the change for a skipped time (02:30 when clocks went from 02:00 to
         * 03:00 is 03:30), the earlier of the two for a repeated one. NONE for a time with an offset or no time.
         */
        public ClockChange clockChange(ZoneId zone) {
            if (time == null || offset != null) {
                return ClockChange.NONE;
            }
            return ClockChange.of(date.atTime(time), zone);
        }
    }

    /** What a daylight-saving change does to a local time ({@link Parsed#clockChange}). */
    public enum ClockChange {
        NONE, SKIPPED, REPEATED;

        /** Whether {@code zone}'s clocks skipped {@code t} (no valid offset), showed it twice (two), or neither. */
        public static ClockChange of(java.time.LocalDateTime t, ZoneId zone) {
            int offsets = zone.getRules().getValidOffsets(t).size();
            return offsets == 0 ? SKIPPED : offsets > 1 ? REPEATED : NONE;
        }

        /**
         * The note on the {@code count} rows (the first at {@code firstLine}) whose local time {@code zone}'s clocks
         * skipped or repeated, read as {@link Parsed#toInstant} reads them; null for NONE.
         */
        public String note(long count, long firstLine, ZoneId zone) {
            return switch (this) {
                case SKIPPED -> count + " row(s) at a local time that " + zone + "'s clocks skipped (moved forward that"
                        + " night), first at line " + firstLine + ": read as the time after the change (02:30 when"
                        + " 02:00 became 03:00 is 03:30)";
                case REPEATED -> count + " row(s) at a local time that " + zone + "'s clocks showed twice (moved back"
                        + " that night), first at line " + firstLine + ": read as the first of the two";
                case NONE -> null;
            };
        }
    }

    /** How a slash date such as {@code 03/04/2025} is read: one order per file (docs/kpi.md, dates). */
    public enum DayOrder {
        MONTH_FIRST("month first"), DAY_FIRST("day first");

        private final String label;

        DayOrder(String label) {
            this.label = label;
        }

        public DayOrder other() {
            return this == MONTH_FIRST ? DAY_FIRST : MONTH_FIRST;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What one cell says about the day order: proves one, is ambiguous (both parts 1-12), or says nothing. */
    public enum Evidence {
        MONTH_FIRST, DAY_FIRST, AMBIGUOUS, NONE;

        /** The order this proves, or null when it proves none (ambiguous, or no slash date). */
        public DayOrder proves() {
            return this == DAY_FIRST ? DayOrder.DAY_FIRST : this == MONTH_FIRST ? DayOrder.MONTH_FIRST : null;
        }
    }

    /** A cell whose slash date has a day over 12 in the position the file's order gives to the month. */
    public static final class OrderConflict extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        OrderConflict(String message) {
            super(message);
        }
    }

    private static final String[] DAY_FIRST_PATTERNS = {"d/M/yyyy[ H:mm[:ss]]", "d/M/yyyy[ h:mm[:ss] a]"};
    private static final String[] MONTH_FIRST_PATTERNS = {"M/d/yyyy[ h:mm[:ss] a]", "M/d/yyyy[ H:mm[:ss]]"};
    private static final String[] OTHERS = {
        "d.M.yyyy[ H:mm[:ss]]", "yyyy/M/d[ H:mm[:ss]]",
        "EEE, MMM d, yyyy[ h:mm a]", "EEE, MMMM d, yyyy", "MMM d, yyyy[, h:mm a][ h:mm a][ H:mm]", "MMMM d, yyyy[ H:mm]",
        "d MMM yyyy[ H:mm[:ss]]", "d MMMM yyyy[ H:mm[:ss]]", "EEE MMM d HH:mm:ss Z yyyy",
        "MMMM d", "MMM d", "d MMMM", "d MMM"};

    private final ZoneId zone;
    /** The day a date without year is the latest occurrence of, on or before ({@link #anchorYears}). */
    private LocalDate asOf;
    private final DayOrder defaultOrder;
    private DayOrder order;
    private final List<DateTimeFormatter> formatters = new ArrayList<>();
    private int lastHit = -1;

    /**
     * @param zone     the account's zone, for values without zone
     * @param asOf     the reference day for values without year
     * @param dayFirst whether {@code 03/04/2025} is the 3rd of April when nothing proves the order (files
     *                 from a European locale)
     */
    public ExportTimeParser(ZoneId zone, LocalDate asOf, boolean dayFirst) {
        this.zone = zone;
        this.asOf = asOf;
        this.defaultOrder = dayFirst ? DayOrder.DAY_FIRST : DayOrder.MONTH_FIRST;
        build(null);
    }

    /** The list of formats: the decided slash order only, or (undecided) the default order first, then the other. */
    private void build(DayOrder decided) {
        formatters.clear();
        lastHit = -1;
        DayOrder first = decided != null ? decided : defaultOrder;
        addAll(first == DayOrder.DAY_FIRST ? DAY_FIRST_PATTERNS : MONTH_FIRST_PATTERNS);
        if (decided == null) {
            addAll(first == DayOrder.DAY_FIRST ? MONTH_FIRST_PATTERNS : DAY_FIRST_PATTERNS);
        }
        addAll(OTHERS);
    }

    private void addAll(String[] patterns) {
        for (String p : patterns) {
            formatters.add(formatter(p));
        }
    }

    /** The order used when nothing in the file proves one. */
    public DayOrder defaultOrder() {
        return defaultOrder;
    }

    /** The decided order, or null while undecided (ambiguous values are then read in the default order). */
    public DayOrder order() {
        return order;
    }

    /** Fixes the order of slash dates: from now on a value in the other order is an {@link OrderConflict}. */
    public void decide(DayOrder o) {
        if (order != o) {
            order = o;
            build(o);
        }
    }

    /**
     * What {@code cell} says about the day order of slash dates ({@code 13/04/2025} proves day first,
     * {@code 04/13/2025} month first, {@code 03/04/2025} is ambiguous; other forms say nothing).
     */
    public static Evidence evidence(String cell) {
        if (cell == null) {
            return Evidence.NONE;
        }
        String s = cell.strip();
        int a = 0;
        int i = 0;
        while (i < s.length() && i < 2 && Character.isDigit(s.charAt(i))) {
            a = a * 10 + (s.charAt(i++) - '0');
        }
        if (i == 0 || i >= s.length() || s.charAt(i) != '/') {
            return Evidence.NONE;
        }
        int j = ++i;
        int b = 0;
        while (i < s.length() && i - j < 2 && Character.isDigit(s.charAt(i))) {
            b = b * 10 + (s.charAt(i++) - '0');
        }
        if (i == j || i >= s.length() || s.charAt(i) != '/' || a == 0 || b == 0) {
            return Evidence.NONE;
        }
        if (a > 12 && b <= 12) {
            return Evidence.DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return Evidence.MONTH_FIRST;
        }
        return a <= 12 && b <= 12 ? Evidence.AMBIGUOUS : Evidence.NONE;
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
        if (order != null) {
            Evidence e = evidence(s);
            if (e != Evidence.NONE && e != Evidence.AMBIGUOUS && !e.name().equals(order.name())) {
                throw new OrderConflict("'" + cell.strip() + "' is " + order.other() + ", but the file's dates are "
                        + order);
            }
        }
        if (TWO_DIGIT_YEAR.matcher(s).lookingAt()) {
            throw new IllegalArgumentException("'" + cell.strip() + "' has a two-digit year: export the dates with "
                    + "four-digit years (22/09/2017)");
        }
        throw new IllegalArgumentException("not a date: '" + cell + "'");
    }

    /** A slash or dot date whose year has two digits ({@code 22/09/17}), which edito does not guess. */
    private static final java.util.regex.Pattern TWO_DIGIT_YEAR =
            java.util.regex.Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}(?!\\d)");

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
            boolean guessed = false;
            if (t.isSupported(ChronoField.YEAR) || t.isSupported(ChronoField.YEAR_OF_ERA)) {
                date = t.query(TemporalQueries.localDate());
                if (date == null || date.getYear() < 1000) {
                    return null; // 22/09/17 read leniently is the year 17: a two-digit year is refused, never guessed
                }
            } else {
                date = resolveYear(MonthDay.from(t));
                guessed = true;
            }
            LocalTime time = t.query(TemporalQueries.localTime());
            ZoneOffset off = t.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(t) : null;
            return new Parsed(date, time, off, guessed);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day dates without a year are placed on or before. */
    LocalDate asOf() {
        return asOf;
    }

    /** From now on, a date without a year is its latest occurrence on or before {@code day} ({@link YearlessBuffer}). */
    void anchorYears(LocalDate day) {
        asOf = day;
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
