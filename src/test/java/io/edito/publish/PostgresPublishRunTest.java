package io.edito.publish;

import io.edito.publish.ledger.Ledger;

/**
 * Every scenario of {@link PublishRunTest} (sent, failed and retried, refused, unknown and resolved, probes,
 * threads, retries within a run) with the ledger in a real PostgreSQL database: the same states, transitions and
 * results as with SQLite.
 */
class PostgresPublishRunTest extends PublishRunTest {
    @Override
    Ledger openLedger() {
        return PgServer.open(PgServer.shared().newDatabase());
    }
}
