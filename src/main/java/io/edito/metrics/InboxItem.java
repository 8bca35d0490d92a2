package io.edito.metrics;

import java.time.Instant;

/**
 * One message of an inbox export (the generic community-care format).
 *
 * @param repliedAt null when not replied
 * @param resolved  null when the export does not say
 * @param kind      message kind ({@code complaint}, {@code question}...), lower case, or null
 */
public record InboxItem(String source, String channel, Instant receivedAt, Instant repliedAt, Boolean resolved,
                        String kind) {
}
