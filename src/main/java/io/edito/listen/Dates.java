package io.edito.listen;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The dates feeds and APIs write: RFC 3339 / ISO 8601 with offset, RFC 822 ({@code Thu, 12 Nov 2015 21:16:39 +0000}). */
final class Dates {
    private Dates() {
    }

    /** The instant, or null when {@code text} is none of those forms. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        // RFC 822 as feeds write it: zone names beyond GMT (EST, PDT...), single-digit days, two-digit years (26 is
        // 2026), and a weekday that does not match the date (common): the weekday is left out, the date decides
        String noWeekday = t.replaceFirst("^[A-Za-z]{3,9},?\\s+", "");
        java.util.regex.Matcher named = ZONE_NAME.matcher(noWeekday);
        if (named.find()) {
            String offset = FIXED.get(named.group(1).toUpperCase(java.util.Locale.ROOT));
            if (offset != null) { // a fixed offset, whatever the date: EST is -0500 in June too
                noWeekday = noWeekday.substring(0, named.start(1)) + offset;
            }
        }
        for (DateTimeFormatter f : RFC_822) {
            try {
                return ZonedDateTime.parse(noWeekday, f).toInstant();
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    /** A zone written as a name at the end of an RFC 822 date. */
    private static final java.util.regex.Pattern ZONE_NAME = java.util.regex.Pattern.compile("\\s([A-Za-z]{1,5})$");

    /**
     * The zone names of RFC 822 (section 5.1: UT, GMT, the North American standard and daylight names, Z) and the
     * common names of fixed offsets feeds write beside them (BST is British Summer Time, CEST Central European Summer
     * Time): each stands for one offset, not for a region's rules (read as regions, EST in June was 4 hours behind
     * UTC, and BST was Bougainville's +11).
     */
    private static final java.util.Map<String, String> FIXED = java.util.Map.ofEntries(
            java.util.Map.entry("UT", "+0000"), java.util.Map.entry("UTC", "+0000"), java.util.Map.entry("GMT", "+0000"),
            java.util.Map.entry("Z", "+0000"), java.util.Map.entry("EST", "-0500"), java.util.Map.entry("EDT", "-0400"),
            java.util.Map.entry("CST", "-0600"), java.util.Map.entry("CDT", "-0500"), java.util.Map.entry("MST", "-0700"),
            java.util.Map.entry("MDT", "-0600"), java.util.Map.entry("PST", "-0800"), java.util.Map.entry("PDT", "-0700"),
            java.util.Map.entry("AKST", "-0900"), java.util.Map.entry("AKDT", "-0800"), java.util.Map.entry("HST", "-1000"),
            java.util.Map.entry("WET", "+0000"), java.util.Map.entry("WEST", "+0100"), java.util.Map.entry("BST", "+0100"),
            java.util.Map.entry("CET", "+0100"), java.util.Map.entry("CEST", "+0200"), java.util.Map.entry("MET", "+0100"),
            java.util.Map.entry("MEST", "+0200"), java.util.Map.entry("EET", "+0200"), java.util.Map.entry("EEST", "+0300"),
            java.util.Map.entry("MSK", "+0300"), java.util.Map.entry("JST", "+0900"), java.util.Map.entry("KST", "+0900"),
            java.util.Map.entry("AEST", "+1000"), java.util.Map.entry("AEDT", "+1100"), java.util.Map.entry("NZST", "+1200"),
            java.util.Map.entry("NZDT", "+1300"));

    /** RFC 822 dates without their weekday: the year in 2 or 4 digits, the zone as an offset or a name. */
    private static final DateTimeFormatter[] RFC_822 = {rfc822(true), rfc822(false)};

    private static DateTimeFormatter rfc822(boolean offset) {
        java.time.format.DateTimeFormatterBuilder b = new java.time.format.DateTimeFormatterBuilder()
                .parseCaseInsensitive().appendPattern("d MMM ")
                .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, 1970)
                .appendPattern(" HH:mm[:ss] ");
        if (offset) {
            b.appendOffset("+HHMM", "Z");
        } else {
            b.appendPattern("zzz");
        }
        return b.toFormatter(java.util.Locale.ENGLISH);
    }
}
