package io.edito.publish.http;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.SourcePos;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.Redactor;
import io.edito.publish.api.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads secrets: from the environment variable a setting names ({@code token_env: EDITO_MASTODON_TOKEN}), or,
 * when the variable is not set, from a credentials file of {@code NAME=value} lines whose path is in
 * {@code EDITO_CREDENTIALS} or the {@code credentials_file} setting. The file must lie outside the repository and
 * be readable by its owner only. Error messages name the variable, never a value; every value read is given to
 * the {@link Redactor}.
 */
public final class Secrets {
    public static final String CREDENTIALS_ENV = "EDITO_CREDENTIALS";
    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private Secrets() {
    }

    /** The secret whose variable name is in setting {@code key}, or null when the setting is absent. */
    public static String optional(Settings s, String key, PublishContext ctx) {
        if (!s.has(key)) {
            return null;
        }
        return required(s, key, ctx);
    }

    /** The secret, or "" when its variable is not set and the context tolerates that (a dry run). */
    public static String required(Settings s, String key, PublishContext ctx) {
        String name = s.string(key);
        if (!isVariableName(name)) {
            throw s.error(key, "must name an environment variable (like EDITO_TOKEN), not hold the secret itself");
        }
        if (ctx.validating()) {
            return ""; // validate and check judge the setting, never read the secret
        }
        String value = ctx.env().get(name);
        if (value == null || value.isEmpty()) {
            Path file = credentialsFile(s, ctx);
            String notRead = "";
            Path fallback = defaultCredentialsFile(ctx);
            if (file == null && java.nio.file.Files.isRegularFile(fallback)) {
                // where edito login saves when nothing else is said; a file that others may read is not used, and
                // said so, rather than stopping a run that never asked for it
                try {
                    guard(fallback, ctx.baseDir(), m -> EditoException.input(m));
                    file = fallback;
                } catch (EditoException | IOException e) {
                    notRead = " (the default credentials file is not read: " + (e instanceof EditoException ee
                            ? ee.getMessage() : "cannot read " + fallback) + ")";
                }
            }
            if (file != null) {
                // the message names what chose the file: the setting (at its position), the variable, or the default
                String source = credentialsSource(s, ctx);
                Function<String, EditoException> refuse = s.has("credentials_file")
                        ? m -> s.error("credentials_file", m) : m -> EditoException.input(source + ": " + m);
                value = readCredentials(file, ctx.baseDir(), ctx.redactor(), refuse,
                        "channels." + s.channel() + ".publish").get(name);
                if (value == null || value.isEmpty()) {
                    return missing(s, key, name, ctx, "environment variable " + name + " is not set and credentials "
                            + "file " + file + " has no " + name + "= line");
                }
            } else {
                return missing(s, key, name, ctx, "environment variable " + name + " is not set" + notRead);
            }
        }
        ctx.redactor().register(value);
        return value;
    }

    /** An input error, or for a dry run ({@link PublishContext#missingSecret}) a word and an empty value. */
    private static String missing(Settings s, String key, String name, PublishContext ctx, String why) {
        EditoException e = s.error(key, why);
        if (ctx.missingSecret() == null) {
            throw e;
        }
        ctx.missingSecret().accept(name, e.getMessage());
        return "";
    }

    /**
     * The credentials file of a channel: its {@code credentials_file} setting, else {@code EDITO_CREDENTIALS}, else
     * null ({@code ~/} is the home folder; a relative path is the repository's).
     */
    public static Path credentialsFile(Settings s, PublishContext ctx) {
        String raw = s.has("credentials_file") ? s.string("credentials_file") : ctx.env().get(CREDENTIALS_ENV);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.startsWith("~/")) {
            raw = home(ctx) + raw.substring(1);
        }
        return ctx.baseDir().resolve(raw).toAbsolutePath().normalize();
    }

    /**
     * What chose a channel's credentials file, for messages: its {@code credentials_file} setting, the variable
     * {@code EDITO_CREDENTIALS}, or neither ({@link #defaultCredentialsFile}).
     */
    public static String credentialsSource(Settings s, PublishContext ctx) {
        return s.has("credentials_file") ? "channels." + s.channel() + ".publish.credentials_file"
                : credentialsFile(s, ctx) != null ? CREDENTIALS_ENV : "the default credentials file";
    }

    /** {@code ~/.config/edito/credentials}: where a login is saved when neither setting nor variable says. */
    public static Path defaultCredentialsFile(PublishContext ctx) {
        return Path.of(home(ctx), ".config", "edito", "credentials");
    }

    /** The home folder ({@link io.edito.core.HomeFolder}). */
    static String home(PublishContext ctx) {
        return io.edito.core.HomeFolder.of(ctx.env()).toString();
    }

    /**
     * The password of a database edito keeps a store in (the ledger, the mention store), from the variable
     * {@code passwordEnv} or the credentials file; null when no variable is named (the server's trust, a certificate
     * or the driver's ~/.pgpass).
     *
     * @param setting the setting naming the variable ({@code publishing.ledger_password_env}), for messages
     * @param what    what the database holds ("the ledger's database"), for messages
     */
    public static String databasePassword(String passwordEnv, Map<String, String> env, Path root, String setting,
                                          SourcePos pos, String what) {
        if (passwordEnv == null) {
            return null;
        }
        String value = lookup(passwordEnv, env, root, new Redactor(), m -> EditoException.input(pos, setting + ": " + m),
                setting);
        if (value == null) {
            throw EditoException.input(pos, setting + ": environment variable " + passwordEnv + " is not set"
                    + (env.get(CREDENTIALS_ENV) == null ? "" : " and the credentials file in " + CREDENTIALS_ENV
                            + " has no " + passwordEnv + "= line") + " (the password of " + what + ")");
        }
        return value;
    }

    /**
     * The value of variable {@code name} for a setting that is not a channel's (the ledger's password): from the
     * environment, else from the credentials file named by {@code EDITO_CREDENTIALS}; null when neither has it.
     * The value is given to {@code redactor}.
     *
     * @param refuse makes the error for a credentials file that is refused, naming the setting
     * @param where  the setting, for the error when the file cannot be read ("publishing.ledger_password_env")
     */
    static String lookup(String name, Map<String, String> env, Path baseDir, Redactor redactor,
            Function<String, EditoException> refuse, String where) {
        String value = env.get(name);
        if (value == null || value.isEmpty()) {
            String raw = env.get(CREDENTIALS_ENV);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            if (raw.startsWith("~/")) {
                raw = System.getProperty("user.home") + raw.substring(1);
            }
            Path file = baseDir.resolve(raw).toAbsolutePath().normalize();
            value = readCredentials(file, baseDir, redactor, refuse, where).get(name);
            if (value == null || value.isEmpty()) {
                return null;
            }
        }
        redactor.register(value);
        return value;
    }

    /** True when {@code name} can be an environment variable's name (a setting that names one, not a secret). */
    static boolean isVariableName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /**
     * The rules of a credentials file that exists: outside the repository ({@code baseDir}), readable and writable by
     * its owner only; {@code refuse} makes the error that names the setting.
     *
     * @return the file's real path
     */
    public static Path guard(Path file, Path baseDir, Function<String, EditoException> refuse) throws IOException {
        Path real = file.toRealPath();
        Path repo = baseDir.toRealPath();
        if (real.startsWith(repo)) {
            throw refuse.apply("credentials file " + file
                    + " is inside the repository; keep it outside (e.g. ~/.config/edito/credentials)");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(real);
            for (PosixFilePermission p : perms) {
                if (TOO_OPEN.contains(p)) {
                    throw refuse.apply("credentials file " + file
                            + " is readable or writable by group or others; run: chmod 600 " + file);
                }
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's ACLs apply
        }
        return real;
    }

    /** The {@code NAME=value} lines of a credentials file's text (blank lines and {@code #} comments skipped). */
    public static Map<String, String> parse(List<String> lines) {
        Map<String, String> values = new HashMap<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq > 0) {
                values.put(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
            }
        }
        return values;
    }

    private static Map<String, String> readCredentials(Path file, Path baseDir, Redactor redactor,
            Function<String, EditoException> refuse, String where) {
        try {
            Path real = guard(file, baseDir, refuse);
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(real, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq > 0) {
                    String v = t.substring(eq + 1).strip();
                    values.put(t.substring(0, eq).strip(), v);
                    redactor.register(v);
                }
            }
            return values;
        } catch (IOException e) {
            throw new EditoException(ExitCode.INPUT, where + ": cannot read credentials file " + file
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
