package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What SQLite's errors become: one line that says what happened and what to do. */
class SqliteFilesTest {
    @Test
    void aLockHeldByAnotherRunIsToldAsSuchNotAsTheDriversText() {
        SQLException busy = new SQLException("wrapped", new SQLiteException("[SQLITE_BUSY] The database file is locked "
                + "(database is locked)", SQLiteErrorCode.SQLITE_BUSY));
        assertThat(SqliteFiles.isBusy(busy)).isTrue();
        assertThat(SqliteFiles.isBusy(new SQLiteException("[SQLITE_CORRUPT] damaged", SQLiteErrorCode.SQLITE_CORRUPT)))
                .isFalse();
        EditoException e = SqliteFiles.busy("ledger", Path.of(".edito/ledger.db"), busy);
        assertThat(e.exitCode()).isEqualTo(ExitCode.RUNTIME);
        assertThat(e.getMessage()).isEqualTo("ledger .edito/ledger.db is locked by another run (waited 30 s): try again "
                + "when it is done").doesNotContain("SQLITE");
    }
}
