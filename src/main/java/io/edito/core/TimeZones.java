package io.edito.core;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The one way edito reads a time zone (edito.yaml's {@code timezone:}, {@code --tz}, a post's {@code at: ... Europe/Paris}):
 * an IANA zone id. A common abbreviation ({@code EST}, {@code CET}, {@code PST}) is no zone (it names half a year, and
 * several places share it): the message names the region to use, where a plain "did you mean" would offer a zone
 * that merely looks alike ({@code EST} is one letter from {@code EET}, which is Athens).
 */
public final class TimeZones {
    /** Abbreviations people write, with the region usually meant (the zone that follows its summer time). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("BST", "Europe/London"), Map.entry("IST", "Asia/Kolkata"),
            Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"),
            Map.entry("WET", "Europe/Lisbon"), Map.entry("WEST", "Europe/Lisbon"),
            Map.entry("EET", "Europe/Athens"), Map.entry("EEST", "Europe/Athens"),
            Map.entry("MSK", "Europe/Moscow"), Map.entry("GST", "Asia/Dubai"),
            Map.entry("JST", "Asia/Tokyo"), Map.entry("AEST", "Australia/Sydney"),
            Map.entry("AEDT", "Australia/Sydney"));

    private TimeZones() {
    }

    /**
     * The zone {@code id} names.
     *
     * @throws IllegalArgumentException with a one-line reason ({@code unknown time zone 'EST': an abbreviation, not a
     *                                  zone; use America/New_York}) when it names none
     */
    public static ZoneId parse(String id) {
        String abbreviation = ABBREVIATIONS.get(id.strip().toUpperCase(java.util.Locale.ROOT));
        if (abbreviation != null && !ZoneId.getAvailableZoneIds().contains(id.strip())) {
            throw new IllegalArgumentException("unknown time zone '" + id + "': an abbreviation, not a zone; use "
                    + abbreviation + " or the region of the account (for a fixed offset: +01:00)");
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            String closest = Suggest.didYouMean(id, ZoneId.getAvailableZoneIds());
            throw new IllegalArgumentException("unknown time zone '" + id + "'"
                    + (closest.isEmpty() ? " (an IANA zone such as Africa/Casablanca)" : closest));
        }
    }
}
