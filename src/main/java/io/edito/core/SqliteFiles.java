package io.edito.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * How edito opens the SQLite files it keeps (the publishing ledger, the mention store): WAL journal, full fsync, a
 * busy timeout for concurrent cron runs, a new file created whole under a temporary name and linked into place, and
 * an existing file that is not one of edito's refused as damaged rather than taken for a new one.
 */
public final class SqliteFiles {
    private SqliteFiles() {
    }

    /** Creates the schema on a fresh connection and migrates an older one (in its own transaction). */
    @FunctionalInterface
    public interface Migration {
        void migrate(Connection c) throws SQLException;
    }

    /**
     * Opens {@code file}, creating it when missing. Only a missing file starts a new database; an existing file
     * without {@code markerTable} (0 bytes, another SQLite database, anything else) is refused as damaged.
     *
     * @param what the word for the file in messages ("ledger", "mention store")
     */
    public static Connection open(Path file, String what, String markerTable, Migration migration) {
        Path abs = file.toAbsolutePath();
        InputFiles.read(abs); // a report written over the ledger would destroy it
        try {
            if (Files.isDirectory(abs)) {
                throw new EditoException(ExitCode.INPUT, what + " " + file + " is a directory");
            }
            if (!Files.exists(abs)) {
                create(file, abs, what, migration);
            } else if (Files.size(abs) == 0) {
                throw damaged(what, file, "is empty (0 bytes), not a " + what + " edito wrote (only a missing file "
                        + "starts a new " + what + ")", null);
            }
        } catch (IOException e) {
            throw EditoException.runtime("cannot create " + what + " " + file + ": " + e.getMessage(), e);
        }
        Connection c = null;
        try {
            c = connect(abs);
            if (!hasTable(c, markerTable)) {
                throw damaged(what, file, "is an SQLite database without edito's tables, not a " + what + " edito "
                        + "wrote (only a missing file starts a new " + what + ")", null);
            }
            walMode(c);
            migration.migrate(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw openError(what, file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** An empty database in memory (a dry run that must write no file), with the schema made. */
    public static Connection inMemory(String what, Migration migration) {
        try {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.enforceForeignKeys(true);
            Connection c = cfg.createConnection("jdbc:sqlite::memory:");
            migration.migrate(c);
            return c;
        } catch (SQLException e) {
            throw EditoException.runtime("cannot make an in-memory " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new database at {@code abs}: the schema is made in a hidden temporary file beside it, closed (which
     * folds the WAL into it), then hard-linked to the final name, which fails if another run created it meanwhile
     * (that run's file is then used). A crash leaves at most the temporary file, never a file without tables.
     */
    private static void create(Path file, Path abs, String what, Migration migration) throws IOException {
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // a name of this run's own: the process, and a random number (two threads of one process may read the
        // same nanoTime, and one's clean-up then deleted the other's file under its open connection)
        Path tmp = dir.resolve("." + abs.getFileName() + ".new-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
        try {
            try (Connection c = connect(tmp)) {
                walMode(c);
                migration.migrate(c);
            } catch (SQLException e) {
                throw EditoException.runtime("cannot create " + what + " " + file + ": " + e.getMessage(), e);
            }
            try {
                Files.createLink(abs, tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return; // another run created it first: use that one
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                // no hard links on this file system: a plain rename, which does not replace an existing file
                try {
                    Files.move(tmp, abs);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    return;
                }
            }
            syncDirectory(dir);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + suffix));
            }
        }
    }

    /** Makes a new directory entry durable (POSIX; a no-op where a directory cannot be opened). */
    private static void syncDirectory(Path dir) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir,
                java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory; its file system orders metadata writes itself
        }
    }

    private static Connection connect(Path abs) throws SQLException {
        // no journal mode here: setting it writes to the file, and a file that is not edito's is left untouched
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setBusyTimeout(30_000);
        cfg.enforceForeignKeys(true);
        return cfg.createConnection("jdbc:sqlite:" + abs);
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void walMode(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
            rs.next();
        }
    }

    /** The schema version kept in {@code PRAGMA user_version}. */
    public static int userVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
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

    private static EditoException openError(String what, Path file, SQLException e) {
        if (isDamage(e)) {
            return damaged(what, file, "is not an SQLite database or is damaged", e);
        }
        if (isBusy(e)) {
            return busy(what, file, e);
        }
        return EditoException.runtime("cannot open " + what + " " + file + ": " + e.getMessage(), e);
    }

    /** SQLite's word that the file is not a database or that its pages are damaged. */
    public static boolean isDamage(Throwable e) {
        return hasResult(e, SQLiteErrorCode.SQLITE_CORRUPT, SQLiteErrorCode.SQLITE_NOTADB);
    }

    /** SQLite's word that another connection held the file's lock for the whole busy timeout. */
    public static boolean isBusy(Throwable e) {
        return hasResult(e, SQLiteErrorCode.SQLITE_BUSY, SQLiteErrorCode.SQLITE_LOCKED);
    }

    /** Whether {@code e} or one of its causes is SQLite's error with one of these primary result codes. */
    private static boolean hasResult(Throwable e, SQLiteErrorCode... codes) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                int primary = se.getResultCode().code & 0xff;
                for (SQLiteErrorCode c : codes) {
                    if (primary == c.code) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The one-line error for a file another run kept locked (exit 3): try again later. */
    public static EditoException busy(String what, Path file, Exception cause) {
        return new EditoException(ExitCode.RUNTIME, what + " " + file + " is locked by another run (waited 30 s): try "
                + "again when it is done", cause);
    }

    /** The one-line error for a damaged file: what to do about it included. */
    public static EditoException damaged(String what, Path file, String detail, Exception cause) {
        return new EditoException(ExitCode.RUNTIME, what + " " + file + " " + detail
                + "; move it aside and restore it from a backup", cause);
    }
}
