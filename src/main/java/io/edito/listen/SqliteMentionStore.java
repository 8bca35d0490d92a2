package io.edito.listen;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.SqliteFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mention store as an SQLite file (WAL, full fsync; opened, created and refused like the publishing ledger:
 * {@link SqliteFiles}). Schema version in {@code PRAGMA user_version}; a newer file than this edito knows is refused.
 */
public final class SqliteMentionStore implements MentionStore {
    static final int SCHEMA_VERSION = 1;
    private static final String WHAT = "mention store";
    private final Path file;
    private final Connection conn;

    private SqliteMentionStore(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    public static SqliteMentionStore open(Path file) {
        return new SqliteMentionStore(file, SqliteFiles.open(file, WHAT, "mentions", c -> migrate(file, c)));
    }

    /** An empty store in memory (tests, and reads of a project whose store does not exist yet). */
    public static SqliteMentionStore inMemory() {
        Path none = Path.of(":memory:");
        return new SqliteMentionStore(none, SqliteFiles.inMemory(WHAT, c -> migrate(none, c)));
    }

    private static void migrate(Path file, Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                int version = SqliteFiles.userVersion(st);
                if (version > SCHEMA_VERSION) {
                    throw new EditoException(ExitCode.RUNTIME, WHAT + " " + file + " was written by a newer edito "
                            + "(schema " + version + "); upgrade edito");
                }
                if (version < 1) {
                    st.executeUpdate("""
                            CREATE TABLE IF NOT EXISTS mentions (
                              id INTEGER PRIMARY KEY AUTOINCREMENT,
                              source TEXT NOT NULL,
                              url TEXT,
                              url_key TEXT UNIQUE,
                              network_id TEXT UNIQUE,
                              author TEXT,
                              text TEXT NOT NULL,
                              lang TEXT NOT NULL,
                              published_at TEXT,
                              found_at TEXT NOT NULL,
                              at TEXT NOT NULL,
                              kind TEXT NOT NULL,
                              competitor TEXT,
                              tool_sentiment TEXT,
                              status TEXT NOT NULL CHECK (status IN ('new','open','answered','closed')),
                              assignee TEXT,
                              first_response_at TEXT,
                              closed_at TEXT,
                              close_reason TEXT)""");
                    st.executeUpdate("CREATE INDEX IF NOT EXISTS mentions_at ON mentions (at)");
                    st.executeUpdate("""
                            CREATE TABLE IF NOT EXISTS mention_events (
                              id INTEGER PRIMARY KEY AUTOINCREMENT,
                              mention_id INTEGER NOT NULL REFERENCES mentions (id),
                              at TEXT NOT NULL,
                              action TEXT NOT NULL,
                              detail TEXT)""");
                    st.executeUpdate("CREATE INDEX IF NOT EXISTS mention_events_mention ON mention_events (mention_id)");
                    st.executeUpdate("""
                            CREATE TABLE IF NOT EXISTS fetch_state (
                              source TEXT PRIMARY KEY,
                              etag TEXT,
                              last_modified TEXT,
                              checked_at TEXT NOT NULL)""");
                    st.executeUpdate("""
                            CREATE TABLE IF NOT EXISTS alerts (
                              key TEXT PRIMARY KEY,
                              kind TEXT NOT NULL,
                              fired_at TEXT NOT NULL,
                              message TEXT NOT NULL,
                              sent_at TEXT)""");
                    st.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
                }
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // nothing open: SQLite rolled back itself
                }
                throw e;
            }
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<Mention> add(NewMention m) {
        try {
            begin();
            try {
                try (PreparedStatement ps = conn.prepareStatement(
                        "SELECT 1 FROM mentions WHERE (url_key IS NOT NULL AND url_key = ?) "
                                + "OR (network_id IS NOT NULL AND network_id = ?)")) {
                    ps.setString(1, m.urlKey());
                    ps.setString(2, m.networkId());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            commit();
                            return Optional.empty();
                        }
                    }
                }
                long id;
                try (PreparedStatement ps = conn.prepareStatement("""
                        INSERT INTO mentions (source, url, url_key, network_id, author, text, lang, published_at,
                          found_at, at, kind, competitor, tool_sentiment, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new')""", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, m.source());
                    ps.setString(2, m.url());
                    ps.setString(3, m.urlKey());
                    ps.setString(4, m.networkId());
                    ps.setString(5, m.author());
                    ps.setString(6, m.text());
                    ps.setString(7, m.lang());
                    ps.setString(8, ts(m.publishedAt()));
                    ps.setString(9, ts(m.foundAt()));
                    ps.setString(10, ts(m.publishedAt() != null ? m.publishedAt() : m.foundAt()));
                    ps.setString(11, m.kind());
                    ps.setString(12, m.competitor());
                    ps.setString(13, m.toolSentiment());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                event(id, m.foundAt(), "found", m.source());
                commit();
                return get(id);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write", e);
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
            throw failure("read", e);
        }
        return out;
    }

    @Override
    public synchronized Mention change(long id, Change change, Instant at) {
        try {
            begin();
            try {
                Mention m = get(id).orElseThrow(() -> EditoException.input("no mention #" + id + " in " + file));
                String now = ts(at);
                if (change instanceof Change.Assign a) {
                    update("UPDATE mentions SET assignee = ?, status = CASE WHEN status = 'new' THEN 'open' "
                            + "ELSE status END WHERE id = ?", a.to(), id);
                    event(id, at, "assigned", a.to());
                } else if (change instanceof Change.Answer a) {
                    if (m.status() == Mention.Status.CLOSED) {
                        throw EditoException.input("mention #" + id + " is closed; reopen it first (edito mentions "
                                + "reopen " + id + ")");
                    }
                    update("UPDATE mentions SET status = 'answered', first_response_at = COALESCE("
                            + "first_response_at, ?) WHERE id = ?", now, id);
                    event(id, at, "answered", a.text() == null ? a.how() : a.how() + ": " + a.text());
                } else if (change instanceof Change.Close c) {
                    if (m.status() == Mention.Status.CLOSED) {
                        throw EditoException.input("mention #" + id + " is already closed (since "
                                + ts(m.closedAt()) + ")");
                    }
                    update("UPDATE mentions SET status = 'closed', closed_at = ?, close_reason = ? WHERE id = ?",
                            now, c.reason(), id);
                    event(id, at, "closed", c.reason());
                } else {
                    if (m.status() != Mention.Status.CLOSED) {
                        throw EditoException.input("mention #" + id + " is " + m.status().id()
                                + ", not closed: nothing to reopen");
                    }
                    update("UPDATE mentions SET status = CASE WHEN first_response_at IS NULL THEN 'open' "
                            + "ELSE 'answered' END, closed_at = NULL, close_reason = NULL WHERE id = ?", id);
                    event(id, at, "reopened", null);
                }
                commit();
                return get(id).orElseThrow();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write", e);
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
            throw failure("read", e);
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
            throw failure("write", e);
        }
    }

    @Override
    public synchronized boolean addAlert(Alert a) {
        try {
            return update("INSERT OR IGNORE INTO alerts (key, kind, fired_at, message, sent_at) VALUES (?, ?, ?, ?, ?)",
                    a.key(), a.kind(), ts(a.firedAt()), a.message(), ts(a.sentAt())) == 1;
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    @Override
    public synchronized void alertSent(String key, Instant at) {
        try {
            update("UPDATE alerts SET sent_at = ? WHERE key = ? AND sent_at IS NULL", ts(at), key);
        } catch (SQLException e) {
            throw failure("write", e);
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
            throw failure("read", e);
        }
        return out;
    }

    @Override
    public synchronized void close() {
        SqliteFiles.closeQuietly(conn);
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
            throw failure("read", e);
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

    private void rollbackQuietly() {
        try (Statement st = conn.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction open
        }
    }

    private EditoException failure(String what, SQLException e) {
        if (SqliteFiles.isDamage(e)) {
            return SqliteFiles.damaged(WHAT, file, "is damaged (SQLite: " + e.getMessage() + ")", e);
        }
        return EditoException.runtime("cannot " + what + " " + WHAT + " " + file + ": " + e.getMessage(), e);
    }

    private static final java.time.format.DateTimeFormatter TS = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** Instants as fixed-width UTC text (milliseconds), so that SQL compares them in time order. */
    static String ts(Instant i) {
        return i == null ? null : TS.format(i);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
