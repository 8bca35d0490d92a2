package io.edito.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The day of an instant in the brand's zone, the last day remembered (exports are mostly sorted or clustered). In a
 * zone of one fixed offset (UTC, {@code +02:00}) the day's bounds are computed from the offset, without the zone's
 * rules for the start of a day; about a change of offset nothing is remembered.
 */
final class ZoneDays {
    private static final int SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    /** The zone's one offset in seconds, or null when it changes (summer time). */
    private final Integer fixedOffset;
    private long cachedDayStart = Long.MAX_VALUE;
    private long cachedDayEnd = Long.MIN_VALUE;
    private LocalDate cachedDay;

    ZoneDays(ZoneId zone) {
        this.zone = zone;
        ZoneRules rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : null;
    }

    LocalDate of(Instant t) {
        long s = t.getEpochSecond();
        if (s >= cachedDayStart && s < cachedDayEnd) {
            return cachedDay;
        }
        LocalDate d;
        if (fixedOffset != null) {
            long day = Math.floorDiv(s + fixedOffset, SECONDS_PER_DAY);
            d = LocalDate.ofEpochDay(day);
            cachedDayStart = day * SECONDS_PER_DAY - fixedOffset;
            cachedDayEnd = cachedDayStart + SECONDS_PER_DAY;
        } else {
            d = LocalDate.ofInstant(t, zone);
            long start = d.atStartOfDay(zone).toEpochSecond();
            ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochSecond(start));
            if (next == null || next.toEpochSecond() > start + 2 * SECONDS_PER_DAY) {
                cachedDayStart = start;
                cachedDayEnd = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
            } else {
                // the offset changes about this day: a clock set back at midnight repeats the end of the day before
                // after the start of this one (America/St_Johns, 2002), so the bounds would not tell the day
                cachedDayStart = Long.MAX_VALUE;
                cachedDayEnd = Long.MIN_VALUE;
            }
        }
        cachedDay = d;
        return d;
    }

    /**
     * The day of the week (0 = Monday) and the hour of {@code t} in {@code zone}, as {@code day * 24 + hour}: what
     * {@code t.atZone(zone)} tells by {@code getDayOfWeek()} and {@code getHour()}, without making the date-time.
     */
    static int weekHour(Instant t, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(t);
        long local = t.getEpochSecond() + offset.getTotalSeconds();
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int hour = (int) (Math.floorMod(local, SECONDS_PER_DAY) / 3600);
        int dayOfWeek = (int) Math.floorMod(day + 3, 7); // 1970-01-01, epoch day 0, was a Thursday
        return dayOfWeek * 24 + hour;
    }
}
