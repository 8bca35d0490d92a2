package io.edito.publish;

import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerLocation;
import java.nio.file.Path;

/** Opens the ledger a test process is given: a file, or a postgresql:// URL (password in EDITO_PG_PASSWORD). */
final class TestLedgers {
    private TestLedgers() {
    }

    static Ledger open(String where) {
        if (where.startsWith("postgresql://")) {
            return LedgerLocation.parse(where, Path.of("").toAbsolutePath(), PgServer.PASSWORD_ENV,
                    "publishing.ledger", null).open(System.getenv());
        }
        return Ledger.open(Path.of(where));
    }
}
