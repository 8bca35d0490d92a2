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
 * @param account     the account the export names for this post (Meta's page name or account username, the generic
 *                    format's {@code account}), as written, or null
 * @param channel     the project's channel id the post was published on, once the report has told it
 *                    ({@code kpi.ExportAccounts}); null before, or without a project
 */
public record PostMetrics(String file, long line, String network, String postId, String permalink, Instant publishedAt,
                          boolean timeKnown, String type, String campaign, String pillar, String lang,
                          MetricValues values, String account, String channel) {

    /** A post read from an export that names no account. */
    public PostMetrics(String file, long line, String network, String postId, String permalink, Instant publishedAt,
                       boolean timeKnown, String type, String campaign, String pillar, String lang,
                       MetricValues values) {
        this(file, line, network, postId, permalink, publishedAt, timeKnown, type, campaign, pillar, lang, values,
                null, null);
    }

    /** This post, published on {@code channelId}. */
    public PostMetrics onChannel(String channelId) {
        return new PostMetrics(file, line, network, postId, permalink, publishedAt, timeKnown, type, campaign, pillar,
                lang, values, account, channelId);
    }

    /** The channel id when told, else the network: what posts are joined to the calendar on and grouped by. */
    public String channelOrNetwork() {
        return channel != null ? channel : network;
    }

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
