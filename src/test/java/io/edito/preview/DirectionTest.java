package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectionTest {
    @Test
    void aScriptSubtagDecidesTheDirection() {
        assertThat(Direction.ofLanguage("ar")).isEqualTo(Direction.RTL);
        assertThat(Direction.ofLanguage("ar-MA")).isEqualTo(Direction.RTL);
        assertThat(Direction.ofLanguage("ar-Latn")).isEqualTo(Direction.LTR);
        assertThat(Direction.ofLanguage("ar-latn-MA")).isEqualTo(Direction.LTR);
        assertThat(Direction.ofLanguage("az-Arab")).isEqualTo(Direction.RTL);
        assertThat(Direction.ofLanguage("fr")).isEqualTo(Direction.LTR);
    }
}
