package io.edito.publish.api;

import java.time.Instant;

/**
 * The outcome of one pair in a run, for the renderers.
 *
 * @param ledgerId  the ledger row, or 0 when none (dry run of a new pair)
 * @param detail    why, for people: the error, the earlier publication, the holder of the claim
 * @param nextRetry when a failed pair will be retried, or null
 */
public record PublishResult(String postId, String channel, String contentHash, PublishStatus status, long ledgerId,
        String remoteId, String url, String detail, Instant nextRetry, int attempts) {

    public String pairName() {
        return postId + "@" + channel;
    }
}
