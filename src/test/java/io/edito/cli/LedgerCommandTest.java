package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.EditoException;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.ledger.LeaseOwner;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LedgerCommandTest {
    @TempDir
    Path dir;
    Path db;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void seed() {
        db = dir.resolve("ledger.db");
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 9, 9, 30, 0, 0, ZoneOffset.ofHours(1));
        Instant now = Instant.parse("2026-03-09T08:31:00Z");
        try (Ledger l = Ledger.open(db)) {
            LeaseOwner me = LeaseOwner.current();
            var sent = l.claim(PublishRequest.simple("launch", "mastodon", "hello", at), "k1", me, now,
                    Duration.ofMinutes(15), false, false);
            l.markSent(sent.entry().id(), new io.edito.publish.api.Delivery("101", "https://m.example/@a/101", List.of()),
                    now, "network");
            var unknown = l.claim(PublishRequest.simple("=HYPERLINK(\"http://evil\")", "x", "hi", at), "k2", me, now,
                    Duration.ofMinutes(15), false, false);
            l.markUnknown(unknown.entry().id(), "webhook POST to hooks.example: no response within 30000 ms", now);
        }
    }

    int run(String... args) {
        CommandLine cl = new CommandLine(new LedgerCommand(dir.resolve("configured.db")));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            err.write("edito: " + ex.getMessage());
            return ex instanceof EditoException ee ? ee.exitCode() : 3;
        });
        return cl.execute(args);
    }

    @Test
    void listShowsEveryEntryWithItsState() {
        assertThat(run("--ledger", db.toString())).isZero();
        assertThat(out.toString()).contains("#1    sent     launch@mastodon").contains("https://m.example/@a/101")
                .contains("#2    unknown").contains("no response within 30000 ms");
    }

    @Test
    void timesAreShownInTheBrandsZoneWithTheOffsetNotInUtc() throws Exception {
        Path config = dir.resolve("edito.yaml");
        Files.writeString(config, "brand: atlas-air\ntimezone: America/New_York\nlanguages: [en]\ncalendar: calendar/\n");
        CliRun list = CliRun.of("--config", config.toString(), "ledger", "--ledger", db.toString());
        assertThat(list.exit()).as(list.err()).isZero();
        // sent at 08:31 UTC, the day after New York moved to summer time
        assertThat(list.out()).contains("launch@mastodon                  2026-03-09T04:31:00-04:00")
                .doesNotContain("08:31:00Z");
        CliRun show = CliRun.of("--config", config.toString(), "ledger", "show", "1", "--ledger", db.toString());
        assertThat(show.out()).contains("sent_at:      2026-03-09T04:31:00-04:00")
                .contains("scheduled_at: 2026-03-09T04:30:00-04:00").doesNotContain("Z ");
        // without a project, the offset the calendar wrote the scheduled time with
        assertThat(run("--ledger", db.toString())).isZero();
        assertThat(out.toString()).contains("2026-03-09T09:31:00+01:00").doesNotContain("08:31:00Z");
        // for programs, every time is a UTC instant, the scheduled one too (it was kept with the calendar's offset)
        CliRun json = CliRun.of("--config", config.toString(), "ledger", "show", "1", "--ledger", db.toString(),
                "--format", "json");
        assertThat(json.out()).contains("\"scheduled_at\" : \"2026-03-09T08:30:00Z\"")
                .contains("\"sent_at\" : \"2026-03-09T08:31:00Z\"");
        CliRun csv = CliRun.of("ledger", "export", "--ledger", db.toString());
        assertThat(csv.out()).contains(",2026-03-09T08:30:00Z,2026-03-09T08:31:00Z,").doesNotContain("+01:00");
    }

    @Test
    void optionsAreAcceptedAfterTheSubcommandToo() throws Exception {
        assertThat(run("show", "2", "--ledger", db.toString(), "--format", "json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("state").asText()).isEqualTo("unknown");
        assertThat(json.get("history")).hasSize(2);
    }

    @Test
    void resolveRecordsThePersonsDecision() {
        assertThat(run("resolve", "#2", "--as", "sent", "--note", "seen in Zapier", "--ledger", db.toString())).isZero();
        assertThat(out.toString()).contains("#2 =HYPERLINK(\"http://evil\")@x resolved as sent");
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.get(2).orElseThrow().state()).isEqualTo(LedgerState.SENT);
            assertThat(l.get(2).orElseThrow().resolvedBy()).isEqualTo("manual");
            assertThat(l.events(2)).last().satisfies(e -> assertThat(e.detail()).contains("seen in Zapier"));
        }
    }

    @Test
    void listAndExportReadWhileAPublishingRunHoldsTheWriteLock() throws Exception {
        // every open took the write lock to check the schema: a list waited 30 s behind a run, then failed (exit 3)
        try (java.sql.Connection writer = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE deliveries SET note = 'being written' WHERE id = 1");
            long start = System.nanoTime();
            assertThat(run("list", "--format", "json", "--ledger", db.toString())).as(err.toString()).isZero();
            assertThat(run("export", "--ledger", db.toString())).as(err.toString()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20)); // not the 30 s wait
            assertThat(out.toString()).contains("launch").doesNotContain("being written");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aUrlGivenToLedgerAndATextExportAreRefusedAsWhatTheyAre() {
        // taken for a path, the URL was told as "no ledger at postgresql:/u@127.0.0.1:1/x"
        assertThat(run("export", "--ledger", "postgresql://u@127.0.0.1:1/x")).isEqualTo(2);
        assertThat(err.toString()).contains("a URL: --ledger names an SQLite ledger file").contains("publishing.ledger");
        assertThat(run("list", "--ledger", "postgresql://u:S3cret@127.0.0.1:1/x")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("S3cret");
        // --format text wrote CSV
        assertThat(run("export", "--format", "text", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--format text: ledger export writes csv or json");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void migrateRefusesTheSameLedgerWrittenAnotherWay() throws Exception {
        // compared as written, a copy onto itself went through (with --force it would empty it first)
        assertThat(run("migrate", "--ledger", db.toString(), "--to", db.getParent().resolve("sub/../ledger.db").toString(),
                "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("--from and --to are the same ledger");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), db);
        assertThat(run("migrate", "--ledger", db.toString(), "--to", link.toString(), "--force")).isEqualTo(2);
        // through a linked folder and '..': the text says another file, the file system says the same
        Path sub = Files.createDirectories(dir.resolve("deep/sub"));
        Path linkedSub = Files.createSymbolicLink(dir.resolve("L"), sub);
        Files.move(db, dir.resolve("deep/ledger.db"));
        Path real = dir.resolve("deep/ledger.db");
        assertThat(run("migrate", "--ledger", real.toString(), "--to", linkedSub.resolve("../ledger.db").toString(),
                "--force")).isEqualTo(2);
        Files.move(real, db);
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.list()).hasSize(2);
        }
    }

    @Test
    void aSentEntryIsNotResolvedAsFailedWithoutForce() {
        assertThat(run("resolve", "1", "--as", "failed", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ledger entry #1 (launch@mastodon) is sent (confirmed by the network, "
                + "remote id 101)").contains("add --force").doesNotContain("\n");
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.get(1).orElseThrow().state()).isEqualTo(LedgerState.SENT);
            assertThat(l.events(1)).hasSize(2);
        }
        assertThat(run("resolve", "1", "--as", "sent", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("it is already sent");
    }

    @Test
    void forceOverturnsASentEntryAndSaysItWillBePostedAgain() {
        assertThat(run("resolve", "1", "--as", "failed", "--force", "--note", "deleted by the client",
                "--ledger", db.toString())).isZero();
        assertThat(out.toString()).contains("#1 launch@mastodon resolved as failed (--force: it was sent); the next "
                + "publish run sends it again: a second post");
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.get(1).orElseThrow().state()).isEqualTo(LedgerState.FAILED);
            // no sent time left on a row that is not sent (it showed in list, show and export)
            assertThat(l.get(1).orElseThrow().sentAt()).isNull();
            assertThat(l.get(1).orElseThrow().remoteId()).isNull(); // the next run posts it again: a new remote post
            assertThat(l.get(1).orElseThrow().remoteUrl()).isNull();
            assertThat(l.get(1).orElseThrow().items()).isEmpty();
            assertThat(l.get(1).orElseThrow().error()).isEqualTo("resolved as failed by hand: deleted by the client");
            assertThat(l.events(1)).last().satisfies(e -> assertThat(e.detail())
                    .isEqualTo("resolved by hand as failed (--force, was sent): deleted by the client"));
        }
    }

    @Test
    void aFailedEntryIsNotResolvedWithoutForce() {
        try (Ledger l = Ledger.open(db)) {
            l.markFailed(2, "HTTP 500", false, Instant.parse("2026-03-09T08:36:00Z"), Instant.parse("2026-03-09T08:31:00Z"));
        }
        assertThat(run("resolve", "2", "--as", "sent", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is failed (next retry after 2026-03-09T08:36:00Z)")
                .contains("add --force to record it as sent");
        assertThat(run("resolve", "2", "--as", "failed", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("edito publish --retry-failed");
        assertThat(run("resolve", "2", "--as", "sent", "--force", "--ledger", db.toString())).isZero();
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.get(2).orElseThrow().state()).isEqualTo(LedgerState.SENT);
        }
    }

    @Test
    void exportNeverWritesOverTheLedgerItReads() throws Exception {
        byte[] before = Files.readAllBytes(db);
        assertThat(run("export", "--ledger", db.toString(), "-o", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the files this command reads");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (Ledger l = Ledger.open(db)) {
            assertThat(l.get(2)).isPresent();
        }
    }

    @Test
    void exportTakesTheSharedFormatOptionToo() throws Exception {
        Path json = dir.resolve("ledger.json");
        assertThat(run("export", "--ledger", db.toString(), "--format", "json", "-o", json.toString())).isZero();
        assertThat(Files.readString(json)).startsWith("[").contains("\"post\"");
        // --format csv is what one types for the CSV export; list and show cannot print it
        Path csv = dir.resolve("ledger.csv");
        assertThat(run("export", "--ledger", db.toString(), "--format", "csv", "-o", csv.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith("id,");
        assertThat(run("list", "--ledger", db.toString(), "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--format csv: only ledger export writes CSV");
        // --as and --format that disagree: refused, neither silently wins
        assertThat(run("export", "--ledger", db.toString(), "--as", "json", "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--as json and --format csv disagree: give one");
        assertThat(run("export", "--ledger", db.toString(), "--as", "json", "--format", "json", "-o", json.toString()))
                .isZero();
    }

    @Test
    void migratePrintsJsonWhenAsked() throws Exception {
        Path copy = dir.resolve("copy.db");
        assertThat(run("migrate", "--ledger", db.toString(), "--to", copy.toString(), "--format", "json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("entries").asInt()).isEqualTo(2);
        assertThat(json.get("to").asText()).contains("copy.db");
        assertThat(run("migrate", "--ledger", db.toString(), "--to", dir.resolve("other.db").toString(), "--format",
                "csv")).isEqualTo(2);
        assertThat(dir.resolve("other.db")).doesNotExist();
    }

    @Test
    void exportNeutralisesFormulasInCsv() throws Exception {
        Path csv = dir.resolve("out/ledger.csv");
        assertThat(run("export", "--ledger", db.toString(), "-o", csv.toString())).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("post")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(0).get("url")).isEqualTo("https://m.example/@a/101");
    }

    @Test
    void anEntryIsShownByItsPostToo() throws Exception {
        // "what happened to this post?": by the post's id, and its channel when it went out on several
        try (Ledger l = Ledger.open(db)) {
            l.claim(PublishRequest.simple("launch", "x", "hello", OffsetDateTime.of(2026, 3, 9, 9, 30, 0, 0,
                    ZoneOffset.ofHours(1))), "k3", LeaseOwner.current(), Instant.parse("2026-03-09T08:32:00Z"),
                    Duration.ofMinutes(15), false, false);
        }
        assertThat(run("show", "launch@mastodon", "--ledger", db.toString())).isZero();
        assertThat(out.toString()).contains("post:         launch\nchannel:      mastodon").contains("https://m.example/@a/101");
        assertThat(run("show", "launch", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("launch has 2 ledger entries: #1 launch@mastodon sent, #3 launch@x ")
                .contains("name one (edito ledger show 1 or launch@mastodon)");
        assertThat(run("show", "nothing-here", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no ledger entry for nothing-here in ");
    }

    @Test
    void aPostWhoseIdIsANumberIsNotTakenForAnEntry() throws Exception {
        try (Ledger l = Ledger.open(db)) { // entries #1 and #2 exist; post "2" goes out as entry #3, post "7" as #4
            l.claim(PublishRequest.simple("2", "x", "hello", OffsetDateTime.of(2026, 3, 9, 9, 30, 0, 0,
                    ZoneOffset.ofHours(1))), "k3", LeaseOwner.current(), Instant.parse("2026-03-09T08:32:00Z"),
                    Duration.ofMinutes(15), false, false);
            l.claim(PublishRequest.simple("7", "x", "hi", OffsetDateTime.of(2026, 3, 9, 9, 30, 0, 0,
                    ZoneOffset.ofHours(1))), "k4", LeaseOwner.current(), Instant.parse("2026-03-09T08:32:00Z"),
                    Duration.ofMinutes(15), false, false);
        }
        assertThat(run("show", "7", "--ledger", db.toString())).isZero(); // no entry #7: the post
        assertThat(out.toString()).contains("post:         7\nchannel:      x");
        assertThat(run("show", "2", "--ledger", db.toString())).isEqualTo(2); // entry #2 and post 2: which?
        assertThat(err.toString()).contains("'2' is both ledger entry #2 and post 2; write #2 for the entry or "
                + "2@CHANNEL for the post");
        out.getBuffer().setLength(0);
        assertThat(run("show", "#2", "--ledger", db.toString())).isZero();
        assertThat(out.toString()).contains("id:           2\n").contains("post:         =HYPERLINK");
        out.getBuffer().setLength(0);
        assertThat(run("show", "2@x", "--ledger", db.toString())).isZero();
        assertThat(out.toString()).contains("post:         2\nchannel:      x");
    }

    @Test
    void badInputIsOneClearLineWithExitTwo() {
        assertThat(run("show", "#abc", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no ledger entry for #abc");
        assertThat(run("show", "99", "--ledger", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no ledger entry #99");
        assertThat(run("resolve", "1", "--as", "maybe", "--ledger", db.toString())).isEqualTo(2);
        // a read never creates a ledger: the configured default does not exist
        assertThat(run("show", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("no ledger at " + dir.resolve("configured.db"))
                .contains("or pass --ledger FILE");
        assertThat(dir.resolve("configured.db")).doesNotExist();
        // nor does a list or an export read a mistyped --ledger as an empty ledger
        for (String cmd : new String[] {"list", "export"}) {
            assertThat(run(cmd, "--ledger", dir.resolve("ledgr.db").toString())).as(cmd).isEqualTo(2);
            assertThat(err.toString()).contains("no ledger at " + dir.resolve("ledgr.db") + " (check the --ledger path");
            assertThat(dir.resolve("ledgr.db")).doesNotExist();
        }
    }

    @Test
    void aFileThatIsNotALedgerIsReportedNotACrash() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not sqlite, just text that someone saved under the ledger's name\n".repeat(20));
        assertThat(run("list", "--ledger", junk.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("is not an SQLite database or is damaged");
    }

    @Test
    void anEmptyFileIsRefusedNotListedAsAnEmptyLedger() throws Exception {
        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        assertThat(run("list", "--ledger", empty.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("is empty (0 bytes)").contains("move it aside and restore it from a backup");
        assertThat(out.toString()).doesNotContain("nothing published yet");
    }
}
