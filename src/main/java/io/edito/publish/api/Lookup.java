package io.edito.publish.api;

/**
 * A search of the network for an item a request may already have published (the account's recent posts, a post's
 * comments), for networks without an idempotency key: asked before a request whose effect is unknown is sent again,
 * and after its answer was lost. Never a blind resend.
 */
@FunctionalInterface
public interface Lookup {

    /** The item found, or null when the network does not show it. */
    SentItem find() throws PublishFailure;

    /**
     * A look-up before a request that may have been processed is sent again: when it cannot be made, the outcome is
     * unknown (sending again could duplicate, not sending could lose).
     */
    static SentItem beforeResend(Lookup l, String label) throws PublishFailure {
        try {
            return l.find();
        } catch (PublishFailure e) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " failed and may have been processed; "
                    + "looking for it failed too: " + e.getMessage());
        }
    }

    /** A look-up after a lost answer: its own failure leaves the outcome unknown (null). */
    static SentItem afterLostAnswer(Lookup l) {
        try {
            return l.find();
        } catch (PublishFailure | RuntimeException e) {
            return null;
        }
    }

    /**
     * What a request whose answer was lost ({@code failure} of kind unknown) did: the item the network shows, else
     * the failure again, unknown, saying {@code notSeen} (where the look-up did not find it). Any other failure is
     * thrown as it is: the request was refused or can be retried.
     */
    static SentItem afterLostAnswer(PublishFailure failure, Lookup l, String notSeen) throws PublishFailure {
        if (failure.kind() != PublishFailure.Kind.UNKNOWN) {
            throw failure;
        }
        SentItem seen = afterLostAnswer(l);
        if (seen != null) {
            return seen;
        }
        throw new PublishFailure(PublishFailure.Kind.UNKNOWN, failure.getMessage() + "; " + notSeen);
    }

    /** Whitespace collapsed: what a network shows back of a text may differ in line endings and trailing spaces. */
    static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
