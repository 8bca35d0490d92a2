package io.edito.publish.api;

import io.edito.core.SourcePos;
import io.edito.config.SettingsBlock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A channel's {@code publish:} block from edito.yaml: its {@code type} (webhook, mastodon, bluesky, facebook, instagram, threads, x, outbox,
 * command) and the other keys as parsed from YAML. {@code Publishers.create} validates it.
 *
 * @param channel   the channel (network id) the block belongs to
 * @param settings  the whole block, including {@code type}
 * @param source    where the block stands, for error messages ({@code edito.yaml:12:5}), or null
 * @param keyPos    where each key stands (an unknown key is told there)
 * @param valuePos  where each key's value stands (a wrong value is told there)
 */
public record PublishTarget(String channel, Map<String, Object> settings, SourcePos source,
                            Map<String, SourcePos> keyPos, Map<String, SourcePos> valuePos) {
    public PublishTarget {
        Objects.requireNonNull(channel, "channel");
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        keyPos = keyPos == null ? Map.of() : Map.copyOf(keyPos);
        valuePos = valuePos == null ? Map.of() : Map.copyOf(valuePos);
    }

    public PublishTarget(String channel, Map<String, Object> settings, SourcePos source) {
        this(channel, settings, source, null, null);
    }

    public PublishTarget(String channel, Map<String, Object> settings) {
        this(channel, settings, null);
    }

    /** The block {@code publish} of {@code channel} as read from edito.yaml, with the position of every key. */
    public static PublishTarget of(String channel, SettingsBlock publish) {
        return new PublishTarget(channel, publish.values(), publish.pos(), publish.keyPos(), publish.valuePos());
    }

    /** The {@code type} key, or null when missing. */
    public String type() {
        Object t = settings.get("type");
        return t == null ? null : t.toString();
    }

    /** Where the value of {@code key} stands, else where the block stands. */
    SourcePos valueAt(String key) {
        return valuePos.getOrDefault(key, source);
    }

    /** Where {@code key} stands, else where the block stands. */
    SourcePos keyAt(String key) {
        return keyPos.getOrDefault(key, source);
    }
}
