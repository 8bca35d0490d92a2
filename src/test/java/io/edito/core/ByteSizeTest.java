package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    private static final long MB = 1024 * 1024;

    @Test
    void sizesReadInTheirLargestUnitWithOneDecimal() {
        assertThat(ByteSize.format(512)).isEqualTo("512 bytes");
        assertThat(ByteSize.format(1)).isEqualTo("1 byte");
        assertThat(ByteSize.format(8 * MB)).isEqualTo("8 MB");
        assertThat(ByteSize.format(9_000_087)).isEqualTo("8.6 MB");
        assertThat(ByteSize.format(1536)).isEqualTo("1.5 KB");
        assertThat(ByteSize.format(3L * 1024 * MB)).isEqualTo("3 GB");
    }

    @Test
    void aSizeOverItsLimitNeverReadsLikeTheLimit() {
        assertThat(ByteSize.against(9_000_087, 8 * MB)).containsExactly("8.6 MB", "8 MB");
        // 8 MB and 1 byte: one decimal still says 8 MB, so both are given in bytes
        assertThat(ByteSize.against(8 * MB + 1, 8 * MB)).containsExactly("8,388,609 bytes", "8,388,608 bytes");
        assertThat(ByteSize.against(8 * MB + 40_000, 8 * MB)).containsExactly("8,428,608 bytes", "8,388,608 bytes");
    }
}
