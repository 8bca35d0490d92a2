package io.edito.publish.ledger;

import java.time.Instant;

/**
 * What {@code publish} told once and must not repeat on every cron run: a missed pair (per scheduled time) or an
 * edited one (per content hash).
 *
 * @param scheduledAt the pair's scheduled time (ISO instant) for a missed notice, "" for an edit notice
 * @param contentHash the content told about for an edit notice, "" otherwise
 */
public record LedgerNotice(String postId, String channel, String scheduledAt, String kind, String contentHash,
        Instant at) {
}
