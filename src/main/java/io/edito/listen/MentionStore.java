package io.edito.listen;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where mentions, their history, the sources' fetch state and the alerts are kept. One implementation per kind of
 * database ({@link SqliteMentionStore}, {@link PostgresMentionStore}) over one SQL ({@link JdbcMentionStore}); every method is one transaction, so a run killed at any point leaves the
 * store as it was before or after each change.
 */
public interface MentionStore extends AutoCloseable {

    /**
     * Stores {@code m} unless a mention with the same URL key or network id is already there (from any source, any
     * run): the stored mention when new, empty when it is a duplicate.
     */
    Optional<Mention> add(NewMention m);

    Optional<Mention> get(long id);

    /** The mentions {@code q} selects, oldest first (by {@link Mention#at()}). */
    List<Mention> list(MentionQuery q);

    /** Every change of mention {@code id}, oldest first. */
    List<MentionEvent> events(long id);

    /** Applies a ticket change and records it with its time; returns the mention after it. */
    Mention change(long id, Change change, Instant at);

    /** What the last successful fetch of a source answered, for a conditional GET. */
    Optional<FetchState> fetchState(String source);

    void saveFetchState(String source, FetchState state);

    /** Records {@code a} unless an alert with its key exists: true when it is new. */
    boolean addAlert(Alert a);

    void alertSent(String key, Instant at);

    /**
     * Claims unsent alert {@code key} for {@code owner} (a run) until {@code until}: true when this run may send it
     * (no other run holds a live claim), so that hosts running at the same moment send each alert once. A run that
     * dies holding a claim loses it when {@code until} has passed, and a later run sends the alert.
     */
    boolean claimAlert(String key, String owner, Instant now, Instant until);

    /** Gives up {@code owner}'s claim on unsent alert {@code key} (its sending failed: the next run tries again). */
    void releaseAlert(String key, String owner);

    /** Alerts not yet accepted by {@code notify}, oldest first. */
    List<Alert> unsentAlerts();

    List<Alert> alerts();

    @Override
    void close();

    /** A ticket change. */
    sealed interface Change {
        record Assign(String to) implements Change {
        }

        record Answer(String how, String text) implements Change {
        }

        record Close(String reason) implements Change {
        }

        record Reopen() implements Change {
        }
    }

    /** A source's validators from its last 200 answer (ETag, Last-Modified), for the next conditional GET. */
    record FetchState(String etag, String lastModified, Instant checkedAt) {
    }
}
