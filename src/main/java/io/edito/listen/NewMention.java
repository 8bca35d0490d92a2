package io.edito.listen;

import java.time.Instant;

/** A mention to store: a matched, classified item. */
public record NewMention(String source, String url, String urlKey, String networkId, String author, String text,
        String lang, Instant publishedAt, Instant foundAt, String kind, String competitor, String toolSentiment) {
}
