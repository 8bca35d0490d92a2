package io.edito.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The day of an instant in the brand's zone, the last day remembered (exports are mostly sorted or clustered). */
final class ZoneDays {
    private final ZoneId zone;
    private long cachedDayStart = Long.MAX_VALUE;
    private long cachedDayEnd = Long.MIN_VALUE;
    private LocalDate cachedDay;

    ZoneDays(ZoneId zone) {
        this.zone = zone;
    }

    LocalDate of(Instant t) {
        long s = t.getEpochSecond();
        if (s >= cachedDayStart && s < cachedDayEnd) {
            return cachedDay;
        }
        LocalDate d = LocalDate.ofInstant(t, zone);
        cachedDay = d;
        cachedDayStart = d.atStartOfDay(zone).toEpochSecond();
        cachedDayEnd = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
        return d;
    }
}
