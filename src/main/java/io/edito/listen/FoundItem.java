package io.edito.listen;

import java.time.Instant;

/**
 * An item read from a source, before matching and storing.
 *
 * @param networkId the network's own id, or null (feeds: their ids are only unique within a feed)
 * @param url       the item's link (a Google Alerts redirect already unwrapped), or null
 * @param lang      the language the source declares, or null
 * @param sentiment a listening tool's sentiment (CSV import), or null
 */
public record FoundItem(String networkId, String url, String author, String title, String text, String lang,
        Instant publishedAt, String sentiment) {

    /** Title and text together, as matched against keywords and classified. */
    public String fullText() {
        if (title == null || title.isBlank()) {
            return text == null ? "" : text;
        }
        if (text == null || text.isBlank() || text.startsWith(title)) {
            return text == null || text.isBlank() ? title : text;
        }
        return title + " \u2014 " + text;
    }
}
