package io.edito.publish.api;

/** What happened to one (post, channel) pair in a publish run. */
public enum PublishStatus {
    /** Published now (or found published by a probe). */
    SENT,
    /** Tried now and not published; the ledger says when it is retried. */
    FAILED,
    /** May have been published; the network cannot tell: {@code edito ledger resolve}. */
    UNKNOWN,
    /** Published by an earlier run: nothing to do. */
    ALREADY_SENT,
    /** Published earlier with other content (or an earlier version's outcome is unknown): not published again. */
    EDITED_AFTER_PUBLISH,
    /** Another run holds the pair right now. */
    IN_PROGRESS,
    /** Failed earlier and not retried in this run (next retry later, or refused by the network). */
    FAILED_EARLIER,
    /** Dry run: would be sent (or probed, for an unknown outcome). */
    WOULD_SEND;

    /**
     * True when the run did something a person should hear about (cron mails only then). A pair waiting for its
     * retry is not news: the run where it failed said so (and exited 3); a later run retries it or says nothing.
     */
    public boolean noteworthy() {
        return this != ALREADY_SENT && this != IN_PROGRESS && this != FAILED_EARLIER;
    }

    /** True for outcomes that make {@code edito publish} exit 3. */
    public boolean isFailure() {
        return this == FAILED || this == UNKNOWN;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
