package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.Sleeper;
import io.edito.publish.ledger.LeaseOwner;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerEvent;
import io.edito.publish.ledger.LedgerLocation;
import io.edito.publish.ledger.LedgerState;
import io.edito.publish.ledger.PostgresLedgerStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger in a real PostgreSQL server: configuration, schema versions, hosts that die, a server that restarts. */
class PostgresLedgerTest {
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 9, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    static final Instant NOW = Instant.parse("2026-03-09T08:31:00Z");
    @TempDir
    Path dir;

    private static EditoException refused(String url, String passwordEnv) {
        try {
            LedgerLocation.parse(url, Path.of("/srv/cal"), passwordEnv, "publishing.ledger", null);
        } catch (EditoException e) {
            return e;
        }
        throw new AssertionError("accepted: " + url);
    }

    @Test
    void aUrlIsReadAsTheDriverTakesItAndAPasswordInItIsRefusedWithoutRepeatingIt() {
        LedgerLocation.Postgres p = (LedgerLocation.Postgres) LedgerLocation.parse(
                "postgresql://edito@db.internal:5432/edito?sslmode=verify-full&sslrootcert=/etc/ssl/db.pem",
                Path.of("/srv/cal"), "EDITO_PG_PASSWORD", "publishing.ledger", null);
        assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/edito?sslmode=verify-full"
                + "&sslrootcert=/etc/ssl/db.pem");
        assertThat(p.user()).isEqualTo("edito");
        assertThat(p.display()).doesNotContain("jdbc");
        assertThat(LedgerLocation.parse(".edito/ledger.db", Path.of("/srv/cal"), null, "publishing.ledger", null))
                .isEqualTo(new LedgerLocation.File(Path.of("/srv/cal/.edito/ledger.db")));

        // also a password holding '@' or '/', a host URI cannot read, a parameter name written with escapes: the
        // URL was repeated in "no host in ..." or in every later message
        for (String url : List.of("postgresql://edito:hunter2secret@db:5432/edito",
                "postgresql://edito@db/edito?password=hunter2secret", "postgres://edito@db/edito?sslmode=require&PASSWORD=hunter2secret",
                "postgresql://edito:p@hunter2secret@127.0.0.1:55432/edito", "postgresql://edito:hunter2secret/x@127.0.0.1/edito",
                "postgresql://edito:hunter2secret@db_internal:55432/edito", "postgresql://edito@db/edito?pass%77ord=hunter2secret",
                "postgresql://edito@db/edito?%70assword=hunter2secret")) {
            EditoException e = refused(url, "EDITO_PG_PASSWORD");
            assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
            assertThat(e.getMessage()).startsWith("publishing.ledger: the URL holds a password")
                    .contains("ledger_password_env").doesNotContain("hunter2secret").doesNotContain("\n");
        }
        assertThat(refused("mysql://edito@db/edito", null).getMessage()).contains("'mysql://' is not a ledger");
        assertThat(refused("postgresql://edito@db.internal:5432/", null).getMessage()).contains("no database name");
        assertThat(refused("postgresql://edito@db/edito?sslpassword=hunter2secret", null).getMessage())
                .contains("holds a password").doesNotContain("hunter2secret");
        // an '@' in the path or the fragment is no user's; an escaped sslmode is the driver's value
        for (String ok : List.of("postgresql://[::1]:5432/my@db", "postgresql://db.internal:5432/edito#x@y",
                "postgresql://edito@db/edito?sslmode=verify%2Dfull", "postgresql://edito@db/edito?application_name=a@b")) {
            assertThat(LedgerLocation.parse(ok, Path.of("/srv/cal"), null, "publishing.ledger", null)).as(ok)
                    .isInstanceOf(LedgerLocation.Postgres.class);
        }
        // one database however written: the default port, the host's case, parameters
        LedgerLocation a = LedgerLocation.parse("postgresql://a@db.internal/edito", Path.of("/srv/cal"), null, "--from", null);
        assertThat(a.sameAs(LedgerLocation.parse("postgres://a@DB.internal:5432/edito?sslmode=require", Path.of("/srv/cal"),
                null, "--to", null))).isTrue();
        assertThat(a.sameAs(LedgerLocation.parse("postgresql://a@db.internal/other", Path.of("/srv/cal"), null, "--to",
                null))).isFalse();
        assertThat(refused("postgresql://edito@db/edito?sslmode=verify_full", null).getMessage())
                .contains("sslmode=verify_full is not one of disable, allow, prefer, require, verify-ca, verify-full");
        // the driver printed its own two-line warning on a timeout that is no number, and went on without it
        assertThat(refused("postgresql://edito@db/edito?loginTimeout=abc", null).getMessage())
                .contains("loginTimeout=abc is not a number of seconds");
        assertThat(refused("postgresql://edito@db/edito?sslmode=require&connectTimeout=-1", null).getMessage())
                .contains("connectTimeout=-1 is not a number of seconds");
        assertThat(LedgerLocation.parse("postgresql://edito@db/edito?loginTimeout=10&socketTimeout=30", Path.of("/srv"),
                null, "--to", null)).isInstanceOf(LedgerLocation.Postgres.class);
        assertThat(refused("postgresql://edito@db_internal:5432/edito?sslkey=hunter2secret", null).getMessage())
                .contains("no host name").doesNotContain("hunter2secret");
        assertThat(refused("postgresql://edito@db/edito", "hunter2 secret").getMessage())
                .contains("must name an environment variable").doesNotContain("hunter2");
    }

    @Test
    void aMissingOrWrongPasswordIsOneLineThatNeverShowsThePassword() {
        String url = PgServer.shared().newDatabase();
        LedgerLocation where = PgServer.location(url);
        assertThatThrownBy(() -> where.open(Map.of())).isInstanceOfSatisfying(EditoException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
            assertThat(e.getMessage()).isEqualTo("publishing.ledger_password_env: environment variable "
                    + "EDITO_PG_PASSWORD is not set (the password of the ledger's database)");
        });
        assertThatThrownBy(() -> where.open(Map.of("EDITO_PG_PASSWORD", "wrong-password-0451")))
                .isInstanceOfSatisfying(EditoException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.RUNTIME);
                    assertThat(e.getMessage()).startsWith("cannot open ledger " + url + ": ")
                            .contains("password authentication failed").doesNotContain("wrong-password-0451")
                            .doesNotContain("\n");
                });
    }

    @Test
    void theSchemaIsCreatedOnceByHostsStartingTogetherAndANewerOneIsRefused() throws Exception {
        String url = PgServer.shared().newDatabase();
        assertThat(PgServer.location(url).openExisting(PgServer.env())).as("a read creates nothing").isEmpty();
        List<Thread> hosts = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try (Ledger l = PgServer.open(url)) {
                    l.list();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            hosts.add(t);
            t.start();
        }
        for (Thread t : hosts) {
            t.join(30_000);
        }
        assertThat(errors).isEmpty();
        String db = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = PgServer.shared().superuser(db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT version FROM edito_schema ORDER BY version")) {
                List<Integer> versions = new ArrayList<>();
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
                assertThat(versions).containsExactly(1).hasSize(PostgresLedgerStore.SCHEMA_VERSION);
            }
            st.execute("INSERT INTO edito_schema (version, applied_at) VALUES (7, '2027-01-01T00:00:00Z')");
        }
        for (boolean create : new boolean[] {true, false}) {
            LedgerLocation where = PgServer.location(url);
            assertThatThrownBy(() -> {
                if (create) {
                    where.open(PgServer.env());
                } else {
                    where.openExisting(PgServer.env());
                }
            }).isInstanceOfSatisfying(EditoException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.RUNTIME);
                assertThat(e.getMessage()).isEqualTo("ledger " + url + " has schema 7, written by a newer edito "
                        + "(this one knows up to schema 1); upgrade edito");
            });
        }
    }

    @Test
    void aHostThatDiedHoldingAClaimLosesItWhenItsLeaseLapsesAndThePairBecomesUnknownNotResent() {
        String url = PgServer.shared().newDatabase();
        PublishRequest req = PublishRequest.simple("launch", "x", "hello", AT);
        LeaseOwner elsewhere = new LeaseOwner("publisher-b.internal", 4242, 1L, "r1");
        try (Ledger a = PgServer.open(url); Ledger b = PgServer.open(url)) {
            Ledger.Claim first = b.claim(req, "k1", elsewhere, NOW, Duration.ofMinutes(15), false, false);
            assertThat(first.action()).isEqualTo(Ledger.Claim.Action.SEND);
            // host B dies here: its process is on another host, so only the lease can tell
            Ledger.Claim during = a.claim(req, "k1", LeaseOwner.current(), NOW.plus(Duration.ofMinutes(14)),
                    Duration.ofMinutes(15), false, false);
            assertThat(during.status()).isEqualTo(PublishStatus.IN_PROGRESS);
            assertThat(during.detail()).contains("publisher-b.internal");
            Ledger.Claim after = a.claim(req, "k1", LeaseOwner.current(), NOW.plus(Duration.ofMinutes(16)),
                    Duration.ofMinutes(15), false, false);
            assertThat(after.action()).as("probed first, never sent blindly").isEqualTo(Ledger.Claim.Action.PROBE);
            assertThat(a.events(after.entry().id())).extracting(LedgerEvent::state)
                    .containsExactly(LedgerState.PENDING, LedgerState.UNKNOWN);
            assertThat(a.events(after.entry().id()).get(1).detail()).contains("lease of run")
                    .contains("lapsed");
        }
    }

    @Test
    void aHostThatInsertsTheClaimRowSecondDecidesAgainAndFindsTheFirstHostsClaim() throws Exception {
        String url = PgServer.shared().newDatabase();
        String db = url.substring(url.lastIndexOf('/') + 1);
        PublishRequest req = PublishRequest.simple("launch", "x", "hello", AT);
        try (Ledger ledger = PgServer.open(url); Connection other = PgServer.shared().superuser(db)) {
            // host B has inserted the pair's row as its claim and not committed yet
            other.setAutoCommit(false);
            try (var ps = other.prepareStatement("INSERT INTO deliveries (post_id, channel, content_hash, state, "
                    + "delivery_key, created_at, updated_at, attempts, lease_owner, lease_until) VALUES (?, ?, ?, "
                    + "'pending', 'k1', ?, ?, 1, 'publisher-b.internal|4242|1|rb', ?)")) {
                ps.setString(1, req.postId());
                ps.setString(2, req.channel());
                ps.setString(3, req.contentHash());
                ps.setString(4, NOW.toString());
                ps.setString(5, NOW.toString());
                ps.setString(6, NOW.plus(Duration.ofMinutes(15)).toString());
                ps.executeUpdate();
            }
            java.util.concurrent.CompletableFuture<Ledger.Claim> mine = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> ledger.claim(req, "k1", LeaseOwner.current(), NOW, Duration.ofMinutes(15),
                            false, false));
            Thread.sleep(500);
            assertThat(mine).as("waits on B's row: the unique key").isNotDone();
            other.commit();
            Ledger.Claim c = mine.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(c.action()).isEqualTo(Ledger.Claim.Action.SKIP);
            assertThat(c.status()).isEqualTo(PublishStatus.IN_PROGRESS);
            assertThat(c.detail()).contains("publisher-b.internal");
            assertThat(ledger.list()).hasSize(1);
        }
    }

    @Test
    void theServerStoppedMidRunEndsItWithExit3AndThePairInFlightIsUnknownNextRunNeverSentTwice() {
        try (PgServer server = PgServer.startNew()) {
            String url = server.newDatabase();
            AtomicInteger sends = new AtomicInteger();
            Publisher stopsTheServer = new Publisher() {
                @Override
                public String type() {
                    return "test";
                }

                @Override
                public Delivery publish(PublishRequest r, DeliveryContext c) {
                    if (sends.incrementAndGet() == 2) {
                        server.stop(); // the network took the post; the database goes away before it is recorded
                    }
                    return new Delivery("remote-" + r.postId(), null, List.of());
                }

                @Override
                public ProbeResult probe(PublishRequest r, DeliveryContext c) {
                    return ProbeResult.undecidable("this network cannot be asked");
                }
            };
            PublishContext ctx = new PublishContext(dir, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC), Sleeper.REAL,
                    null, null, null);
            List<PublishRequest> requests = List.of(PublishRequest.simple("p1", "x", "one", AT),
                    PublishRequest.simple("p2", "x", "two", AT), PublishRequest.simple("p3", "x", "three", AT));
            try (Ledger ledger = PgServer.open(url)) {
                PublishRun run = new PublishRun(ledger, Map.of("x", stopsTheServer), ctx, null);
                assertThatThrownBy(() -> run.run(requests)).isInstanceOfSatisfying(EditoException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.RUNTIME);
                    assertThat(e.getMessage()).startsWith("cannot record #2 as sent in ledger " + url
                            + ": the database connection failed: ").doesNotContain("\n");
                });
            }
            assertThat(sends).hasValue(2);
            server.restart();
            // the next run (another process; here the same one after its lease) finds p2 unknown: never re-sent
            PublishContext later = new PublishContext(dir, Map.of(), Clock.fixed(NOW.plus(Duration.ofMinutes(20)),
                    ZoneOffset.UTC), Sleeper.REAL, null, null, null);
            try (Ledger ledger = PgServer.open(url)) {
                List<PublishResult> results = new PublishRun(ledger, Map.of("x", stopsTheServer), later, null)
                        .run(requests);
                assertThat(results).extracting(PublishResult::status).containsExactly(PublishStatus.ALREADY_SENT,
                        PublishStatus.UNKNOWN, PublishStatus.SENT);
                assertThat(ledger.list()).extracting(LedgerEntry::state).containsExactly(LedgerState.SENT,
                        LedgerState.UNKNOWN, LedgerState.SENT);
            }
            assertThat(sends).as("p1 and p2 once each, p3 once").hasValue(3);
        }
    }
}
