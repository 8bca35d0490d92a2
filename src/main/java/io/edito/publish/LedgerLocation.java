package io.edito.publish;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
            if (passwordEnv == null) {
                return null;
            }
            String key = "publishing.ledger_password_env";
            String value = Secrets.lookup(passwordEnv, env, root, new Redactor(),
                    m -> EditoException.input(pos, key + ": " + m), key);
            if (value == null) {
                throw EditoException.input(pos, key + ": environment variable " + passwordEnv + " is not set"
                        + (env.get(Secrets.CREDENTIALS_ENV) == null ? "" : " and the credentials file in "
                                + Secrets.CREDENTIALS_ENV + " has no " + passwordEnv + "= line")
                        + " (the password of the ledger's database)");
            }
            return value;
        }
    }

    /** A URL scheme ({@code name://}): anything else is a file path. */
    Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

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
        String s = raw.strip();
        if (!SCHEME.matcher(s).find()) {
            return new File(root.resolve(s));
        }
        String scheme = s.substring(0, s.indexOf(':'));
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw EditoException.input(pos, setting + ": '" + scheme + "://' is not a ledger edito can use: give a file"
                    + " path (SQLite) or a postgresql://USER@HOST:PORT/DATABASE URL");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw EditoException.input(pos, setting + ": not a valid URL (" + e.getReason() + " at index "
                    + e.getIndex() + "); expected postgresql://USER@HOST:PORT/DATABASE");
        }
        String userInfo = uri.getRawUserInfo();
        String query = uri.getRawQuery();
        boolean passwordInQuery = query != null && Pattern.compile("(^|&)password=", Pattern.CASE_INSENSITIVE)
                .matcher(query).find();
        if ((userInfo != null && userInfo.contains(":")) || passwordInQuery) {
            // the message never repeats the URL: it holds the secret
            throw EditoException.input(pos, setting + ": the URL holds a password, which edito refuses (edito.yaml "
                    + "is committed, and command lines are visible to every user of the host): remove it, and put it"
                    + " in the variable named by publishing.ledger_password_env or in the credentials file");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw EditoException.input(pos, setting + ": no host in " + s
                    + "; expected postgresql://USER@HOST:PORT/DATABASE");
        }
        String path = uri.getRawPath();
        if (path == null || path.length() <= 1 || path.indexOf('/', 1) >= 0) {
            throw EditoException.input(pos, setting + ": no database name in " + s
                    + "; expected postgresql://USER@HOST:PORT/DATABASE");
        }
        if (passwordEnv != null && !Secrets.isVariableName(passwordEnv)) {
            throw EditoException.input(pos, "publishing.ledger_password_env: must name an environment variable "
                    + "(like EDITO_PG_PASSWORD), not hold the password itself");
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path
                + (query == null ? "" : "?" + query);
        String user = userInfo == null ? null : java.net.URLDecoder.decode(userInfo,
                java.nio.charset.StandardCharsets.UTF_8);
        return new Postgres(s, jdbc, user, passwordEnv, root, setting, pos);
    }
}
