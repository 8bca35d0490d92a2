package io.edito.kpi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The listening and care section of a report: the brand's mentions of the period from the mention store
 * (docs/listening.md), their volume, the share of voice against the competitors, and how the team answered them.
 *
 * @param sla        the first-response target (listening.sla, else --sla)
 * @param all        the brand's mentions (competitors' mentions are counted in the share of voice only)
 * @param perDay     the brand's mentions per day (brand's zone), days with none left out
 * @param perSource  the brand's mentions per source id
 * @param voice      the brand and each competitor: mentions and share of all of them
 * @param by         the dimension of {@code slices} ({@code source}, {@code kind} or {@code competitor})
 * @param slices     the figures per value of {@code by}
 */
public record ListeningReport(Duration sla, ListeningStats all, Map<LocalDate, Long> perDay,
                              Map<String, Long> perSource, List<Voice> voice, String by, List<ListeningStats> slices) {

    /** One voice: {@code brand} or a competitor's name, its mentions and its share of all of them (null: none). */
    public record Voice(String who, long mentions, Double share) {
    }

    /** The brand's share of voice, or null when the period has no mention at all. */
    public Double shareOfVoice() {
        return voice.isEmpty() ? null : voice.get(0).share();
    }

    /** The value a target names, on the brand's mentions or on one source ({@code scope}). */
    public Double value(String metric, String scope) {
        if (metric.equals("share_of_voice")) {
            return scope == null ? shareOfVoice() : null;
        }
        if (scope == null) {
            return all.asMap().get(metric);
        }
        return slices.stream().filter(s -> by.equals("source") && s.key().equals(scope)).findFirst()
                .map(s -> s.asMap().get(metric)).orElse(null);
    }
}
