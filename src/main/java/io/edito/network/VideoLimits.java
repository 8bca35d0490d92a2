package io.edito.network;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A network's limits on one video (networks.yaml {@code video: { min_seconds, max_seconds, max_mb }}).
 *
 * @param minSeconds shortest video the network takes
 * @param maxSeconds longest video the network takes
 * @param maxBytes   largest file the network takes (from {@code max_mb}, 1 MB = 1,048,576 bytes)
 */
public record VideoLimits(OptionalInt minSeconds, OptionalInt maxSeconds, OptionalLong maxBytes) {
}
