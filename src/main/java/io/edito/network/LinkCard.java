package io.edito.network;

import java.util.Locale;

/**
 * What a network makes of a post's {@code link:} (the page the post is about, apart from its text): the network fact
 * {@code link_card} of networks.yaml.
 */
public enum LinkCard {
    /** It does not go out: only a link written in the text does (X, Mastodon, Threads, Instagram, TikTok...). */
    NONE("none"),
    /** A card with the page's title and image, when the post has no image or video (Bluesky, Facebook). */
    WITHOUT_MEDIA("without_media"),
    /** A card when the post has a {@code title:} and no image or video (LinkedIn's article). */
    TITLED_WITHOUT_MEDIA("titled_without_media");

    private final String id;

    LinkCard(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether a post with (or without) media and a title shows its link as a card. */
    public boolean shown(boolean hasMedia, boolean hasTitle) {
        return switch (this) {
            case NONE -> false;
            case WITHOUT_MEDIA -> !hasMedia;
            case TITLED_WITHOUT_MEDIA -> !hasMedia && hasTitle;
        };
    }

    /**
     * Whether a post's {@code link:} stands apart from its text (the text as the network shows it): only such a link is
     * a card's, or nothing; one written in the text goes out as the text's.
     */
    public static boolean apart(String link, String shownText) {
        return link != null && !link.isBlank() && !shownText.contains(link.strip());
    }

    /** The value as networks.yaml writes it; throws IllegalArgumentException on another. */
    public static LinkCard of(String id) {
        for (LinkCard c : values()) {
            if (c.id.equals(id.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("link_card must be none, without_media or titled_without_media, not '" + id + "'");
    }
}
