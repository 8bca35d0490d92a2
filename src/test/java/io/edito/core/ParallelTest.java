package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void givesEachItemsResultInItemOrderWhateverTheChunk() {
        for (int n : new int[] {0, 1, 2, 7, 100, 1001}) {
            for (int chunk : new int[] {1, 3, 16, 5000}) {
                Set<Integer> computed = ConcurrentHashMap.newKeySet();
                AtomicInteger calls = new AtomicInteger();
                List<String> got = Parallel.map(n, chunk, i -> {
                    calls.incrementAndGet();
                    computed.add(i);
                    return "item " + i;
                });
                assertThat(got).as("n=%d chunk=%d", n, chunk)
                        .containsExactlyElementsOf(IntStream.range(0, n).mapToObj(i -> "item " + i).toList());
                assertThat(calls.get()).as("each item computed once").isEqualTo(n);
                assertThat(computed).hasSize(n);
            }
        }
    }

    @Test
    void takesItemsInTheGivenOrderAndStillReturnsThemInItemOrder() {
        long[] sizes = {5, 40, 5, 12, 40, 0};
        int[] order = Parallel.largestFirst(sizes);
        assertThat(order).containsExactly(1, 4, 3, 0, 2, 5); // ties in index order
        List<Long> got = Parallel.map(order, sizes.length, 1, i -> sizes[i] * 10);
        assertThat(got).containsExactly(50L, 400L, 50L, 120L, 400L, 0L);
    }

    @Test
    void throwsTheItemsOwnExceptionOnceAllThreadsStopped() {
        IllegalStateException boom = new IllegalStateException("item 500");
        assertThatThrownBy(() -> Parallel.map(2000, 4, i -> {
            if (i == 500) {
                throw boom;
            }
            return i;
        })).isSameAs(boom);
    }

    @Test
    void resultsCannotBeChanged() {
        List<Integer> got = Parallel.map(3, 1, i -> i);
        assertThatThrownBy(() -> got.set(0, 9)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void usesEachItemOnceInItemOrderOnTheCallingThread() {
        for (int n : new int[] {0, 1, 2, 7, 300}) {
            for (int ahead : new int[] {1, 3, 64}) {
                List<Integer> used = new java.util.ArrayList<>();
                Set<Thread> users = ConcurrentHashMap.newKeySet();
                AtomicInteger made = new AtomicInteger();
                Parallel.inOrder(n, ahead, i -> {
                    made.incrementAndGet();
                    if (i % 7 == 0) {
                        Thread.onSpinWait(); // items that take longer than others
                    }
                    return i;
                }, i -> {
                    users.add(Thread.currentThread());
                    used.add(i);
                });
                assertThat(used).as("n=%d ahead=%d", n, ahead).containsExactlyElementsOf(IntStream.range(0, n).boxed()
                        .toList());
                assertThat(made.get()).as("each item made once").isEqualTo(n);
                assertThat(users).allMatch(t -> t == Thread.currentThread());
            }
        }
    }

    @Test
    void neverMakesMoreThanAheadItemsBeyondTheOneInUse() {
        AtomicInteger inUse = new AtomicInteger(-1);
        AtomicInteger furthest = new AtomicInteger();
        Parallel.inOrder(500, 4, i -> {
            furthest.accumulateAndGet(i - inUse.get(), Math::max);
            return i;
        }, i -> {
            inUse.set(i);
            for (int k = 0; k < 2000; k++) {
                Thread.onSpinWait(); // using is slow: the makers would race ahead if nothing held them
            }
        });
        // item i is made once fewer than 4 items lie between those used and it: at most 4 beyond the last one used
        assertThat(furthest.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void makesNothingMoreOnceUsingFailed() {
        AtomicInteger furthest = new AtomicInteger(-1);
        IllegalStateException using = new IllegalStateException("used 30");
        assertThatThrownBy(() -> Parallel.inOrder(400, 8, i -> {
            furthest.accumulateAndGet(i, Math::max);
            return i;
        }, i -> {
            for (int k = 0; k < 20_000; k++) {
                Thread.onSpinWait(); // using is slow: the makers wait for room at item 38
            }
            if (i == 30) {
                throw using;
            }
        })).isSameAs(using);
        // items 0 to 29 were used when item 30 failed: room for 8 more (30 to 37), and a maker waiting with 38 gives up
        assertThat(furthest.get()).isLessThanOrEqualTo(37);
    }

    @Test
    void throwsTheFirstExceptionOfMakingOrUsing() {
        IllegalStateException making = new IllegalStateException("made 120");
        assertThatThrownBy(() -> Parallel.inOrder(400, 8, i -> {
            if (i == 120) {
                throw making;
            }
            return i;
        }, i -> { })).isSameAs(making);
        List<Integer> used = new java.util.ArrayList<>();
        IllegalArgumentException using = new IllegalArgumentException("used 30");
        assertThatThrownBy(() -> Parallel.inOrder(400, 8, i -> i, i -> {
            if (i == 30) {
                throw using;
            }
            used.add(i);
        })).isSameAs(using);
        assertThat(used).containsExactlyElementsOf(IntStream.range(0, 30).boxed().toList());
        assertThatThrownBy(() -> Parallel.inOrder(5, 2, i -> i == 3 ? null : i, i -> { }))
                .isInstanceOf(NullPointerException.class).hasMessage("item 3 was made null");
    }
}
