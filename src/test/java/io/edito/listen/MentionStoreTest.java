package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.config.MentionStoreLocation;
import io.edito.core.EditoException;
import io.edito.database.DatabaseUrl;
import io.edito.publish.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mention store's contract, run against an SQLite file and a real PostgreSQL server (started from the test
 * dependencies, as the ledger's tests do): the same SQL must behave the same on both, and on PostgreSQL several
 * hosts share it.
 */
class MentionStoreTest {
    static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    @TempDir
    Path tmp;

    private MentionStoreLocation location(String kind) {
        if (kind.equals("sqlite")) {
            return new MentionStoreLocation.File(tmp.resolve("mentions.db"));
        }
        String url = PgServer.shared().newDatabase();
        return new MentionStoreLocation.Postgres(DatabaseUrl.parse(url, PgServer.PASSWORD_ENV, "mention store",
                "listening.store", "listening.store_password_env", null), tmp, null);
    }

    static NewMention mention(String urlKey, String networkId, String source, int minute) {
        return new NewMention(source, urlKey == null ? null : "https://" + urlKey, urlKey, networkId, "someone",
                "Atlas Air retard encore", "fr", T0.plusSeconds(60L * minute), T0.plusSeconds(60L * minute + 5),
                "complaint", null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anUndatedMentionIsNotAnsweredBeforeItWasFound(String kind) {
        try (MentionStore store = MentionStores.open(location(kind), PgServer.env())) {
            // an undated mention's time is when it was found: no answer before that either
            NewMention m = mention("example.com/undated", null, "alerts", 120);
            Mention undated = store.add(new NewMention(m.source(), m.url(), m.urlKey(), m.networkId(), m.author(),
                    m.text(), m.lang(), null, T0.plusSeconds(60L * 120), m.kind(), m.competitor(), m.toolSentiment()))
                    .orElseThrow();
            assertThatThrownBy(() -> store.change(undated.id(), new MentionStore.Change.Answer("by hand", null),
                    T0.plusSeconds(60L * 60))).hasMessage("mention #" + undated.id() + " was found at "
                    + "2026-12-03T10:00:00Z: it cannot be answered at 2026-12-03T09:00:00Z, before that");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aMentionIsStoredOnceByUrlOrNetworkIdAndItsTicketChangesAreTimestamped(String kind) {
        MentionStoreLocation where = location(kind);
        try (MentionStore store = MentionStores.open(where, PgServer.env())) {
            Mention first = store.add(mention("example.com/a", null, "alerts", 0)).orElseThrow();
            assertThat(store.add(mention("example.com/a", null, "saved", 1))).as("same URL, other source").isEmpty();
            Mention toot = store.add(mention(null, "mastodon:123", "masto", 2)).orElseThrow();
            assertThat(store.add(mention(null, "mastodon:123", "masto", 3))).as("same network id").isEmpty();
            assertThat(store.list(new MentionQuery(null, null, null, null, null))).extracting(Mention::id)
                    .containsExactly(first.id(), toot.id());
            // the items a run sees again use up no number: the next mention is the next one
            assertThat(toot.id()).isEqualTo(first.id() + 1);
            for (int run = 0; run < 3; run++) {
                assertThat(store.add(mention("example.com/a", null, "alerts", 10 + run))).isEmpty();
                assertThat(store.add(mention(null, "mastodon:123", "masto", 10 + run))).isEmpty();
            }
            assertThat(store.add(mention("example.com/b", null, "alerts", 20)).orElseThrow().id())
                    .isEqualTo(toot.id() + 1);

            store.change(first.id(), new MentionStore.Change.Assign("nadia"), T0.plusSeconds(600));
            Mention answered = store.change(first.id(), new MentionStore.Change.Answer("by-hand", null),
                    T0.plusSeconds(1200));
            assertThat(answered.status()).isEqualTo(Mention.Status.ANSWERED);
            assertThat(answered.firstResponseAt()).isEqualTo(T0.plusSeconds(1200));
            Mention closed = store.change(first.id(), new MentionStore.Change.Close("refunded"), T0.plusSeconds(1800));
            assertThat(closed.status()).isEqualTo(Mention.Status.CLOSED);
            assertThatThrownBy(() -> store.change(first.id(), new MentionStore.Change.Close("again"), T0))
                    .isInstanceOf(EditoException.class).hasMessageContaining("already closed");
            Mention reopened = store.change(first.id(), new MentionStore.Change.Reopen(), T0.plusSeconds(2400));
            assertThat(reopened.status()).isEqualTo(Mention.Status.ANSWERED);
            assertThat(store.events(first.id())).extracting(MentionEvent::action)
                    .containsExactly("found", "assigned", "answered", "closed", "reopened");
            assertThat(store.events(first.id()).get(3).at()).isEqualTo(T0.plusSeconds(1800));
            assertThatThrownBy(() -> store.change(999, new MentionStore.Change.Reopen(), T0))
                    .hasMessageContaining("no mention #999");
            // nothing is done to a mention before it was published: a response time below zero is no response time
            Mention later = store.add(mention("example.com/later", null, "alerts", 60)).orElseThrow();
            assertThatThrownBy(() -> store.change(later.id(), new MentionStore.Change.Answer("by hand", null),
                    T0.plusSeconds(60L * 54))).isInstanceOf(EditoException.class)
                    .hasMessage("mention #" + later.id() + " was published at 2026-12-03T09:00:00Z: it cannot be "
                            + "answered at 2026-12-03T08:54:00Z, before that");
            assertThat(store.get(later.id()).orElseThrow().status()).isEqualTo(Mention.Status.NEW);
            // a minute early is a clock a little ahead (the network's or this host's): taken
            assertThat(store.change(later.id(), new MentionStore.Change.Answer("by hand", null),
                    T0.plusSeconds(60L * 59)).status()).isEqualTo(Mention.Status.ANSWERED);

            store.saveFetchState("alerts", new MentionStore.FetchState("\"e1\"", null, T0));
            store.saveFetchState("alerts", new MentionStore.FetchState("\"e2\"", "Thu, 03 Dec 2026 08:00:00 GMT", T0));
            assertThat(store.fetchState("alerts")).contains(new MentionStore.FetchState("\"e2\"",
                    "Thu, 03 Dec 2026 08:00:00 GMT", T0));
        }
        // what was written is there for the next run
        try (MentionStore again = MentionStores.openForRead(where, PgServer.env())) {
            assertThat(again.list(new MentionQuery(null, null, null, null, null))).hasSize(4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anAlertIsRecordedOnceAndSentByTheOneRunThatClaimsItUntilItsClaimLapses(String kind) {
        try (MentionStore store = MentionStores.open(location(kind), PgServer.env())) {
            Alert a = new Alert("spike:2026-12-03T08", "spike", T0, "12 mentions in 1h", null);
            assertThat(store.addAlert(a)).isTrue();
            assertThat(store.addAlert(a)).isFalse();
            assertThat(store.claimAlert(a.key(), "host-a", T0, T0.plusSeconds(300))).isTrue();
            assertThat(store.claimAlert(a.key(), "host-b", T0.plusSeconds(10), T0.plusSeconds(310))).isFalse();
            // host-a died: its claim lapses and another run sends the alert
            assertThat(store.claimAlert(a.key(), "host-b", T0.plusSeconds(301), T0.plusSeconds(601))).isTrue();
            store.releaseAlert(a.key(), "host-a"); // not host-a's any more: nothing changes
            assertThat(store.claimAlert(a.key(), "host-c", T0.plusSeconds(302), T0.plusSeconds(602))).isFalse();
            store.releaseAlert(a.key(), "host-b"); // host-b's send failed: the next run may try
            assertThat(store.claimAlert(a.key(), "host-c", T0.plusSeconds(303), T0.plusSeconds(603))).isTrue();
            store.alertSent(a.key(), T0.plusSeconds(304));
            assertThat(store.unsentAlerts()).isEmpty();
            assertThat(store.claimAlert(a.key(), "host-d", T0.plusSeconds(9999), T0.plusSeconds(99999))).isFalse();
            assertThat(store.alerts()).singleElement().satisfies(x -> assertThat(x.sentAt()).isEqualTo(T0.plusSeconds(304)));
        }
    }

    /** Three hosts (each its own connection) store the same 40 mentions and claim the same alerts at once. */
    @Test
    void threeHostsOnOnePostgresStoreStoreEachMentionOnceAndClaimEachAlertOnce() throws Exception {
        MentionStoreLocation where = location("postgresql");
        try (MentionStore init = MentionStores.open(where, PgServer.env())) {
            for (int i = 0; i < 10; i++) {
                init.addAlert(new Alert("term:" + i, "term", T0, "crash " + i, null));
            }
        }
        int hosts = 3;
        CyclicBarrier start = new CyclicBarrier(hosts);
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger claimed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(hosts);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                String owner = "host-" + h;
                runs.add(pool.submit((Callable<Void>) () -> {
                    try (MentionStore store = MentionStores.open(where, PgServer.env())) {
                        start.await();
                        for (int i = 0; i < 40; i++) {
                            if (store.add(mention("example.com/" + i, null, owner, i)).isPresent()) {
                                stored.incrementAndGet();
                            }
                        }
                        for (Alert a : store.unsentAlerts()) {
                            if (store.claimAlert(a.key(), owner, T0, T0.plusSeconds(300))) {
                                claimed.incrementAndGet();
                                store.alertSent(a.key(), T0);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored.get()).isEqualTo(40);
        assertThat(claimed.get()).isEqualTo(10);
        try (MentionStore store = MentionStores.openForRead(where, PgServer.env())) {
            assertThat(store.list(new MentionQuery(null, null, null, null, null))).hasSize(40);
            assertThat(store.unsentAlerts()).isEmpty();
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndAReadOfAnEmptyDatabaseCreatesNothing() throws Exception {
        String url = PgServer.shared().newDatabase();
        MentionStoreLocation where = new MentionStoreLocation.Postgres(DatabaseUrl.parse(url, PgServer.PASSWORD_ENV,
                "mention store", "listening.store", "listening.store_password_env", null), tmp, null);
        try (MentionStore read = MentionStores.openForRead(where, PgServer.env())) {
            assertThat(read.list(new MentionQuery(null, null, null, null, null))).isEmpty();
        }
        String db = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = PgServer.shared().superuser(db); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT to_regclass('mentions') IS NULL");
            rs.next();
            assertThat(rs.getBoolean(1)).as("a read created no table").isTrue();
        }
        MentionStores.open(where, PgServer.env()).close();
        try (Connection c = PgServer.shared().superuser(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO edito_mentions_schema (version, applied_at) VALUES (7, 'later')");
        }
        assertThatThrownBy(() -> MentionStores.open(where, PgServer.env())).isInstanceOf(EditoException.class)
                .hasMessageContaining("has schema 7, written by a newer edito");
    }

    @Test
    void aWrongPasswordIsOneLineThatNeverShowsIt() {
        String url = PgServer.shared().newDatabase();
        MentionStoreLocation where = new MentionStoreLocation.Postgres(DatabaseUrl.parse(url, PgServer.PASSWORD_ENV,
                "mention store", "listening.store", "listening.store_password_env", null), tmp, null);
        String wrong = "not-the-password-42";
        assertThatThrownBy(() -> MentionStores.open(where, Map.of(PgServer.PASSWORD_ENV, wrong)))
                .isInstanceOf(EditoException.class)
                .hasMessageStartingWith("cannot open mention store " + url + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain("\n"));
        assertThatThrownBy(() -> MentionStores.open(where, Map.of()))
                .hasMessageContaining("listening.store_password_env: environment variable " + PgServer.PASSWORD_ENV
                        + " is not set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theEarliestAnswerIsTheFirstResponseWhicheverIsRecordedFirst(String kind) {
        try (MentionStore store = MentionStores.open(location(kind), PgServer.env())) {
            Mention m = store.add(mention("example.com/two-answers", null, "forum", 0)).orElseThrow();
            store.change(m.id(), new MentionStore.Change.Answer("by hand", "karim"), T0.plusSeconds(3600 * 3));
            Mention after = store.change(m.id(), new MentionStore.Change.Answer("by hand", "salma"), T0.plusSeconds(900));
            assertThat(after.firstResponseAt()).isEqualTo(T0.plusSeconds(900));
            after = store.change(m.id(), new MentionStore.Change.Answer("by hand", "later"), T0.plusSeconds(3600 * 5));
            assertThat(after.firstResponseAt()).as("a later answer leaves it").isEqualTo(T0.plusSeconds(900));
            assertThat(store.events(m.id())).extracting(MentionEvent::action).containsExactly("found", "answered",
                    "answered", "answered");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCloseOrReopenIsNotDatedBeforeWhatItFollows(String kind) {
        try (MentionStore store = MentionStores.open(location(kind), PgServer.env())) {
            Mention m = store.add(mention("example.com/history", null, "forum", 0)).orElseThrow();
            store.change(m.id(), new MentionStore.Change.Answer("by hand", null), T0.plusSeconds(3600));
            assertThatThrownBy(() -> store.change(m.id(), new MentionStore.Change.Close("done"), T0.plusSeconds(1800)))
                    .isInstanceOf(EditoException.class)
                    .hasMessage("mention #" + m.id() + " was first answered at 2026-12-03T09:00:00Z: it cannot be "
                            + "closed at 2026-12-03T08:30:00Z, before that");
            store.change(m.id(), new MentionStore.Change.Close("done"), T0.plusSeconds(7200));
            assertThatThrownBy(() -> store.change(m.id(), new MentionStore.Change.Reopen(), T0.plusSeconds(5400)))
                    .isInstanceOf(EditoException.class)
                    .hasMessageContaining("was closed at 2026-12-03T10:00:00Z: it cannot be reopened at "
                            + "2026-12-03T09:30:00Z, before that");
            store.change(m.id(), new MentionStore.Change.Reopen(), T0.plusSeconds(3 * 3600));
            assertThatThrownBy(() -> store.change(m.id(), new MentionStore.Change.Close("again"), T0.plusSeconds(9000)))
                    .isInstanceOf(EditoException.class)
                    .hasMessageContaining("was reopened at 2026-12-03T11:00:00Z: it cannot be closed at "
                            + "2026-12-03T10:30:00Z");
            Mention closed = store.change(m.id(), new MentionStore.Change.Close("again"), T0.plusSeconds(4 * 3600));
            assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(4 * 3600));
            assertThat(store.events(m.id())).extracting(MentionEvent::action).containsExactly("found", "answered",
                    "closed", "reopened", "closed");
        }
    }
}
