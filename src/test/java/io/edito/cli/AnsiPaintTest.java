package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.Paint.Tone;
import org.junit.jupiter.api.Test;

/** Each style is turned off by its own code: bold by 22 (normal intensity), never 21 (double underline to many terminals). */
class AnsiPaintTest {
    @Test
    void boldEndsWithNormalIntensityAndTonesCloseInReverse() {
        assertThat(AnsiPaint.INSTANCE.paint("error", Tone.BOLD, Tone.RED)).isEqualTo("\u001B[1m\u001B[31merror\u001B[39m\u001B[22m");
        assertThat(AnsiPaint.INSTANCE.paint("x", Tone.DIM)).isEqualTo("\u001B[2mx\u001B[22m");
        assertThat(AnsiPaint.INSTANCE.paint("x", Tone.UNDERLINE, Tone.ITALIC)).isEqualTo("\u001B[4m\u001B[3mx\u001B[23m\u001B[24m");
        assertThat(AnsiPaint.INSTANCE.paint("", Tone.BOLD)).isEmpty();
        assertThat(AnsiPaint.INSTANCE.paint("plain")).isEqualTo("plain");
    }
}
