package io.edito.text;

/**
 * A hashtag, mention or URL found in displayed text.
 *
 * @param kind  what it is
 * @param start UTF-16 index of its first character ({@code #}, {@code @} or the URL's first)
 * @param end   UTF-16 index just after it
 * @param text  the text as displayed ({@code #AtlasAir}, {@code @alice@social.example}, {@code https://...})
 * @param value the part that identifies it: the tag without {@code #}, the handle without the first {@code @}
 *              ({@code alice@social.example}), the URL as written
 */
public record Entity(Kind kind, int start, int end, String text, String value) {
    public enum Kind { HASHTAG, MENTION, URL }

    /** The username of a mention without its domain ({@code alice} for {@code @alice@social.example}); the value otherwise. */
    public String username() {
        if (kind != Kind.MENTION) {
            return value;
        }
        int at = value.indexOf('@');
        return at < 0 ? value : value.substring(0, at);
    }
}
