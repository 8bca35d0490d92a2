package io.edito.preview;

import java.util.Map;

/**
 * How a network presents a post, for the mock-ups: the words of its fold, whether the text is a caption under the
 * media (Instagram, TikTok) or a text above it. Presentation only: the limits, counts and whether a thread goes out
 * as replies are in {@link io.edito.network.Networks}.
 *
 * @param more          what the network writes at the fold ("… more", "See more", "…see more")
 * @param caption       whether the text is a caption shown after the media, after the account's handle
 * @param linksAsText   shown for networks where a URL in the text is not clickable (the CM should know)
 * @param carousel      whether several images or videos show as a carousel, one slide at a time (Instagram,
 *                      Threads), rather than as a grid
 * @param mentions      which {@code @names} the network makes a mention of: {@link Mentions}
 * @param schemeLinks   whether only a URL written with {@code http://} or {@code https://} is a link (Mastodon: a
 *                      bare {@code atlas.example/x} stays text)
 */
public record NetworkLook(String more, boolean caption, String linksAsText, boolean carousel, Mentions mentions,
                          boolean schemeLinks) {
    /** Which {@code @names} a network shows as mentions. */
    public enum Mentions {
        /** Every {@code @name} (X, Instagram, Threads, Mastodon...). */
        ALL,
        /** Only a handle that is a domain name ({@code @atlas.bsky.social}): Bluesky leaves {@code @alice} as text. */
        DOMAINS,
        /** None: a typed {@code @name} is text (LinkedIn's mentions are made in its own editor). */
        NONE
    }

    private static final NetworkLook GENERIC = new NetworkLook("… more", false, null, false, Mentions.ALL, false);
    private static final Map<String, NetworkLook> LOOKS = Map.of(
            "x", new NetworkLook("Show more", false, null, false, Mentions.ALL, false),
            "instagram", new NetworkLook("… more", true, "links in captions are not clickable", true, Mentions.ALL, false),
            "facebook", new NetworkLook("See more", false, null, false, Mentions.ALL, false),
            "linkedin", new NetworkLook("…see more", false, null, false, Mentions.NONE, false),
            "threads", new NetworkLook("… more", false, null, true, Mentions.ALL, false),
            "bluesky", new NetworkLook("… more", false, null, false, Mentions.DOMAINS, false),
            "mastodon", new NetworkLook("… more", false, null, false, Mentions.ALL, true),
            "tiktok", new NetworkLook("… more", true, null, false, Mentions.ALL, false));

    public static NetworkLook of(String networkId) {
        return LOOKS.getOrDefault(networkId, GENERIC);
    }

    /**
     * Whether the network shows {@code e} (a URL, hashtag or mention of the text) as one, rather than as text: on
     * Bluesky a handle is a domain name ({@code @atlas.bsky.social}), not a fediverse address.
     */
    public boolean shows(io.edito.text.Entity e) {
        return switch (e.kind()) {
            case MENTION -> mentions == Mentions.ALL || mentions == Mentions.DOMAINS && e.value().contains(".")
                    && !e.value().contains("@");
            case URL -> !schemeLinks || e.text().regionMatches(true, 0, "http://", 0, 7)
                    || e.text().regionMatches(true, 0, "https://", 0, 8);
            default -> true;
        };
    }
}
