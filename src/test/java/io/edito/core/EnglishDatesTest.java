package io.edito.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** EnglishDates writes what DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH) writes, for every pattern edito uses. */
class EnglishDatesTest {
    /** The patterns of ScheduleRules, AgendaText, AgendaMarkdown, TerminalPreview and HtmlPreview. */
    private static final List<String> PATTERNS = List.of("EEE d MMM HH:mm", "EEE dd MMM HH:mm", "EEE dd", "HH:mm",
            "d MMM", "EEE d MMM yyyy · HH:mm", "EEE d MMM", "EEE d MMM yyyy HH:mm");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Africa/Casablanca"),
            ZoneId.of("Europe/Paris"), ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Kiritimati"));

    @Test
    void theSecondOfATimeThatHappensTwiceAtUtcIsWrittenAsAnOffset() {
        // Casablanca's clocks go back to +00:00 for Ramadan 2027: its second 02:30 said "(Z)"
        ZoneId casablanca = ZoneId.of("Africa/Casablanca");
        LocalDateTime twice = LocalDateTime.of(2027, 2, 7, 2, 30);
        ZonedDateTime first = ZonedDateTime.ofLocal(twice, casablanca, null);
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        assertEquals(" (+01:00)", EnglishDates.twiceOffset(first));
        assertEquals(" (+00:00)", EnglishDates.twiceOffset(second));
        assertEquals("", EnglishDates.twiceOffset(ZonedDateTime.of(2027, 2, 8, 2, 30, 0, 0, casablanca)));
        assertEquals("+05:30", EnglishDates.offset(java.time.ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void sameAsTheJdkOnThousandsOfDates() {
        Random r = new Random(19);
        for (String pattern : PATTERNS) {
            EnglishDates mine = EnglishDates.ofPattern(pattern);
            DateTimeFormatter jdk = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
            for (int i = 0; i < 5_000; i++) {
                int year = i % 50 == 0 ? 1 + r.nextInt(12_000) : 1990 + r.nextInt(80);
                LocalDateTime local = LocalDateTime.of(year, 1 + r.nextInt(12), 1, r.nextInt(24), r.nextInt(60))
                        .plusDays(r.nextInt(31));
                ZonedDateTime t = local.atZone(ZONES.get(r.nextInt(ZONES.size())));
                assertEquals(jdk.format(t), mine.format(t), pattern + " " + t);
                if (!pattern.contains("H")) {
                    LocalDate d = local.toLocalDate();
                    assertEquals(jdk.format(d), mine.format(d), pattern + " " + d);
                }
            }
        }
    }

    @Test
    void everyDayAndMonthName() {
        EnglishDates mine = EnglishDates.ofPattern("EEE d MMM yyyy");
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
            assertEquals(jdk.format(d), mine.format(d));
        }
    }

    @Test
    void refusesWhatItCannotWrite() {
        assertThrows(IllegalArgumentException.class, () -> EnglishDates.ofPattern("EEEE d MMMM"));
        assertThrows(IllegalArgumentException.class, () -> EnglishDates.ofPattern("yy-MM-dd"));
        assertThrows(IllegalArgumentException.class, () -> EnglishDates.ofPattern("HH 'h'"));
    }
}
