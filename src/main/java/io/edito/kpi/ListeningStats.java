package io.edito.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listening and care figures for one slice of the period's mentions (all the brand's, one source, one kind, or one
 * competitor's): docs/kpi.md#listening-and-care gives each formula.
 *
 * @param key                    the slice ({@code all}, a source id, a kind, a competitor or {@code brand})
 * @param mentions               mentions in the period
 * @param complaints             of them, complaints
 * @param complaintShare         complaints / mentions
 * @param answered               mentions with a first response (answered through edito or recorded by hand)
 * @param responseRate           answered / mentions
 * @param medianResponseMinutes  median first-response time of the answered ones (nearest rank)
 * @param p90ResponseMinutes     90th percentile first-response time (nearest rank)
 * @param withinSla              mentions answered within the SLA / mentions (unanswered count as outside)
 * @param closed                 mentions whose ticket is closed
 * @param medianCloseMinutes     median time from the mention to the close of its ticket, over the closed ones
 * @param complaintsHandled      complaints answered or closed / complaints (null without complaints: not 100 %)
 */
public record ListeningStats(String key, long mentions, long complaints, Double complaintShare, long answered,
                             Double responseRate, Double medianResponseMinutes, Double p90ResponseMinutes,
                             Double withinSla, long closed, Double medianCloseMinutes, Double complaintsHandled) {

    /** What a target may name, evaluated on the brand's mentions ({@code @SOURCE} for one source). */
    public static final List<String> KPI_KEYS = List.of("mentions", "complaint_share", "response_rate",
            "median_response_minutes", "p90_response_minutes", "within_sla", "median_close_minutes", "complaints",
            "complaints_handled", "share_of_voice");
    public static final Set<String> RATE_KEYS = Set.of("complaint_share", "response_rate", "within_sla",
            "complaints_handled", "share_of_voice");

    /** The values by target metric name ({@code share_of_voice} is the section's, not a slice's). */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mentions", (double) mentions);
        m.put("complaints", (double) complaints);
        m.put("complaint_share", complaintShare);
        m.put("answered", (double) answered);
        m.put("response_rate", responseRate);
        m.put("median_response_minutes", medianResponseMinutes);
        m.put("p90_response_minutes", p90ResponseMinutes);
        m.put("within_sla", withinSla);
        m.put("closed", (double) closed);
        m.put("median_close_minutes", medianCloseMinutes);
        m.put("complaints_handled", complaintsHandled);
        return m;
    }
}
