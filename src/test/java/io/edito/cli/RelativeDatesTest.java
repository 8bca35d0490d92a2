package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.testing.OneBrandProject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --from today} is the brand's today, not the machine's: a cron job on a UTC server asks about the brand's day. */
class RelativeDatesTest {
    @TempDir
    Path dir;

    @Test
    void todayIsTheBrandsDay() throws IOException {
        // of UTC+14 and UTC-12, one has another date than this machine at any moment: the brand lives there
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        ZoneId zone = LocalDate.now(kiritimati).equals(LocalDate.now()) ? ZoneId.of("Etc/GMT+12") : kiritimati;
        LocalDate today = LocalDate.now(zone);
        OneBrandProject.write(dir, zone.getId(), "fr", "  x: { handle: \"@atlas\" }", """
                  - { id: brand-today, at: %s 10:00, channels: [x], status: approved, text: Bonjour }
                  - { id: brand-tomorrow, at: %s 10:00, channels: [x], status: approved, text: Demain }
                """.formatted(today, today.plusDays(1)));
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--from", "today", "--to", "today", "--format", "json");
        assertThat(agenda.exit()).as(agenda.err()).isZero();
        assertThat(agenda.out()).contains("brand-today").doesNotContain("brand-tomorrow");
        CliRun tomorrow = CliRun.of("agenda", dir.toString(), "--from", "tomorrow", "--format", "json");
        assertThat(tomorrow.out()).contains("brand-tomorrow").doesNotContain("\"brand-today\"");
        // --tz replaces the brand's zone, for today as for the times: this machine's today in UTC is not the brand's
        CliRun utc = CliRun.of("agenda", dir.toString(), "--tz", "UTC", "--from", "today", "--to", "today", "--format",
                "json");
        assertThat(utc.exit()).as(utc.err()).isZero();
        if (!LocalDate.now(ZoneId.of("UTC")).equals(today)) {
            assertThat(utc.out()).doesNotContain("brand-today");
        }
        CliRun preview = CliRun.of("preview", dir.toString(), "--from", "today", "--to", "today", "--color", "never");
        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("brand-today").doesNotContain("brand-tomorrow");
    }
}
