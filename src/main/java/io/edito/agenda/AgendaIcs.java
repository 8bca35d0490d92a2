package io.edito.agenda;

import io.edito.calendar.Post;
import io.edito.calendar.Slot;
import io.edito.text.ControlChars;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
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
 * An iCalendar (RFC 5545) feed with ical4j: one event per dated post and distinct time (a channel's variant may move
 * the post), starting at that time (UTC), lasting 15 minutes; the UID is made from the post id and brand (and the
 * moved channel) so that calendar apps update events instead of duplicating. Lines are folded at 75 octets.
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
        for (Agenda.Entry entry : agenda.entries()) {
            Post p = entry.post();
            if (entry.time() == null) {
                continue;
            }
            VEvent e = new VEvent(entry.time().toInstant(), LENGTH,
                    p.id() + " (" + String.join(", ", entry.channels()) + ")");
            e.add(new Uid(uid(p, entry.slot(), entry.group())));
            e.replace(new DtStamp(stamp));
            List<String> lines = new ArrayList<>();
            lines.add("Status: " + p.status().id());
            if (entry.lang() != null) {
                lines.add("Language: " + entry.lang());
            }
            if (p.campaign() != null) {
                lines.add("Campaign: " + p.campaign());
            }
            String nothing = entry.nothingGoesOut();
            if (nothing != null) {
                lines.add("");
                lines.add(nothing);
            } else if (entry.text() != null && entry.text().value() != null) {
                lines.add("");
                lines.add(entry.text().value().strip());
            }
            // no control character but line breaks in a TEXT value (RFC 5545 §3.3.11): a lone CR would end the line
            e.add(new Description(ControlChars.printable(String.join("\n", lines), "\n")));
            List<String> cats = new ArrayList<>(entry.channels());
            if (p.campaign() != null) {
                cats.add(ControlChars.printable(p.campaign(), " "));
            }
            e.add(new Categories(new TextList(cats)));
            e.add(p.status() == io.edito.calendar.Status.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                    : p.status().isReady() || p.status() == io.edito.calendar.Status.PUBLISHED
                    ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_TENTATIVE));
            cal.add(e);
        }
        if (cal.getComponents().isEmpty()) {
            // RFC 5545 (3.6) wants at least one component: a selection without any post is the time zone of the
            // feed's times (UTC), so that a subscribed or strictly validated calendar stays a valid, empty one
            cal.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Etc/UTC").getVTimeZone());
        }
        // ical4j's CalendarOutputter folds every 73 chars (UTF-16 units), which gives lines of up to 4 x 73 octets
        // in UTF-8 and can split a surrogate pair: the unfolded content lines are folded here, by octets.
        return IcsFolding.fold(cal.toString());
    }

    /**
     * The post's UID at the post's own time, {@code <id>@<brand>.edito} (what it always was, so that subscribed
     * calendars keep their events), and {@code <id>+<first channel>@<brand>.edito} for a time a variant moves it to:
     * '+' is in no post id, so that this is never the UID of a post whose id ends with "-x". Built from the post's
     * full slot, so that it does not change with {@code --channel}. A slot whose channels post in several languages
     * has a row per language ({@link Agenda.Entry#group}): the first keeps the slot's UID, each other one is
     * {@code <id>+<its first channel>@<brand>.edito}.
     */
    static String uid(Post p, Slot slot, String group) {
        String brand = "@" + (p.brand() == null ? "calendar" : p.brand()) + ".edito";
        if (group != null) {
            return p.id() + "+" + group + brand;
        }
        return slot.own() || slot.channels().isEmpty() ? p.id() + brand : p.id() + "+" + slot.channels().get(0) + brand;
    }
}
