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
    /** A URL scheme ({@code name://}): a setting without one is a file path. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    /** Whether {@code setting} is a URL rather than a file path. */
    public static boolean isUrl(String setting) {
        return SCHEME.matcher(setting.strip()).find();
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
                    + " in the variable named by " + passwordSetting + " or in the credentials file");
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
