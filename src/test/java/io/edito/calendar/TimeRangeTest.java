package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** --from/--to read in each time's own zone, compared as instants across the nights clocks change. */
class TimeRangeTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static ZonedDateTime at(String local, String offset) {
        return ZonedDateTime.ofStrict(LocalDateTime.parse(local), ZoneOffset.of(offset), PARIS);
    }

    private static TimeRange from(String local) {
        return new TimeRange(LocalDateTime.parse(local), null);
    }

    private static TimeRange to(String local) {
        return new TimeRange(null, LocalDateTime.parse(local));
    }

    @Test
    void aDayBeginsAtEachZonesOwnMidnight() {
        TimeRange december = new TimeRange(LocalDateTime.parse("2026-12-01T00:00"), LocalDateTime.parse("2026-12-02T00:00"));
        assertThat(december.contains(ZonedDateTime.of(LocalDateTime.parse("2026-12-01T00:00"), PARIS))).isTrue();
        assertThat(december.contains(ZonedDateTime.of(LocalDateTime.parse("2026-12-01T23:59"), PARIS))).isTrue();
        assertThat(december.contains(ZonedDateTime.of(LocalDateTime.parse("2026-12-02T00:00"), PARIS))).isFalse();
        ZoneId montreal = ZoneId.of("America/Montreal");
        assertThat(december.contains(ZonedDateTime.of(LocalDateTime.parse("2026-12-01T20:00"), montreal))).isTrue();
        assertThat(december.contains(ZonedDateTime.of(LocalDateTime.parse("2026-11-30T23:00"), montreal))).isFalse();
        assertThat(december.contains(null)).isFalse();
        assertThat(TimeRange.ALL.contains(null)).isTrue();
    }

    @Test
    void theNightClocksGoBackFollowsRealTime() {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:00-02:59 happens twice
        ZonedDateTime firstQuarterTo3 = at("2026-10-25T02:45", "+02:00");
        ZonedDateTime secondQuarterPast2 = at("2026-10-25T02:15", "+01:00");
        ZonedDateTime firstQuarterPast2 = at("2026-10-25T02:15", "+02:00");
        // a bound that happens twice is its first time: everything after it in real time is within
        assertThat(from("2026-10-25T02:30").contains(firstQuarterTo3)).isTrue();
        assertThat(from("2026-10-25T02:30").contains(secondQuarterPast2)).isTrue(); // left out when compared locally
        assertThat(from("2026-10-25T02:30").contains(firstQuarterPast2)).isFalse();
        assertThat(to("2026-10-25T02:30").contains(firstQuarterPast2)).isTrue();
        assertThat(to("2026-10-25T02:30").contains(secondQuarterPast2)).isFalse(); // taken when compared locally
        assertThat(to("2026-10-25T02:30").contains(firstQuarterTo3)).isFalse();
    }

    @Test
    void aBoundInTheSkippedHourIsTheJump() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 does not exist there
        assertThat(from("2026-03-29T02:30").contains(at("2026-03-29T03:00", "+02:00"))).isTrue();
        assertThat(from("2026-03-29T02:30").contains(at("2026-03-29T01:59", "+01:00"))).isFalse();
        assertThat(to("2026-03-29T02:30").contains(at("2026-03-29T01:59", "+01:00"))).isTrue();
        assertThat(to("2026-03-29T02:30").contains(at("2026-03-29T03:00", "+02:00"))).isFalse();
        assertThat(TimeRange.instant(LocalDateTime.parse("2026-03-29T02:30"), PARIS))
                .isEqualTo(java.time.Instant.parse("2026-03-29T01:00:00Z"));
    }
}
