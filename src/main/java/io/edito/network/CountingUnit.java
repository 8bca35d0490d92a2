package io.edito.network;

import io.edito.core.Suggest;
import java.util.Arrays;
import java.util.List;

/**
 * How a network counts the characters of a text. The network registry names the unit (a fact);
 * {@code io.edito.text.TextMeasure} implements each one.
 */
public enum CountingUnit {
    /** X's weighted length (twitter-text v3 configuration): most Latin 1, CJK and emoji 2, every URL 23. */
    X_WEIGHTED("x-weighted", "X weighted length"),
    /** Mastodon: grapheme clusters, every URL 23, a remote mention {@code @user@domain} counts as {@code @user}. */
    MASTODON("mastodon", "Mastodon characters"),
    /** Extended grapheme clusters (UAX #29): what a reader sees as one character. */
    GRAPHEMES("graphemes", "graphemes"),
    /** Unicode code points. */
    CODE_POINTS("code-points", "code points"),
    /** UTF-16 code units (a JavaScript string's length): an emoji outside the BMP counts 2. */
    UTF16("utf-16", "UTF-16 code units"),
    /** UTF-8 bytes. */
    UTF8_BYTES("utf-8-bytes", "UTF-8 bytes"),
    /** Threads: code points, except that an emoji counts as its UTF-8 byte length. */
    THREADS("threads", "Threads characters");

    private final String id;
    private final String label;

    CountingUnit(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in YAML ({@code x-weighted}, {@code graphemes}, ...). */
    public String id() {
        return id;
    }

    /** Human words for reports: {@code 312/280 (X weighted length)}. */
    public String label() {
        return label;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(CountingUnit::id).toList();
    }

    /** The unit named {@code id}, or an {@link IllegalArgumentException} that lists the known ones and suggests the closest. */
    public static CountingUnit fromId(String id) {
        for (CountingUnit u : values()) {
            if (u.id.equals(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown counting unit '" + id + "'"
                + Suggest.didYouMean(id, ids()) + "; known: " + String.join(", ", ids()));
    }
}
