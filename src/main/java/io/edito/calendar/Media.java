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
    private static final java.util.List<String> VIDEO_EXTENSIONS = java.util.List.of(".mp4", ".mov", ".m4v", ".webm",
            ".avi", ".mkv");

    /** {@code image} or {@code video}: the type written, else what the file's extension says. */
    public String kind() {
        if (type != null) {
            return type.toLowerCase(java.util.Locale.ROOT);
        }
        String f = file == null ? "" : file.toLowerCase(java.util.Locale.ROOT);
        for (String extension : VIDEO_EXTENSIONS) {
            if (f.endsWith(extension)) {
                return "video";
            }
        }
        return "image";
    }

    public boolean isVideo() {
        return kind().equals("video");
    }

    /** This file with another alt text (a translation's, a bilingual account's joined one, or none). */
    public Media withAlt(Text newAlt) {
        return new Media(file, newAlt, type, crop, pos);
    }

    /** Whether a post with these media is a post of photos only (TikTok's photo posts have limits of their own). */
    public static boolean photosOnly(java.util.List<Media> media) {
        return media != null && !media.isEmpty() && media.stream().noneMatch(m -> m == null || m.isVideo());
    }
}
