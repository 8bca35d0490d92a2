package io.edito.calendar;

import java.util.Map;

/**
 * A post in another language: its content, per-channel variants of that content, and its own content warning (the
 * instance shows it before the text), or null when the post's goes out with it.
 *
 * @param contentWarningPos where its content warning is written, or null
 */
public record Translation(String lang, Content content, Map<String, Content> variants, String contentWarning,
                          io.edito.core.SourcePos contentWarningPos) {
    /** A translation without a content warning of its own. */
    public Translation(String lang, Content content, Map<String, Content> variants) {
        this(lang, content, variants, null, null);
    }
}
