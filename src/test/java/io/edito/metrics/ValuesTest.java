package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void emptyMarkers() {
        for (String s : new String[] {"", " ", "-", "--", "N/A", "n/a", "undefined", "NAN", "NaN", "null"}) {
            assertThat(Values.isEmpty(s)).as(s).isTrue();
            assertThat(Values.parseNumber(s, false)).as(s).isNaN();
        }
        assertThat(Values.isEmpty("0")).isFalse();
    }

    @Test
    void numbersAsExportsAndSpreadsheetsWriteThem() {
        assertThat(Values.parseNumber("1938.0", false)).isEqualTo(1938);
        assertThat(Values.parseNumber("0.0093", false)).isEqualTo(0.0093);
        assertThat(Values.parseNumber("1,234", false)).isEqualTo(1234);
        assertThat(Values.parseNumber("1,234,567", false)).isEqualTo(1234567);
        assertThat(Values.parseNumber("1 234", true)).isEqualTo(1234);
        assertThat(Values.parseNumber("1\u00A0234", true)).isEqualTo(1234);
        assertThat(Values.parseNumber("1\u202F234,5", true)).isEqualTo(1234.5);
        assertThat(Values.parseNumber("12,5", true)).isEqualTo(12.5);
        assertThat(Values.parseNumber("12,5", false)).as("not a thousands group").isEqualTo(12.5);
        assertThat(Values.parseNumber("1,234", true)).isEqualTo(1.234);
        assertThat(Values.parseNumber("1.234.567", true)).isEqualTo(1234567);
        assertThat(Values.parseNumber("1.234,5", true)).isEqualTo(1234.5);
        assertThat(Values.parseNumber("1,234.5", false)).isEqualTo(1234.5);
        assertThat(Values.parseNumber("1'234", false)).isEqualTo(1234);
        assertThat(Values.parseNumber("-3", false)).isEqualTo(-3);
        for (String d : new String[] {"76.07", "0.1", "0.009287925696594427", "123456789.123456", "-0.3", "1384.3735", "99999999999999.9"}) {
            assertThat(Values.parseNumber(d, false)).as(d).isEqualTo(Double.parseDouble(d));
        }
        assertThat(Values.parseNumber("6.49E+17", false)).isEqualTo(6.49e17);
        assertThatThrownBy(() -> Values.parseNumber("abc", false)).hasMessageContaining("not a number: 'abc'");
        assertThatThrownBy(() -> Values.parseNumber("1,2,3", false)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void hugeAndNonFiniteNumbersAreRefused() {
        // regression: 1e400 parsed as Infinity and crashed the CSV report (BigDecimal of Infinity, exit 3)
        assertThat(Values.parseNumber("1e18", false)).isEqualTo(1e18);
        for (String cell : new String[] {"1e400", "-1e400", "1e19", "99999999999999999999999999", "Infinity"}) {
            assertThatThrownBy(() -> Values.parseNumber(cell, false)).as(cell).isInstanceOf(NumberFormatException.class);
        }
        assertThatThrownBy(() -> Values.parseNumber("1e400", false)).hasMessage("out of range (more than 10^18): '1e400'");
    }

    @Test
    void ratesAsFractionsOrPercents() {
        assertThat(Values.parseRate("12,5 %", true, false)).isEqualTo(0.125);
        assertThat(Values.parseRate("25.48%", false, false)).isEqualTo(0.2548);
        assertThat(Values.parseRate("0.031", false, false)).isEqualTo(0.031);
        assertThat(Values.parseRate("6.31", false, true)).isCloseTo(0.0631, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Values.parseRate("-", false, true)).isNaN();
    }

    @Test
    void booleans() {
        assertThat(Values.parseBoolean("Yes")).isTrue();
        assertThat(Values.parseBoolean("0")).isFalse();
        assertThat(Values.parseBoolean("")).isNull();
        assertThatThrownBy(() -> Values.parseBoolean("maybe")).hasMessageContaining("maybe");
    }

    @Test
    void durationsInSeconds() {
        assertThat(Values.parseSeconds("0:04:32", false)).isEqualTo(272);
        assertThat(Values.parseSeconds("4:32", false)).isEqualTo(272);
        assertThat(Values.parseSeconds("1:02:03", false)).isEqualTo(3723);
        assertThat(Values.parseSeconds("272,5", true)).isEqualTo(272.5);
        assertThat(Values.parseSeconds("-", false)).isNaN();
        assertThatThrownBy(() -> Values.parseSeconds("0:75:00", false)).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Values.parseSeconds("4:7", false)).hasMessageContaining("not a duration");
    }
}
