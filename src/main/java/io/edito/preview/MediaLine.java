package io.edito.preview;

import io.edito.network.AspectRatio;

/**
 * One image or video of a card, as the network will crop it.
 *
 * @param file     the path as written in the calendar (relative to the project root)
 * @param path     where the file is on disk (resolved against the project root)
 * @param type     {@code image} or {@code video}
 * @param alt      the alternative text in the card's language, or null when there is none
 * @param width    the image's width in pixels, or 0 when unknown (missing file, video, unreadable format)
 * @param height   the image's height in pixels, or 0 when unknown
 * @param shown    the aspect ratio the network shows it at (the CM's crop, or the image's own ratio brought into
 *                 the network's allowed range), or null when unknown
 * @param note     what the network does to it ("cropped from 2:3 to 4:5"), or null
 * @param exists   whether the file exists
 */
public record MediaLine(String file, java.nio.file.Path path, String type, String alt, int width, int height,
                        AspectRatio shown, String note, boolean exists) {

    public boolean isVideo() {
        return "video".equals(type);
    }
}
