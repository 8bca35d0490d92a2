package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The dates feeds write, as they write them: RFC 3339, RFC 822 with its variants. */
class DatesTest {
    @Test
    void rfc822AsFeedsWriteIt() {
        Instant friday = Instant.parse("2026-12-18T07:50:00Z");
        assertThat(Dates.parse("Fri, 18 Dec 2026 07:50:00 +0000")).isEqualTo(friday);
        assertThat(Dates.parse("Fri, 18 Dec 26 07:50:00 +0000")).as("a two-digit year, as RFC 822 allows").isEqualTo(friday);
        assertThat(Dates.parse("Thu, 18 Dec 2026 07:50:00 +0000")).as("a wrong weekday: the date decides").isEqualTo(friday);
        assertThat(Dates.parse("Fri, 18 Dec 2026 07:50:00 GMT")).isEqualTo(friday);
        assertThat(Dates.parse("18 Dec 2026 08:50 +0100")).isEqualTo(friday);
        assertThat(Dates.parse("Fri, 18 Dec 2026 02:50:00 EST")).isEqualTo(friday);
        assertThat(Dates.parse("2026-12-18T08:50:00+01:00")).isEqualTo(friday);
        assertThat(Dates.parse("not a date")).isNull();
    }

    @Test
    void aZoneNameIsItsOwnFixedOffsetInSummerToo() {
        // read as regions, EST in June was New York's -04:00 and BST Bougainville's +11:00
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 EST")).isEqualTo(Instant.parse("2025-06-13T02:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 EDT")).isEqualTo(Instant.parse("2025-06-13T01:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 PST")).isEqualTo(Instant.parse("2025-06-13T05:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 PDT")).isEqualTo(Instant.parse("2025-06-13T04:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 BST")).isEqualTo(Instant.parse("2025-06-12T20:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 CET")).isEqualTo(Instant.parse("2025-06-12T20:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 cest")).isEqualTo(Instant.parse("2025-06-12T19:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 UT")).isEqualTo(Instant.parse("2025-06-12T21:16:39Z"));
        assertThat(Dates.parse("Thu, 12 Jun 2025 21:16:39 Z")).isEqualTo(Instant.parse("2025-06-12T21:16:39Z"));
    }
}
