package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.network.CountingUnit;
import org.junit.jupiter.api.Test;

class TextWarmupTest {
    @Test
    void theWarmUpLeavesResultsAsTheyWouldBeWithoutIt() {
        String text = "Réservez vite 👩‍✈️ https://atlas.example/x #AtlasAir";
        int before = TextMeasure.count(CountingUnit.X_WEIGHTED, text);
        TextWarmup.run();
        assertThat(TextMeasure.count(CountingUnit.X_WEIGHTED, text)).isEqualTo(before).isEqualTo(14 + 2 + 1 + 23 + 1 + 9);
        assertThat(Entities.urls(text)).hasSize(1);
    }
}
