package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExportTimeParserTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private final ExportTimeParser p = new ExportTimeParser(NY, LocalDate.of(2026, 3, 1), false);

    @Test
    void isoWithAndWithoutZone() {
        assertThat(p.instant("2025-03-03T09:15:00+01:00")).isEqualTo(Instant.parse("2025-03-03T08:15:00Z"));
        assertThat(p.instant("2019-10-30 00:13 +0000")).isEqualTo(Instant.parse("2019-10-30T00:13:00Z"));
        assertThat(p.instant("2025-03-10T08:00:00Z")).isEqualTo(Instant.parse("2025-03-10T08:00:00Z"));
        assertThat(p.instant("2025-01-15 10:00")).as("account zone").isEqualTo(Instant.parse("2025-01-15T15:00:00Z"));
        assertThat(p.instant("2025-07-15T10:00:00.250")).isEqualTo(Instant.parse("2025-07-15T14:00:00.250Z"));
        ExportTimeParser.Parsed d = p.parse("2025-01-15");
        assertThat(d.time()).isNull();
        assertThat(p.instant("2025-01-15")).isEqualTo(Instant.parse("2025-01-15T05:00:00Z"));
    }

    @Test
    void exportFormats() {
        assertThat(p.parse("01/19/2017 09:03:47 AM").time()).isEqualTo(LocalTime.of(9, 3, 47));
        assertThat(p.parse("01/19/2017 09:03:47 PM").time()).isEqualTo(LocalTime.of(21, 3, 47));
        assertThat(p.parse("03/18/2025 09:48").date()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(p.parse("Sat, Aug 22, 2026").date()).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(p.parse("Apr 29, 2020").date()).isEqualTo(LocalDate.of(2020, 4, 29));
        assertThat(p.parse("25/03/2025").date()).as("day > 12: day first").isEqualTo(LocalDate.of(2025, 3, 25));
        ExportTimeParser fr = new ExportTimeParser(NY, LocalDate.of(2026, 3, 1), true);
        assertThat(fr.parse("05/03/2025").date()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(p.parse("-")).isNull();
        assertThatThrownBy(() -> p.parse("someday")).hasMessageContaining("not a date: 'someday'");
    }

    @Test
    void aTwoDigitYearIsRefusedNeverReadAsTheYear17() {
        ExportTimeParser fr = new ExportTimeParser(NY, LocalDate.of(2026, 3, 1), true);
        assertThatThrownBy(() -> fr.parse("22/09/17 11:00:24")).hasMessageContaining("two-digit year");
        assertThatThrownBy(() -> p.parse("09/22/17")).hasMessageContaining("two-digit year");
        assertThat(fr.parse("22/09/2017 11:00:24").date()).isEqualTo(LocalDate.of(2017, 9, 22));
    }

    @Test
    void withoutYearTheLatestOccurrenceOnOrBeforeAsOf() {
        assertThat(p.parse("February 28").date()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(p.parse("March 2").date()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(p.parse("March 1").date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(p.parse("December 31").date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.parse("February 29").date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
