package io.edito.kpi;

import io.edito.listen.Mention;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The mention store's mentions for the listening and care section, with its first-response target and table dimension.
 *
 * @param sla the first-response target of listening ({@code listening.sla})
 * @param by  the section table's dimension: source, kind or competitor
 */
record ListeningInput(List<Mention> mentions, Duration sla, String by) {
    static final ListeningInput NONE = new ListeningInput(List.of(), null, "source");

    ListeningInput {
        mentions = List.copyOf(mentions);
    }

    /** The section over the mentions of {@code from}..{@code to} in {@code zone}, or null without mentions. */
    ListeningReport report(ZoneId zone, LocalDate from, LocalDate to) {
        return mentions.isEmpty() ? null : ListeningKpis.of(mentions, zone, from, to, sla, by);
    }
}
