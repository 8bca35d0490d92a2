package io.edito.preview;

import java.util.Map;

/**
 * How a network presents a post, for the mock-ups: the words of its fold, whether it chains thread items, whether
 * the text is a caption under the media (Instagram, TikTok) or a text above it. Presentation only: the limits and
 * counts are in {@link io.edito.network.Networks}.
 *
 * @param more          what the network writes at the fold ("… more", "See more", "…see more")
 * @param threads       whether following items of a thread are published as replies (X, Threads, Bluesky, Mastodon)
 * @param caption       whether the text is a caption shown after the media, after the account's handle
 * @param linksAsText   shown for networks where a URL in the text is not clickable (the CM should know)
 */
public record NetworkLook(String more, boolean threads, boolean caption, String linksAsText) {
    private static final NetworkLook GENERIC = new NetworkLook("… more", false, false, null);
    private static final Map<String, NetworkLook> LOOKS = Map.of(
            "x", new NetworkLook("Show more", true, false, null),
            "instagram", new NetworkLook("… more", false, true, "links in captions are not clickable"),
            "facebook", new NetworkLook("See more", false, false, null),
            "linkedin", new NetworkLook("…see more", false, false, null),
            "threads", new NetworkLook("… more", true, false, null),
            "bluesky", new NetworkLook("… more", true, false, null),
            "mastodon", new NetworkLook("… more", true, false, null),
            "tiktok", new NetworkLook("… more", false, true, null));

    public static NetworkLook of(String networkId) {
        return LOOKS.getOrDefault(networkId, GENERIC);
    }
}
