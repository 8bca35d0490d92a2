package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.ledger.LeaseOwner;
import io.edito.publish.ledger.Ledger;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the ledger opens, creates or refuses: only a missing file starts a new ledger. */
class LedgerFileTest {
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 9, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    static final Instant NOW = Instant.parse("2026-03-09T08:31:00Z");

    @TempDir
    Path dir;

    private static Ledger.Claim claim(Ledger l, String post) {
        return l.claim(PublishRequest.simple(post, "x", "hello " + post, AT), "k-" + post, LeaseOwner.current(), NOW,
                Duration.ofMinutes(15), false, false);
    }

    @Test
    void aMissingFileStartsANewLedgerAndLeavesNoTemporaryFileBehind() throws Exception {
        Path db = dir.resolve("deep/.edito/ledger.db");
        try (Ledger l = Ledger.open(db)) {
            claim(l, "p1");
        }
        try (Stream<Path> files = Files.list(db.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ledger.db");
        }
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.list()).singleElement().satisfies(e -> assertThat(e.postId()).isEqualTo("p1"));
            assertThat(l.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void anEmptyFileIsRefusedAsDamagedAndLeftAsItIs() throws Exception {
        Path db = dir.resolve("ledger.db");
        Files.createFile(db);
        assertThatThrownBy(() -> Ledger.open(db)).isInstanceOfSatisfying(EditoException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(3);
            assertThat(e.getMessage()).contains("ledger " + db + " is empty (0 bytes)")
                    .contains("only a missing file starts a new ledger")
                    .endsWith("move it aside and restore it from a backup");
        });
        assertThat(Files.size(db)).isZero();
    }

    @Test
    void anSqliteDatabaseWithoutEditosTablesIsRefusedAndNotWrittenTo() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE contacts (name TEXT)");
            st.executeUpdate("INSERT INTO contacts VALUES ('Amina')");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Ledger.open(db)).isInstanceOfSatisfying(EditoException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(3);
            assertThat(e.getMessage()).contains("is an SQLite database without edito's tables")
                    .endsWith("move it aside and restore it from a backup");
        });
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void runsCreatingTheLedgerAtOnceEndUpInTheSameFile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                Path db = dir.resolve("round" + round + "/ledger.db");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    String post = "p" + t;
                    runs.add(pool.submit(() -> {
                        start.await();
                        try (Ledger l = Ledger.open(db)) {
                            claim(l, post);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : runs) {
                    f.get();
                }
                try (Ledger l = Ledger.open(db)) {
                    assertThat(l.list()).as("no run's new ledger replaced another's").hasSize(4);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void damagedPagesAreReportedWithTheSameAdviceNotSqlitesRawError() throws Exception {
        Path db = dir.resolve("ledger.db");
        try (Ledger l = Ledger.open(db)) {
            for (int i = 0; i < 400; i++) {
                claim(l, "post-with-a-rather-long-identifier-" + i);
            }
        }
        long pages = Files.size(db) / 4096;
        assertThat(pages).isGreaterThan(10);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            for (long p = 2; p < pages - 1; p++) { // page 1 (the schema) stays: the file still opens
                f.seek(p * 4096);
                f.write(new byte[4096]);
            }
        }
        try (Ledger l = Ledger.open(db)) {
            assertThatThrownBy(() -> l.forPair("post-with-a-rather-long-identifier-7", "x"))
                    .isInstanceOfSatisfying(EditoException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(3);
                        assertThat(e.getMessage()).startsWith("ledger " + db + " is damaged (SQLite: ")
                                .endsWith("; move it aside and restore it from a backup")
                                .doesNotContain("[SQLITE_CORRUPT]");
                    });
        }
    }

    @Test
    void aSchemaTwoLedgerKeepsItsNoticesWhenUpgradedAndEditsAreToldOncePerContent() throws Exception {
        Path db = dir.resolve("ledger.db");
        try (Ledger l = Ledger.open(db)) {
            claim(l, "p1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE notices");
            st.executeUpdate("CREATE TABLE notices (post_id TEXT NOT NULL, channel TEXT NOT NULL, scheduled_at TEXT "
                    + "NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (post_id, channel, scheduled_at, kind))");
            st.executeUpdate("INSERT INTO notices VALUES ('late', 'x', '2026-03-09T07:00:00Z', 'missed', "
                    + "'2026-03-09T08:00:00Z')");
            st.executeUpdate("PRAGMA user_version = 2");
        }
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.noticeOnce("late", "x", Instant.parse("2026-03-09T07:00:00Z"), "missed", NOW))
                    .as("told before the upgrade").isFalse();
            assertThat(l.editNoticeOnce("p1", "x", "hash-a", NOW)).isTrue();
            assertThat(l.editNoticeOnce("p1", "x", "hash-a", NOW)).isFalse();
            assertThat(l.editNoticeOnce("p1", "x", "hash-b", NOW)).as("another edit").isTrue();
            assertThat(l.list()).hasSize(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                var rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Ledger.SCHEMA_VERSION).isEqualTo(3);
        }
    }
}
