package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> NETWORKS = List.of("x", "mastodon", "bluesky", "threads", "instagram",
            "facebook", "linkedin", "tiktok", "youtube", "pinterest", "blog", "forum");

    @Test
    void distanceCountsEditsAndAdjacentSwapsAsOne() {
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("instagarm", "instagram")).isEqualTo(1);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
        assertThat(Suggest.distance("same", "same")).isZero();
        // code points, not UTF-16 units: one emoji replaced by another is one edit
        assertThat(Suggest.distance("a😀", "a😁")).isEqualTo(1);
        assertThat(Suggest.distance("réservez", "reservez")).isEqualTo(1);
    }

    @Test
    void suggestsTheClosestPlausibleCandidate() {
        assertThat(Suggest.closest("instagarm", NETWORKS)).contains("instagram");
        assertThat(Suggest.closest("LinkedIn", NETWORKS)).contains("linkedin");
        assertThat(Suggest.closest("mastadon", NETWORKS)).contains("mastodon");
        assertThat(Suggest.closest("insta", NETWORKS)).contains("instagram");
        assertThat(Suggest.closest("twitter", NETWORKS)).isEmpty();
        assertThat(Suggest.closest("", NETWORKS)).isEmpty();
    }

    @Test
    void didYouMeanIsReadyToAppend() {
        assertThat(Suggest.didYouMean("tiktk", NETWORKS)).isEqualTo(" (did you mean 'tiktok'?)");
        assertThat(Suggest.didYouMean("zzzzzzzz", NETWORKS)).isEmpty();
    }
}
