package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.text.BlueskyTags.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bluesky's hashtags as {@code RichText.detectFacets} of {@code @atproto/api} finds them. */
class BlueskyTagsTest {
    @Test
    void aTagRunsToTheNextSpaceWithoutItsTrailingPunctuation() {
        assertThat(BlueskyTags.find("Vol #Marrakech! puis #café.")).containsExactly(
                new Tag(4, 14, "Marrakech"), new Tag(21, 26, "café"));
        // inner punctuation stays (twitter-text would stop at the dot), the full-width sign counts
        assertThat(BlueskyTags.find("#atlas.air ＃Maroc")).containsExactly(new Tag(0, 10, "atlas.air"),
                new Tag(11, 17, "Maroc"));
    }

    @Test
    void whatIsNotATag() {
        assertThat(BlueskyTags.find("no tag here")).isEmpty();
        assertThat(BlueskyTags.find("#123 #!! #2026.")).isEmpty(); // digits and punctuation only
        assertThat(BlueskyTags.find("mot#collé")).isEmpty(); // not after a space
        assertThat(BlueskyTags.find("#\uFE0F")).isEmpty(); // the keycap sign's variation selector
    }

    @Test
    void sixtyFourUnitsAreLinkedSixtyFiveAreNot() {
        String name64 = "a".repeat(64);
        assertThat(BlueskyTags.find("#" + name64).get(0).linked()).isTrue();
        assertThat(BlueskyTags.find("#" + name64 + "b").get(0).linked()).isFalse();
        // counted in UTF-16 units as the official library counts: an emoji outside the BMP is two
        assertThat(BlueskyTags.find("#" + "a".repeat(63) + "😀").get(0).linked()).isFalse();
        // trailing punctuation is removed before counting
        assertThat(BlueskyTags.find("#" + name64 + "!!!").get(0).linked()).isTrue();
    }

    @Test
    void theQuickSearchForUnlinkedTagsMissesNone() {
        String[] pieces = {"#", "\uFF03", " ", "\u00A0", "\u2028", "\n", "\u200B", "\u0001", "a", "é", "ب", ".", "!", "1",
            "😀", "Atlas", "x".repeat(30)};
        java.util.Random random = new java.util.Random(19);
        int unlinked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(40);
            for (int k = 0; k < parts; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<Tag> quick = BlueskyTags.unlinked(t);
            assertThat(quick).as(t).isEqualTo(BlueskyTags.find(t).stream().filter(tag -> !tag.linked()).toList());
            unlinked += quick.size();
        }
        assertThat(unlinked).as("texts with a tag too long, among those generated").isGreaterThan(100);
    }
}
