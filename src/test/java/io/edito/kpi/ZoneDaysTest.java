package io.edito.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ZoneDays' day and week hour are those of the JDK's {@code atZone}, in fixed and changing zones, sorted or not. */
class ZoneDaysTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Z"), ZoneId.of("+02:00"),
            ZoneId.of("-09:30"), ZoneId.of("+14:00"), ZoneId.of("GMT+05:45"), ZoneId.of("Europe/Paris"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Apia"), ZoneId.of("America/St_Johns"));

    /** Instants of 1900-2100: random ones, runs of the same day, and the seconds around midnights and shifts. */
    private static List<Instant> instants(Random r, ZoneId zone) {
        List<Instant> out = new ArrayList<>();
        long from = -2_208_988_800L;
        long span = 6_311_433_600L;
        for (int i = 0; i < 3000; i++) {
            long s = from + (long) (r.nextDouble() * span);
            switch (r.nextInt(4)) {
                case 0 -> out.add(Instant.ofEpochSecond(s));
                case 1 -> { // a run of posts close together (the day cache)
                    for (int k = 0; k < 5; k++) {
                        out.add(Instant.ofEpochSecond(s + k * (long) r.nextInt(7200)));
                    }
                }
                case 2 -> { // both sides of the zone's midnight
                    ZonedDateTime midnight = LocalDate.ofInstant(Instant.ofEpochSecond(s), zone).atStartOfDay(zone);
                    long m = midnight.toEpochSecond();
                    for (long d : new long[] {-3601, -1, 0, 1, 3599, 3600, 86_399, 86_400}) {
                        out.add(Instant.ofEpochSecond(m + d));
                    }
                }
                default -> { // both sides of the zone's next change of offset, if any
                    var next = zone.getRules().nextTransition(Instant.ofEpochSecond(s));
                    if (next != null) {
                        long t = next.toEpochSecond();
                        for (long d : new long[] {-3601, -1, 0, 1, 3600}) {
                            out.add(Instant.ofEpochSecond(t + d));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theDayAndWeekHourAreTheJdksInEveryZone() {
        Random r = new Random(19);
        int checked = 0;
        for (ZoneId zone : ZONES) {
            ZoneDays days = new ZoneDays(zone);
            for (Instant t : instants(r, zone)) {
                ZonedDateTime z = t.atZone(zone);
                assertThat(days.of(t)).as("%s in %s", t, zone).isEqualTo(z.toLocalDate());
                assertThat(ZoneDays.weekHour(t, zone)).as("%s in %s", t, zone)
                        .isEqualTo((z.getDayOfWeek().getValue() - 1) * 24 + z.getHour());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }
}
