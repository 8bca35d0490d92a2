package io.edito.publish.ledger;

import io.edito.publish.api.SentItem;
import java.time.Instant;
import java.util.List;

/**
 * One ledger row: a (post, channel, content hash) triple and what happened to it.
 *
 * @param deliveryKey  the idempotency key or record key every attempt of this row uses
 * @param scheduledAt  the scheduled time as ISO-8601 with offset
 * @param leaseOwner   the run that holds the row ({@code host|pid|start|run}), or null
 * @param leaseUntil   when that claim lapses, or null
 * @param permanent    true when the failure will not be retried automatically
 * @param items        the items published so far (a thread may be partly out)
 * @param resolvedBy   how the outcome became known: {@code network}, {@code probe}, {@code manual}, or null
 */
public record LedgerEntry(long id, String postId, String channel, String contentHash, LedgerState state,
        String deliveryKey, String scheduledAt, Instant createdAt, Instant updatedAt, int attempts,
        String leaseOwner, Instant leaseUntil, String remoteId, String remoteUrl, Instant sentAt, String error,
        Instant nextRetry, boolean permanent, List<SentItem> items, String resolvedBy, String note) {

    public LedgerEntry {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The first 12 hex digits of the content hash, as shown to people. */
    public String shortHash() {
        return contentHash.length() > 12 ? contentHash.substring(0, 12) : contentHash;
    }
}
