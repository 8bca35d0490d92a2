package io.edito.config;

import io.edito.core.Problems;
import io.edito.core.SourcePos;
import io.edito.yaml.YMap;
import io.edito.yaml.YamlReader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block of settings read by another package than the one that loads it (a channel's {@code publish:}, the
 * project's {@code publishing:}): its keys and plain values (strings, lists, maps, in source order), with where each
 * key and value stands so that its reader tells a wrong one at its file:line:column.
 *
 * @param values   every key of the block and its value (null for an empty value)
 * @param pos      where the block stands
 * @param keyPos   where each key stands
 * @param valuePos where each key's value stands
 */
public record SettingsBlock(Map<String, Object> values, SourcePos pos, Map<String, SourcePos> keyPos,
                            Map<String, SourcePos> valuePos) {
    public SettingsBlock {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        keyPos = Map.copyOf(keyPos);
        valuePos = Map.copyOf(valuePos);
    }

    /** The block as edito.yaml gives it, or null when absent. */
    static SettingsBlock of(YMap map) {
        if (map == null) {
            return null;
        }
        Map<String, SourcePos> keys = new LinkedHashMap<>();
        Map<String, SourcePos> vals = new LinkedHashMap<>();
        for (YMap.Entry e : map.all()) {
            keys.put(e.key(), e.keyPos());
            vals.put(e.key(), e.value().pos());
        }
        return new SettingsBlock(map.plain(), map.pos(), keys, vals);
    }

    /** Where the value of {@code key} stands, else where the block stands. */
    public SourcePos valueAt(String key) {
        return valuePos.getOrDefault(key, pos);
    }

    /** Where {@code key} stands, else where the block stands. */
    public SourcePos keyAt(String key) {
        return keyPos.getOrDefault(key, pos);
    }

    /** Reports every key not in {@code allowed}, with a "did you mean", as the loaders do. */
    public void reportUnknownKeys(Collection<String> allowed, String where, Problems problems) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                problems.error(keyAt(key), YamlReader.unknownKeyMessage(key, allowed, where));
            }
        }
    }

    /** The text of {@code key}, or null when absent or empty; a list or a map is reported. */
    public String string(String key, Problems problems) {
        Object v = values.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        problems.error(valueAt(key), "'" + key + "' must be a single value, not "
                + (v instanceof List ? "a list" : "a mapping"));
        return null;
    }
}
