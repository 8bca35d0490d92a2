package io.edito.calendar;

import io.edito.core.SourcePos;
import java.util.Map;

/**
 * Per-channel overrides of a post: its content, optionally its own time, and per-language overrides.
 */
public record Variant(String channel, Content content, PostTime at, Map<String, Content> translations, SourcePos pos) {
}
