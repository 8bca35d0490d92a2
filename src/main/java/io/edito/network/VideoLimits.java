package io.edito.network;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A network's limits on one video (networks.yaml {@code video: { min_seconds, max_seconds, max_mb, alone,
 * required }}).
 *
 * @param minSeconds shortest video the network takes
 * @param maxSeconds longest video the network takes
 * @param maxBytes   largest file the network takes (from {@code max_mb}, 1 MB = 1,048,576 bytes)
 * @param alone      whether a video goes out alone, no other media item beside it (X, Mastodon, Bluesky)
 * @param required   whether a post there is a video (YouTube): an image is not enough
 */
public record VideoLimits(OptionalInt minSeconds, OptionalInt maxSeconds, OptionalLong maxBytes, boolean alone,
                          boolean required) {
}
