package io.edito.publish.api;

import io.edito.core.Sha256;

/**
 * Sends one (post, channel) pair to a network. Implementations are thread-safe and keep no per-post state: what
 * an interrupted earlier attempt achieved comes in through the {@link DeliveryContext}.
 */
public interface Publisher {

    /** The {@code type:} of the publish block this publisher implements. */
    String type();

    /**
     * Sends the request. Items listed in {@link DeliveryContext#sentItems()} were already published by an
     * earlier attempt and are not sent again; each newly published item is reported through
     * {@link DeliveryContext#itemSent} before the next one is sent.
     *
     * @throws PublishFailure when the network refused the request, failed after retries, or may or may not
     *                        have received it ({@link PublishFailure.Kind#UNKNOWN})
     */
    Delivery publish(PublishRequest request, DeliveryContext context) throws PublishFailure;

    /**
     * For an outcome that is not known (a timeout after sending, a process killed mid-send): asks the network
     * whether the request arrived. Publishers that cannot tell return {@link ProbeResult#undecidable}.
     */
    ProbeResult probe(PublishRequest request, DeliveryContext context);

    /**
     * Whether {@link #probe} can ever tell (false for a receiver that cannot be asked, a webhook): what an unknown
     * outcome tells the person to expect from the next run.
     */
    default boolean canBeAsked() {
        return true;
    }

    /**
     * The key that makes re-sending detectable, stored in the ledger when the pair is first claimed and reused
     * by every later attempt: an idempotency key, or a Bluesky record key.
     */
    default String deliveryKey(PublishRequest request) {
        return Sha256.hex(request.postId() + "\u0000" + request.channel() + "\u0000" + request.contentHash())
                .substring(0, 32);
    }
}
