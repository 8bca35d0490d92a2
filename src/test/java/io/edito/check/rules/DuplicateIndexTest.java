package io.edito.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.check.rules.DuplicateRule.Item;
import io.edito.check.rules.DuplicateRule.WordIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The duplicate rule's prefix-filter index finds, for every text, the same earlier text as comparing every pair. */
class DuplicateIndexTest {

    @Test
    void theIndexFindsTheSameNearestSimilarTextAsEveryPair() {
        Random r = new Random(19);
        int found = 0;
        for (int round = 0; round < 60; round++) {
            List<Item> items = new ArrayList<>();
            Instant at = Instant.parse("2027-01-01T07:00:00Z");
            int vocabulary = 20 + r.nextInt(300);
            List<Set<String>> recent = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                at = at.plusSeconds(60L * r.nextInt(6 * 60)); // some at the same minute
                Set<String> words;
                if (!recent.isEmpty() && r.nextInt(3) == 0) {
                    // a near copy of a recent text: a few words changed, added or removed
                    words = new HashSet<>(recent.get(r.nextInt(recent.size())));
                    for (int k = r.nextInt(4); k > 0; k--) {
                        words.remove(words.iterator().next());
                        words.add("w" + r.nextInt(vocabulary));
                    }
                    if (r.nextBoolean()) {
                        words.add("x" + r.nextInt(vocabulary));
                    }
                } else {
                    words = new HashSet<>();
                    for (int k = 3 + r.nextInt(r.nextBoolean() ? 6 : 40); k > 0; k--) {
                        words.add("w" + (int) Math.abs(r.nextGaussian() * vocabulary / 3));
                    }
                }
                if (words.size() < 3) {
                    continue;
                }
                recent.add(words);
                if (recent.size() > 30) {
                    recent.remove(0);
                }
                items.add(new Item(null, at, words));
            }
            WordIds ids = new WordIds(List.of(items));
            Duration window = Duration.ofDays(1 + r.nextInt(14));
            for (double threshold : new double[] {0.5, 0.6, 2.0 / 3, 0.75, 0.8, 0.9, 0.95, 1.0, 0.1}) {
                int[] byIndex = DuplicateRule.nearestSimilar(items, ids, window, threshold);
                int[] byPairs = DuplicateRule.nearestSimilarByPairs(items, ids, window, threshold);
                assertThat(byIndex).as("threshold %s, round %d", threshold, round).isEqualTo(byPairs);
                found += (int) Arrays.stream(byPairs).filter(j -> j >= 0).count();
            }
        }
        assertThat(found).as("the generated texts hold near duplicates").isGreaterThan(1000);
    }

    @Test
    void aPairExactlyAtTheThresholdIsFound() {
        // 3 shared words of 4 distinct: similarity 0.75, exactly the threshold
        Instant t = Instant.parse("2027-01-01T07:00:00Z");
        List<Item> items = List.of(new Item(null, t, Set.of("a", "b", "c")), new Item(null, t.plusSeconds(60), Set.of("a", "b", "c", "d")),
                new Item(null, t.plusSeconds(120), Set.of("e", "f", "g")));
        WordIds ids = new WordIds(List.of(items));
        assertThat(DuplicateRule.nearestSimilar(items, ids, Duration.ofDays(1), 0.75)).containsExactly(-1, 0, -1);
        assertThat(DuplicateRule.nearestSimilar(items, ids, Duration.ofDays(1), 0.76)).containsExactly(-1, -1, -1);
        assertThat(DuplicateRule.nearestSimilar(items, ids, Duration.ofSeconds(30), 0.75)).containsExactly(-1, -1, -1);
    }
}
