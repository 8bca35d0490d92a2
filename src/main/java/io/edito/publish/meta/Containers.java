package io.edito.publish.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.Lookup;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.SentItem;
import io.edito.publish.http.JsonBodies;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing through media containers, as Instagram and Threads both do it: create a container
 * ({@code POST /{owner}/media} or {@code /threads}), read its status until {@code FINISHED} (bounded backoff,
 * through the context's sleeper), then publish it ({@code POST /{owner}/media_publish} or {@code /threads_publish}
 * with {@code creation_id}). A container is made of public URLs and is never seen by anyone until published: making
 * one twice leaves an unused container (it expires after 24 hours), never a second post. Its status
 * {@code PUBLISHED} is the proof a publication went out, which is what makes a lost answer of the publish call
 * settle without a guess.
 */
public final class Containers {

    /**
     * What differs between the two APIs.
     *
     * @param statusFields the container fields read: the status first, then its explanation
     * @param textField    the field of the post's text (Instagram's {@code caption}, Threads' {@code text})
     */
    public record Dialect(String network, String createEdge, String publishEdge, String statusFields, String textField,
            String limitEdge, String listEdge) {
        String statusField() {
            return statusFields.substring(0, statusFields.indexOf(','));
        }

        String detailField() {
            return statusFields.substring(statusFields.indexOf(',') + 1);
        }
    }

    public static final Dialect INSTAGRAM = new Dialect("Instagram", "media", "media_publish", "status_code,status",
            "caption", "content_publishing_limit", "media");
    public static final Dialect THREADS = new Dialect("Threads", "threads", "threads_publish", "status,error_message",
            "text", "threads_publishing_limit", "threads");

    /** The first wait before reading a container's status again; each next one doubles, up to {@link #MAX_POLL}. */
    static final Duration FIRST_POLL = Duration.ofSeconds(2);
    static final Duration MAX_POLL = Duration.ofSeconds(60);
    /** How long a run waits for one container (Threads: "no more than 5 minutes"); the next run resumes it. */
    static final Duration POLL_BUDGET = Duration.ofMinutes(5);
    /** The account's recent posts read when the id of a published container is to be found. */
    static final int LISTING_LIMIT = 25;
    /** The start of the window in which a post is looked for: this long before the pair's first attempt. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssZ");
    /** How a container id is kept in a ledger item's ref until the container is published. */
    public static final String REF = "container:";

    private final GraphApi api;
    private final String owner;
    private final Dialect d;

    public Containers(GraphApi api, String owner, Dialect dialect) {
        this.api = api;
        this.owner = owner;
        this.d = dialect;
    }

    /** A container's status: the state and what the API says of it (an error's reason), possibly null. */
    public record Status(String state, String detail) {
        boolean is(String s) {
            return s.equals(state);
        }
    }

    /** The container id kept in {@code item}'s ref, if any. */
    public static Optional<String> containerOf(SentItem item) {
        return item != null && item.ref() != null && item.ref().startsWith(REF)
                ? Optional.of(item.ref().substring(REF.length())) : Optional.empty();
    }

    /**
     * The publishing quota of the last 24 hours ({@code GET /{owner}/<limit edge>?fields=quota_usage,config}): when
     * used up, the pair waits (a {@code TRANSIENT} failure retried in an hour), it does not fail.
     */
    public void requireQuota() throws PublishFailure {
        requireQuota("quota_usage", "config", "posts");
    }

    /**
     * {@link #requireQuota()} for the fields {@code usage} and {@code config} of the limit edge (Threads counts
     * replies apart: {@code reply_quota_usage}, {@code reply_config}).
     */
    public void requireQuota(String usage, String config, String what) throws PublishFailure {
        JsonNode n = api.get("/" + owner + "/" + d.limitEdge(), "fields=" + usage + "," + config);
        JsonNode row = n.path("data").path(0);
        int used = row.path(usage).asInt(0);
        int total = row.path(config).path("quota_total").asInt(0);
        if (total > 0 && used >= total) {
            long hours = Duration.ofSeconds(row.path(config).path("quota_duration").asLong(86400)).toHours();
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, d.network() + "'s publishing quota is used up ("
                    + used + " of " + total + " " + what + " in " + hours + " hours): the post waits; edito retries "
                    + "in an hour", api.ctx().clock().instant().plus(GraphApi.QUOTA_RETRY));
        }
    }

    /** Creates a container; making one again after a lost answer is harmless (an unused container expires). */
    public String create(Map<String, String> params) throws PublishFailure {
        String label = "POST /" + owner + "/" + d.createEdge();
        JsonNode n = api.post("/" + owner + "/" + d.createEdge(), params, true, null);
        String id = JsonBodies.text(n, "id");
        if (id == null) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label + " answered without a container id");
        }
        return id;
    }

    public Status status(String container) throws PublishFailure {
        JsonNode n = api.get("/" + container, "fields=" + d.statusFields());
        return new Status(n.path(d.statusField()).asText("UNKNOWN"), JsonBodies.text(n, d.detailField()));
    }

    /**
     * Reads the container's status until it is {@code FINISHED} (or already {@code PUBLISHED}), waiting 2 s, 4 s, ...
     * up to a minute between reads, five minutes in all; then it fails for now ({@code TRANSIENT}) and the next run
     * resumes with the same container. {@code ERROR} refuses the pair with the API's reason; {@code EXPIRED} fails
     * for now (the next run makes a new container).
     *
     * @return the last status read ({@code FINISHED} or {@code PUBLISHED})
     */
    public Status awaitReady(String container, String what) throws PublishFailure {
        Duration waited = Duration.ZERO;
        Duration next = FIRST_POLL;
        while (true) {
            Status s = status(container);
            if (s.is("FINISHED") || s.is("PUBLISHED")) {
                return s;
            }
            if (s.is("ERROR")) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, d.network() + " could not process " + what
                        + " (container " + container + " ERROR" + (s.detail() == null ? "" : ": " + s.detail())
                        + "); not retried: check the file against " + d.network() + "'s media specifications");
            }
            if (s.is("EXPIRED")) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "container " + container + " of " + what
                        + " EXPIRED before it was published; the next run makes a new one");
            }
            if (waited.compareTo(POLL_BUDGET) >= 0) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, d.network() + " is still processing " + what
                        + " (container " + container + " " + s.state() + " after " + waited.toSeconds()
                        + "s); the next run resumes with this container");
            }
            api.ctx().sleeper().sleep(next);
            waited = waited.plus(next);
            next = next.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : next.multipliedBy(2);
        }
    }

    /**
     * Publishes a {@code FINISHED} container. Before any new attempt, and after an answer lost, its status is read:
     * {@code PUBLISHED} means it went out.
     *
     * @return the published media's id, or null when the container is {@code PUBLISHED} but the id was not told
     *         (look it up with {@link #findPublished})
     */
    public String publish(String container) throws PublishFailure {
        String label = "POST /" + owner + "/" + d.publishEdge();
        JsonNode n;
        try {
            n = api.post("/" + owner + "/" + d.publishEdge(), Map.of("creation_id", container), false,
                    () -> publishedOrUnknown(container, label));
        } catch (PublishFailure f) {
            if (f.kind() != PublishFailure.Kind.UNKNOWN) {
                throw f;
            }
            if (publishedQuietly(container)) {
                return null;
            }
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, f.getMessage() + "; container " + container
                    + " is not PUBLISHED (yet): the next run reads it again before publishing");
        }
        String id = n == null ? null : JsonBodies.text(n, "id");
        if (id == null && !publishedQuietly(container)) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " answered without a media id and container "
                    + container + " is not PUBLISHED (yet): the next run reads it again before publishing");
        }
        return id;
    }

    private boolean publishedOrUnknown(String container, String label) throws PublishFailure {
        try {
            return status(container).is("PUBLISHED");
        } catch (PublishFailure e) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " failed and may have been processed; "
                    + "reading container " + container + " failed too: " + e.getMessage());
        }
    }

    private boolean publishedQuietly(String container) {
        try {
            return status(container).is("PUBLISHED");
        } catch (PublishFailure | RuntimeException e) {
            return false;
        }
    }

    /** The published post's public URL, or null when the API does not tell it (the post is made either way). */
    public String permalink(String mediaId) {
        try {
            return JsonBodies.text(api.get("/" + mediaId, "fields=permalink"), "permalink");
        } catch (PublishFailure | RuntimeException e) {
            return null;
        }
    }

    /**
     * The account's post with this text published since {@code since} ({@code GET /{owner}/<list edge>}, newest
     * first), as item {@code index}, or null.
     */
    public SentItem findPublished(String text, Instant since, int index) throws PublishFailure {
        JsonNode list = api.get("/" + owner + "/" + d.listEdge(), "fields=id," + d.textField() + ",timestamp,permalink"
                + "&limit=" + LISTING_LIMIT);
        String want = Lookup.normalise(text);
        for (JsonNode p : list.path("data")) {
            Instant at = time(p.path("timestamp").asText(null));
            if (at != null && at.isBefore(since)) {
                continue;
            }
            if (want.equals(Lookup.normalise(p.path(d.textField()).asText("")))) {
                return new SentItem(index, JsonBodies.text(p, "id"), JsonBodies.text(p, "permalink"), null);
            }
        }
        return null;
    }

    /** Graph's times ({@code 2026-03-09T08:30:00+0000}), or null. */
    public static Instant time(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

}
