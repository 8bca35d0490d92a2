package io.edito.agenda;

import io.edito.calendar.Post;
import io.edito.core.EnglishDates;
import io.edito.text.MarkdownLiteral;
import java.io.PrintWriter;

/**
 * A Markdown table per week, for a wiki page or a pull-request comment: a row per post and time (a channel's variant
 * may move it), the text as displayed ({@link AgendaText#excerpt}) written so that Markdown shows it literally.
 */
public final class AgendaMarkdown {
    private static final EnglishDates WHEN = EnglishDates.ofPattern("EEE dd MMM HH:mm");

    private AgendaMarkdown() {
    }

    public static void render(Agenda agenda, PrintWriter out) {
        // several brands, each in its own zone: a Brand column says whose each row (and its time) is
        boolean brands = agenda.namesBrands();
        boolean firstWeek = true;
        for (Agenda.Week w : agenda.weeks()) {
            if (!firstWeek) {
                out.println();
            }
            firstWeek = false;
            out.println("## " + AgendaText.heading(w));
            out.println();
            out.println("| When |" + (brands ? " Brand |" : "") + " Post | Channels | Status | Lang | Text |");
            out.println("|---|" + (brands ? "---|" : "") + "---|---|---|---|---|");
            for (Agenda.Entry e : w.entries()) {
                Post p = e.post();
                out.println("| " + (e.time() == null ? "" : WHEN.formatTwiceTold(e.time())) + " | "
                        + (brands ? cell(String.valueOf(p.brand())) + " | " : "") + "`" + p.id() + "` | "
                        + cell(String.join(", ", e.channels())) + " | " + p.status().id() + " | " + cell(e.lang()) + " | "
                        + cell(AgendaText.excerpt(e)) + " |");
            }
        }
        if (agenda.entries().isEmpty()) {
            out.println("_No posts match._");
        }
    }

    private static String cell(String s) {
        return MarkdownLiteral.cell(s);
    }
}
