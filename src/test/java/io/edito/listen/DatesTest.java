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
}
