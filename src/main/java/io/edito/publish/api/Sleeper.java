package io.edito.publish.api;

import java.time.Duration;

/** Waits between retries; tests inject one that records the delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    };

    void sleep(Duration duration);
}
