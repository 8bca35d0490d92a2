package io.edito.publish.ledger;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.SqliteFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ledger in an SQLite file (WAL journal, full fsync): the default, for one host. A write transaction is
 * {@code BEGIN IMMEDIATE}, which takes the file's write lock before anything is read, so two processes on the same
 * file never decide from one snapshot. The schema version is in {@code PRAGMA user_version}.
 */
public final class SqliteLedgerStore extends JdbcLedgerStore {
    static final int SCHEMA_VERSION = 3;
    private static final String WHAT = "ledger";

    private final Path file;

    private SqliteLedgerStore(Path file, Connection conn) {
        super(conn);
        this.file = file;
    }

    /**
     * Opens the ledger at {@code file}. Only a missing file starts a new ledger (created whole under a temporary
     * name, then linked into place, so that a crash while creating leaves no half-made ledger behind). An existing
     * file that is not an edito ledger (0 bytes, another SQLite database, anything else) is refused as damaged:
     * taking it for a new ledger would send everything in the catch-up window again.
     */
    static SqliteLedgerStore open(Path file) {
        return new SqliteLedgerStore(file, SqliteFiles.open(file, WHAT, "deliveries",
                c -> new SqliteLedgerStore(file, c).migrate()));
    }

    /** An empty ledger in memory (a dry run without a ledger yet decides as a new ledger would, writing nothing). */
    static SqliteLedgerStore inMemory(Path file) {
        return new SqliteLedgerStore(file, SqliteFiles.inMemory(WHAT, c -> new SqliteLedgerStore(file, c).migrate()));
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
        try (Statement st = conn.createStatement()) {
            if (SqliteFiles.userVersion(st) == SCHEMA_VERSION) {
                return; // up to date: no write lock taken (ledger list waited 30 s behind a publishing run, then failed)
            }
        }
        begin();
        try (Statement st = conn.createStatement()) {
            int version = SqliteFiles.userVersion(st);
            if (version > SCHEMA_VERSION) {
                throw new EditoException(ExitCode.RUNTIME, "ledger " + file + " was written by a newer "
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

    private void rollbackQuietly() {
        try {
            rollback();
        } catch (SQLException ignored) {
            // no transaction was open, or the connection is gone: SQLite rolls back on its own
        }
    }

    @Override
    public String name() {
        return file.toString();
    }

    Path file() {
        return file;
    }

    /**
     * Transactions are begun by hand: the driver's own transaction handling begins the next transaction as soon as
     * one ends, which in IMMEDIATE mode would hold the write lock between our operations.
     */
    @Override
    public void begin() throws SQLException {
        exec("BEGIN IMMEDIATE");
    }

    @Override
    public void commit() throws SQLException {
        exec("COMMIT");
    }

    @Override
    public void rollback() throws SQLException {
        exec("ROLLBACK");
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    protected String lockClause() {
        return ""; // BEGIN IMMEDIATE already holds the write lock of the whole file
    }

    @Override
    protected PreparedStatement prepareInsert(String sql) throws SQLException {
        return conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public String integrityCheck() throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append(rs.getString(1));
            }
            return sb.toString();
        }
    }

    @Override
    public boolean isConflict(SQLException e) {
        return false; // one writer at a time: BEGIN IMMEDIATE waits (busy timeout) instead of conflicting
    }

    @Override
    public EditoException failure(String what, Exception e) {
        if (e instanceof EditoException ee) {
            return ee;
        }
        if (SqliteFiles.isDamage(e)) {
            return SqliteFiles.damaged(WHAT, file, "is damaged (SQLite: " + e.getMessage().replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "")
                    + ")", e);
        }
        if (SqliteFiles.isBusy(e)) {
            return SqliteFiles.busy(WHAT, file, e);
        }
        return EditoException.runtime("cannot " + what + " ledger " + file + ": " + e.getMessage(), e);
    }
}
