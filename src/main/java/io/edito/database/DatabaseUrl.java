package io.edito.database;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database as edito.yaml or a command line names it:
 * {@code postgresql://USER@HOST[:PORT]/DATABASE[?driver parameters such as sslmode=verify-full]}. It never holds
 * the password (a URL with one is refused: edito.yaml is committed and command lines are visible to every user of
 * the host); the password comes from the variable named by the matching {@code ..._password_env} setting, or from
 * the credentials file.
 *
 * @param url         the URL as written
 * @param jdbcUrl     the driver's URL, without the user
 * @param user        the user, or null (the driver's default)
 * @param passwordEnv the variable holding the password, or null (trust, certificate or ~/.pgpass)
 */
public record DatabaseUrl(String url, String jdbcUrl, String user, String passwordEnv) {
    /** The PostgreSQL JDBC driver's sslmode values. */
    private static final java.util.List<String> SSL_MODES = java.util.List.of("disable", "allow", "prefer", "require",
            "verify-ca", "verify-full");
    /** The driver's parameters that are a number of seconds. */
    private static final java.util.Set<String> SECONDS = java.util.Set.of("loginTimeout", "connectTimeout",
            "socketTimeout", "cancelSignalTimeout");
    /** A URL scheme ({@code name://}): a setting without one is a file path. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    /** Whether {@code setting} is a URL rather than a file path. */
    public static boolean isUrl(String setting) {
        return SCHEME.matcher(setting.strip()).find();
    }

    /**
     * Whether the URL holds a password: a {@code user:password@} before the host (read up to the last {@code @}
     * before the query, so that a password holding {@code @} or {@code /} counts), or a {@code password} or
     * {@code sslpassword} parameter, its name percent-decoded ({@code pass%77ord=}).
     */
    static boolean holdsPassword(String url) {
        int start = url.indexOf("://") + 3;
        int q = url.indexOf('?', start);
        int hash = url.indexOf('#', start);
        int end = Math.min(q < 0 ? url.length() : q, hash < 0 ? url.length() : hash);
        int at = url.lastIndexOf('@', end - 1);
        if (at >= start) {
            String before = url.substring(start, at);
            int slash = before.indexOf('/');
            // an '@' in the path ([::1]:5432/my@db, host:5432/a@b) is no user's: what comes before it is a host
            boolean inPath = before.startsWith("[")
                    || slash >= 0 && before.substring(0, slash).matches("[^@:/]+(:\\d+)?");
            if (!inPath && before.indexOf(':') >= 0) {
                return true;
            }
        }
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("[&;]")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                try {
                    name = URLDecoder.decode(name, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    // a broken escape: compared as written
                }
                if (name.strip().equalsIgnoreCase("password") || name.strip().equalsIgnoreCase("sslpassword")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads a {@code postgresql://} URL.
     *
     * @param what            what the database holds, for messages ("ledger", "mention store")
     * @param setting         the setting or option the URL came from ({@code publishing.ledger}, {@code --to})
     * @param passwordSetting the setting naming the password's variable ({@code publishing.ledger_password_env})
     * @param pos             where the setting stands in edito.yaml, or null
     */
    public static DatabaseUrl parse(String raw, String passwordEnv, String what, String setting,
                                    String passwordSetting, SourcePos pos) {
        String s = raw.strip();
        String scheme = s.substring(0, s.indexOf(':'));
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw EditoException.input(pos, setting + ": '" + scheme + "://' is not a " + what + " edito can use: "
                    + "give a file path (SQLite) or a postgresql://USER@HOST:PORT/DATABASE URL");
        }
        if (holdsPassword(s)) {
            // before any parsing: a password with '@' or '/' (or a host with '_') reads as "no host" to URI, whose
            // message repeated the URL; the message never repeats it, it holds the secret
            throw EditoException.input(pos, setting + ": the URL holds a password, which edito refuses (edito.yaml "
                    + "is committed, and command lines are visible to every user of the host): remove it, and put it"
                    + " in the variable named by " + passwordSetting + " or in the credentials file");
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
        // the URL is named in no message from here either: what the user wrote may hide a secret the checks miss
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw EditoException.input(pos, setting + ": no host name that a URL may have (letters, digits, dots, "
                    + "hyphens), or a port that is not a number; expected postgresql://USER@HOST:PORT/DATABASE");
        }
        String path = uri.getRawPath();
        if (path == null || path.length() <= 1 || path.indexOf('/', 1) >= 0) {
            throw EditoException.input(pos, setting + ": no database name, or a path of more than one part; expected "
                    + "postgresql://USER@HOST:PORT/DATABASE");
        }
        if (query != null) {
            for (String pair : query.split("[&;]")) {
                // the driver refuses any other only when it connects, as a runtime failure (exit 3): a typo is input
                if (pair.startsWith("sslmode=")) {
                    String mode = URLDecoder.decode(pair.substring("sslmode=".length()), StandardCharsets.UTF_8);
                    if (!SSL_MODES.contains(mode)) {
                        throw EditoException.input(pos, setting + ": sslmode=" + mode + " is not one of "
                                + String.join(", ", SSL_MODES));
                    }
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                if (SECONDS.contains(name)) { // the driver printed its own two-line warning and went on without it
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    if (!value.matches("\\d{1,9}")) {
                        throw EditoException.input(pos, setting + ": " + name + "=" + value + " is not a number of "
                                + "seconds");
                    }
                }
            }
        }
        if (passwordEnv != null && !passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw EditoException.input(pos, passwordSetting + ": must name an environment variable "
                    + "(like EDITO_PG_PASSWORD), not hold the password itself");
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path
                + (query == null ? "" : "?" + query);
        String user = userInfo == null ? null : URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
        return new DatabaseUrl(s, jdbc, user, passwordEnv);
    }
}
