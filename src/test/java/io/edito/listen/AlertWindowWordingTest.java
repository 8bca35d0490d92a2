package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How an alert says its window: "in the last 24 hours", not "in the last 1d". */
class AlertWindowWordingTest {
    @Test
    void windowsReadAsWords() {
        assertThat(AlertRules.human(Duration.ofMinutes(1))).isEqualTo("minute");
        assertThat(AlertRules.human(Duration.ofMinutes(45))).isEqualTo("45 minutes");
        assertThat(AlertRules.human(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(AlertRules.human(Duration.ofHours(1))).isEqualTo("hour");
        assertThat(AlertRules.human(Duration.ofHours(6))).isEqualTo("6 hours");
        assertThat(AlertRules.human(Duration.ofDays(1))).isEqualTo("24 hours");
        assertThat(AlertRules.human(Duration.ofHours(36))).isEqualTo("36 hours");
        assertThat(AlertRules.human(Duration.ofDays(2))).isEqualTo("48 hours");
        assertThat(AlertRules.human(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(AlertRules.human(Duration.ofHours(100))).isEqualTo("100 hours");
    }
}
