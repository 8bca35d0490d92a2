package io.edito.publish.fake;

/** What a fake server does to the next request on a path instead of (or after) answering it normally. */
public enum Fault {
    /** Answers 500 without doing anything. */
    ERROR_500,
    /** Answers 429 with {@code Retry-After: 2} without doing anything. */
    RATE_LIMIT,
    /** Does the work, then waits longer than any test client's timeout before answering. */
    TIMEOUT_AFTER_PROCESSING,
    /** Does the work, then sends the headers and part of the body and drops the connection. */
    RESET_AFTER_PROCESSING
}
