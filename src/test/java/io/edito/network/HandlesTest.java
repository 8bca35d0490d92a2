package io.edito.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each network's handle rule, and the handles made from brand ids. */
class HandlesTest {
    private static boolean ok(String network, String handle) {
        return Handles.problem(network, handle).isEmpty();
    }

    @Test
    void eachNetworksRule() {
        assertThat(ok("x", "@DarLkhobz")).isTrue();
        assertThat(ok("x", "dar_lkhobz_2026")).isTrue();
        assertThat(ok("x", "dar-lkhobz")).isFalse();
        assertThat(ok("x", "dar.lkhobz")).isFalse();
        assertThat(ok("x", "a".repeat(16))).isFalse();
        assertThat(ok("instagram", "dar.lkhobz_")).isTrue();
        assertThat(ok("instagram", ".darlkhobz")).isFalse();
        assertThat(ok("instagram", "darlkhobz.")).isFalse();
        assertThat(ok("instagram", "dar..lkhobz")).isFalse();
        assertThat(ok("instagram", "dar-lkhobz")).isFalse();
        assertThat(ok("instagram", "a".repeat(31))).isFalse();
        assertThat(ok("threads", "dar.lkhobz")).isTrue();
        assertThat(ok("tiktok", "dar.lkhobz")).isTrue();
        assertThat(ok("tiktok", "darlkhobz.")).isFalse();
        assertThat(ok("tiktok", "a")).isFalse();
        assertThat(ok("tiktok", "a".repeat(25))).isFalse();
        assertThat(ok("facebook", "DarLkhobz.ma")).isTrue();
        assertThat(ok("facebook", "dar")).isFalse();
        assertThat(ok("facebook", "12345")).isFalse();
        assertThat(ok("facebook", "dar_lkhobz")).isFalse();
        assertThat(ok("linkedin", "dar-lkhobz")).isTrue();
        assertThat(ok("linkedin", "-darlkhobz")).isFalse();
        assertThat(ok("linkedin", "dl")).isFalse();
        assertThat(ok("mastodon", "@dar_lkhobz@mastodon.social")).isTrue();
        assertThat(ok("mastodon", "@dar-lkhobz@mastodon.social")).isFalse();
        assertThat(ok("mastodon", "dar_lkhobz")).isFalse();
        assertThat(ok("bluesky", "dar-lkhobz.bsky.social")).isTrue();
        assertThat(ok("bluesky", "@darlkhobz.ma")).isTrue();
        assertThat(ok("bluesky", "darlkhobz")).isFalse();
        assertThat(ok("bluesky", "dar_lkhobz.bsky.social")).isFalse();
        assertThat(ok("bluesky", "darlkhobz.1ma")).isFalse();
        assertThat(ok("youtube", "anything at all")).isTrue(); // no rule known: not judged
    }

    @Test
    void derivedHandlesAreValidForEveryBrandId() {
        List<String> brands = List.of("a", "ab", "a-", "a_", "1", "12", "dar-lkhobz", "dar_lkhobz", "x-y-z",
                "a".repeat(63), "a-".repeat(31) + "a", "9-9", "abc-", "brand_", "a__b--c");
        for (String brand : brands) {
            for (String network : List.of("x", "instagram", "threads", "tiktok", "facebook", "linkedin", "mastodon",
                    "bluesky")) {
                String h = Handles.derive(network, brand);
                assertThat(Handles.problem(network, h)).as(network + " " + brand + " -> " + h).isEmpty();
            }
        }
        assertThat(Handles.derive("x", "dar-lkhobz")).isEqualTo("@darlkhobz");
    }
}
