package io.edito.network;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A network's limits on one video (networks.yaml {@code video: { min_seconds, max_seconds, max_mb, alone,
 * required, gif_alone }}).
 *
 * @param shortest   shortest video the network takes ({@code min_seconds}, decimals allowed: X's 0.5 s)
 * @param longest    longest video the network takes ({@code max_seconds})
 * @param maxBytes   largest file the network takes (from {@code max_mb}, 1 MB = 1,048,576 bytes)
 * @param alone      whether a video goes out alone, no other media item beside it (X, Mastodon, Bluesky)
 * @param required   whether a post there is a video (YouTube): an image is not enough
 * @param gifAlone   whether a GIF goes out alone too, as the video the network makes of it (X: "4 photos, or 1 GIF,
 *                   or 1 video")
 */
public record VideoLimits(Optional<Duration> shortest, Optional<Duration> longest, OptionalLong maxBytes, boolean alone,
                          boolean required, boolean gifAlone) {
}
