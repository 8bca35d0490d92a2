package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeZonesTest {
    @Test
    void aRegionOrAnOffsetIsAZone() {
        assertThat(TimeZones.parse("Africa/Casablanca")).isEqualTo(ZoneId.of("Africa/Casablanca"));
        assertThat(TimeZones.parse(" Europe/Paris ")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(TimeZones.parse("+01:00")).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(TimeZones.parse("CET")).as("a zone of the tz database, as before").isEqualTo(ZoneId.of("CET"));
    }

    @Test
    void anAbbreviationNamesTheRegionUsuallyMeantNotALookAlike() {
        assertThatThrownBy(() -> TimeZones.parse("EST")).hasMessage("unknown time zone 'EST': an abbreviation, not a "
                + "zone; use America/New_York or the region of the account (for a fixed offset: +01:00)");
        assertThatThrownBy(() -> TimeZones.parse("pdt")).hasMessageContaining("use America/Los_Angeles");
    }

    @Test
    void aMisspeltRegionGetsTheClosestOne() {
        assertThatThrownBy(() -> TimeZones.parse("Europe/Pariss"))
                .hasMessage("unknown time zone 'Europe/Pariss' (did you mean 'Europe/Paris'?)");
        assertThatThrownBy(() -> TimeZones.parse("Mars/Olympus_Mons_Base"))
                .hasMessage("unknown time zone 'Mars/Olympus_Mons_Base' (an IANA zone such as Africa/Casablanca)");
    }
}
