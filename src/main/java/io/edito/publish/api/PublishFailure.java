package io.edito.publish.api;

import java.time.Instant;

/**
 * A send that did not end in a known publication. The message is for people and never holds a secret.
 */
public final class PublishFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** What the ledger makes of it. */
    public enum Kind {
        /** The network refused the request (4xx other than 408/429): retrying the same content will not help. */
        REJECTED,
        /** Not delivered, worth retrying later (5xx, network error before sending, 429 beyond the wait limit). */
        TRANSIENT,
        /** The request may have reached the network (timeout or connection reset after sending). */
        UNKNOWN
    }

    private final Kind kind;
    private final transient Instant retryAfter;

    public PublishFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public PublishFailure(Kind kind, String message, Instant retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** When the network asked us to come back (429 Retry-After), or null. */
    public Instant retryAfter() {
        return retryAfter;
    }
}
