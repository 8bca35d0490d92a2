package io.edito.publish.ledger;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.database.PostgresDatabase;
import io.edito.publish.api.Redactor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ledger in a PostgreSQL database, shared by several publishing hosts. A claim reads the pair's rows with
 * {@code SELECT ... FOR UPDATE} and inserts the unique (post, channel, content hash) row as the claim: a host that
 * inserts it second gets a unique violation, which {@link Ledger#claim} takes as a conflict and decides again,
 * finding the first host's claim. Leases work as in SQLite; a host that died holding a claim loses it when its
 * lease lapses, and the row becomes {@code unknown}, never re-sent blindly.
 *
 * <p>The schema is created and upgraded by edito from the versioned scripts in the jar
 * ({@code io/edito/publish/ledger/postgresql/V<n>__*.sql}), each applied once in a transaction under an advisory lock, and
 * recorded in {@code edito_schema}; a database whose schema is newer than this edito knows is refused.
 *
 * <p>Every wait is bounded: connecting, each statement, each row lock, a transaction left idle by a frozen host,
 * and the socket itself. A connection lost mid-run (a restart, a network cut) fails the operation with exit 3;
 * what was in flight is {@code pending} in the database and turns {@code unknown} on the next run.
 */
public final class PostgresLedgerStore extends JdbcLedgerStore {
    /** The ledger's schema: its scripts in order (version n is the first n applied), its version table, its lock. */
    static final PostgresDatabase.Schema SCHEMA = new PostgresDatabase.Schema(PostgresLedgerStore.class,
            "edito_schema", List.of("postgresql/V1__ledger.sql"), 0x656469746fL /* "edito" in ASCII */);
    public static final int SCHEMA_VERSION = SCHEMA.latest();

    private final String url;
    private final Redactor redactor;

    private PostgresLedgerStore(String url, Connection conn, Redactor redactor) {
        super(conn);
        this.url = url;
        this.redactor = redactor;
    }

    /**
     * Connects; with {@code create}, creates or upgrades the schema, else returns null when the database has no
     * edito ledger yet (a dry run, {@code edito due}, a read: they write nothing).
     */
    static PostgresLedgerStore open(LedgerLocation.Postgres where, String password, boolean create) {
        Redactor redactor = new Redactor();
        redactor.register(password);
        Connection c = null;
        try {
            c = PostgresDatabase.connect(where.jdbcUrl(), where.user(), password);
            PostgresLedgerStore s = new PostgresLedgerStore(where.url(), c, redactor);
            int version = PostgresDatabase.schemaVersion(c, SCHEMA);
            if (version > SCHEMA_VERSION) {
                throw s.newer(version);
            }
            if (!create && version == 0) {
                c.close();
                return null;
            }
            if (version < SCHEMA_VERSION) {
                PostgresDatabase.migrate(c, SCHEMA, s::newer);
            }
            return s;
        } catch (SQLException e) {
            PostgresDatabase.closeQuietly(c);
            throw error(where.url(), redactor, "open", e);
        } catch (RuntimeException e) {
            PostgresDatabase.closeQuietly(c);
            throw e;
        }
    }

    private EditoException newer(int version) {
        return new EditoException(ExitCode.RUNTIME, "ledger " + url + " has schema " + version + ", written by a "
                + "newer edito (this one knows up to schema " + SCHEMA_VERSION + "); upgrade edito");
    }

    @Override
    public String name() {
        return url;
    }

    @Override
    public void begin() throws SQLException {
        conn.setAutoCommit(false);
    }

    @Override
    public void commit() throws SQLException {
        conn.commit();
        conn.setAutoCommit(true);
    }

    @Override
    public void rollback() throws SQLException {
        try {
            conn.rollback();
        } finally {
            if (!conn.isClosed()) {
                conn.setAutoCommit(true);
            }
        }
    }

    @Override
    protected String lockClause() {
        return " FOR UPDATE";
    }

    @Override
    protected PreparedStatement prepareInsert(String sql) throws SQLException {
        return conn.prepareStatement(sql, new String[] {"id"});
    }

    @Override
    protected void afterImport() throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String table : new String[] {"deliveries", "events"}) {
                st.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), false)").close();
            }
        }
    }

    @Override
    public String integrityCheck() throws SQLException {
        // PostgreSQL keeps its own pages consistent; what edito can check is that every event has its row
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM events e "
                + "LEFT JOIN deliveries d ON d.id = e.delivery_id WHERE d.id IS NULL")) {
            rs.next();
            long orphans = rs.getLong(1);
            return orphans == 0 ? "ok" : orphans + " events without their row";
        }
    }

    @Override
    public boolean isConflict(SQLException e) {
        // the claim row inserted by another host first, a deadlock, a serialization failure: decide again
        return PostgresDatabase.isConflict(e);
    }

    @Override
    public EditoException failure(String what, Exception e) {
        if (e instanceof EditoException ee) {
            return ee;
        }
        return error(url, redactor, what, e);
    }

    private static EditoException error(String url, Redactor redactor, String what, Exception e) {
        return EditoException.runtime("cannot " + what + " ledger " + url + ": "
                + redactor.redact(PostgresDatabase.oneLine(e)), e);
    }
}
