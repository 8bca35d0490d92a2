package io.edito.listen;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.database.DatabaseUrl;
import io.edito.database.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The mention store in a PostgreSQL database, shared by several hosts running {@code edito listen} (docs/publishing.md
 * "Several hosts"): the same SQL as SQLite ({@link JdbcMentionStore}), its schema created and upgraded from the
 * scripts in the jar ({@code io/edito/listen/postgresql/V<n>__*.sql}, recorded in {@code edito_mentions_schema}), a
 * newer schema refused, every wait bounded ({@link PostgresDatabase}), the password never in a message.
 */
public final class PostgresMentionStore implements JdbcMentionStore.Dialect {
    static final PostgresDatabase.Schema SCHEMA = new PostgresDatabase.Schema(PostgresMentionStore.class,
            "edito_mentions_schema", List.of("postgresql/V1__mentions.sql"), 0x6d656e74L /* "ment" in ASCII */);
    private final String url;
    private final UnaryOperator<String> redact;

    private PostgresMentionStore(String url, UnaryOperator<String> redact) {
        this.url = url;
        this.redact = redact;
    }

    /**
     * Connects; with {@code create}, creates or upgrades the schema, else returns null when the database holds no
     * mention store yet (a read writes nothing).
     */
    public static JdbcMentionStore open(DatabaseUrl where, String password, boolean create) {
        UnaryOperator<String> redact = text -> password == null || password.isEmpty() ? text
                : text.replace(password, "****");
        PostgresMentionStore dialect = new PostgresMentionStore(where.url(), redact);
        Connection c = null;
        try {
            c = PostgresDatabase.connect(where.jdbcUrl(), where.user(), password);
            int version = PostgresDatabase.schemaVersion(c, SCHEMA);
            if (version > SCHEMA.latest()) {
                throw dialect.newer(version);
            }
            if (version == 0 && !create) {
                c.close();
                return null;
            }
            if (version < SCHEMA.latest()) {
                PostgresDatabase.migrate(c, SCHEMA, dialect::newer);
            }
            return new JdbcMentionStore(c, dialect);
        } catch (SQLException e) {
            PostgresDatabase.closeQuietly(c);
            throw dialect.failure("open", e);
        } catch (RuntimeException e) {
            PostgresDatabase.closeQuietly(c);
            throw e;
        }
    }

    private EditoException newer(int version) {
        return new EditoException(ExitCode.RUNTIME, "mention store " + url + " has schema " + version + ", written "
                + "by a newer edito (this one knows up to schema " + SCHEMA.latest() + "); upgrade edito");
    }

    @Override
    public String name() {
        return url;
    }

    @Override
    public void begin(Connection c) throws SQLException {
        c.setAutoCommit(false);
    }

    @Override
    public void commit(Connection c) throws SQLException {
        c.commit();
        c.setAutoCommit(true);
    }

    @Override
    public void rollback(Connection c) throws SQLException {
        try {
            c.rollback();
        } finally {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        }
    }

    @Override
    public String lockClause() {
        return " FOR UPDATE";
    }

    @Override
    public PreparedStatement insertReturningId(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql, new String[] {"id"});
    }

    @Override
    public EditoException failure(String what, SQLException e) {
        return EditoException.runtime("cannot " + what + " mention store " + url + ": "
                + redact.apply(PostgresDatabase.oneLine(e)), e);
    }

    @Override
    public void close(Connection c) {
        PostgresDatabase.closeQuietly(c);
    }
}
