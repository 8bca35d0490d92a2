package io.edito.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import io.edito.core.EditoException;
import io.edito.core.SqliteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The publishing ledger: an SQLite database (WAL journal, full fsync) with one row per (post id, channel,
 * content hash) and a log of every transition. Each change is one transaction, so a process killed at any
 * point leaves the ledger as it was before or after that change, and the file always opens.
 *
 * <p>Claims use {@code BEGIN IMMEDIATE}: two processes on the same file see each other's claims, so each pair
 * is sent by one of them. A claim carries a lease (owner and expiry); a claim whose owner died on this host, or
 * whose lease lapsed, turns the row {@code unknown}, to be probed before anything is sent again.
 *
 * <p>A Ledger object is safe for use by several threads (its methods are serialised); open one per process.
 */
public final class Ledger implements AutoCloseable {
    /** Where the ledger lives unless edito.yaml says otherwise ({@code publishing.ledger}). */
    public static final Path DEFAULT_PATH = Path.of(".edito", "ledger.db");
    static final int SCHEMA_VERSION = 3;
    private static final TypeReference<List<SentItem>> ITEMS = new TypeReference<>() {
    };

    private final Path file;
    private final Connection conn;

    private Ledger(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /**
     * Opens the ledger at {@code file}. Only a missing file starts a new ledger (created whole under a temporary
     * name, then linked into place, so that a crash while creating leaves no half-made ledger behind). An existing
     * file that is not an edito ledger (0 bytes, another SQLite database, anything else) is refused as damaged:
     * taking it for a new ledger would send everything in the catch-up window again.
     */
    public static Ledger open(Path file) {
        return new Ledger(file, SqliteFiles.open(file, "ledger", "deliveries", c -> new Ledger(file, c).migrate()));
    }

    /**
     * An empty ledger in memory, for a dry run when no ledger file exists yet: it decides as a new ledger would, and
     * a dry run writes no file.
     */
    public static Ledger inMemory(Path file) {
        return new Ledger(file, SqliteFiles.inMemory("ledger", c -> new Ledger(file, c).migrate()));
    }

    /** SQLite's word that the file is not a database or that its pages are damaged. */
    static boolean isDamage(Throwable e) {
        return SqliteFiles.isDamage(e);
    }

    private static EditoException damaged(Path file, String what, Exception cause) {
        return SqliteFiles.damaged("ledger", file, what, cause);
    }

    private static final String NOTICES = """
            CREATE TABLE IF NOT EXISTS notices (
              post_id TEXT NOT NULL,
              channel TEXT NOT NULL,
              scheduled_at TEXT NOT NULL,
              kind TEXT NOT NULL,
              content_hash TEXT NOT NULL DEFAULT '',
              at TEXT NOT NULL,
              PRIMARY KEY (post_id, channel, scheduled_at, kind, content_hash))""";

    private void migrate() throws SQLException {
        begin();
        try (Statement st = conn.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new EditoException(io.edito.core.ExitCode.RUNTIME, "ledger " + file + " was written by a newer "
                        + "edito (schema " + version + "); upgrade edito");
            }
            if (version < 1) {
                st.executeUpdate("""
                        CREATE TABLE IF NOT EXISTS deliveries (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          post_id TEXT NOT NULL,
                          channel TEXT NOT NULL,
                          content_hash TEXT NOT NULL,
                          state TEXT NOT NULL CHECK (state IN ('pending','sent','failed','unknown')),
                          delivery_key TEXT NOT NULL,
                          scheduled_at TEXT,
                          created_at TEXT NOT NULL,
                          updated_at TEXT NOT NULL,
                          attempts INTEGER NOT NULL DEFAULT 0,
                          lease_owner TEXT,
                          lease_until TEXT,
                          remote_id TEXT,
                          remote_url TEXT,
                          sent_at TEXT,
                          error TEXT,
                          next_retry TEXT,
                          permanent INTEGER NOT NULL DEFAULT 0,
                          items TEXT NOT NULL DEFAULT '[]',
                          resolved_by TEXT,
                          note TEXT,
                          UNIQUE (post_id, channel, content_hash))""");
                st.executeUpdate("CREATE INDEX IF NOT EXISTS deliveries_pair ON deliveries (post_id, channel)");
                st.executeUpdate("""
                        CREATE TABLE IF NOT EXISTS events (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
                          at TEXT NOT NULL,
                          state TEXT NOT NULL,
                          detail TEXT)""");
                st.executeUpdate("CREATE INDEX IF NOT EXISTS events_delivery ON events (delivery_id)");
            }
            if (version < 2) {
                // what publish told once and must not repeat on every cron run (a missed pair, an edited one)
                st.executeUpdate(NOTICES);
            } else if (version < 3) {
                // schema 2 had no content hash in the key: an edit is told once per content hash
                st.executeUpdate("ALTER TABLE notices RENAME TO notices_v2");
                st.executeUpdate(NOTICES);
                st.executeUpdate("INSERT INTO notices (post_id, channel, scheduled_at, kind, at) "
                        + "SELECT post_id, channel, scheduled_at, kind, at FROM notices_v2");
                st.executeUpdate("DROP TABLE notices_v2");
            }
            if (version < SCHEMA_VERSION) {
                st.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
            }
            commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    // ------------------------------------------------------------------ reading

    public synchronized Optional<LedgerEntry> get(long id) {
        return query("SELECT * FROM deliveries WHERE id = ?", id).stream().findFirst();
    }

    /** Every row, oldest first. */
    public synchronized List<LedgerEntry> list() {
        return query("SELECT * FROM deliveries ORDER BY id");
    }

    /** The rows of one (post, channel) pair, oldest first. */
    public synchronized List<LedgerEntry> forPair(String postId, String channel) {
        return query("SELECT * FROM deliveries WHERE post_id = ? AND channel = ? ORDER BY id", postId, channel);
    }

    public synchronized List<LedgerEvent> events(long id) {
        List<LedgerEvent> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT delivery_id, at, state, detail FROM events WHERE delivery_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LedgerEvent(rs.getLong(1), Instant.parse(rs.getString(2)),
                            LedgerState.of(rs.getString(3)), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    /** {@code PRAGMA integrity_check}: "ok" or SQLite's description of the damage. */
    public synchronized String integrityCheck() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append(rs.getString(1));
            }
            return sb.toString();
        } catch (SQLException e) {
            throw failure("check", e);
        }
    }

    // ------------------------------------------------------------------ claiming

    /** What {@link #claim} decided. */
    public record Claim(Action action, LedgerEntry entry, PublishStatus status, String detail) {
        public enum Action {
            /** The row is pending and ours: send it. */
            SEND,
            /** The row's outcome is unknown and ours to find out: probe, then maybe send. */
            PROBE,
            /** Nothing to do now; {@code status} and {@code detail} say why. */
            SKIP
        }
    }

    /**
     * Decides, in one immediate transaction, what this run does with a request, and takes the row when there is
     * something to do. With {@code dryRun} the decision is made the same way and rolled back.
     *
     * @param deliveryKey the key to store when the row is created
     * @param lease       how long the claim holds before another host may take the row over
     * @param retryFailed retry failed rows now, even refused ones or ones whose next retry has not come
     */
    public synchronized Claim claim(PublishRequest req, String deliveryKey, LeaseOwner owner, Instant now,
            Duration lease, boolean retryFailed, boolean dryRun) {
        try {
            begin();
            Claim c = decide(req, deliveryKey, owner, now, lease, retryFailed);
            if (dryRun) {
                rollback();
            } else {
                commit();
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof SQLException se ? failure("claim " + req.pairName() + " in", se)
                    : (RuntimeException) e;
        }
    }

    private Claim decide(PublishRequest req, String deliveryKey, LeaseOwner owner, Instant now, Duration lease,
            boolean retryFailed) throws SQLException {
        // BEGIN IMMEDIATE took the write lock before this read: two processes cannot decide from one snapshot
        List<LedgerEntry> rows = select("SELECT * FROM deliveries WHERE post_id = ? AND channel = ? ORDER BY id",
                req.postId(), req.channel());
        LedgerEntry same = null;
        for (LedgerEntry e : rows) {
            if (e.contentHash().equals(req.contentHash())) {
                same = e;
            }
        }
        if (same != null && same.state() == LedgerState.SENT) {
            return skip(same, PublishStatus.ALREADY_SENT, "sent " + (same.sentAt() == null ? "" : same.sentAt()
                    + " ") + (same.remoteUrl() == null ? "" : same.remoteUrl()).strip());
        }
        for (LedgerEntry e : rows) {
            if (e == same) {
                continue;
            }
            if (e.state() == LedgerState.SENT) {
                return skip(e, PublishStatus.EDITED_AFTER_PUBLISH, editedDetail(e, req.contentHash()));
            }
            if (e.state() == LedgerState.UNKNOWN || e.state() == LedgerState.PENDING) {
                return skip(e, PublishStatus.EDITED_AFTER_PUBLISH, "content changed while an earlier version (#"
                        + e.id() + ") may have been published (" + e.state().id() + "); resolve #" + e.id()
                        + " first: edito ledger resolve " + e.id() + " --as sent|failed");
            }
        }
        String leaseUntil = ts(now.plus(lease));
        String ownerId = owner.encode();
        if (same == null) {
            long id;
            try (PreparedStatement ps = conn.prepareStatement("""
                    INSERT INTO deliveries (post_id, channel, content_hash, state, delivery_key, scheduled_at,
                      created_at, updated_at, attempts, lease_owner, lease_until)
                    VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, 1, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, req.postId());
                ps.setString(2, req.channel());
                ps.setString(3, req.contentHash());
                ps.setString(4, deliveryKey);
                ps.setString(5, req.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                ps.setString(6, ts(now));
                ps.setString(7, ts(now));
                ps.setString(8, ownerId);
                ps.setString(9, leaseUntil);
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            event(id, now, LedgerState.PENDING, "claimed by " + ownerId + "; attempt 1");
            return new Claim(Claim.Action.SEND, require(id), PublishStatus.SENT, null);
        }
        boolean leased = same.leaseOwner() != null && same.leaseUntil() != null;
        if (leased && (same.state() == LedgerState.PENDING || same.state() == LedgerState.UNKNOWN)) {
            Optional<LeaseOwner> holder = LeaseOwner.decode(same.leaseOwner());
            boolean dead = holder.map(LeaseOwner::isDeadProcessOnThisHost).orElse(true);
            if (!dead && now.isBefore(same.leaseUntil())) {
                return skip(same, PublishStatus.IN_PROGRESS, "being sent by another run (" + same.leaseOwner()
                        + ", lease until " + same.leaseUntil() + ")");
            }
            if (same.state() == LedgerState.PENDING) {
                String why = dead ? "run " + same.leaseOwner() + " ended before recording the outcome"
                        : "the lease of run " + same.leaseOwner() + " lapsed before it recorded the outcome";
                update(same.id(), "state = 'unknown', error = ?, lease_owner = NULL, lease_until = NULL",
                        now, why);
                event(same.id(), now, LedgerState.UNKNOWN, why);
                same = require(same.id());
            }
        }
        switch (same.state()) {
            case UNKNOWN -> {
                update(same.id(), "lease_owner = ?, lease_until = ?", now, ownerId, leaseUntil);
                return new Claim(Claim.Action.PROBE, require(same.id()), PublishStatus.UNKNOWN, null);
            }
            case FAILED -> {
                boolean due = same.nextRetry() != null && !now.isBefore(same.nextRetry());
                if (!retryFailed && (same.permanent() || !due)) {
                    String when = same.permanent() ? "not retried automatically: fix the cause, then publish with "
                            + "--retry-failed" : "next retry after " + same.nextRetry();
                    return skip(same, PublishStatus.FAILED_EARLIER, same.error() + " (" + when + ")");
                }
                int attempt = same.attempts() + 1;
                update(same.id(), "state = 'pending', attempts = ?, lease_owner = ?, lease_until = ?, next_retry = NULL",
                        now, attempt, ownerId, leaseUntil);
                event(same.id(), now, LedgerState.PENDING, "claimed by " + ownerId + "; attempt " + attempt);
                return new Claim(Claim.Action.SEND, require(same.id()), PublishStatus.SENT, null);
            }
            default -> throw new IllegalStateException("unexpected ledger state " + same.state());
        }
    }

    private static Claim skip(LedgerEntry e, PublishStatus status, String detail) {
        return new Claim(Claim.Action.SKIP, e, status, detail);
    }

    // ------------------------------------------------------------------ recording outcomes

    /** Records one published item of a row (committed before the next item is sent). */
    public synchronized void recordItem(long id, SentItem item, Instant now) {
        try {
            begin();
            LedgerEntry e = require(id);
            List<SentItem> items = new ArrayList<>(e.items());
            items.removeIf(i -> i.index() == item.index());
            items.add(item);
            items.sort(java.util.Comparator.comparingInt(SentItem::index));
            update(id, "items = ?", now, Payloads.JSON.writeValueAsString(items));
            if (item.index() > 0) {
                event(id, now, e.state(), "item " + item.index() + " published: " + nz(item.remoteId()));
            }
            commit();
        } catch (SQLException | IOException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record an item of #" + id + " in", ex);
        }
    }

    /** The row is moving from probing back to sending: attempts + 1, state pending. */
    public synchronized void toPending(long id, Instant now, String why) {
        transition(id, now, LedgerState.PENDING, why, "state = 'pending', attempts = attempts + 1, error = NULL");
    }

    public synchronized void markSent(long id, Delivery d, Instant now, String resolvedBy) {
        try {
            begin();
            List<SentItem> items = d.items().isEmpty() ? require(id).items() : d.items();
            update(id, "state = 'sent', remote_id = ?, remote_url = ?, sent_at = ?, error = NULL, next_retry = NULL, "
                    + "permanent = 0, lease_owner = NULL, lease_until = NULL, items = ?, resolved_by = ?", now,
                    d.remoteId(), d.url(), ts(now), Payloads.JSON.writeValueAsString(items), resolvedBy);
            event(id, now, LedgerState.SENT, (resolvedBy.equals("network") ? "" : "by " + resolvedBy + ": ")
                    + nz(d.remoteId()) + (d.url() == null ? "" : " " + d.url()));
            commit();
        } catch (SQLException | IOException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record #" + id + " as sent in", ex);
        }
    }

    public synchronized void markFailed(long id, String error, boolean permanent, Instant nextRetry, Instant now) {
        transition(id, now, LedgerState.FAILED, error + (nextRetry == null ? "" : " (next retry after " + nextRetry
                + ")"), "state = 'failed', error = ?, permanent = ?, next_retry = ?, lease_owner = NULL, "
                        + "lease_until = NULL", error, permanent ? 1 : 0, nextRetry == null ? null : ts(nextRetry));
    }

    public synchronized void markUnknown(long id, String why, Instant now) {
        transition(id, now, LedgerState.UNKNOWN, why,
                "state = 'unknown', error = ?, lease_owner = NULL, lease_until = NULL", why);
    }

    /** Same as {@link #resolve(long, LedgerState, String, Instant, boolean)} without {@code force}. */
    public synchronized LedgerEntry resolve(long id, LedgerState as, String note, Instant now) {
        return resolve(id, as, note, now, false);
    }

    /**
     * A person's decision on a row ({@code edito ledger resolve ID --as sent|failed}): {@code sent} closes it;
     * {@code failed} lets the next run send it again (at once).
     *
     * <p>Only a row whose outcome is not known can be resolved: {@code unknown}, or {@code pending} whose run is
     * gone (it would turn {@code unknown} at the next run). Any other row is refused (input error) unless
     * {@code force}: overturning {@code sent} makes edito post it a second time, and overturning {@code failed}
     * means edito will never send it. A row another live run holds is refused even with {@code force}.
     */
    public synchronized LedgerEntry resolve(long id, LedgerState as, String note, Instant now, boolean force) {
        if (as != LedgerState.SENT && as != LedgerState.FAILED) {
            throw EditoException.input("a ledger row can be resolved as sent or failed, not " + as.id());
        }
        try {
            begin();
            LedgerEntry e = get0(id).orElseThrow(() -> EditoException.input("no ledger entry #" + id
                    + " (edito ledger list shows them)"));
            if (e.leaseOwner() != null && e.leaseUntil() != null && now.isBefore(e.leaseUntil())
                    && LeaseOwner.decode(e.leaseOwner()).map(o -> !o.isDeadProcessOnThisHost()).orElse(false)) {
                throw new EditoException(io.edito.core.ExitCode.RUNTIME, "ledger entry #" + id
                        + " is being sent by run " + e.leaseOwner() + "; try again when it is done");
            }
            boolean undecided = e.state() == LedgerState.UNKNOWN || e.state() == LedgerState.PENDING;
            if (!undecided && !force) {
                throw EditoException.input(refusal(e, as));
            }
            String text = "resolved by hand as " + as.id() + (undecided ? "" : " (--force, was " + e.state().id()
                    + ")") + (note == null || note.isBlank() ? "" : ": " + note);
            if (as == LedgerState.SENT) {
                update(id, "state = 'sent', sent_at = COALESCE(sent_at, ?), error = NULL, next_retry = NULL, "
                        + "permanent = 0, lease_owner = NULL, lease_until = NULL, resolved_by = 'manual', note = ?",
                        now, ts(now), note);
            } else {
                update(id, "state = 'failed', error = COALESCE(error, 'resolved as failed'), permanent = 0, "
                        + "next_retry = ?, lease_owner = NULL, lease_until = NULL, resolved_by = 'manual', note = ?",
                        now, ts(now), note);
            }
            event(id, now, as, text);
            commit();
            return require(id);
        } catch (SQLException ex) {
            rollbackQuietly();
            throw failure("resolve #" + id + " in", ex);
        } catch (RuntimeException ex) {
            rollbackQuietly();
            throw ex;
        }
    }

    /** Why a row whose outcome is known is not resolved without --force, and what to do instead. */
    private static String refusal(LedgerEntry e, LedgerState as) {
        String head = "ledger entry #" + e.id() + " (" + e.postId() + "@" + e.channel() + ") is " + e.state().id();
        if (e.state() == LedgerState.SENT) {
            String by = "manual".equals(e.resolvedBy()) ? "resolved as sent by a person"
                    : "probe".equals(e.resolvedBy()) ? "found on the network" : "confirmed by the network";
            return head + " (" + by + (e.remoteId() == null ? "" : ", remote id " + e.remoteId()) + "); resolve is "
                    + "for entries whose outcome is unknown: check the id with edito ledger list"
                    + (as == LedgerState.FAILED ? ", or add --force to have the next publish run post it again"
                            : "; it is already sent");
        }
        return head + " (" + (e.permanent() ? "not retried automatically" : e.nextRetry() == null ? "retried by the "
                + "next run" : "next retry after " + e.nextRetry()) + "); resolve is for entries whose outcome is "
                + "unknown: " + (as == LedgerState.FAILED ? "to retry it now, run edito publish --retry-failed"
                        : "if it was posted by other means, add --force to record it as sent (edito then never "
                        + "sends it)");
    }

    /**
     * Records that {@code kind} (such as "missed") was told about the pair scheduled at {@code scheduledAt}; true the
     * first time only, so that a cron job reports it once. A post moved to another time is a new pair.
     */
    public synchronized boolean noticeOnce(String postId, String channel, Instant scheduledAt, String kind, Instant now) {
        return notice(postId, channel, ts(scheduledAt), kind, "", now);
    }

    /**
     * Records that {@code kind} (such as "held-back") was told about the pair with content {@code contentHash}; true
     * the first time for that content only, whenever the pair is scheduled.
     */
    public synchronized boolean contentNoticeOnce(String postId, String channel, String kind, String contentHash,
            Instant now) {
        return notice(postId, channel, "", kind, contentHash, now);
    }

    /**
     * Records that the pair, published with other content, was told about as edited with {@code contentHash}; true
     * the first time for that content only (moving the post does not tell it again; another edit does).
     */
    public synchronized boolean editNoticeOnce(String postId, String channel, String contentHash, Instant now) {
        return notice(postId, channel, "", PublishStatus.EDITED_AFTER_PUBLISH.id(), contentHash, now);
    }

    private boolean notice(String postId, String channel, String scheduledAt, String kind, String contentHash,
            Instant now) {
        try {
            begin();
            int added;
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR IGNORE INTO notices "
                    + "(post_id, channel, scheduled_at, kind, content_hash, at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, postId);
                ps.setString(2, channel);
                ps.setString(3, scheduledAt);
                ps.setString(4, kind);
                ps.setString(5, contentHash);
                ps.setString(6, ts(now));
                added = ps.executeUpdate();
            }
            commit();
            return added == 1;
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record a " + kind + " notice in", ex);
        }
    }

    /**
     * The row of the pair published with content other than {@code contentHash} (the latest, should there be
     * several), when the pair is not published with {@code contentHash} itself: the post was edited after it went
     * out.
     */
    public synchronized Optional<LedgerEntry> publishedWithOtherContent(String postId, String channel,
            String contentHash) {
        Optional<LedgerEntry> other = Optional.empty();
        for (LedgerEntry e : forPair(postId, channel)) {
            if (e.state() == LedgerState.SENT) {
                if (e.contentHash().equals(contentHash)) {
                    return Optional.empty();
                }
                other = Optional.of(e);
            }
        }
        return other;
    }

    /** What is said of a pair published as {@code sent} and since edited to {@code contentHash}. */
    public static String editedDetail(LedgerEntry sent, String contentHash) {
        return "content changed after it was published as #" + sent.id() + " (" + sent.shortHash() + ", "
                + (sent.sentAt() == null ? "" : sent.sentAt() + ", ") + "now " + shortHash(contentHash)
                + "); not published again: correct it on the network by hand if needed";
    }

    private void transition(long id, Instant now, LedgerState state, String detail, String set, Object... args) {
        try {
            begin();
            update(id, set, now, args);
            event(id, now, state, detail);
            commit();
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record #" + id + " as " + state.id() + " in", ex);
        }
    }

    // ------------------------------------------------------------------ plumbing

    private void update(long id, String set, Instant now, Object... args) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE deliveries SET " + set
                + ", updated_at = ? WHERE id = ?")) {
            int i = 1;
            for (Object a : args) {
                ps.setObject(i++, a);
            }
            ps.setString(i++, ts(now));
            ps.setLong(i, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no ledger row #" + id);
            }
        }
    }

    private void event(long id, Instant now, LedgerState state, String detail) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO events (delivery_id, at, state, detail) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, ts(now));
            ps.setString(3, state.id());
            ps.setString(4, detail);
            ps.executeUpdate();
        }
    }

    private LedgerEntry require(long id) throws SQLException {
        return get0(id).orElseThrow(() -> new SQLException("no ledger row #" + id));
    }

    private Optional<LedgerEntry> get0(long id) throws SQLException {
        return select("SELECT * FROM deliveries WHERE id = ?", id).stream().findFirst();
    }

    /** A read outside any transaction (the connection is in auto-commit mode between transactions). */
    private List<LedgerEntry> query(String sql, Object... args) {
        try {
            return select(sql, args);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Transactions are begun by hand: the driver's own transaction handling begins the next transaction as soon as
     * one ends, which in IMMEDIATE mode would hold the write lock between our operations.
     */
    private void begin() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
    }

    private void commit() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("COMMIT");
        }
    }

    private void rollback() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("ROLLBACK");
        }
    }

    private List<LedgerEntry> select(String sql, Object... args) throws SQLException {
        List<LedgerEntry> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    private static LedgerEntry row(ResultSet rs) throws SQLException {
        List<SentItem> items;
        try {
            items = Payloads.JSON.readValue(rs.getString("items"), ITEMS);
        } catch (IOException e) {
            items = List.of();
        }
        return new LedgerEntry(rs.getLong("id"), rs.getString("post_id"), rs.getString("channel"),
                rs.getString("content_hash"), LedgerState.of(rs.getString("state")), rs.getString("delivery_key"),
                rs.getString("scheduled_at"), instant(rs.getString("created_at")),
                instant(rs.getString("updated_at")), rs.getInt("attempts"), rs.getString("lease_owner"),
                instant(rs.getString("lease_until")), rs.getString("remote_id"), rs.getString("remote_url"),
                instant(rs.getString("sent_at")), rs.getString("error"), instant(rs.getString("next_retry")),
                rs.getInt("permanent") != 0, items, rs.getString("resolved_by"), rs.getString("note"));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static String ts(Instant i) {
        return DateTimeFormatter.ISO_INSTANT.format(i.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String shortHash(String h) {
        return h.length() > 12 ? h.substring(0, 12) : h;
    }

    private void rollbackQuietly() {
        try {
            rollback();
        } catch (SQLException ignored) {
            // no transaction was open, or the connection is gone: SQLite rolls back on its own
        }
    }

    private EditoException failure(String what, Exception e) {
        if (e instanceof EditoException ee) {
            return ee;
        }
        if (isDamage(e)) {
            return damaged(file, "is damaged (SQLite: " + e.getMessage().replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "")
                    + ")", e);
        }
        return EditoException.runtime("cannot " + what + " ledger " + file + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
