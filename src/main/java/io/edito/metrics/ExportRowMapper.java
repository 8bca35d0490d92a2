package io.edito.metrics;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.metrics.ExportType.Flag;
import io.edito.network.NetworkNames;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the data rows of one export, bound to its type's columns, into records: a post's metrics, the points of a
 * daily series, an inbox message. Counts what the read's notes tell (ids a spreadsheet rounded, undated posts).
 */
final class ExportRowMapper {
    private final Path file;
    private final String fileName;
    private final ColumnBinding binding;
    /** The export's network, or null when each row says it (a network column, a permalink host). */
    private final String network;
    private final ExportTimeParser time;
    private final boolean decimalComma;
    /** The inbox columns (channel, received_at, replied_at, resolved, kind), -1 where absent; null for other kinds. */
    private final int[] inbox;
    /** Why the day order is what it is, for the message of a date that contradicts it. */
    private final Supplier<String> orderReason;
    long roundedIds;
    long undatedPosts;
    /** The lines of posts whose export gave 0 impressions (views) and a reach above 0: their impressions left out. */
    final java.util.Set<Long> zeroViewsWithReach = new java.util.HashSet<>();
    /** The lines whose local time the zone's clocks skipped, and those it showed twice (a daylight-saving change). */
    final java.util.SortedSet<Long> skippedTimes = new java.util.TreeSet<>();
    final java.util.SortedSet<Long> repeatedTimes = new java.util.TreeSet<>();

    ExportRowMapper(Path file, ColumnBinding binding, String network, ExportTimeParser time, boolean decimalComma,
                    int[] inbox, Supplier<String> orderReason) {
        this.file = file;
        this.fileName = file.toString();
        this.binding = binding;
        this.network = network;
        this.time = time;
        this.decimalComma = decimalComma;
        this.inbox = inbox;
        this.orderReason = orderReason;
    }

    static boolean isBlank(CSVRecord rec) {
        for (int i = 0; i < rec.size(); i++) {
            if (!rec.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String cell(CSVRecord rec, int col) {
        return col >= 0 && col < rec.size() ? rec.get(col) : "";
    }

    private String text(CSVRecord rec, Attr a) {
        String v = cell(rec, binding.col(a));
        return Values.isEmpty(v) ? null : v.strip();
    }

    private double number(CSVRecord rec, int col) {
        String v = cell(rec, col);
        try {
            return Values.parseNumber(v, decimalComma);
        } catch (NumberFormatException e) {
            throw new RowError("column '" + binding.header[col].strip() + "': " + e.getMessage());
        }
    }

    private ExportTimeParser.Parsed parseTime(CSVRecord rec, int col, long line) {
        String v = cell(rec, col);
        try {
            return time.parse(v);
        } catch (ExportTimeParser.OrderConflict e) {
            throw EditoException.input(new SourcePos(file, (int) line, 0), "column '" + binding.header[col].strip()
                    + "': " + e.getMessage() + " (" + orderReason.get() + "): one file cannot mix both orders");
        } catch (RuntimeException e) {
            throw new RowError("column '" + binding.header[col].strip() + "': " + e.getMessage());
        }
    }

    PostMetrics post(CSVRecord rec, long line) {
        double[] values = MetricValues.newArray();
        for (int i = 0; i < binding.metricCol.length; i++) {
            double v = number(rec, binding.metricCol[i]);
            if (v < 0) { // every per-post metric is a count, a duration or an amount spent
                throw new RowError("column '" + binding.header[binding.metricCol[i]].strip() + "': "
                        + cell(rec, binding.metricCol[i]).strip() + " is negative, which "
                        + binding.metricOf[i].key() + " cannot be");
            }
            if (!Double.isNaN(v)) {
                int k = binding.metricOf[i].ordinal();
                values[k] = Double.isNaN(values[k]) ? v : values[k] + v;
            }
        }
        for (int i = 0; i < binding.rateCol.length; i++) {
            ColumnRule rule = binding.rateRule[i];
            int k = ((Metric) rule.field()).ordinal();
            double base = values[rule.rateOf().ordinal()];
            if (Double.isNaN(values[k]) && !Double.isNaN(base)) {
                String v = cell(rec, binding.rateCol[i]);
                double rate;
                try {
                    rate = rule.unit() == ColumnRule.RateUnit.SECONDS_TO_HOURS ? Values.parseSeconds(v, decimalComma)
                            : Values.parseRate(v, decimalComma, rule.unit() == ColumnRule.RateUnit.PERCENT);
                } catch (NumberFormatException e) {
                    throw new RowError("column '" + binding.header[binding.rateCol[i]].strip() + "': " + e.getMessage());
                }
                if (!Double.isNaN(rate)) {
                    // counts stay whole (clicks from a rate); a watch time in hours does not
                    values[k] = rule.unit() == ColumnRule.RateUnit.SECONDS_TO_HOURS ? rate * base / 3600 : Math.round(rate * base);
                }
            }
        }
        int impressions = Metric.IMPRESSIONS.ordinal();
        int reach = Metric.REACH.ordinal();
        if (values[impressions] == 0 && values[reach] > 0) {
            // Meta's content exports give 0 views for some posts that reached people: not a measure, and an
            // engagement rate over it would count the post's engagements against no impressions
            values[impressions] = Double.NaN;
            zeroViewsWithReach.add(line);
        }
        String permalink = text(rec, Attr.PERMALINK);
        String postId = text(rec, Attr.POST_ID);
        if (postId != null && looksRounded(postId)) {
            roundedIds++;
        }
        if (binding.type.has(Flag.YOUTUBE_ID) && permalink == null && postId != null) {
            permalink = "https://www.youtube.com/watch?v=" + postId;
        }
        String net = network;
        if (net == null) {
            String col = text(rec, Attr.NETWORK);
            net = col != null ? NetworkNames.canonical(col) : NetworkNames.fromUrl(permalink);
            if (net == null) {
                throw new RowError("no network: no network column and no known permalink host");
            }
        }
        Instant at = null;
        boolean timeKnown = false;
        int tc = binding.col(Attr.PUBLISHED_AT);
        ExportTimeParser.Parsed p = tc >= 0 ? parseTime(rec, tc, line) : null;
        if (p != null) {
            at = p.toInstant(time.zone());
            timeKnown = p.time() != null;
            noteClockChange(p, line);
        }
        if (!timeKnown && binding.type.has(Flag.TIME_FROM_ID)) {
            Instant fromId = IdClock.decode(net, postId != null ? postId : IdClock.idInPermalink(permalink));
            if (fromId != null) {
                LocalDate idDay = LocalDate.ofInstant(fromId, time.zone());
                // trust the id only where it agrees with the export's day (month and day: the year may be a guess)
                if (p == null || idDay.getMonth() == p.date().getMonth() && idDay.getDayOfMonth() == p.date().getDayOfMonth()) {
                    at = fromId;
                    timeKnown = true;
                } else if (p.yearGuessed()) {
                    // a day apart (the export's zone is not ours): the id still gives the year, the export the day
                    LocalDate near = nearDay(MonthDay.from(p.date()), idDay);
                    if (near != null) {
                        at = near.atStartOfDay(time.zone()).toInstant();
                    }
                }
            }
        }
        if (at == null) {
            undatedPosts++;
        }
        return new PostMetrics(fileName, line, net, postId, permalink, at, timeKnown, text(rec, Attr.TYPE),
                text(rec, Attr.CAMPAIGN), text(rec, Attr.PILLAR), text(rec, Attr.LANG), MetricValues.wrap(values),
                text(rec, Attr.ACCOUNT), null);
    }

    void series(CSVRecord rec, long line, MetricsSink sink) {
        ExportTimeParser.Parsed p = parseTime(rec, binding.col(Attr.DATE), line);
        if (p == null) {
            throw new RowError("no date");
        }
        int hour = -1;
        int hc = binding.col(Attr.HOUR);
        if (hc >= 0) {
            double h = number(rec, hc);
            if (Double.isNaN(h) || h < 0 || h > 23 || h != Math.rint(h)) {
                throw new RowError("column '" + binding.header[hc].strip() + "': not an hour 0-23: '" + cell(rec, hc) + "'");
            }
            hour = (int) h;
        }
        List<SeriesPoint> points = new ArrayList<>(binding.seriesCol.length);
        for (int i = 0; i < binding.seriesCol.length; i++) {
            double v = number(rec, binding.seriesCol[i]);
            if (!Double.isNaN(v)) {
                points.add(new SeriesPoint(fileName + ":" + line, network, binding.seriesOf[i], p.date(), hour, v));
            }
        }
        points.forEach(sink::series);
    }

    InboxItem inboxItem(CSVRecord rec, long line) {
        String channel = cell(rec, inbox[0]).strip();
        if (Values.isEmpty(channel)) {
            throw new RowError("no channel");
        }
        ExportTimeParser.Parsed received = parseTime(rec, inbox[1], line);
        if (received == null) {
            throw new RowError("no received_at");
        }
        ExportTimeParser.Parsed replied = inbox[2] >= 0 ? parseTime(rec, inbox[2], line) : null;
        Boolean resolved;
        try {
            resolved = inbox[3] >= 0 ? Values.parseBoolean(cell(rec, inbox[3])) : null;
        } catch (IllegalArgumentException e) {
            throw new RowError("column 'resolved': " + e.getMessage());
        }
        String kind = inbox[4] >= 0 && !Values.isEmpty(cell(rec, inbox[4]))
                ? cell(rec, inbox[4]).strip().toLowerCase(Locale.ROOT) : null;
        Instant r = received.toInstant(time.zone());
        Instant rep = replied == null ? null : replied.toInstant(time.zone());
        noteClockChange(received, line);
        if (replied != null) {
            noteClockChange(replied, line);
        }
        if (rep != null && rep.isBefore(r)) {
            throw new RowError("replied_at is before received_at");
        }
        return new InboxItem(fileName + ":" + line, channel.toLowerCase(Locale.ROOT), r, rep, resolved, kind);
    }

    /** The day {@code md} within one day of {@code idDay} (across a new year too), or null when it is further. */
    static LocalDate nearDay(MonthDay md, LocalDate idDay) {
        for (int y = idDay.getYear() - 1; y <= idDay.getYear() + 1; y++) {
            if (md.isValidYear(y)) {
                LocalDate d = md.atYear(y);
                if (Math.abs(d.toEpochDay() - idDay.toEpochDay()) <= 1) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Ids Excel turned into numbers in scientific notation ({@code 6.49E+17}): their digits are lost. */
    /** Takes back what {@link #post} noted of {@code p}, a post then skipped (read from an earlier export). */
    void notCounted(PostMetrics p) {
        if (p.postId() != null && looksRounded(p.postId())) {
            roundedIds--;
        }
        if (p.publishedAt() == null) {
            undatedPosts--;
        }
        zeroViewsWithReach.remove(p.line());
        skippedTimes.remove(p.line());
        repeatedTimes.remove(p.line());
    }

    /** Keeps the line of a time a daylight-saving change skipped or repeated, for the read's notes. */
    private void noteClockChange(ExportTimeParser.Parsed p, long line) {
        switch (p.clockChange(time.zone())) {
            case SKIPPED -> skippedTimes.add(line);
            case REPEATED -> repeatedTimes.add(line);
            case NONE -> { }
        }
    }

    /**
     * Whether {@code id} reads {@code \\d(?:[.,]\\d+)?[eE]\\+?\\d+} (a spreadsheet's scientific notation), by hand:
     * it is asked once per row, and compiling that pattern on every row was a sixth of {@code report}'s CPU time.
     */
    static boolean looksRounded(String id) {
        int n = id.length();
        if (n < 3 || !digit(id.charAt(0))) {
            return false;
        }
        int i = 1;
        if (id.charAt(i) == '.' || id.charAt(i) == ',') {
            int from = ++i;
            while (i < n && digit(id.charAt(i))) {
                i++;
            }
            if (i == from) {
                return false;
            }
        }
        if (i >= n || (id.charAt(i) != 'e' && id.charAt(i) != 'E')) {
            return false;
        }
        i++;
        if (i < n && id.charAt(i) == '+') {
            i++;
        }
        int from = i;
        while (i < n && digit(id.charAt(i))) {
            i++;
        }
        return i > from && i == n;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
