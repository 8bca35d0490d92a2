package io.edito.agenda;

import io.edito.calendar.Post;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A Markdown table per week, for a wiki page or a pull-request comment. */
public final class AgendaMarkdown {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.ENGLISH);

    private AgendaMarkdown() {
    }

    public static void render(Agenda agenda, PrintWriter out) {
        String week = null;
        for (Post p : agenda.posts()) {
            String thisWeek = p.time() == null ? "Not scheduled yet" : AgendaText.weekHeading(p.time().toLocalDate());
            if (!thisWeek.equals(week)) {
                if (week != null) {
                    out.println();
                }
                out.println("## " + thisWeek);
                out.println();
                out.println("| When | Post | Channels | Status | Lang | Text |");
                out.println("|---|---|---|---|---|---|");
                week = thisWeek;
            }
            out.println("| " + (p.time() == null ? "" : WHEN.format(p.time())) + " | `" + p.id() + "` | "
                    + String.join(", ", p.channels()) + " | " + p.status().id() + " | " + cell(p.lang()) + " | "
                    + cell(AgendaText.excerpt(p)) + " |");
        }
        if (agenda.posts().isEmpty()) {
            out.println("_No posts match._");
        }
    }

    /** Escapes what would break a table cell. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
