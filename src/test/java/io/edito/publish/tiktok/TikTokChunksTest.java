package io.edito.publish.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.publish.api.PublishFailure;
import org.junit.jupiter.api.Test;

/** The chunking of a video upload, as TikTok's media transfer guide rules it. */
class TikTokChunksTest {
    static final long MB = 1024L * 1024;

    @Test
    void aVideoUpTo64MbGoesWholeAndALargerOneIn64MbChunksTheLastCarryingTheRest() throws Exception {
        assertThat(TikTokPublisher.Chunks.of(3 * MB)).isEqualTo(new TikTokPublisher.Chunks(3 * MB, 1));
        assertThat(TikTokPublisher.Chunks.of(64 * MB)).isEqualTo(new TikTokPublisher.Chunks(64 * MB, 1));
        // total_chunk_count = floor(size / chunk_size): 100 MB is one chunk (the last may reach 128 MB)
        TikTokPublisher.Chunks hundred = TikTokPublisher.Chunks.of(100 * MB);
        assertThat(hundred).isEqualTo(new TikTokPublisher.Chunks(64 * MB, 1));
        assertThat(hundred.end(0, 100 * MB)).isEqualTo(100 * MB);
        TikTokPublisher.Chunks big = TikTokPublisher.Chunks.of(130 * MB);
        assertThat(big).isEqualTo(new TikTokPublisher.Chunks(64 * MB, 2));
        assertThat(big.start(1)).isEqualTo(64 * MB);
        assertThat(big.end(1, 130 * MB) - big.start(1)).isEqualTo(66 * MB);
    }

    @Test
    void moreThanAThousandChunksIsRefused() {
        assertThatThrownBy(() -> TikTokPublisher.Chunks.of(64 * MB * 1001)).isInstanceOf(PublishFailure.class)
                .hasMessageContaining("1,000 chunks");
    }
}
