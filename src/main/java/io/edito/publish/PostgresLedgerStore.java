package io.edito.publish;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * The ledger in a PostgreSQL database, shared by several publishing hosts. A claim reads the pair's rows with
 * {@code SELECT ... FOR UPDATE} and inserts the unique (post, channel, content hash) row as the claim: a host that
 * inserts it second gets a unique violation, which {@link Ledger#claim} takes as a conflict and decides again,
 * finding the first host's claim. Leases work as in SQLite; a host that died holding a claim loses it when its
 * lease lapses, and the row becomes {@code unknown}, never re-sent blindly.
 *
 * <p>The schema is created and upgraded by edito from the versioned scripts in the jar
 * ({@code io/edito/publish/postgresql/V<n>__*.sql}), each applied once in a transaction under an advisory lock, and
 * recorded in {@code edito_schema}; a database whose schema is newer than this edito knows is refused.
 *
 * <p>Every wait is bounded: connecting, each statement, each row lock, a transaction left idle by a frozen host,
 * and the socket itself. A connection lost mid-run (a restart, a network cut) fails the operation with exit 3;
 * what was in flight is {@code pending} in the database and turns {@code unknown} on the next run.
 */
final class PostgresLedgerStore extends JdbcLedgerStore {
    /** The migration scripts, in order: schema version n is the first n of them applied. */
    static final List<String> MIGRATIONS = List.of("V1__ledger.sql");
    static final int SCHEMA_VERSION = MIGRATIONS.size();
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(20);
    static final Duration IDLE_IN_TRANSACTION_TIMEOUT = Duration.ofSeconds(30);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
    /** The advisory lock that serialises schema changes between hosts starting at once ("edito" in ASCII). */
    private static final long MIGRATION_LOCK = 0x656469746fL;

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
        Properties props = new Properties();
        if (where.user() != null) {
            props.setProperty("user", where.user());
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        // the driver's own bounds (a parameter in the URL wins, as the driver reads it after these)
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT.toSeconds()));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT.toSeconds() + 5));
        props.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toSeconds()));
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "edito");
        Connection c = null;
        try {
            c = new org.postgresql.Driver().connect(where.jdbcUrl(), props);
            if (c == null) {
                throw new SQLException("the PostgreSQL driver does not take " + where.url());
            }
            try (Statement st = c.createStatement()) {
                st.execute("SET statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
                st.execute("SET lock_timeout = " + LOCK_TIMEOUT.toMillis());
                st.execute("SET idle_in_transaction_session_timeout = " + IDLE_IN_TRANSACTION_TIMEOUT.toMillis());
            }
            PostgresLedgerStore s = new PostgresLedgerStore(where.url(), c, redactor);
            int version = s.schemaVersion();
            if (version > SCHEMA_VERSION) {
                throw s.newer(version);
            }
            if (!create && version == 0) {
                c.close();
                return null;
            }
            if (version < SCHEMA_VERSION) {
                s.migrate();
            }
            return s;
        } catch (SQLException e) {
            closeQuietly(c);
            throw error(where.url(), redactor, "open", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private EditoException newer(int version) {
        return new EditoException(ExitCode.RUNTIME, "ledger " + url + " has schema " + version + ", written by a "
                + "newer edito (this one knows up to schema " + SCHEMA_VERSION + "); upgrade edito");
    }

    /** The version recorded in edito_schema, 0 when there is none (no edito ledger in this database yet). */
    private int schemaVersion() throws SQLException {
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT to_regclass('edito_schema') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM edito_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Applies the missing migrations in one transaction, under an advisory lock (hosts starting at once). */
    private void migrate() throws SQLException {
        begin();
        try (Statement st = conn.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            st.execute("CREATE TABLE IF NOT EXISTS edito_schema (version INTEGER PRIMARY KEY, "
                    + "applied_at TEXT NOT NULL)");
            int version = schemaVersion();
            if (version > SCHEMA_VERSION) {
                throw newer(version);
            }
            for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
                for (String sql : statements(script(MIGRATIONS.get(v - 1)))) {
                    st.execute(sql);
                }
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO edito_schema (version, applied_at) VALUES (?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, ts(Instant.now()));
                    ps.executeUpdate();
                }
            }
            commit();
        } catch (SQLException | RuntimeException e) {
            try {
                rollback();
            } catch (SQLException ignored) {
                // the first error is the one reported
            }
            throw e;
        }
    }

    private static String script(String name) {
        try (InputStream in = PostgresLedgerStore.class.getResourceAsStream("postgresql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name + " from the jar", e);
        }
    }

    /** The statements of a script: "--" comments dropped, split at each ";" that ends a line. */
    static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(sb.toString().split(";\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
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
        String state = e.getSQLState();
        // 23505 unique_violation (the claim row was inserted by another host first), 40P01 deadlock_detected,
        // 40001 serialization_failure
        return "23505".equals(state) || "40P01".equals(state) || "40001".equals(state);
    }

    @Override
    public EditoException failure(String what, Exception e) {
        if (e instanceof EditoException ee) {
            return ee;
        }
        return error(url, redactor, what, e);
    }

    private static EditoException error(String url, Redactor redactor, String what, Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = msg.indexOf('\n');
        msg = redactor.redact(nl < 0 ? msg : msg.substring(0, nl).strip());
        String lost = e instanceof SQLException se && connectionLost(se) ? "the database connection failed: " : "";
        return EditoException.runtime("cannot " + what + " ledger " + url + ": " + lost + msg, e);
    }

    /** SQLSTATE class 08 (connection exception) or 57P01-03 (the server shut down or restarted). */
    static boolean connectionLost(SQLException e) {
        String s = e.getSQLState();
        return s != null && (s.startsWith("08") || s.startsWith("57P0"));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one reported
            }
        }
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
