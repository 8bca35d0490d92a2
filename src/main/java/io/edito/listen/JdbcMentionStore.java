package io.edito.listen;

import io.edito.core.EditoException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mention store over JDBC: one SQL for SQLite ({@link SqliteMentionStore}) and PostgreSQL
 * ({@link PostgresMentionStore}), the few differences in a {@link Dialect}. Every method is one transaction. A
 * mention is stored once across sources, runs and hosts (unique URL key and network id, {@code ON CONFLICT DO
 * NOTHING}); an alert is recorded once (unique key) and sent by the one run that claims it.
 */
public final class JdbcMentionStore implements MentionStore {
    private final Connection conn;
    private final Dialect dialect;

    /** What differs between the databases. */
    interface Dialect {
        /** The store as messages name it (a file path, a URL). */
        String name();

        void begin(Connection c) throws SQLException;

        void commit(Connection c) throws SQLException;

        void rollback(Connection c) throws SQLException;

        /** What a read that changes the row next appends to lock it ("" where a transaction locks the file). */
        String lockClause();

        /** An INSERT whose generated {@code id} {@link PreparedStatement#getGeneratedKeys()} returns. */
        PreparedStatement insertReturningId(Connection c, String sql) throws SQLException;

        /** The one-line error for a failed read or write. */
        EditoException failure(String what, SQLException e);

        void close(Connection c);
    }

    JdbcMentionStore(Connection conn, Dialect dialect) {
        this.conn = conn;
        this.dialect = dialect;
    }

    /** The store as messages name it. */
    public String name() {
        return dialect.name();
    }

    @Override
    public synchronized Optional<Mention> add(NewMention m) {
        try {
            dialect.begin(conn);
            try {
                long id;
                // looked up first: an insert that the unique keys turn away still uses up an id (SQLite's
                // AUTOINCREMENT, PostgreSQL's sequence), and a listen run under cron sees the same items again and
                // again: mention numbers would grow with every run
                if (known(m)) {
                    dialect.commit(conn);
                    return Optional.empty();
                }
                // the unique URL key and network id decide, in one statement: a second host storing the same mention
                // at the same moment waits for the first and stores nothing
                try (PreparedStatement ps = dialect.insertReturningId(conn, """
                        INSERT INTO mentions (source, url, url_key, network_id, author, text, lang, published_at,
                          found_at, at, kind, competitor, tool_sentiment, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new') ON CONFLICT DO NOTHING""")) {
                    bind(ps, new Object[] {m.source(), m.url(), m.urlKey(), m.networkId(), m.author(), m.text(),
                        m.lang(), ts(m.publishedAt()), ts(m.foundAt()),
                        ts(m.publishedAt() != null ? m.publishedAt() : m.foundAt()), m.kind(), m.competitor(),
                        m.toolSentiment()});
                    if (ps.executeUpdate() == 0) {
                        dialect.commit(conn);
                        return Optional.empty();
                    }
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                event(id, m.foundAt(), "found", m.source());
                dialect.commit(conn);
                return get(id);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw dialect.failure("write", e);
        }
    }

    /** Whether a mention with {@code m}'s URL key or network id is stored already. */
    private boolean known(NewMention m) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT 1 FROM mentions WHERE url_key = ? OR network_id = ? LIMIT 1")) {
            bind(ps, new Object[] {m.urlKey(), m.networkId()});
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public synchronized Optional<Mention> get(long id) {
        return select("SELECT * FROM mentions WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public synchronized List<Mention> list(MentionQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM mentions WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status().id());
        }
        if (q.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(q.kind());
        }
        if (q.source() != null) {
            sql.append(" AND source = ?");
            args.add(q.source());
        }
        if (q.since() != null) {
            sql.append(" AND at >= ?");
            args.add(ts(q.since()));
        }
        if (q.until() != null) {
            sql.append(" AND at < ?");
            args.add(ts(q.until()));
        }
        sql.append(" ORDER BY at, id");
        return select(sql.toString(), args.toArray());
    }

    @Override
    public synchronized List<MentionEvent> events(long id) {
        List<MentionEvent> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT mention_id, at, action, detail FROM mention_events WHERE mention_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MentionEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw dialect.failure("read", e);
        }
        return out;
    }

    @Override
    public synchronized Mention change(long id, Change change, Instant at) {
        try {
            dialect.begin(conn);
            try {
                Mention m = select("SELECT * FROM mentions WHERE id = ?" + dialect.lockClause(), id).stream()
                        .findFirst().orElseThrow(() -> EditoException.input("no mention #" + id + " in "
                                + dialect.name()));
                String now = ts(at);
                requireState(m, change); // what the ticket's state allows, then when
                TicketTimes.require(m, () -> events(id), change, at);
                if (change instanceof Change.Assign a) {
                    update("UPDATE mentions SET assignee = ?, status = CASE WHEN status = 'new' THEN 'open' "
                            + "ELSE status END WHERE id = ?", a.to(), id);
                    event(id, at, "assigned", a.to());
                } else if (change instanceof Change.Answer a) {
                    // the earliest answer is the first response, whichever was recorded first
                    Instant first = m.firstResponseAt() == null || at.isBefore(m.firstResponseAt()) ? at
                            : m.firstResponseAt();
                    update("UPDATE mentions SET status = 'answered', first_response_at = ? WHERE id = ?", ts(first), id);
                    event(id, at, "answered", a.text() == null ? a.how() : a.how() + ": " + a.text());
                } else if (change instanceof Change.Close c) {
                    update("UPDATE mentions SET status = 'closed', closed_at = ?, close_reason = ? WHERE id = ?",
                            now, c.reason(), id);
                    event(id, at, "closed", c.reason());
                } else {
                    update("UPDATE mentions SET status = CASE WHEN first_response_at IS NULL THEN 'open' "
                            + "ELSE 'answered' END, closed_at = NULL, close_reason = NULL WHERE id = ?", id);
                    event(id, at, "reopened", null);
                }
                dialect.commit(conn);
                return get(id).orElseThrow();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw dialect.failure("write", e);
        }
    }

    @Override
    public synchronized Optional<FetchState> fetchState(String source) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT etag, last_modified, checked_at FROM fetch_state WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new FetchState(rs.getString(1), rs.getString(2),
                        Instant.parse(rs.getString(3)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw dialect.failure("read", e);
        }
    }

    @Override
    public synchronized void saveFetchState(String source, FetchState state) {
        try {
            update("INSERT INTO fetch_state (source, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (source) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                    + " checked_at = excluded.checked_at", source, state.etag(), state.lastModified(),
                    ts(state.checkedAt()));
        } catch (SQLException e) {
            throw dialect.failure("write", e);
        }
    }

    @Override
    public synchronized boolean addAlert(Alert a) {
        try {
            return update("INSERT INTO alerts (key, kind, fired_at, message, sent_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (key) DO NOTHING", a.key(), a.kind(), ts(a.firedAt()), a.message(),
                    ts(a.sentAt())) == 1;
        } catch (SQLException e) {
            throw dialect.failure("write", e);
        }
    }

    @Override
    public synchronized void alertSent(String key, Instant at) {
        try {
            update("UPDATE alerts SET sent_at = ? WHERE key = ? AND sent_at IS NULL", ts(at), key);
        } catch (SQLException e) {
            throw dialect.failure("write", e);
        }
    }

    @Override
    public synchronized boolean claimAlert(String key, String owner, Instant now, Instant until) {
        try {
            return update("UPDATE alerts SET claimed_by = ?, claimed_until = ? WHERE key = ? AND sent_at IS NULL "
                    + "AND (claimed_until IS NULL OR claimed_until < ?)", owner, ts(until), key, ts(now)) == 1;
        } catch (SQLException e) {
            throw dialect.failure("write", e);
        }
    }

    @Override
    public synchronized void releaseAlert(String key, String owner) {
        try {
            update("UPDATE alerts SET claimed_by = NULL, claimed_until = NULL WHERE key = ? AND claimed_by = ? "
                    + "AND sent_at IS NULL", key, owner);
        } catch (SQLException e) {
            throw dialect.failure("write", e);
        }
    }

    @Override
    public synchronized List<Alert> unsentAlerts() {
        return alerts("SELECT * FROM alerts WHERE sent_at IS NULL ORDER BY fired_at, key");
    }

    @Override
    public synchronized List<Alert> alerts() {
        return alerts("SELECT * FROM alerts ORDER BY fired_at, key");
    }

    private List<Alert> alerts(String sql) {
        List<Alert> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Alert(rs.getString("key"), rs.getString("kind"), Instant.parse(rs.getString("fired_at")),
                        rs.getString("message"), instant(rs.getString("sent_at"))));
            }
        } catch (SQLException e) {
            throw dialect.failure("read", e);
        }
        return out;
    }

    @Override
    public synchronized void close() {
        dialect.close(conn);
    }

    // ------------------------------------------------------------------ plumbing

    private void event(long id, Instant at, String action, String detail) throws SQLException {
        update("INSERT INTO mention_events (mention_id, at, action, detail) VALUES (?, ?, ?, ?)", id, ts(at), action,
                detail);
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private List<Mention> select(String sql, Object... args) {
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Mention(rs.getLong("id"), rs.getString("source"), rs.getString("url"),
                            rs.getString("network_id"), rs.getString("author"), rs.getString("text"),
                            rs.getString("lang"), instant(rs.getString("published_at")),
                            instant(rs.getString("found_at")), rs.getString("kind"), rs.getString("competitor"),
                            rs.getString("tool_sentiment"), Mention.Status.of(rs.getString("status")),
                            rs.getString("assignee"), instant(rs.getString("first_response_at")),
                            instant(rs.getString("closed_at")), rs.getString("close_reason")));
                }
            }
        } catch (SQLException e) {
            throw dialect.failure("read", e);
        }
        return out;
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                ps.setString(i + 1, a.toString());
            }
        }
    }

    private void rollbackQuietly() {
        try {
            dialect.rollback(conn);
        } catch (SQLException ignored) {
            // no transaction open, or the connection is gone: the first error is the one reported
        }
    }

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Instants as fixed-width UTC text (milliseconds), so that SQL compares them in time order. */
    /** Refuses a change the ticket's state does not allow: answering or closing a closed one, reopening an open one. */
    private static void requireState(Mention m, Change change) {
        if (change instanceof Change.Answer && m.status() == Mention.Status.CLOSED) {
            throw EditoException.input("mention #" + m.id() + " is closed; reopen it first (edito mentions reopen "
                    + m.id() + ")");
        }
        if (change instanceof Change.Close && m.status() == Mention.Status.CLOSED) {
            throw EditoException.input("mention #" + m.id() + " is already closed (since " + shown(m.closedAt()) + ")");
        }
        if (change instanceof Change.Reopen && m.status() != Mention.Status.CLOSED) {
            throw EditoException.input("mention #" + m.id() + " is " + m.status().id() + ", not closed: nothing to reopen");
        }
    }

    /** A time in a message: to the second, as {@code --at} takes it (the stored form keeps milliseconds). */
    private static String shown(Instant i) {
        return TicketTimes.shown(i);
    }

    static String ts(Instant i) {
        return i == null ? null : TS.format(i);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
