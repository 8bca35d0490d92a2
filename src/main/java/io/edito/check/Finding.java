package io.edito.check;

import io.edito.core.Severity;
import io.edito.core.SourcePos;

/**
 * One rule broken by one post (on one channel, in one language), with the exact span in the source.
 *
 * @param rule       the rule id, such as {@code length.x} or {@code vocabulary.forbidden}
 * @param channel    the channel, or null when the finding is about the post as a whole; the same finding on several
 *                   channels of a post is reported once, with the channels joined by commas ({@link #channels()})
 * @param lang       the language of the text concerned, or null
 * @param start      first character of the span (file, line, column: 1-based, columns in code points)
 * @param end        last character of the span, inclusive, on the same or a later line (equal to start for a point)
 * @param message    what is wrong, e.g. {@code X post too long: 312/280 (X weighted length)}
 * @param suggestion what to write instead, or null
 */
public record Finding(String rule, Severity severity, String postId, String channel, String lang,
                      SourcePos start, SourcePos end, String message, String suggestion) {

    /** The channels this finding is about (several when it was merged across channels); empty for a whole post. */
    public java.util.List<String> channels() {
        return channel == null ? java.util.List.of() : java.util.List.of(channel.split(","));
    }

    /** This finding with another severity (charter scopes, suppressions). */
    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, postId, channel, lang, start, end, message, suggestion);
    }
}
