package io.edito.yaml;

/**
 * Bounds that keep hostile YAML from exhausting time or memory (documented in docs/calendar.md#limits).
 *
 * @param maxFileBytes  a larger file is refused before it is read
 * @param maxDepth      nesting depth of mappings and lists
 * @param maxNodes      nodes in one document, aliases counted as often as they are expanded ("billion laughs")
 */
public record YamlLimits(long maxFileBytes, int maxDepth, long maxNodes) {
    public static final YamlLimits DEFAULT = new YamlLimits(8L * 1024 * 1024, 64, 1_000_000);
}
