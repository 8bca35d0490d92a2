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

    @Test
    void checkAtMovesTodayToTheDayOfItsTime() throws IOException {
        // --at is the run's clock: a rehearsal of 1 June asks about 1 June, not about the day the machine is on
        // each post too long for X: its finding names it
        OneBrandProject.write(dir, "Europe/Paris", "fr", "  x: { handle: \"@atlas\" }", """
                  - { id: june-first, at: 2027-06-01 12:00, channels: [x], status: approved, text: %s }
                  - { id: june-second, at: 2027-06-02 12:00, channels: [x], status: approved, text: %s }
                """.formatted("a".repeat(300), "b".repeat(300)));
        CliRun check = CliRun.of("check", dir.toString(), "--at", "2027-06-01T10:00:00+02:00", "--from", "today",
                "--to", "today", "--format", "json");
        assertThat(check.out()).as(check.err()).contains("\"june-first\"").doesNotContain("june-second");
        // 2027-05-31T23:30Z is already 1 June in Paris: the brand's day of that instant
        CliRun lateUtc = CliRun.of("check", dir.toString(), "--at", "2027-05-31T23:30:00Z", "--from", "tomorrow",
                "--format", "json");
        assertThat(lateUtc.out()).as(lateUtc.err()).contains("\"june-second\"").doesNotContain("\"june-first\"");
    }

    @Test
    void aTimeWrittenInAnotherZoneFallsOnTheBrandsDay() throws IOException {
        // 06:00 in Tokyo on 2 June is 23:00 in Paris on 1 June: the brand's day, as its windows and limits read it
        OneBrandProject.write(dir, "Europe/Paris", "fr", "  x: { handle: \"@atlas\" }", """
                  - { id: tokyo-late, at: "2027-06-02 06:00[Asia/Tokyo]", channels: [x], status: approved, text: Bonjour }
                  - { id: offset-noon, at: "2027-06-01T12:00+09:00", channels: [x], status: approved, text: Salut }
                """);
        CliRun first = CliRun.of("agenda", dir.toString(), "--from", "2027-06-01", "--to", "2027-06-01", "--format", "json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("tokyo-late").contains("offset-noon").contains("Europe/Paris")
                .doesNotContain("Asia/Tokyo");
        CliRun second = CliRun.of("agenda", dir.toString(), "--from", "2027-06-02", "--to", "2027-06-02", "--format", "json");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("\"count\" : 0").doesNotContain("tokyo-late");
        // both at 05:00 and 23:00 Paris time: a bound at 05:00 takes in the two ways of writing that instant alike
        CliRun early = CliRun.of("agenda", dir.toString(), "--from", "2027-06-01T05:00", "--to", "2027-06-01T05:00",
                "--format", "json");
        assertThat(early.out()).contains("offset-noon").doesNotContain("tokyo-late");
        CliRun checked = CliRun.of("check", dir.toString(), "--now", "2027-01-01T00:00:00Z", "--from", "2027-06-01",
                "--to", "2027-06-01", "--format", "json");
        assertThat(checked.out().replaceAll("\\s", "")).as(checked.err()).contains("\"checked\":2");
    }
}
