package io.edito.publish.ledger;

import io.edito.core.EditoException;
import io.edito.core.RealPath;
import io.edito.core.SourcePos;
import io.edito.database.DatabaseUrl;
import io.edito.publish.http.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the ledger lives ({@code publishing.ledger}): an SQLite file, or a PostgreSQL database given as
 * {@code postgresql://USER@HOST[:PORT]/DATABASE[?driver parameters such as sslmode=verify-full]}. A URL never holds
 * the password: it comes from the variable named by {@code publishing.ledger_password_env}, or from the credentials
 * file, and a URL with one is refused.
 */
public sealed interface LedgerLocation permits LedgerLocation.File, LedgerLocation.Postgres {

    /** The ledger as messages name it. */
    String display();

    /** Opens the ledger, creating it (a new file, or the schema in an empty database) when there is none. */
    Ledger open(Map<String, String> env);

    /** Opens the ledger when there is one; empty when there is none yet. Creates and writes nothing. */
    Optional<Ledger> openExisting(Map<String, String> env);

    /** For a dry run: the ledger when there is one, else an empty one in memory (a dry run writes nothing). */
    default Ledger openForDryRun(Map<String, String> env) {
        return openExisting(env).orElseGet(() -> Ledger.inMemory(this instanceof File f ? f.path()
                : Ledger.DEFAULT_PATH));
    }

    /**
     * Whether this and {@code other} are one ledger however written ({@code postgres://} and {@code postgresql://},
     * {@code ./.edito/ledger.db} and {@code .edito/ledger.db}, a link to the file): a copy onto itself is refused.
     */
    default boolean sameAs(LedgerLocation other) {
        if (this instanceof File a && other instanceof File b) {
            return RealPath.of(a.path()).equals(RealPath.of(b.path()));
        }
        if (this instanceof Postgres a && other instanceof Postgres b) {
            return database(a.jdbcUrl()).equals(database(b.jdbcUrl())) && java.util.Objects.equals(a.user(), b.user());
        }
        return false;
    }

    /** A PostgreSQL database as host (lower case), port (5432 when not written) and name: its parameters aside. */
    private static String database(String jdbcUrl) {
        java.net.URI u = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        return (u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT)) + ":"
                + (u.getPort() < 0 ? 5432 : u.getPort()) + u.getRawPath();
    }

    /** The SQLite ledger in {@code path}. */
    record File(Path path) implements LedgerLocation {
        @Override
        public String display() {
            return path.toString();
        }

        @Override
        public Ledger open(Map<String, String> env) {
            return Ledger.open(path);
        }

        @Override
        public Optional<Ledger> openExisting(Map<String, String> env) {
            return Files.exists(path) ? Optional.of(Ledger.open(path)) : Optional.empty();
        }
    }

    /**
     * A PostgreSQL ledger.
     *
     * @param url         the URL as written (it holds no password)
     * @param jdbcUrl     the driver's URL, without the user
     * @param passwordEnv the variable holding the password, or null (no password: the server's trust, certificate
     *                    or the driver's ~/.pgpass)
     * @param root        the repository root (a credentials file inside it is refused)
     * @param setting     the setting or option the URL came from, for messages
     */
    record Postgres(String url, String jdbcUrl, String user, String passwordEnv, Path root, String setting,
            SourcePos pos) implements LedgerLocation {
        @Override
        public String display() {
            return url;
        }

        @Override
        public Ledger open(Map<String, String> env) {
            return new Ledger(PostgresLedgerStore.open(this, password(env), true));
        }

        @Override
        public Optional<Ledger> openExisting(Map<String, String> env) {
            PostgresLedgerStore s = PostgresLedgerStore.open(this, password(env), false);
            return s == null ? Optional.empty() : Optional.of(new Ledger(s));
        }

        String password(Map<String, String> env) {
            return Secrets.databasePassword(passwordEnv, env, root, "publishing.ledger_password_env", pos,
                    "the ledger's database");
        }
    }

    /**
     * Reads a ledger setting: a file path (relative to {@code root}) or a {@code postgresql://} URL.
     *
     * @param passwordEnv the variable holding the database password, or null
     * @param setting     what names it in messages ({@code publishing.ledger}, {@code --to})
     * @param pos         where it stands in edito.yaml, or null
     */
    static LedgerLocation parse(String raw, Path root, String passwordEnv, String setting, SourcePos pos) {
        if (raw == null || raw.isBlank()) {
            throw EditoException.input(pos, setting + ": must not be empty");
        }
        if (!DatabaseUrl.isUrl(raw)) {
            return new File(root.resolve(raw.strip()));
        }
        DatabaseUrl db = DatabaseUrl.parse(raw, passwordEnv, "ledger", setting, "publishing.ledger_password_env", pos);
        return new Postgres(db.url(), db.jdbcUrl(), db.user(), db.passwordEnv(), root, setting, pos);
    }
}
