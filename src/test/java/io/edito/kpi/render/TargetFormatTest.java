package io.edito.kpi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.kpi.TargetResult;
import io.edito.kpi.TargetSpec;
import org.junit.jupiter.api.Test;

/** A target's actual value is shown in its metric's unit, as the threshold was written. */
class TargetFormatTest {
    private static String actual(String target, double value) {
        return TargetFormat.actual(new TargetResult(TargetSpec.parse(target), value, false));
    }

    @Test
    void theListeningsRatesArePercentsAndItsTimesMinutes() {
        assertThat(actual("complaint_share<=20%", 0.6)).isEqualTo("60.00%");
        assertThat(actual("response_rate>=90%", 0.875)).isEqualTo("87.50%");
        assertThat(actual("within_sla>=80%", 1.0)).isEqualTo("100.00%");
        assertThat(actual("median_response_minutes<=60", 95)).isEqualTo("95 min");
        assertThat(actual("p90_response_minutes<=240", 300)).isEqualTo("5.0 h");
        assertThat(actual("mentions>=10", 12)).isEqualTo("12");
    }
}
