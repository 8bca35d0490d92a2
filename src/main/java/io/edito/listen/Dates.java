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
        for (DateTimeFormatter f : RFC_822) {
            try {
                return ZonedDateTime.parse(noWeekday, f).toInstant();
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

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
