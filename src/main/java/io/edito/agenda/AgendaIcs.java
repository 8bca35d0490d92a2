package io.edito.agenda;

import io.edito.calendar.Post;
import io.edito.core.EditoException;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An iCalendar (RFC 5545) feed with ical4j: one event per dated post, starting at its time (UTC), lasting 15
 * minutes; the UID is made from the post id and brand so that calendar apps update events instead of duplicating.
 */
public final class AgendaIcs {
    static final Duration LENGTH = Duration.ofMinutes(15);

    private AgendaIcs() {
    }

    /** @param stamp the DTSTAMP of every event (the time the feed is made) */
    public static String render(Agenda agenda, Instant stamp) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//edito//editorial calendar//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (Post p : agenda.posts()) {
            if (p.time() == null) {
                continue;
            }
            VEvent e = new VEvent(p.time().toInstant(), LENGTH, p.id() + " (" + String.join(", ", p.channels()) + ")");
            e.add(new Uid(uid(p)));
            e.replace(new DtStamp(stamp));
            List<String> lines = new ArrayList<>();
            lines.add("Status: " + p.status().id());
            if (p.lang() != null) {
                lines.add("Language: " + p.lang());
            }
            if (p.campaign() != null) {
                lines.add("Campaign: " + p.campaign());
            }
            if (p.content().text() != null) {
                lines.add("");
                lines.add(p.content().text().value().strip());
            }
            e.add(new Description(String.join("\n", lines)));
            List<String> cats = new ArrayList<>(p.channels());
            if (p.campaign() != null) {
                cats.add(p.campaign());
            }
            e.add(new Categories(new TextList(cats)));
            e.add(p.status() == io.edito.calendar.Status.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                    : p.status().isReady() || p.status() == io.edito.calendar.Status.PUBLISHED
                    ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_TENTATIVE));
            cal.add(e);
        }
        StringWriter w = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, w);
        } catch (IOException e) {
            throw EditoException.runtime("cannot write iCalendar: " + e.getMessage(), e);
        }
        return w.toString();
    }

    static String uid(Post p) {
        return p.id() + "@" + (p.brand() == null ? "calendar" : p.brand()) + ".edito";
    }
}
