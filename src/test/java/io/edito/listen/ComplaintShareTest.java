package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The complaints alert's share, as written: 29% is 29%, not 28.999999999999996%. */
class ComplaintShareTest {
    @Test
    void aShareReadsAsThePercentWritten() {
        assertThat(AlertRules.percent(0.29)).isEqualTo("29");
        assertThat(AlertRules.percent(0.3)).isEqualTo("30");
        assertThat(AlertRules.percent(0.125)).isEqualTo("12.5");
        assertThat(AlertRules.percent(0.07)).isEqualTo("7");
        assertThat(AlertRules.percent(1.0 / 3)).isEqualTo("33.3333333333");
    }

    @Test
    void theShareReadsAboveTheThresholdItIsAbove() {
        assertThat(AlertRules.share(31, 103, 0.30)).as("30.097%").isEqualTo("30.1");
        assertThat(AlertRules.share(9, 20, 0.30)).isEqualTo("45");
        assertThat(AlertRules.share(3001, 10_000, 0.30)).isEqualTo("30.01");
    }

    @Test
    void exactlyTheShareIsNotAboveIt() {
        assertThat(AlertRules.above(29, 100, 0.29)).as("0.29 x 100 = 28.999999999999996").isFalse();
        assertThat(AlertRules.above(30, 100, 0.29)).isTrue();
        assertThat(AlertRules.above(7, 100, 0.07)).isFalse();
        assertThat(AlertRules.above(57, 100, 0.57)).isFalse();
        assertThat(AlertRules.above(2, 4, 0.5)).isFalse();
        assertThat(AlertRules.above(3, 4, 0.5)).isTrue();
        assertThat(AlertRules.above(1, 3, 0.33)).isTrue();
    }
}
