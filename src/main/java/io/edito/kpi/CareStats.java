package io.edito.kpi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Community-care figures for one inbox channel (or all channels: {@code channel} = "all").
 *
 * @param responseRate      replied / messages
 * @param medianMinutes     median first-response time of replied messages (nearest rank)
 * @param p90Minutes        90th percentile first-response time (nearest rank)
 * @param withinSla         messages replied within the SLA / messages (unreplied ones count as outside)
 * @param resolutionRate    resolved / messages that say whether they are resolved
 * @param complaintsHandled complaints resolved (or, where resolution is not given, replied) / complaints
 */
public record CareStats(String channel, long messages, long replied, Double responseRate, Double medianMinutes,
                        Double p90Minutes, Double withinSla, Double resolutionRate, long complaints,
                        Double complaintsHandled) {

    /** The values by target metric name. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("messages", (double) messages);
        m.put("response_rate", responseRate);
        m.put("median_response_minutes", medianMinutes);
        m.put("p90_response_minutes", p90Minutes);
        m.put("within_sla", withinSla);
        m.put("resolution_rate", resolutionRate);
        m.put("complaints", (double) complaints);
        m.put("complaints_handled", complaintsHandled);
        return m;
    }
}
