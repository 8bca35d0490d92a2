package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalendarLinesTest {
    @Test
    void linesAreTheRegularExpressionSplitWithoutTheRegularExpression() {
        String[] samples = {"", "a", "a\n", "a\r\nb", "a\rb\n", "\n\n", "\r\n", "a\r", "\r", "é\r\n\r\nمرحبا\n", "x\n\r\ny"};
        for (String s : samples) {
            assertThat(CalendarLoader.lines(s)).as("%s", s.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactlyElementsOf(Arrays.asList(s.split("\r?\n", -1)));
        }
    }
}
