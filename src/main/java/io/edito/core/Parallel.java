package io.edito.core;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Work on all cores with every core busy to the end. A parallel stream cuts its range into a few large leaves up
 * front (four on a 2-core machine: {@code commonPoolParallelism << 2}), so the core that finishes its leaves first
 * then waits for the other; here each thread (the caller and the common pool's workers) takes the next
 * {@code chunk} items from a shared counter whenever it is free, so that the cores finish within one chunk of each
 * other. Results come in item order, as if computed one after the other.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * {@code f} of each item {@code 0 .. n-1}, computed on all cores a few items at a time, in item order.
     * The first exception thrown (by any thread) is thrown here, once every thread has stopped.
     */
    public static <T> List<T> map(int n, int chunk, IntFunction<T> f) {
        return map(null, n, chunk, f);
    }

    /**
     * As {@link #map(int, int, IntFunction)}, items taken in the order {@code order} gives (a permutation of
     * {@code 0 .. n-1}; the largest first keeps the cores' shares even when items differ much in size); results
     * still in item order.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> map(int[] order, int n, int chunk, IntFunction<T> f) {
        Object[] out = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                    int to = Math.min(n, from + chunk);
                    for (int k = from; k < to; k++) {
                        int i = order == null ? k : order[k];
                        out[i] = f.apply(i);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                next.set(n); // the others stop at their next chunk
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (n - 1) / Math.max(1, chunk));
        ForkJoinTask<?>[] started = new ForkJoinTask<?>[Math.max(0, helpers)];
        for (int h = 0; h < started.length; h++) {
            started[h] = ForkJoinPool.commonPool().submit(work);
        }
        work.run();
        for (ForkJoinTask<?> t : started) {
            t.join(); // a helper not started yet is run here, and finds nothing left to do
        }
        rethrow(failure.get());
        return (List<T>) java.util.Collections.unmodifiableList(Arrays.asList(out));
    }

    /**
     * Makes items {@code 0 .. n-1} on all cores and hands them to {@code use} on the calling thread, in item order, as
     * they are ready: a pipeline where using (writing output) overlaps making (rendering it). At most {@code ahead}
     * items are made beyond the one in use, so that memory stays bounded; the calling thread makes items too while
     * the next one it needs is not ready. {@code make} must not give null. The first exception of any thread is thrown
     * here once every thread has stopped; then {@code use} may have seen only the first items.
     */
    public static <T> void inOrder(int n, int ahead, IntFunction<T> make, Consumer<T> use) {
        AtomicReferenceArray<T> made = new AtomicReferenceArray<>(n);
        AtomicInteger next = new AtomicInteger(); // the next item to make
        AtomicInteger used = new AtomicInteger(); // how many items were used
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable maker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    while (i >= used.get() + Math.max(1, ahead) && failure.get() == null) {
                        LockSupport.parkNanos(50_000);
                    }
                    if (failure.get() != null) {
                        return; // another item failed: what is still to make would be thrown away
                    }
                    made.set(i, made(make, i));
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                next.set(n);
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1);
        ForkJoinTask<?>[] started = new ForkJoinTask<?>[Math.max(0, helpers)];
        for (int h = 0; h < started.length; h++) {
            started[h] = ForkJoinPool.commonPool().submit(maker);
        }
        try {
            for (int k = 0; k < n && failure.get() == null; k++) {
                T item;
                while ((item = made.get(k)) == null && failure.get() == null) {
                    int i = next.get();
                    // the one needed is being made: make the next free one meanwhile (within the same window as
                    // the makers), so that this thread does its share when using is quick
                    if (i < n && i < k + Math.max(1, ahead) && next.compareAndSet(i, i + 1)) {
                        made.set(i, made(make, i));
                    } else {
                        LockSupport.parkNanos(20_000);
                    }
                }
                if (item != null) {
                    made.set(k, null);
                    use.accept(item);
                    used.incrementAndGet();
                }
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            next.set(n);
        } finally {
            used.set(Integer.MAX_VALUE / 2); // a maker waiting for room finds some, then nothing left to make
            for (ForkJoinTask<?> t : started) {
                t.join();
            }
        }
        rethrow(failure.get());
    }

    /** Item {@code i}, which must not be null (null means "not made yet" to the thread waiting for it). */
    private static <T> T made(IntFunction<T> make, int i) {
        T item = make.apply(i);
        if (item == null) {
            throw new NullPointerException("item " + i + " was made null");
        }
        return item;
    }

    private static void rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e != null) {
            throw (Error) e;
        }
    }

    /** The indices {@code 0 .. sizes.length-1}, largest size first (ties in index order). */
    public static int[] largestFirst(long[] sizes) {
        return java.util.stream.IntStream.range(0, sizes.length).boxed()
                .sorted((a, b) -> sizes[a] != sizes[b] ? Long.compare(sizes[b], sizes[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }
}
