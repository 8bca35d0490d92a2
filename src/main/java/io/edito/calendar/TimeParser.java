package io.edito.calendar;

import io.edito.core.EnglishDates;
import io.edito.core.Problems;
import io.edito.core.SourcePos;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a post's {@code at:}: a local time in the brand's zone ({@code 2026-12-01 18:30}), or with an offset
 * ({@code 2026-12-01T18:30+01:00}) and/or a zone ({@code 2026-12-01 18:30[Europe/Paris]}). A local time that
 * does not exist (DST gap) is an error; one that happens twice (DST overlap) is a warning and takes the earlier
 * offset. Nothing is shifted silently.
 */
public final class TimeParser {
    private static final Pattern AT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?\\s*(?:\\[([^\\]]+)\\])?");
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeParser() {
    }

    /**
     * Parses {@code raw} written at {@code pos}; null (with a problem) when it cannot be read.
     *
     * @param zoneInError the brand's zone is missing or misspelt and that is already an error of edito.yaml: a local
     *                    time is then null without a problem of its own (one error with its suggestion, not one more
     *                    per post)
     */
    public static PostTime parse(String raw, SourcePos pos, ZoneId brandZone, boolean zoneInError, Problems problems) {
        String text = raw.strip();
        Written written;
        try {
            written = read(text);
        } catch (DateTimeException e) {
            problems.error(pos, "'" + text + "' is not a valid date and time");
            return null;
        } catch (IllegalArgumentException e) {
            problems.error(pos, e.getMessage());
            return null;
        }
        if (written == null) {
            problems.error(pos, "'at' must be a date and time such as 2026-12-01 18:30 (local time), "
                    + "2026-12-01T18:30+01:00 or 2026-12-01 18:30[Europe/Paris], not '" + text + "'");
            return null;
        }
        LocalDateTime local = written.local();
        ZoneOffset offset = written.offset();
        ZoneId zone = written.zone() != null ? written.zone() : brandZone;
        boolean explicit = offset != null || written.zone() != null;
        if (offset != null) {
            // shown in the brand's zone, whatever zone it was written in: ranges, rows and windows read it there
            ZonedDateTime at = local.atOffset(offset).atZoneSameInstant(brandZone != null ? brandZone : zone != null ? zone : offset);
            if (written.zone() != null && !zone.getRules().isValidOffset(local, offset)) {
                List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
                problems.error(pos, "offset " + EnglishDates.offset(offset) + " is not in force in " + zone + " at "
                        + SHOW.format(local)
                        + (valid.isEmpty() ? " (that time does not exist there: clocks jump over it)" : " (valid: " + valid.stream().map(EnglishDates::offset)
                        .collect(java.util.stream.Collectors.joining(" or ")) + ")"));
                return null;
            }
            return new PostTime(at, text, true, pos);
        }
        if (zone == null) {
            if (zoneInError) {
                return null;
            }
            problems.error(pos, "'" + text + "' is a local time but no time zone is known: set 'timezone' in "
                    + "edito.yaml, pass --tz, or write an offset (2026-12-01T18:30+01:00)");
            return null;
        }
        Local resolved = local(local, zone);
        if (resolved.at() == null) {
            problems.error(pos, resolved.error());
            return null;
        }
        if (resolved.warning() != null) {
            problems.warning(pos, resolved.warning());
        }
        ZonedDateTime at = resolved.at();
        return new PostTime(brandZone != null ? at.withZoneSameInstant(brandZone) : at, text, explicit, pos);
    }

    /**
     * A time as written, before any zone is applied: its local date and time, and the offset and the zone written with
     * it (each null when not written).
     */
    public record Written(LocalDateTime local, ZoneOffset offset, ZoneId zone) {
    }

    /**
     * The parts of {@code text} written as a post's {@code at:} ({@code 2026-12-01 18:30}, {@code 8:05:30},
     * {@code +01:00}, {@code +0100}, {@code Z}, {@code [Europe/Paris]}), or null when it does not have that shape: the
     * one reading of a time's text, for a calendar and a command's {@code --at}.
     *
     * @throws DateTimeException        for a date or a time that does not exist (30 February, 25:00)
     * @throws IllegalArgumentException with its message, for an offset past 18 hours or a zone edito does not know
     */
    public static Written read(String text) {
        Matcher m = AT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String time = m.group(2).indexOf(':') == 1 ? "0" + m.group(2) : m.group(2); // 8:05:30 is 08:05:30
        LocalDateTime local = LocalDateTime.of(LocalDate.parse(m.group(1)), LocalTime.parse(time));
        ZoneOffset offset = null;
        if (m.group(3) != null) {
            try {
                offset = "Z".equals(m.group(3)) ? ZoneOffset.UTC : ZoneOffset.of(normalizeOffset(m.group(3)));
            } catch (DateTimeException e) {
                // the pattern admits +25:00 or +01:99: a clean error, not a crash
                throw new IllegalArgumentException("'" + m.group(3) + "' is not a UTC offset (from -18:00 to +18:00) in '"
                        + text + "'", e);
            }
        }
        ZoneId zone = m.group(4) == null ? null : io.edito.core.TimeZones.parse(m.group(4));
        return new Written(local, offset, zone);
    }

    /**
     * A local time read in a zone: null and an error when it does not exist there (clocks jump over it), the
     * earlier of its two times and a warning when it happens twice. Read so wherever edito takes a local time: a
     * post's {@code at:}, a command's {@code --at}.
     */
    public record Local(ZonedDateTime at, String error, String warning) {
    }

    /** {@code local} in {@code zone}: see {@link Local}. */
    public static Local local(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return new Local(null, SHOW.format(local) + " does not exist in " + zone + ": clocks jump from "
                    + transition.getDateTimeBefore().toLocalTime() + " to " + transition.getDateTimeAfter().toLocalTime()
                    + " (" + EnglishDates.offset(transition.getOffsetBefore()) + " to "
                    + EnglishDates.offset(transition.getOffsetAfter())
                    + "); choose another time or write an offset", null);
        }
        String warning = null;
        if (transition != null && transition.isOverlap()) {
            String before = EnglishDates.offset(transition.getOffsetBefore());
            warning = SHOW.format(local) + " happens twice in " + zone + " (at " + before + ", then at "
                    + EnglishDates.offset(transition.getOffsetAfter()) + "); edito uses the first (" + before
                    + "): write an offset to choose";
        }
        return new Local(ZonedDateTime.ofLocal(local, zone, null), null, warning);
    }

    private static String normalizeOffset(String o) {
        if (o.length() == 3) {
            return o + ":00";
        }
        if (o.length() == 5) {
            return o.substring(0, 3) + ":" + o.substring(3);
        }
        return o;
    }
}
