package io.edito.publish.api;

/** The answer to "did this pair reach the network?" for an unknown outcome. */
public record ProbeResult(Answer answer, Delivery delivery, String reason) {

    public enum Answer {
        /** It was published: here is what the network holds. */
        FOUND,
        /**
         * Sending now cannot make a duplicate: it was certainly not published, or the network will recognise
         * the repeated request (an idempotency key still honoured, a fixed record key).
         */
        SAFE_TO_SEND,
        /** The network cannot tell: a person decides with {@code edito ledger resolve}. */
        UNDECIDABLE
    }

    public static ProbeResult found(Delivery d) {
        return new ProbeResult(Answer.FOUND, d, null);
    }

    public static ProbeResult safeToSend(String reason) {
        return new ProbeResult(Answer.SAFE_TO_SEND, null, reason);
    }

    public static ProbeResult undecidable(String reason) {
        return new ProbeResult(Answer.UNDECIDABLE, null, reason);
    }

    /**
     * The answer once the post itself is known to be published (item 0): found, with its first comment when it has
     * one and the network shows it (recorded as item 1), else safe to send the comment now.
     *
     * @param what          how messages name the post ("post", "media")
     * @param findComment   looks for the first comment under the post
     */
    public static ProbeResult afterPost(DeliveryContext dctx, SentItem post, String comment, String what,
            Lookup findComment) throws PublishFailure {
        if (comment == null) {
            return found(Delivery.of(java.util.List.of(post)));
        }
        SentItem c = dctx.sent(1).orElse(null);
        if (c == null) {
            c = findComment.find();
            if (c == null) {
                return safeToSend(what + " " + post.remoteId() + " is published and its comments do not hold the "
                        + "first comment: it is sent now");
            }
            dctx.itemSent(c);
        }
        return found(Delivery.of(java.util.List.of(post, c)));
    }
}
