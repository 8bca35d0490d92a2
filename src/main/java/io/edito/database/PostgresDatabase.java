package io.edito.database;

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
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.IntFunction;
import org.postgresql.Driver;

/**
 * What every edito store in PostgreSQL does the same way (the publishing ledger, the mention store): connecting with
 * every wait bounded, and creating or upgrading its schema from versioned scripts in the jar, each applied once in a
 * transaction under an advisory lock (hosts starting at once), recorded in the store's own version table; a database
 * whose schema is newer than this edito knows is refused.
 */
public final class PostgresDatabase {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration IDLE_IN_TRANSACTION_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private PostgresDatabase() {
    }

    /**
     * A store's schema: its version table, its scripts (resource names relative to {@code owner}'s package, in
     * order: version n is the first n applied) and the advisory lock that serialises its migrations.
     */
    public record Schema(Class<?> owner, String versionTable, List<String> migrations, long lock) {
        public Schema {
            migrations = List.copyOf(migrations);
        }

        public int latest() {
            return migrations.size();
        }
    }

    /** Connects to {@code jdbcUrl} as {@code user} (null: the driver's default) with bounded waits. */
    public static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
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
        Connection c = new Driver().connect(jdbcUrl, props);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not take " + jdbcUrl);
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
            st.execute("SET lock_timeout = " + LOCK_TIMEOUT.toMillis());
            st.execute("SET idle_in_transaction_session_timeout = " + IDLE_IN_TRANSACTION_TIMEOUT.toMillis());
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /** The version recorded in the schema's table, 0 when there is none (no such store in this database yet). */
    public static int schemaVersion(Connection conn, Schema schema) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, schema.versionTable());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + schema.versionTable())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Applies the missing migrations in one transaction under the schema's advisory lock; {@code newer} makes the
     * error for a database whose version (its argument) is newer than the scripts.
     */
    public static void migrate(Connection conn, Schema schema, IntFunction<RuntimeException> newer)
            throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + schema.lock() + ")");
            st.execute("CREATE TABLE IF NOT EXISTS " + schema.versionTable() + " (version INTEGER PRIMARY KEY, "
                    + "applied_at TEXT NOT NULL)");
            int version = schemaVersion(conn, schema);
            if (version > schema.latest()) {
                throw newer.apply(version);
            }
            for (int v = version + 1; v <= schema.latest(); v++) {
                for (String sql : statements(script(schema.owner(), schema.migrations().get(v - 1)))) {
                    st.execute(sql);
                }
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO " + schema.versionTable() + " (version, applied_at) VALUES (?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                    ps.executeUpdate();
                }
            }
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the first error is the one reported
            }
            throw e;
        } finally {
            if (!conn.isClosed()) {
                conn.setAutoCommit(true);
            }
        }
    }

    private static String script(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name + " from the jar", e);
        }
    }

    /** The statements of a script: "--" comments dropped, split at each ";" that ends a line. */
    public static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return Arrays.stream(sb.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** SQLSTATE class 08 (connection exception) or 57P01-03 (the server shut down or restarted). */
    public static boolean connectionLost(SQLException e) {
        String s = e.getSQLState();
        return s != null && (s.startsWith("08") || s.startsWith("57P0"));
    }

    /** 23505 unique_violation, 40P01 deadlock_detected, 40001 serialization_failure: another host won; try again. */
    public static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || "40P01".equals(state) || "40001".equals(state);
    }

    /** The first line of an exception's message, for a one-line error; "the database connection failed: " first. */
    public static String oneLine(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = msg.indexOf('\n');
        msg = nl < 0 ? msg : msg.substring(0, nl).strip();
        return (e instanceof SQLException se && connectionLost(se) ? "the database connection failed: " : "") + msg;
    }

    public static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one reported
            }
        }
    }
}
