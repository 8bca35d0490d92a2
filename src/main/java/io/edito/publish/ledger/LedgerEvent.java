package io.edito.publish.ledger;

import java.time.Instant;

/** One transition of a ledger row, kept for {@code edito ledger show}. */
public record LedgerEvent(long entryId, Instant at, LedgerState state, String detail) {
}
