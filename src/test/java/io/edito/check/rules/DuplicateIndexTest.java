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
            DuplicateRule.Dictionary dictionary = new DuplicateRule.Dictionary();
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
                items.add(new Item(null, at, dictionary.ids(words)));
            }
            WordIds ids = new WordIds(List.of(items), dictionary);
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
    void wordsAreNumberedRarestFirstThenInTheirOrderAndEachTextOnce() {
        DuplicateRule.Dictionary d = new DuplicateRule.Dictionary();
        int[] shared = d.ids(List.of("sun", "bag", "sun", "air")); // repeats kept once
        assertThat(shared).hasSize(3);
        Instant t = Instant.parse("2027-01-01T07:00:00Z");
        // one text shown on two channels counts once: "air" and "bag" are in 2 texts, "sun" in 3, "zed" in 1
        Item first = new Item(null, t, shared);
        List<Item> x = List.of(first, new Item(null, t.plusSeconds(60), d.ids(List.of("sun", "zed", "air"))));
        List<Item> instagram = List.of(first, new Item(null, t, d.ids(List.of("sun", "bag", "cab"))));
        WordIds ids = new WordIds(List.of(x, instagram), d);
        // rarest first, ties in the words' order: cab 0, zed 1, air 2, bag 3, sun 4
        assertThat(ids.of(first)).containsExactly(2, 3, 4);
        assertThat(ids.of(x.get(1))).containsExactly(1, 2, 4);
        assertThat(ids.of(instagram.get(1))).containsExactly(0, 3, 4);
    }

    @Test
    void aPairExactlyAtTheThresholdIsFound() {
        // 3 shared words of 4 distinct: similarity 0.75, exactly the threshold
        Instant t = Instant.parse("2027-01-01T07:00:00Z");
        DuplicateRule.Dictionary d = new DuplicateRule.Dictionary();
        List<Item> items = List.of(new Item(null, t, d.ids(Set.of("a", "b", "c"))),
                new Item(null, t.plusSeconds(60), d.ids(Set.of("a", "b", "c", "d"))),
                new Item(null, t.plusSeconds(120), d.ids(Set.of("e", "f", "g"))));
        WordIds ids = new WordIds(List.of(items), d);
        assertThat(DuplicateRule.nearestSimilar(items, ids, Duration.ofDays(1), 0.75)).containsExactly(-1, 0, -1);
        assertThat(DuplicateRule.nearestSimilar(items, ids, Duration.ofDays(1), 0.76)).containsExactly(-1, -1, -1);
        assertThat(DuplicateRule.nearestSimilar(items, ids, Duration.ofSeconds(30), 0.75)).containsExactly(-1, -1, -1);
    }

    @Test
    void theMergeStoppedEarlyAnswersAsTheWholeSimilarity() {
        Random r = new Random(31);
        int similar = 0;
        int[] sizes = {0, 1, 2, 3, 4, 5, 7, 10, 30, 120};
        double[] thresholds = {0, 0.1, 1.0 / 3, 0.5, 0.6, 2.0 / 3, 0.7, 0.75, 0.8, 0.9, 0.95, 1.0};
        for (int round = 0; round < 20_000; round++) {
            int universe = 2 + r.nextInt(200);
            int[] a = sortedSample(r, sizes[r.nextInt(sizes.length)], universe);
            int[] b = r.nextInt(3) == 0 ? nearCopy(r, a, universe) : sortedSample(r, sizes[r.nextInt(sizes.length)], universe);
            double t = r.nextInt(4) == 0 ? DuplicateRule.jaccard(a, b) : thresholds[r.nextInt(thresholds.length)];
            boolean whole = DuplicateRule.jaccard(a, b) >= t;
            assertThat(DuplicateRule.similarAtLeast(a, b, t)).as("%s %s at %s", Arrays.toString(a), Arrays.toString(b), t)
                    .isEqualTo(whole);
            similar += whole ? 1 : 0;
        }
        assertThat(similar).isBetween(3000, 17_000);
        // every overlap from the one needed up reaches the threshold, none below it
        for (int n = 0; n <= 40; n++) {
            for (int m = 0; m <= 40; m++) {
                for (double t : thresholds) {
                    int need = DuplicateRule.overlapNeeded(n, m, t);
                    for (int k = 0; k <= Math.min(n, m); k++) {
                        int union = n + m - k;
                        boolean reaches = (union == 0 ? 0 : (double) k / union) >= t;
                        assertThat(reaches).as("n %d m %d t %s k %d need %d", n, m, t, k, need).isEqualTo(k >= need);
                    }
                }
            }
        }
    }

    private static int[] sortedSample(Random r, int size, int universe) {
        return r.ints(0, universe).distinct().limit(Math.min(size, universe)).sorted().toArray();
    }

    /** {@code a} with a word or two dropped and a word or two added. */
    private static int[] nearCopy(Random r, int[] a, int universe) {
        List<Integer> words = new ArrayList<>(Arrays.stream(a).boxed().toList());
        for (int k = r.nextInt(3); k > 0 && !words.isEmpty(); k--) {
            words.remove(r.nextInt(words.size()));
        }
        for (int k = r.nextInt(3); k > 0; k--) {
            words.add(r.nextInt(universe + 1));
        }
        return words.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }
}
