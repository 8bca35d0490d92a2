package io.edito.publish.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How many times and how long to wait: exponential backoff with jitter (each wait is drawn between half and
 * all of {@code base * 2^(attempt-1)}, capped at {@code maxDelay}); a 429's Retry-After is honoured up to
 * {@code maxRetryAfter}, beyond which the pair fails for now and is retried by a later run.
 *
 * @param maxAttempts    attempts per request, the first included
 * @param requestTimeout how long to wait for a response once the request is sent
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
        Duration requestTimeout) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public RetryPolicy withAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, maxRetryAfter, requestTimeout);
    }

    public RetryPolicy withRequestTimeout(Duration timeout) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, timeout);
    }

    /** The wait before attempt {@code attempt + 1} after attempt {@code attempt} (1-based) failed. */
    public Duration backoff(int attempt, RandomGenerator random) {
        long base = baseDelay.toMillis();
        long exp = base << Math.min(20, attempt - 1);
        long capped = Math.min(maxDelay.toMillis(), exp < 0 ? Long.MAX_VALUE : exp);
        long low = capped / 2;
        return Duration.ofMillis(low + (capped - low == 0 ? 0 : random.nextLong(capped - low + 1)));
    }
}
