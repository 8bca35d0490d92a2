package io.edito.listen;

import java.time.Instant;

/**
 * One stored mention, as a ticket.
 *
 * @param id              the store's number for it (what {@code edito mentions show ID} takes)
 * @param source          the id of the source it came from ({@code import:<tool>} for a CSV import)
 * @param url             where it is, or null
 * @param networkId       the network's own id (a Mastodon status URI, a Bluesky at:// URI), or null
 * @param author          who wrote it, or null
 * @param text            its text, HTML reduced to text
 * @param lang            its language (declared by the network, else detected), or {@code und}
 * @param publishedAt     when it was published, or null when the source does not say
 * @param foundAt         when edito stored it
 * @param kind            complaint, praise... (the first kind of {@code classify:} that matches), or {@code other}
 * @param competitor      the competitor it is about when it is not about the brand, or null
 * @param toolSentiment   the sentiment a listening tool's export gave, or null
 * @param status          new, open, answered or closed
 * @param assignee        who it is assigned to, or null
 * @param firstResponseAt when it was first answered, or null
 * @param closedAt        when it was closed, or null
 * @param closeReason     why it was closed, or null
 */
public record Mention(long id, String source, String url, String networkId, String author, String text, String lang,
        Instant publishedAt, Instant foundAt, String kind, String competitor, String toolSentiment, Status status,
        String assignee, Instant firstResponseAt, Instant closedAt, String closeReason) {

    /** The kind of a mention no {@code classify:} term matches. */
    public static final String OTHER = "other";
    /** The kind of a mention that says good things (a 1 or 2-star review is never one). */
    public static final String PRAISE = "praise";
    /** The kind the complaints alert, the SLA and the KPIs count (docs/listening.md). */
    public static final String COMPLAINT = "complaint";

    /** The ticket states. */
    public enum Status {
        NEW, OPEN, ANSWERED, CLOSED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The time the statistics and alerts use: when it was published, else when edito found it. */
    public Instant at() {
        return publishedAt != null ? publishedAt : foundAt;
    }

    /** Whether it is about the brand (not only about a competitor). */
    public boolean aboutBrand() {
        return competitor == null;
    }
}
