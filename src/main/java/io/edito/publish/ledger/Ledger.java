package io.edito.publish.ledger;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.publish.ledger.LedgerStore.Column;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.SentItem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publishing ledger: the delivery state machine over a {@link LedgerStore} (an SQLite file, or a PostgreSQL
 * database shared by several hosts). One row per (post id, channel, content hash) and a log of every transition;
 * each change is one transaction, so a process killed at any point leaves the ledger as it was before or after
 * that change.
 *
 * <p>A claim is one write transaction that reads the pair's rows (locked: {@code BEGIN IMMEDIATE} in SQLite,
 * {@code SELECT ... FOR UPDATE} in PostgreSQL) and inserts or takes the row, so each pair is sent by one publisher;
 * in PostgreSQL the unique (post, channel, content hash) row is the claim, and a publisher that loses the race to
 * insert it decides again and finds the other's claim. A claim carries a lease (owner and expiry); a claim whose
 * owner died on this host, or whose lease lapsed, turns the row {@code unknown}, to be probed before anything is
 * sent again.
 *
 * <p>A Ledger object is safe for use by several threads (its methods are serialised); open one per process.
 */
public final class Ledger implements AutoCloseable {
    /** Where the ledger lives unless edito.yaml says otherwise ({@code publishing.ledger}). */
    public static final Path DEFAULT_PATH = Path.of(".edito", "ledger.db");
    public static final int SCHEMA_VERSION = SqliteLedgerStore.SCHEMA_VERSION;
    /** How many times a claim that met another publisher's change at the same moment is decided again. */
    private static final int CLAIM_TRIES = 5;

    private final LedgerStore store;

    Ledger(LedgerStore store) {
        this.store = store;
    }

    /** Opens (or, when the file is missing, creates) the SQLite ledger at {@code file}. */
    public static Ledger open(Path file) {
        return new Ledger(SqliteLedgerStore.open(file));
    }

    /**
     * An empty ledger in memory, for a dry run when no ledger exists yet: it decides as a new ledger would, and
     * a dry run writes nothing.
     */
    public static Ledger inMemory(Path file) {
        return new Ledger(SqliteLedgerStore.inMemory(file));
    }

    /** The ledger as messages name it: its file, or its URL. */
    public String name() {
        return store.name();
    }

    // ------------------------------------------------------------------ reading

    public synchronized Optional<LedgerEntry> get(long id) {
        try {
            return store.row(id, false);
        } catch (SQLException e) {
            throw store.failure("read", e);
        }
    }

    /** Every row, oldest first. */
    public synchronized List<LedgerEntry> list() {
        try {
            return store.rows();
        } catch (SQLException e) {
            throw store.failure("read", e);
        }
    }

    /** The rows of one (post, channel) pair, oldest first. */
    public synchronized List<LedgerEntry> forPair(String postId, String channel) {
        try {
            return store.pairRows(postId, channel, false);
        } catch (SQLException e) {
            throw store.failure("read", e);
        }
    }

    public synchronized List<LedgerEvent> events(long id) {
        try {
            return store.events(id);
        } catch (SQLException e) {
            throw store.failure("read", e);
        }
    }

    /** Every notice told so far (for {@code edito ledger migrate}). */
    public synchronized List<LedgerNotice> notices() {
        try {
            return store.notices();
        } catch (SQLException e) {
            throw store.failure("read", e);
        }
    }

    /** "ok" or the store's description of the damage (SQLite's {@code PRAGMA integrity_check}). */
    public synchronized String integrityCheck() {
        try {
            return store.integrityCheck();
        } catch (SQLException e) {
            throw store.failure("check", e);
        }
    }

    // ------------------------------------------------------------------ copying

    /** What {@link #copyFrom} copied. */
    public record Copied(int entries, int events, int notices) {
    }

    /**
     * Copies every row (with its id), event and notice of {@code source} into this ledger, in one transaction.
     * Refused (input error) when this ledger has entries, unless {@code replace}: then they are deleted first.
     */
    public synchronized Copied copyFrom(Ledger source, boolean replace) {
        List<LedgerEntry> rows;
        List<LedgerEvent> events;
        List<LedgerNotice> notices;
        synchronized (source) {
            try {
                rows = source.store.rows();
                events = source.store.allEvents();
                notices = source.store.notices();
            } catch (SQLException e) {
                throw source.store.failure("read", e);
            }
        }
        try {
            store.begin();
            int had = store.rows().size();
            int told = store.notices().size();
            if (had + told > 0 && !replace) {
                throw EditoException.input("ledger " + name() + " is not empty (" + had + " entries, " + told
                        + " notices); add --force to replace its content with that of " + source.name());
            }
            store.clear();
            store.importAll(rows, events, notices);
            store.commit();
            return new Copied(rows.size(), events.size(), notices.size());
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof SQLException se ? store.failure("copy into", se) : (RuntimeException) e;
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
     * Decides, in one write transaction, what this run does with a request, and takes the row when there is
     * something to do. With {@code dryRun} the decision is made the same way and rolled back. When another publisher
     * claimed the same pair at the same moment (PostgreSQL: its row was inserted first), the decision is made again
     * and sees that claim.
     *
     * @param deliveryKey the key to store when the row is created
     * @param lease       how long the claim holds before another host may take the row over
     * @param retryFailed retry failed rows now, even refused ones or ones whose next retry has not come
     */
    public synchronized Claim claim(PublishRequest req, String deliveryKey, LeaseOwner owner, Instant now,
            Duration lease, boolean retryFailed, boolean dryRun) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.begin();
                Claim c = decide(req, deliveryKey, owner, now, lease, retryFailed);
                if (dryRun) {
                    store.rollback();
                } else {
                    store.commit();
                }
                return c;
            } catch (SQLException e) {
                rollbackQuietly();
                if (attempt < CLAIM_TRIES && store.isConflict(e)) {
                    continue;
                }
                throw store.failure("claim " + req.pairName() + " in", e);
            } catch (RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        }
    }

    private Claim decide(PublishRequest req, String deliveryKey, LeaseOwner owner, Instant now, Duration lease,
            boolean retryFailed) throws SQLException {
        // the pair's rows are locked before they are read: two publishers cannot decide from one state
        List<LedgerEntry> rows = store.pairRows(req.postId(), req.channel(), true);
        LedgerEntry same = null;
        for (LedgerEntry e : rows) {
            if (req.hasContent(e.contentHash())) {
                same = e;
            }
        }
        if (same != null && same.state() == LedgerState.SENT) {
            return skip(same, PublishStatus.ALREADY_SENT, "sent " + (same.sentAt() == null ? "" : shown(same.sentAt())
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
                // an earlier version whose outcome nobody knows stays what it is, unknown, on every run (exit 3) until
                // a person resolves it: as "edited-after-publish" it read as told once, and the runs exited 0
                return skip(e, e.state() == LedgerState.UNKNOWN ? PublishStatus.UNKNOWN : PublishStatus.EDITED_AFTER_PUBLISH,
                        "content changed while an earlier version (#"
                        + e.id() + ") may have been published (" + e.state().id() + "); resolve #" + e.id()
                        + " first: edito ledger resolve " + e.id() + " --as sent|failed");
            }
        }
        Instant leaseUntil = now.plus(lease);
        String ownerId = owner.encode();
        if (same == null) {
            // the unique (post, channel, content hash) row is the claim: a publisher inserting it at the same moment
            // fails (a conflict) and decides again
            long id = store.insertPending(req.postId(), req.channel(), req.contentHash(), deliveryKey,
                    req.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), now, ownerId, leaseUntil);
            store.event(id, now, LedgerState.PENDING, "claimed by " + ownerId + "; attempt 1");
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
                store.update(same.id(), set(Column.STATE, LedgerState.UNKNOWN, Column.ERROR, why,
                        Column.LEASE_OWNER, null, Column.LEASE_UNTIL, null), now);
                store.event(same.id(), now, LedgerState.UNKNOWN, why);
                same = require(same.id());
            }
        }
        switch (same.state()) {
            case UNKNOWN -> {
                store.update(same.id(), set(Column.LEASE_OWNER, ownerId, Column.LEASE_UNTIL, leaseUntil), now);
                return new Claim(Claim.Action.PROBE, require(same.id()), PublishStatus.UNKNOWN, null);
            }
            case FAILED -> {
                boolean due = same.nextRetry() != null && !now.isBefore(same.nextRetry());
                if (!retryFailed && (same.permanent() || !due)) {
                    String when = same.permanent() ? "not retried automatically: fix the cause, then run again "
                            + "with --retry-failed" : "next retry after " + shown(same.nextRetry());
                    return skip(same, PublishStatus.FAILED_EARLIER, same.error() + " (" + when + ")");
                }
                int attempt = same.attempts() + 1;
                store.update(same.id(), set(Column.STATE, LedgerState.PENDING, Column.ATTEMPTS, attempt,
                        Column.LEASE_OWNER, ownerId, Column.LEASE_UNTIL, leaseUntil, Column.NEXT_RETRY, null), now);
                store.event(same.id(), now, LedgerState.PENDING, "claimed by " + ownerId + "; attempt " + attempt);
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
            store.begin();
            LedgerEntry e = lock(id);
            List<SentItem> items = new ArrayList<>(e.items());
            items.removeIf(i -> i.index() == item.index());
            items.add(item);
            items.sort(java.util.Comparator.comparingInt(SentItem::index));
            store.update(id, set(Column.ITEMS, items), now);
            if (item.index() > 0) {
                store.event(id, now, e.state(), "item " + item.index() + " published: " + nz(item.remoteId()));
            }
            store.commit();
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record an item of #" + id + " in", ex);
        }
    }

    /** The row is moving from probing back to sending: attempts + 1, state pending. */
    public synchronized void toPending(long id, Instant now, String why) {
        try {
            store.begin();
            LedgerEntry e = lock(id);
            store.update(id, set(Column.STATE, LedgerState.PENDING, Column.ATTEMPTS, e.attempts() + 1,
                    Column.ERROR, null), now);
            store.event(id, now, LedgerState.PENDING, why);
            store.commit();
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record #" + id + " as pending in", ex);
        }
    }

    public synchronized void markSent(long id, Delivery d, Instant now, String resolvedBy) {
        try {
            store.begin();
            List<SentItem> items = d.items().isEmpty() ? lock(id).items() : d.items();
            store.update(id, set(Column.STATE, LedgerState.SENT, Column.REMOTE_ID, d.remoteId(), Column.REMOTE_URL,
                    d.url(), Column.SENT_AT, now, Column.ERROR, null, Column.NEXT_RETRY, null, Column.PERMANENT, false,
                    Column.LEASE_OWNER, null, Column.LEASE_UNTIL, null, Column.ITEMS, items, Column.RESOLVED_BY,
                    resolvedBy), now);
            store.event(id, now, LedgerState.SENT, (resolvedBy.equals("network") ? "" : "by " + resolvedBy + ": ")
                    + nz(d.remoteId()) + (d.url() == null ? "" : " " + d.url()));
            store.commit();
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record #" + id + " as sent in", ex);
        }
    }

    public synchronized void markFailed(long id, String error, boolean permanent, Instant nextRetry, Instant now) {
        transition(id, now, LedgerState.FAILED, error + (nextRetry == null ? "" : " (next retry after " + shown(nextRetry)
                + ")"), set(Column.STATE, LedgerState.FAILED, Column.ERROR, error, Column.PERMANENT, permanent,
                        Column.NEXT_RETRY, nextRetry, Column.LEASE_OWNER, null, Column.LEASE_UNTIL, null));
    }

    public synchronized void markUnknown(long id, String why, Instant now) {
        transition(id, now, LedgerState.UNKNOWN, why, set(Column.STATE, LedgerState.UNKNOWN, Column.ERROR, why,
                Column.LEASE_OWNER, null, Column.LEASE_UNTIL, null));
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
            store.begin();
            LedgerEntry e = store.row(id, true).orElseThrow(() -> EditoException.input("no ledger entry #" + id
                    + " (edito ledger list shows them)"));
            if (e.leaseOwner() != null && e.leaseUntil() != null && now.isBefore(e.leaseUntil())
                    && LeaseOwner.decode(e.leaseOwner()).map(o -> !o.isDeadProcessOnThisHost()).orElse(false)) {
                throw new EditoException(ExitCode.RUNTIME, "ledger entry #" + id
                        + " is being sent by run " + e.leaseOwner() + "; try again when it is done");
            }
            boolean undecided = e.state() == LedgerState.UNKNOWN || e.state() == LedgerState.PENDING;
            if (!undecided && !force) {
                throw EditoException.input(refusal(e, as));
            }
            String text = "resolved by hand as " + as.id() + (undecided ? "" : " (--force, was " + e.state().id()
                    + ")") + (note == null || note.isBlank() ? "" : ": " + note);
            if (as == LedgerState.SENT) {
                store.update(id, set(Column.STATE, LedgerState.SENT, Column.SENT_AT, e.sentAt() == null ? now
                        : e.sentAt(), Column.ERROR, null, Column.NEXT_RETRY, null, Column.PERMANENT, false,
                        Column.LEASE_OWNER, null, Column.LEASE_UNTIL, null, Column.RESOLVED_BY, "manual",
                        Column.NOTE, note), now);
            } else {
                // the error is the person's decision (an unknown row's error told them to decide: stale now), but a
                // failed row forced again keeps the network's error; a sent row forced to failed is sent again whole
                // (the client deleted it...): its time, remote post and items, which went on showing, are dropped
                Map<Column, Object> changes = set(Column.STATE, LedgerState.FAILED, Column.ERROR,
                        e.state() == LedgerState.FAILED && e.error() != null ? e.error() : "resolved as failed by hand"
                        + (note == null || note.isBlank() ? "" : ": " + note), Column.PERMANENT, false,
                        Column.NEXT_RETRY, now, Column.LEASE_OWNER, null, Column.LEASE_UNTIL, null,
                        Column.RESOLVED_BY, "manual", Column.NOTE, note);
                if (e.state() == LedgerState.SENT) {
                    changes.putAll(set(Column.SENT_AT, null, Column.REMOTE_ID, null, Column.REMOTE_URL, null,
                            Column.ITEMS, List.of()));
                }
                store.update(id, changes, now);
            }
            store.event(id, now, as, text);
            store.commit();
            return require(id);
        } catch (SQLException ex) {
            rollbackQuietly();
            throw store.failure("resolve #" + id + " in", ex);
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
                + "next run" : "next retry after " + shown(e.nextRetry())) + "); resolve is for entries whose outcome is "
                + "unknown: " + (as == LedgerState.FAILED ? "to retry it now, run edito publish --retry-failed"
                        : "if it was posted by other means, add --force to record it as sent (edito then never "
                        + "sends it)");
    }

    /**
     * Records that {@code kind} (such as "missed") was told about the pair scheduled at {@code scheduledAt}; true the
     * first time only, so that a cron job reports it once. A post moved to another time is a new pair.
     */
    public synchronized boolean noticeOnce(String postId, String channel, Instant scheduledAt, String kind, Instant now) {
        return notice(new LedgerNotice(postId, channel, JdbcLedgerStore.ts(scheduledAt), kind, "", now));
    }

    /**
     * Records that {@code kind} (such as "held-back") was told about the pair with content {@code contentHash}; true
     * the first time for that content only, whenever the pair is scheduled.
     */
    public synchronized boolean contentNoticeOnce(String postId, String channel, String kind, String contentHash,
            Instant now) {
        return notice(new LedgerNotice(postId, channel, "", kind, contentHash, now));
    }

    /**
     * Records that the pair, published with other content, was told about as edited with {@code contentHash}; true
     * the first time for that content only (moving the post does not tell it again; another edit does).
     */
    public synchronized boolean editNoticeOnce(String postId, String channel, String contentHash, Instant now) {
        return notice(new LedgerNotice(postId, channel, "", PublishStatus.EDITED_AFTER_PUBLISH.id(), contentHash,
                now));
    }

    private boolean notice(LedgerNotice n) {
        try {
            store.begin();
            boolean added = store.addNotice(n);
            store.commit();
            return added;
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record a " + n.kind() + " notice in", ex);
        }
    }

    /**
     * The row of the pair published with content other than {@code r}'s (the latest, should there be several), when
     * the pair is not published with {@code r}'s content itself ({@link PublishRequest#hasContent}): the post was
     * edited after it went out.
     */
    public synchronized Optional<LedgerEntry> publishedWithOtherContent(PublishRequest r) {
        Optional<LedgerEntry> other = Optional.empty();
        for (LedgerEntry e : forPair(r.postId(), r.channel())) {
            if (e.state() == LedgerState.SENT) {
                if (r.hasContent(e.contentHash())) {
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
                + (sent.sentAt() == null ? "" : shown(sent.sentAt()) + ", ") + "now " + shortHash(contentHash)
                + "); not published again: correct it on the network by hand if needed";
    }

    private void transition(long id, Instant now, LedgerState state, String detail, Map<Column, Object> set) {
        try {
            store.begin();
            store.update(id, set, now);
            store.event(id, now, state, detail);
            store.commit();
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw failure("record #" + id + " as " + state.id() + " in", ex);
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** A time in a message: to the second (the ledger keeps milliseconds, which say nothing to a person). */
    private static String shown(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** Column, value, column, value...: the columns an update sets, in order. */
    private static Map<Column, Object> set(Object... pairs) {
        Map<Column, Object> m = new EnumMap<>(Column.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Column) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private LedgerEntry require(long id) throws SQLException {
        return store.row(id, false).orElseThrow(() -> new SQLException("no ledger row #" + id));
    }

    /** The row, locked until the transaction ends. */
    private LedgerEntry lock(long id) throws SQLException {
        return store.row(id, true).orElseThrow(() -> new SQLException("no ledger row #" + id));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String shortHash(String h) {
        return h.length() > 12 ? h.substring(0, 12) : h;
    }

    private void rollbackQuietly() {
        try {
            store.rollback();
        } catch (SQLException ignored) {
            // no transaction was open, or the connection is gone: the database rolls back on its own
        }
    }

    private EditoException failure(String what, Exception e) {
        if (e instanceof EditoException ee) {
            return ee;
        }
        return store.failure(what, e);
    }

    @Override
    public synchronized void close() {
        store.close();
    }
}
