package io.edito.agenda;

import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.calendar.Text;
import io.edito.core.EnglishDates;
import io.edito.core.Paint.Tone;
import io.edito.core.Paint;
import io.edito.text.ControlChars;
import io.edito.text.DisplayWidth;
import io.edito.text.NetworkText;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A week-by-week view: a heading per ISO week, one line per post (day, time in the post's zone, its brand when the
 * agenda holds several, status, id, channels, the start of the text), cut to the terminal width without splitting
 * a character.
 */
public final class AgendaText {
    private static final EnglishDates DAY = EnglishDates.ofPattern("EEE dd");
    private static final EnglishDates TIME = EnglishDates.ofPattern("HH:mm");
    private static final EnglishDates WEEK_DAY = EnglishDates.ofPattern("d MMM");

    private AgendaText() {
    }

    public static void render(Agenda agenda, int width, Paint paint, PrintWriter out) {
        if (agenda.entries().isEmpty()) {
            out.println("No posts match.");
            return;
        }
        int idWidth = Math.min(28, agenda.entries().stream().mapToInt(e -> e.post().id().length()).max().orElse(10));
        // several brands, each in its own zone: a row says whose it is (the times are the brand's own)
        boolean brands = agenda.namesBrands();
        int brandWidth = !brands ? 0 : Math.min(16, agenda.entries().stream()
                .mapToInt(e -> String.valueOf(e.post().brand()).length()).max().orElse(0));
        // the second 02:30 of the night clocks go back shows its offset: the rows' order alone would not tell; the
        // other rows keep their columns in line with it
        int timeWidth = agenda.entries().stream().anyMatch(e -> e.time() != null
                && !EnglishDates.twiceOffset(e.time()).isEmpty()) ? 5 + " (+00:00)".length() : 5;
        boolean firstWeek = true;
        for (Agenda.Week w : agenda.weeks()) {
            if (!firstWeek) {
                out.println();
            }
            firstWeek = false;
            out.println(paint.paint(heading(w), Tone.BOLD));
            for (Agenda.Entry e : w.entries()) {
                row(e, brands, brandWidth, idWidth, timeWidth, width, paint, out);
            }
        }
        out.println();
        int posts = agenda.posts().size();
        // distinct times: the rows of one time in several languages are one time
        long times = agenda.entries().stream().map(e -> e.post().id() + " " + e.time()).distinct().count();
        out.println(posts + (posts == 1 ? " post" : " posts") + (times == posts ? "" : " at " + times + " times"));
    }

    private static void row(Agenda.Entry e, boolean brands, int brandWidth, int idWidth, int timeWidth, int width,
            Paint paint, PrintWriter out) {
        Post p = e.post();
        ZonedDateTime t = e.time();
        String day = t == null ? "      " : DAY.format(t);
        String time = pad(t == null ? "" : TIME.format(t) + EnglishDates.twiceOffset(t), timeWidth);
        String status = pad(p.status().id(), 9);
        String id = pad(DisplayWidth.truncate(p.id(), idWidth), idWidth);
        String channels = String.join(",", e.channels());
        String brand = brands ? pad(DisplayWidth.truncate(String.valueOf(p.brand()), brandWidth), brandWidth) + "  " : "";
        String head = "  " + day + " " + time + "  " + brand + status + " " + id + "  " + channels;
        int used = DisplayWidth.of(head);
        String excerpt = excerpt(e);
        String line = paint.paint("  " + day + " " + time, Tone.CYAN) + "  " + brand
                + paint.paint(status, tone(p.status())) + " " + paint.paint(id, Tone.BOLD) + "  " + channels;
        int room = width - used - 2;
        if (room >= 8 && !excerpt.isEmpty()) {
            line += "  " + paint.paint(DisplayWidth.truncate(excerpt, room), Tone.DIM);
        }
        out.println(line);
    }

    /** A week's heading: "Week 49 · 30 Nov – 6 Dec 2026", or "Not scheduled yet". */
    static String heading(Agenda.Week w) {
        return w.monday() == null ? "Not scheduled yet" : weekHeading(w.monday());
    }

    /**
     * The heading of the ISO week of {@code d}: its number, Monday to Sunday, and the year; both years when the week
     * runs from one into the next ("Week 53 · 28 Dec 2026 – 3 Jan 2027": week 53 is 2026's, which the Sunday's year
     * alone did not say).
     */
    static String weekHeading(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        String from = WEEK_DAY.format(monday) + (monday.getYear() == sunday.getYear() ? "" : " " + monday.getYear());
        return "Week " + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " · " + from + " – " + WEEK_DAY.format(sunday) + " "
                + sunday.getYear();
    }

    /** The first line of a row's text ({@link #excerpt(Text)}), or why nothing goes out on its accounts. */
    static String excerpt(Agenda.Entry e) {
        String nothing = e.nothingGoesOut();
        return nothing != null ? nothing : excerpt(e.text());
    }

    /**
     * The first line of a row's text ({@link Agenda.Entry#text}) as it is displayed ({@link NetworkText}: CommonMark emphasis markers gone,
     * {@code snake_case} and URLs kept), runs of spaces made one.
     */
    static String excerpt(Text text) {
        if (text == null || text.value() == null) {
            return "";
        }
        String s = NetworkText.render(text.value()).strip();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        return ControlChars.shown(s.replaceAll("\\s+", " ").strip()); // no ESC of the text reaches the terminal
    }

    private static Tone tone(Status s) {
        return switch (s) {
            case DRAFT, REVIEW -> Tone.YELLOW;
            case APPROVED, SCHEDULED -> Tone.GREEN;
            case PUBLISHED -> Tone.BLUE;
            case CANCELLED -> Tone.DIM;
        };
    }

    private static String pad(String s, int w) {
        int n = DisplayWidth.of(s);
        return n >= w ? s : s + " ".repeat(w - n);
    }
}
