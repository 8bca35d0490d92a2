package io.edito.text;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link NetworkText#renderMapped} with a memory: a post usually sends the same text to several channels, and each
 * rule of each channel looks at it; this renders each distinct CommonMark text once, and so keeps one
 * {@link DisplayedText} (with its {@link DisplayedText#entities() entities}) per text. Meant to live as long as one
 * post is being checked ({@link #clear} between posts keeps the memory flat on large calendars). One thread.
 */
public final class DisplayedTexts {
    private final Map<String, DisplayedText> byMarkdown = new HashMap<>();

    /** The displayed text of {@code markdown}, rendered on first request. */
    public DisplayedText of(String markdown) {
        DisplayedText d = byMarkdown.get(markdown);
        if (d == null) {
            d = NetworkText.renderMapped(markdown);
            byMarkdown.put(markdown, d);
        }
        return d;
    }

    /** {@link NetworkText#render}, memoised. */
    public String render(String markdown) {
        return of(markdown).text();
    }

    public void clear() {
        byMarkdown.clear();
    }
}
