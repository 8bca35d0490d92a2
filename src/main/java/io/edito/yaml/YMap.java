package io.edito.yaml;

import io.edito.core.SourcePos;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping with string keys, in source order; each entry keeps the position of its key. */
public record YMap(Map<String, Entry> entries, SourcePos pos) implements YNode {

    /** One key: value pair. */
    public record Entry(String key, SourcePos keyPos, YNode value) {
    }

    public Optional<YNode> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Collection<Entry> all() {
        return entries.values();
    }

    @Override
    public String kind() {
        return "a mapping";
    }

    @Override
    public Map<String, Object> plain() {
        Map<String, Object> out = new LinkedHashMap<>();
        entries.values().forEach(e -> out.put(e.key(), e.value().plain()));
        return out;
    }
}
