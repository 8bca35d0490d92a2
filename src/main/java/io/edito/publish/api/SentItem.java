package io.edito.publish.api;

/**
 * One published item of a post (its first text, a thread reply, a first comment).
 *
 * @param index    0 for the post itself, then the thread order
 * @param remoteId the network's id (Mastodon status id, Bluesky at:// URI, outbox file name...)
 * @param url      a URL a person can open, or null
 * @param ref      extra reference a reply needs (Bluesky: the record's CID), or null
 */
public record SentItem(int index, String remoteId, String url, String ref) {
}
