package io.edito.publish.api;

import io.edito.core.LanguageTag;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One (post, channel) pair ready to be sent: the text as rendered for that network and everything else the
 * publishers need. {@code contentHash} identifies the content in the ledger; pass {@code null} to have it
 * computed by {@link Payloads#contentHash(PublishRequest)} (sha-256 of the canonical JSON of what is sent,
 * without the schedule: rescheduling a post is not an edit of its content).
 *
 * @param postId       the post's id in the calendar
 * @param channel      the channel id (the key under {@code channels:} in edito.yaml: an account)
 * @param contentHash  lowercase hex sha-256, or null to compute it
 * @param text         the first item, rendered for that network
 * @param thread       the following items of a thread (replies to the previous item), possibly empty
 * @param firstComment a comment posted under the post (a self-reply on Mastodon and Bluesky), or null
 * @param media        images or videos attached to the first item
 * @param link         the post's link (already part of {@code text} where the network shows it), or null
 * @param campaign     the campaign name, or null
 * @param lang         BCP 47 language tag, or null; a bilingual account's text has its languages joined by {@code +}
 *                     ({@code fr+ar}, see {@link #languages()})
 * @param at           the scheduled time, with its offset
 * @param visibility   Mastodon visibility (public, unlisted, private, direct), or null for the channel default
 * @param spoilerText  Mastodon content warning, or null
 * @param linkTitle    the post's {@code title:}, the title of the link card where a network builds one from the
 *                     sender's data (Bluesky), or null to take the page's; not part of the content hash (a card is
 *                     decoration of the link, which is)
 * @param network      the network of the channel (the account's), for the payload; null when not told. Not part of
 *                     the content hash: a ledger written before accounts existed keeps its hashes
 * @param replyTo      the post this one answers, as the network names it (a Mastodon status URL or URI, a Bluesky
 *                     {@code at://} URI): the first item is posted as a reply to it; null for a post of its own.
 *                     Not part of the content hash: an answer's id ({@code mention-N}) is its own pair
 * @param brand        the brand whose account the channel is, for the payload (two brands' {@code instagram} are two
 *                     accounts); null when not told. Not part of the content hash, as {@code network}
 */
public record PublishRequest(String postId, String channel, String contentHash, String text, List<String> thread,
        String firstComment, List<Media> media, String link, String campaign, String lang, OffsetDateTime at,
        String visibility, String spoilerText, String linkTitle, String replyTo, String network, String brand) {

    /** A request whose brand is not told (the payload then has no {@code brand}). */
    public PublishRequest(String postId, String channel, String contentHash, String text, List<String> thread,
            String firstComment, List<Media> media, String link, String campaign, String lang, OffsetDateTime at,
            String visibility, String spoilerText, String linkTitle, String replyTo, String network) {
        this(postId, channel, contentHash, text, thread, firstComment, media, link, campaign, lang, at, visibility,
                spoilerText, linkTitle, replyTo, network, null);
    }

    /** A request whose channel's network is not told (the payload then has no {@code network}). */
    public PublishRequest(String postId, String channel, String contentHash, String text, List<String> thread,
            String firstComment, List<Media> media, String link, String campaign, String lang, OffsetDateTime at,
            String visibility, String spoilerText, String linkTitle, String replyTo) {
        this(postId, channel, contentHash, text, thread, firstComment, media, link, campaign, lang, at, visibility,
                spoilerText, linkTitle, replyTo, null);
    }

    /** A request that answers no post. */
    public PublishRequest(String postId, String channel, String contentHash, String text, List<String> thread,
            String firstComment, List<Media> media, String link, String campaign, String lang, OffsetDateTime at,
            String visibility, String spoilerText, String linkTitle) {
        this(postId, channel, contentHash, text, thread, firstComment, media, link, campaign, lang, at, visibility,
                spoilerText, linkTitle, null);
    }

    /** A request without a title of its own for a link card. */
    public PublishRequest(String postId, String channel, String contentHash, String text, List<String> thread,
            String firstComment, List<Media> media, String link, String campaign, String lang, OffsetDateTime at,
            String visibility, String spoilerText) {
        this(postId, channel, contentHash, text, thread, firstComment, media, link, campaign, lang, at, visibility,
                spoilerText, null);
    }

    /** The languages of the text: one, the several of a bilingual account's in their order, or none. */
    public List<String> languages() {
        return LanguageTag.parts(lang);
    }

    /**
     * An attachment: a file (relative to the working folder or absolute: where edito reads it), its alt text and MIME
     * type; for the payload, its path relative to the repository as the calendar writes it, the SHA-256 of its bytes
     * and its public URL ({@code media_url}), each null when unknown.
     */
    public record Media(Path path, String alt, String mime, String file, String sha256, String url) {
        public Media {
            Objects.requireNonNull(path, "media path");
            if (file == null) {
                file = path.toString().replace('\\', '/');
            }
        }

        /** A file known by its path only. */
        public Media(Path path, String alt, String mime) {
            this(path, alt, mime, null, null, null);
        }
    }

    public PublishRequest {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        thread = thread == null ? List.of() : List.copyOf(thread);
        media = media == null ? List.of() : List.copyOf(media);
        if (contentHash == null) {
            contentHash = Payloads.contentHash(postId, channel, text, thread, firstComment, media, link, campaign,
                    lang, visibility, spoilerText);
        }
    }

    /** A plain single post (no thread, no media), mostly for tests and simple callers. */
    public static PublishRequest simple(String postId, String channel, String text, OffsetDateTime at) {
        return new PublishRequest(postId, channel, null, text, List.of(), null, List.of(), null, null, null, at,
                null, null);
    }

    /** The first comment to post under the post: null when there is none or it is blank. */
    public String commentToSend() {
        return firstComment == null || firstComment.isBlank() ? null : firstComment;
    }

    /**
     * The items in posting order: the text, the thread, then the first comment. Networks that have threads post
     * each item as a reply to the previous one.
     */
    public List<String> items() {
        List<String> items = new ArrayList<>(1 + thread.size() + 1);
        items.add(text);
        items.addAll(thread);
        if (commentToSend() != null) {
            items.add(firstComment);
        }
        return items;
    }

    /**
     * Whether a ledger entry of content hash {@code hash} is this content: its hash, or the hash an earlier edito gave
     * the same content with media ({@link Payloads#legacyContentHash}), so that upgrading does not read every pair
     * published with media as edited.
     */
    public boolean hasContent(String hash) {
        return hash.equals(contentHash) || !media.isEmpty() && hash.equals(Payloads.legacyContentHash(this));
    }

    /** {@code post@channel}, how results and the ledger name a pair. */
    public String pairName() {
        return postId + "@" + channel;
    }

    /** A copy with other media, recomputing the content hash. */
    public PublishRequest withMedia(List<Media> newMedia) {
        return new PublishRequest(postId, channel, null, text, thread, firstComment, newMedia, link, campaign, lang,
                at, visibility, spoilerText, linkTitle, replyTo, network, brand);
    }

    /** A copy that answers {@code post} (see {@code replyTo}). */
    public PublishRequest replyingTo(String post) {
        return new PublishRequest(postId, channel, contentHash, text, thread, firstComment, media, link, campaign, lang,
                at, visibility, spoilerText, linkTitle, post, network, brand);
    }
}
