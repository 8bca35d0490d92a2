package io.edito.publish;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A channel's {@code publish:} block from edito.yaml: its {@code type} (webhook, mastodon, bluesky, outbox,
 * command) and the other keys as parsed from YAML. {@link Publishers#create} validates it.
 *
 * @param channel  the channel (network id) the block belongs to
 * @param settings the whole block, including {@code type}
 * @param source   where the block stands, for error messages ({@code edito.yaml:12:5}), or null
 */
public record PublishTarget(String channel, Map<String, Object> settings, io.edito.core.SourcePos source) {
    public PublishTarget {
        Objects.requireNonNull(channel, "channel");
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public PublishTarget(String channel, Map<String, Object> settings) {
        this(channel, settings, null);
    }

    /** The {@code type} key, or null when missing. */
    public String type() {
        Object t = settings.get("type");
        return t == null ? null : t.toString();
    }
}
