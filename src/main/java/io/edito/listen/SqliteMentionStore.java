package io.edito.listen;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.SqliteFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The mention store as an SQLite file (WAL, full fsync; opened, created and refused like the publishing ledger:
 * {@link SqliteFiles}). Schema version in {@code PRAGMA user_version}; a newer file than this edito knows is refused.
 * The SQL itself is {@link JdbcMentionStore}'s, shared with PostgreSQL.
 */
public final class SqliteMentionStore implements JdbcMentionStore.Dialect {
    /** 1: mentions, events, fetch state, alerts; 2: alerts claimed by the run that sends them. */
    static final int SCHEMA_VERSION = 2;
    private static final String WHAT = "mention store";
    private final Path file;

    private SqliteMentionStore(Path file) {
        this.file = file;
    }

    public static JdbcMentionStore open(Path file) {
        return new JdbcMentionStore(SqliteFiles.open(file, WHAT, "mentions", c -> migrate(file, c)),
                new SqliteMentionStore(file));
    }

    /** An empty store in memory (tests, and reads of a project whose store does not exist yet). */
    public static JdbcMentionStore inMemory() {
        Path none = Path.of(":memory:");
        return new JdbcMentionStore(SqliteFiles.inMemory(WHAT, c -> migrate(none, c)), new SqliteMentionStore(none));
    }

    private static void migrate(Path file, Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (SqliteFiles.userVersion(st) == SCHEMA_VERSION) {
                return; // up to date: no write lock taken, so that a listing does not wait for a run writing (WAL)
            }
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
                }
                if (version < 2) {
                    // an alert is claimed by the run that sends it (several hosts, or two runs at once)
                    st.executeUpdate("ALTER TABLE alerts ADD COLUMN claimed_by TEXT");
                    st.executeUpdate("ALTER TABLE alerts ADD COLUMN claimed_until TEXT");
                }
                if (version < SCHEMA_VERSION) {
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

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public void begin(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
    }

    @Override
    public void commit(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("COMMIT");
        }
    }

    @Override
    public void rollback(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        }
    }

    @Override
    public String lockClause() {
        return ""; // BEGIN IMMEDIATE already holds the file's write lock
    }

    @Override
    public PreparedStatement insertReturningId(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public EditoException failure(String what, SQLException e) {
        if (SqliteFiles.isDamage(e)) {
            return SqliteFiles.damaged(WHAT, file, "is damaged (SQLite: " + e.getMessage() + ")", e);
        }
        return EditoException.runtime("cannot " + what + " " + WHAT + " " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close(Connection c) {
        SqliteFiles.closeQuietly(c);
    }
}
