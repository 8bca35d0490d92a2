package io.edito.publish;

import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (14, from the binaries io.zonky.test.postgres ships on Maven Central) listening on
 * 127.0.0.1 only, for the ledger's tests and bench/kill-loop-pg.sh. The superuser connects without a password
 * (trust, for setting up); every other role must give its password (scram-sha-256), as on a real server.
 *
 * <p>{@link #newDatabase()} makes a fresh database in which the role {@value #ROLE} has exactly the grants that
 * docs/publishing.md lists (CONNECT on the database, USAGE and CREATE on its public schema), and returns the ledger
 * URL a user writes in edito.yaml.
 */
public final class PgServer implements AutoCloseable {
    public static final String ROLE = "edito_ledger";
    public static final String PASSWORD_ENV = "EDITO_PG_PASSWORD";
    /** The role's password: the one Maven's test configuration puts in EDITO_PG_PASSWORD (pom.xml), or this. */
    public static final String PASSWORD = System.getenv().getOrDefault(PASSWORD_ENV, "pg-ledger-secret-7f3a9c");
    private static PgServer shared;

    private final Path data;
    private final AtomicInteger databases = new AtomicInteger();
    private EmbeddedPostgres pg;
    private int port;

    private PgServer(Path data) throws IOException {
        this.data = data;
        this.pg = start(data, 0);
        this.port = pg.getPort();
        configure();
    }

    /** One server for the whole test JVM, stopped when the JVM exits. */
    public static synchronized PgServer shared() {
        if (shared == null) {
            shared = startNew();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of its own (for a test that stops and restarts it). */
    public static PgServer startNew() {
        try {
            return new PgServer(Files.createTempDirectory("edito-pg-"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "off"); // a test server: durability is not what these tests measure
        if (port > 0) {
            b.setPort(port);
        }
        return b.start();
    }

    /** The role with its password, scram-sha-256 for everyone but the superuser. */
    private void configure() throws IOException {
        Files.writeString(data.resolve("pg_hba.conf"), """
                host all postgres 127.0.0.1/32 trust
                host all all 127.0.0.1/32 scram-sha-256
                """);
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("SELECT pg_reload_conf()");
            st.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    /** A new, empty database for the role, and its ledger URL ({@code postgresql://ROLE@127.0.0.1:PORT/DB}). */
    public String newDatabase() {
        String db = "ledger_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try {
            try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + db);
                st.execute("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
                st.execute("GRANT CONNECT ON DATABASE " + db + " TO " + ROLE);
            }
            try (Connection c = superuser(db); Statement st = c.createStatement()) {
                st.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
                st.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(db);
    }

    public String url(String db) {
        return "postgresql://" + ROLE + "@127.0.0.1:" + port + "/" + db;
    }

    /** The environment a publisher needs to reach the ledger. */
    public static Map<String, String> env() {
        return Map.of(PASSWORD_ENV, PASSWORD);
    }

    /** Opens the ledger at {@code url} as edito does (password from the environment map). */
    public static Ledger open(String url) {
        return location(url).open(env());
    }

    public static LedgerLocation location(String url) {
        return LedgerLocation.parse(url, Path.of("").toAbsolutePath(), PASSWORD_ENV, "publishing.ledger", null);
    }

    /** Stops the server (fast shutdown: connections are cut, as in a restart). */
    public synchronized void stop() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts it again on the same port and data. */
    public synchronized void restart() {
        try {
            pg = start(data, port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            pg.close();
        } catch (IOException | RuntimeException ignored) {
            // already stopped
        }
        try (Stream<Path> all = Files.walk(data)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    /** For bench/kill-loop-pg.sh: starts a server, prints a new database's ledger URL, runs until stdin closes. */
    public static void main(String[] args) throws Exception {
        try (PgServer server = startNew()) {
            Files.writeString(Path.of(args[0]), server.newDatabase() + "\n");
            while (System.in.read() >= 0) {
                // the caller holds stdin open while the server is needed
            }
        }
    }
}
