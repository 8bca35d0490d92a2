package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class KnownCodePointsTest {
    @Test
    void answersAsItsSourceAskingItOncePerCodePointBelowTheLimit() {
        AtomicIntegerArray asked = new AtomicIntegerArray(0x30000);
        KnownCodePoints multiplesOf3 = new KnownCodePoints(0x20000, 0x100, cp -> {
            asked.incrementAndGet(cp);
            return cp % 3 == 0;
        });
        assertThat(asked.get(0xFF)).as("filled at once below eagerBelow").isEqualTo(1);
        assertThat(asked.get(0x100)).as("not before it is met").isZero();
        for (int round = 0; round < 3; round++) {
            for (int cp = 0; cp < 0x30000; cp += 7) {
                assertThat(multiplesOf3.test(cp)).as("U+%04X", cp).isEqualTo(cp % 3 == 0);
                if (cp < 0x10000) {
                    assertThat(multiplesOf3.test((char) cp)).as("char U+%04X", cp).isEqualTo(cp % 3 == 0);
                }
            }
        }
        assertThat(asked.get(0x1F600 - 0x1F600 % 7)).as("remembered below the limit").isEqualTo(1);
        int above = 0x20000 + 7 - 0x20000 % 7;
        assertThat(asked.get(above)).as("asked each time at or above the limit").isEqualTo(3);
    }

    @Test
    void holdsEveryCharAtLeast() {
        assertThatThrownBy(() -> new KnownCodePoints(0x800, 0, cp -> true)).isInstanceOf(IllegalArgumentException.class);
    }
}
