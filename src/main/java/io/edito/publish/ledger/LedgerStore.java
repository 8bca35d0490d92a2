package io.edito.publish.ledger;

import io.edito.core.EditoException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the ledger's rows live: an SQLite file ({@link SqliteLedgerStore}) or a PostgreSQL database shared by
 * several hosts ({@link PostgresLedgerStore}). A store reads and writes rows inside transactions that
 * {@link Ledger}, the delivery state machine, opens and closes; it decides nothing about states.
 *
 * <p>Within a transaction, {@code forUpdate} reads lock the rows they return until the transaction ends, so that
 * two publishers (processes or hosts) cannot both decide from the same state of a pair.
 */
public interface LedgerStore extends AutoCloseable {

    /** The columns of a row that the state machine changes after creating it. */
    enum Column {
        STATE, ATTEMPTS, LEASE_OWNER, LEASE_UNTIL, REMOTE_ID, REMOTE_URL, SENT_AT, ERROR, NEXT_RETRY, PERMANENT,
        ITEMS, RESOLVED_BY, NOTE;

        String sql() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The ledger as people name it in messages: the file, or the URL (which never holds a password). */
    String name();

    /** Begins a write transaction. */
    void begin() throws SQLException;

    void commit() throws SQLException;

    void rollback() throws SQLException;

    /** The rows of one (post, channel) pair, oldest first; locked until the transaction ends when asked. */
    List<LedgerEntry> pairRows(String postId, String channel, boolean forUpdate) throws SQLException;

    Optional<LedgerEntry> row(long id, boolean forUpdate) throws SQLException;

    /** Every row, oldest first. */
    List<LedgerEntry> rows() throws SQLException;

    /** A new {@code pending} row (attempt 1) claimed by {@code owner} until {@code leaseUntil}; its id. */
    long insertPending(String postId, String channel, String contentHash, String deliveryKey, String scheduledAt,
            Instant now, String owner, Instant leaseUntil) throws SQLException;

    /** Sets the given columns of row {@code id} (and its updated_at); fails when the row does not exist. */
    void update(long id, Map<Column, Object> set, Instant now) throws SQLException;

    void event(long id, Instant at, LedgerState state, String detail) throws SQLException;

    List<LedgerEvent> events(long id) throws SQLException;

    /** Every event of every row, in the order they happened. */
    List<LedgerEvent> allEvents() throws SQLException;

    /** Adds the notice unless it is already there; true when it was added. */
    boolean addNotice(LedgerNotice n) throws SQLException;

    List<LedgerNotice> notices() throws SQLException;

    /** Deletes every row, event and notice (inside the caller's transaction). */
    void clear() throws SQLException;

    /** Adds rows with their own ids, their events and notices (inside the caller's transaction). */
    void importAll(List<LedgerEntry> rows, List<LedgerEvent> events, List<LedgerNotice> notices) throws SQLException;

    /** "ok", or the store's description of the damage it finds. */
    String integrityCheck() throws SQLException;

    /**
     * True when {@code e} says that another publisher changed the same rows at the same time (a claim inserted by
     * another host first, a deadlock): the transaction is rolled back and decided again.
     */
    boolean isConflict(SQLException e);

    /** The one-line error for a failed operation ({@code what}: "read", "claim launch@x in", ...). */
    EditoException failure(String what, Exception e);

    @Override
    void close();
}
