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
}
