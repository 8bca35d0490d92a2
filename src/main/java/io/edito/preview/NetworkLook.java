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
 */
public record NetworkLook(String more, boolean caption, String linksAsText, boolean carousel) {
    private static final NetworkLook GENERIC = new NetworkLook("… more", false, null, false);
    private static final Map<String, NetworkLook> LOOKS = Map.of(
            "x", new NetworkLook("Show more", false, null, false),
            "instagram", new NetworkLook("… more", true, "links in captions are not clickable", true),
            "facebook", new NetworkLook("See more", false, null, false),
            "linkedin", new NetworkLook("…see more", false, null, false),
            "threads", new NetworkLook("… more", false, null, true),
            "bluesky", new NetworkLook("… more", false, null, false),
            "mastodon", new NetworkLook("… more", false, null, false),
            "tiktok", new NetworkLook("… more", true, null, false));

    public static NetworkLook of(String networkId) {
        return LOOKS.getOrDefault(networkId, GENERIC);
    }
}
