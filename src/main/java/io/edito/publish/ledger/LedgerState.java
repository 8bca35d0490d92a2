package io.edito.publish.ledger;

import java.util.Locale;

/** The state of a ledger row; stored lowercase. */
public enum LedgerState {
    /** Claimed and committed before the network call; the send may be in flight. */
    PENDING,
    /** Published: remote id, URL and time recorded (or confirmed by a person). */
    SENT,
    /** Not published: the error, the attempts and when a later run may retry. */
    FAILED,
    /** The request may have reached the network; found out by probing or decided with {@code ledger resolve}. */
    UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LedgerState of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
