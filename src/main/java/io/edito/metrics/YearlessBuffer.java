package io.edito.metrics;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Holds the rows of an export whose dates have no year (TikTok Studio: {@code "February 28"}) until the end of the
 * file, so that the year is found for the export as a whole: its newest day (the last row when the file runs from old
 * to new, the first when it runs from new to old) is the latest such day on or before {@code --as-of}, and every
 * other day is placed before it. Reading each day on its own as the latest on or before {@code --as-of} would cut a
 * year of days in two at the as-of day and put its older part a year too late (a follower count of last February
 * shown as the latest). Bounded like {@link DayOrderBuffer}: past the bounds each day is read on its own, and a note
 * says so.
 */
final class YearlessBuffer {
    private final ExportTimeParser time;
    private final int dateCol;
    private final DayOrderBuffer.RowStep next;
    private final HeldRows held = new HeldRows();
    /** Null until a row with a date is seen; then whether the file's dates lack a year. */
    private Boolean yearless;
    private String note;

    /** @param dateCol the column whose dates place the rows in time, or -1 */
    YearlessBuffer(ExportTimeParser time, int dateCol, DayOrderBuffer.RowStep next) {
        this.time = time;
        this.dateCol = dateCol;
        this.next = next;
    }

    /** Handles one row, the day order settled; false to stop reading (end of the section). */
    boolean offer(CSVRecord rec, long line) {
        if (!held.isEmpty() && ExportRowMapper.isBlank(rec)) {
            // a blank row may end the export's section: what is held comes before it
            return finish() && next.process(rec, line);
        }
        if (yearless == null && dateCol >= 0) {
            ExportTimeParser.Parsed p = parse(rec);
            if (p != null) {
                yearless = p.yearGuessed();
            }
        }
        if (!Boolean.TRUE.equals(yearless) || note != null) {
            return next.process(rec, line);
        }
        held.add(rec, line);
        if (held.full()) {
            note = "dates without a year: over " + ExportReader.MAX_PENDING_ROWS + " rows, each read as its latest "
                    + "occurrence on or before " + time.asOf() + " (--as-of)";
            return flush();
        }
        return true;
    }

    /** At the end of the file (or of its section): the year of the newest day decided, the held rows replayed. */
    boolean finish() {
        if (held.isEmpty()) {
            return true;
        }
        List<MonthDay> days = new ArrayList<>();
        for (CSVRecord rec : held.rows()) {
            ExportTimeParser.Parsed p = parse(rec);
            if (p != null && p.yearGuessed()) {
                days.add(MonthDay.from(p.date()));
            }
        }
        if (!days.isEmpty()) {
            MonthDay newest = newest(days);
            LocalDate asOf = time.asOf();
            LocalDate anchor = time.resolveYear(newest);
            time.anchorYears(anchor);
            note = "dates without a year: the newest, " + newest(days).getMonth().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + newest.getDayOfMonth() + ", read as "
                    + anchor + " (the latest on or before " + asOf + ", --as-of), each other one in the 12 months up to it";
        }
        return flush();
    }

    /** The note of a file whose dates had no year, or null. */
    String note() {
        return note;
    }

    /**
     * The newest of days listed in file order: the last when the file mostly runs forward in time, the first when it
     * mostly runs backward. Each step between two rows goes the short way round the year (December 31 to January 1
     * is a day forward, January 1 to December 31 a day back); a tie reads forward, TikTok's order.
     */
    static MonthDay newest(List<MonthDay> days) {
        int forward = 0;
        int backward = 0;
        for (int i = 1; i < days.size(); i++) {
            int d = Math.floorMod(dayOfYear(days.get(i)) - dayOfYear(days.get(i - 1)), 366);
            if (d > 0 && d < 183) {
                forward++;
            } else if (d > 183) {
                backward++;
            }
        }
        return forward >= backward ? days.get(days.size() - 1) : days.get(0);
    }

    /** The day's place in a leap year (so that February 29 has one). */
    private static int dayOfYear(MonthDay md) {
        return md.atYear(2000).getDayOfYear();
    }

    private ExportTimeParser.Parsed parse(CSVRecord rec) {
        try {
            return time.parse(ExportRowMapper.cell(rec, dateCol));
        } catch (RuntimeException e) {
            return null; // a row whose date does not read is told by the row mapper
        }
    }

    private boolean flush() {
        return held.replay(next);
    }
}
