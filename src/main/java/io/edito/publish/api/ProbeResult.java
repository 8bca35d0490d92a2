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
}
