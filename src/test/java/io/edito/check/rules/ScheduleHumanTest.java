package io.edito.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** ScheduleRules.human writes durations as it did with String.format's "%02d" minutes. */
class ScheduleHumanTest {
    @Test
    void sameAsTheFormatterVersionForEveryMinuteOfAWeek() {
        for (long m = 0; m <= 7 * 24 * 60 + 1; m++) {
            String expected = m % (24 * 60) == 0 && m > 0 ? m / (24 * 60) + "d"
                    : m >= 60 ? m / 60 + "h" + (m % 60 == 0 ? "" : String.format(Locale.ROOT, "%02d", m % 60))
                    : m + "min";
            assertEquals(expected, ScheduleRules.human(Duration.ofMinutes(m)));
        }
    }
}
