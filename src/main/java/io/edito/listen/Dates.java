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
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            // RFC 822 zone names beyond GMT (EST, PDT...) and single-digit days
            return ZonedDateTime.parse(t, DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz",
                    java.util.Locale.ENGLISH)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
