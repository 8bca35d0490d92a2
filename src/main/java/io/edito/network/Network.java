package io.edito.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What edito knows about one network: the facts every check, preview and publisher reads.
 * Instances are immutable; the {@code with...} methods return a changed copy (a charter's override,
 * a Mastodon instance's own limit) and never touch the built-in defaults of {@link Networks}.
 * An empty optional means "no such rule on this network" (or "switched off by the charter").
 *
 * @param id             stable id used in calendars and charters ({@code x}, {@code instagram}, ...)
 * @param name           display name ({@code X}, {@code LinkedIn})
 * @param texts          the limited texts of a post; {@link TextField#TEXT} is always present
 * @param fold           where the "… more" fold cuts the text, in the unit of the text (unofficial figures)
 * @param maxHashtags    hashtags allowed in the text
 * @param maxLinks       links allowed in the text (Threads: more than 5 is rejected)
 * @param maxImages      images in one post
 * @param maxMedia       media items in one post, images and videos together (a carousel's items)
 * @param imageAspect    allowed image aspect ratios
 * @param imageWidth     allowed image widths in pixels
 * @param linksClickable whether a URL in the text becomes a link (Instagram captions: no)
 * @param urlWeight      what one URL counts towards the text length whatever its real length (X, Mastodon: 23)
 * @param mediaRequired  whether a post needs an image or a video (Instagram, TikTok, YouTube, Pinterest)
 * @param replies        whether a thread's following items go out as replies to the first (X, Threads, Bluesky,
 *                       Mastodon); elsewhere a {@code thread:} cannot go out as written
 * @param video          the network's limits on a video's length and file size
 * @param audiences      whether a post's own {@code visibility:} (public, unlisted, private, direct) and
 *                       {@code content_warning:} go out with it (Mastodon); elsewhere every post is public, shown
 *                       without a warning
 * @param linkCard       what a post's {@code link:} becomes (a card, or nothing)
 * @param imageMaxBytes  largest image file the network takes, in bytes (Bluesky's 1,000,000, X's 5 MB)
 * @param gifMaxBytes    largest GIF the network takes where it differs from other images (X: 15 MB); empty: as
 *                       {@code imageMaxBytes}
 * @param imageFormats   the image formats the network takes, as {@code ImageHeader.formatOf} names them
 *                       ({@code JPEG}...); empty: any it can read (Instagram's content publishing: JPEG only)
 */
public record Network(
        String id,
        String name,
        Map<TextField, TextLimit> texts,
        OptionalInt fold,
        OptionalInt maxHashtags,
        OptionalInt maxLinks,
        OptionalInt maxImages,
        OptionalInt maxMedia,
        Optional<AspectRange> imageAspect,
        Optional<IntRange> imageWidth,
        boolean linksClickable,
        OptionalInt urlWeight,
        boolean mediaRequired,
        boolean replies,
        Optional<VideoLimits> video,
        boolean audiences,
        LinkCard linkCard,
        OptionalInt imageMaxBytes,
        OptionalInt gifMaxBytes,
        List<String> imageFormats) {

    public Network {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(texts, "texts");
        if (!texts.containsKey(TextField.TEXT)) {
            throw new IllegalArgumentException("network " + id + " has no 'text' limit");
        }
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
        Objects.requireNonNull(fold, "fold");
        Objects.requireNonNull(maxHashtags, "maxHashtags");
        Objects.requireNonNull(maxLinks, "maxLinks");
        Objects.requireNonNull(maxImages, "maxImages");
        Objects.requireNonNull(maxMedia, "maxMedia");
        Objects.requireNonNull(imageAspect, "imageAspect");
        Objects.requireNonNull(imageWidth, "imageWidth");
        Objects.requireNonNull(urlWeight, "urlWeight");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(linkCard, "linkCard");
        Objects.requireNonNull(imageMaxBytes, "imageMaxBytes");
        Objects.requireNonNull(gifMaxBytes, "gifMaxBytes");
        imageFormats = List.copyOf(imageFormats);
    }

    /**
     * The largest file the network takes for an image in {@code format} (as {@code ImageHeader.formatOf} names it;
     * null when unknown): {@code gifMaxBytes} for a GIF where the network gives one, {@code imageMaxBytes} otherwise.
     */
    public OptionalInt imageMaxBytes(String format) {
        return "GIF".equals(format) && gifMaxBytes.isPresent() ? gifMaxBytes : imageMaxBytes;
    }

    /**
     * Whether a post's {@code title:} is its title here, as the publishers send it: where the network has a title
     * (YouTube, Pinterest; TikTok's photo posts), and a Facebook Page video's {@code title}.
     */
    public boolean showsTitle(boolean photosOnly, boolean video) {
        return limit(titleField(photosOnly)).isPresent() || "facebook".equals(id) && video;
    }

    /**
     * Whether the card this network makes of a post's {@code link:} carries the post's {@code title:} (LinkedIn's
     * article, Bluesky's external embed, where the calendar's title wins over the page's).
     */
    public boolean cardTakesTitle() {
        return linkCard == LinkCard.TITLED_WITHOUT_MEDIA || "bluesky".equals(id);
    }

    /** The name in the possessive: "X's", "Threads'" (an s at the end takes the apostrophe alone). */
    public String possessive() {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** The main text of a post (post, caption or description). */
    public TextLimit text() {
        return texts.get(TextField.TEXT);
    }

    /** The field of a post's own text: a post of photos only has its own where the network gives one (TikTok). */
    public TextField textField(boolean photosOnly) {
        return photosOnly && texts.containsKey(TextField.PHOTO_TEXT) ? TextField.PHOTO_TEXT : TextField.TEXT;
    }

    /** The field of a post's title: a post of photos only has its own where the network gives one (TikTok). */
    public TextField titleField(boolean photosOnly) {
        return photosOnly && texts.containsKey(TextField.PHOTO_TITLE) ? TextField.PHOTO_TITLE : TextField.TITLE;
    }

    /** The limit of {@code field}, if this network has that text. */
    public Optional<TextLimit> limit(TextField field) {
        return Optional.ofNullable(texts.get(field));
    }

    /** A copy whose {@code field} is limited to {@code max} (same unit); adds the field if absent, counted like the text. */
    public Network withLimit(TextField field, int max) {
        TextLimit current = texts.get(field);
        TextLimit changed = current != null ? current.withMax(max)
                : TextLimit.of(field.id().replace('_', ' '), text().unit(), max);
        return withText(field, changed);
    }

    /** A copy with no limit on {@code field} in its unit (a byte limit, if any, stays). */
    public Network withoutLimit(TextField field) {
        TextLimit current = texts.get(field);
        return current == null ? this : withText(field, current.withoutMax());
    }

    /** A copy with {@code field} limited as given. */
    public Network withText(TextField field, TextLimit limit) {
        Map<TextField, TextLimit> copy = new EnumMap<>(texts);
        copy.put(field, Objects.requireNonNull(limit, "limit"));
        return new Network(id, name, copy, fold, maxHashtags, maxLinks, maxImages, maxMedia, imageAspect, imageWidth,
                linksClickable, urlWeight, mediaRequired, replies, video, audiences, linkCard,
                imageMaxBytes, gifMaxBytes, imageFormats);
    }

    public Network withFold(OptionalInt value) {
        return new Network(id, name, texts, value, maxHashtags, maxLinks, maxImages, maxMedia, imageAspect, imageWidth,
                linksClickable, urlWeight, mediaRequired, replies, video, audiences, linkCard,
                imageMaxBytes, gifMaxBytes, imageFormats);
    }

    public Network withMaxHashtags(OptionalInt value) {
        return new Network(id, name, texts, fold, value, maxLinks, maxImages, maxMedia, imageAspect, imageWidth,
                linksClickable, urlWeight, mediaRequired, replies, video, audiences, linkCard,
                imageMaxBytes, gifMaxBytes, imageFormats);
    }

    public Network withMaxLinks(OptionalInt value) {
        return new Network(id, name, texts, fold, maxHashtags, value, maxImages, maxMedia, imageAspect, imageWidth,
                linksClickable, urlWeight, mediaRequired, replies, video, audiences, linkCard,
                imageMaxBytes, gifMaxBytes, imageFormats);
    }

    public Network withMaxImages(OptionalInt value) {
        return new Network(id, name, texts, fold, maxHashtags, maxLinks, value, maxMedia, imageAspect, imageWidth,
                linksClickable, urlWeight, mediaRequired, replies, video, audiences, linkCard,
                imageMaxBytes, gifMaxBytes, imageFormats);
    }

    public Network withMaxMedia(OptionalInt value) {
        return new Network(id, name, texts, fold, maxHashtags, maxLinks, maxImages, value, imageAspect, imageWidth,
                linksClickable, urlWeight, mediaRequired, replies, video, audiences, linkCard,
                imageMaxBytes, gifMaxBytes, imageFormats);
    }

    public Network withUrlWeight(OptionalInt value) {
        return new Network(id, name, texts, fold, maxHashtags, maxLinks, maxImages, maxMedia, imageAspect, imageWidth,
                linksClickable, value, mediaRequired, replies, video, audiences, linkCard,
                imageMaxBytes, gifMaxBytes, imageFormats);
    }
}
