package io.edito.calendar;

import io.edito.core.SourcePos;

/**
 * An image or video attached to a post.
 *
 * @param file path relative to the project root (or null in a translation, which only overrides alt text)
 * @param alt  alternative text (screen readers), or null
 * @param type image or video (guessed from the extension when absent)
 * @param crop the crop the CM chose, such as {@code 4:5}, or null
 */
public record Media(String file, Text alt, String type, String crop, SourcePos pos) {
}
