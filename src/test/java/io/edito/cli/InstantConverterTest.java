package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --at: a time with an offset; one written so but that does not exist is said to be no real time. */
class InstantConverterTest {
    private final InstantConverter at = new InstantConverter();

    @Test
    void aTimeThatDoesNotExistIsToldAsSuch() {
        assertThat(at.convert("2026-12-01T18:30:00+01:00")).isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        // "is not a time with an offset" was said of a date that has one
        assertThatThrownBy(() -> at.convert("2026-02-30T10:00:00Z")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'2026-02-30T10:00:00Z' is no real time: invalid date 'february 30'");
        assertThatThrownBy(() -> at.convert("2026-12-01T10:00:00+25:00"))
                .hasMessage("'2026-12-01T10:00:00+25:00' is no real time: no offset is more than 18 hours from UTC");
        assertThatThrownBy(() -> at.convert("tomorrow")).hasMessageContaining("is not a time with an offset");
    }
}
