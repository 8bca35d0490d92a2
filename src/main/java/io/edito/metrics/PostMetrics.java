package io.edito.metrics;

import io.edito.network.NetworkNames;
import java.time.Instant;

/**
 * One post as read from an export, normalised.
 *
 * @param file        the export it was read from
 * @param line        the line its row starts on
 * @param network     canonical network name ({@link NetworkNames})
 * @param postId      the network's id of the post, or null
 * @param permalink   the post's URL, or null
 * @param publishedAt when it was published, or null when the export does not say
 * @param timeKnown   false when the export only gives a day (then publishedAt is midnight in the account's zone)
 * @param type        the export's post type ({@code IG reel}, {@code Link}...), or null
 * @param campaign    campaign, pillar, lang: from the export (generic format) or null; the calendar join fills them
 */
public record PostMetrics(String file, long line, String network, String postId, String permalink, Instant publishedAt,
                          boolean timeKnown, String type, String campaign, String pillar, String lang,
                          MetricValues values) {

    /** Where it was read: {@code file:line}. */
    public String source() {
        return file + ":" + line;
    }

    public double get(Metric m) {
        return values.get(m);
    }

    public double engagements() {
        return values.engagements();
    }
}
