package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.PgServer;
import io.edito.publish.ledger.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * edito's command line with the ledger in PostgreSQL, configured as docs/publishing.md says: publish, due and
 * ledger on it; ledger migrate there and back; a server that cannot be reached; a password in the URL.
 */
class PostgresLedgerCliTest {
    static final String AT = "2026-12-01T18:35:00+01:00";
    @TempDir
    Path dir;

    private Path project(String ledgerLine) throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                publishing:
                %s
                channels:
                  threads: { handle: "atlas.air", publish: { type: outbox, dir: outbox/ } }
                  x: { handle: "@atlasair", publish: { type: outbox, dir: outbox-x/ } }
                """.formatted(ledgerLine.indent(2).stripTrailing()));
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                defaults: { status: approved }
                posts:
                  - id: soldes
                    at: 2026-12-01 18:30
                    channels: [threads, x]
                    text: "Soldes d'hiver https://atlas.example/soldes"
                  - id: late
                    at: 2026-12-01 08:00
                    channels: [threads]
                    text: "Bonjour"
                """);
        return dir.resolve("edito.yaml");
    }

    @Test
    void publishDueAndLedgerWorkOnAPostgresLedgerAndMigrateCopiesItThereAndBackUnchanged() throws IOException {
        String url = PgServer.shared().newDatabase();
        Path cfg = project("ledger: \"" + url + "\"\nledger_password_env: EDITO_PG_PASSWORD");
        // nothing published to the database yet: said as such (it suggested --ledger FILE)
        CliRun none = CliRun.of("--config", cfg.toString(), "ledger", "show", "1");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("the database holds no edito ledger yet").doesNotContain("--ledger FILE");

        CliRun first = CliRun.of("publish", dir.toString(), "--at", AT);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("missed late @ threads");
        assertThat(Files.list(dir.resolve("outbox")).count()).isOne();
        CliRun again = CliRun.of("publish", dir.toString(), "--at", AT);
        assertThat(again.exit()).isZero();
        assertThat(again.out() + again.err()).as("sent once, the missed notice told once").isEmpty();
        assertThat(CliRun.of("due", dir.toString(), "--at", AT).out()).doesNotContain("soldes");
        CliRun list = CliRun.of("--config", cfg.toString(), "ledger", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("sent     soldes@threads").contains("sent     soldes@x");
        String export = CliRun.of("--config", cfg.toString(), "ledger", "export", "--as", "json").out();
        String history = CliRun.of("--config", cfg.toString(), "ledger", "show", "1", "--format", "json").out();

        // there: into an SQLite file; a non-empty target is refused without --force
        Path back = dir.resolve("back.db");
        CliRun toFile = CliRun.of("--config", cfg.toString(), "ledger", "migrate", "--to", back.toString());
        assertThat(toFile.exit()).as(toFile.err()).isZero();
        assertThat(toFile.out()).isEqualTo("copied 2 entries, 4 events and 1 notices from " + url + " to " + back
                + "\n");
        CliRun refused = CliRun.of("--config", cfg.toString(), "ledger", "migrate", "--to", back.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("edito: ledger " + back + " is not empty (2 entries, 1 notices); add "
                + "--force to replace its content with that of " + url + "\n");
        assertThat(CliRun.of("--config", cfg.toString(), "ledger", "migrate", "--to", back.toString(), "--force")
                .exit()).isZero();

        // and back: from the file into another database, then compared with the first, entry by entry
        String url2 = PgServer.shared().newDatabase();
        CliRun toPg = CliRun.of("ledger", "migrate", "--ledger", back.toString(), "--to", url2, "--password-env",
                "EDITO_PG_PASSWORD");
        assertThat(toPg.exit()).as(toPg.err()).isZero();
        Path cfg2 = dir.resolve("second.yaml");
        Files.writeString(cfg2, Files.readString(cfg).replace(url, url2));
        assertThat(CliRun.of("--config", cfg2.toString(), "ledger", "export", "--as", "json").out())
                .isEqualTo(export);
        assertThat(CliRun.of("ledger", "export", "--ledger", back.toString(), "--as", "json").out())
                .isEqualTo(export);
        assertThat(CliRun.of("--config", cfg2.toString(), "ledger", "show", "1", "--format", "json").out())
                .isEqualTo(history);
        try (Ledger a = PgServer.open(url); Ledger b = PgServer.open(url2)) {
            assertThat(b.notices()).isEqualTo(a.notices()).hasSize(1);
        }
        // the copy goes on where the original stopped: the next entry gets the next id, nothing is sent again
        Files.writeString(cfg, Files.readString(cfg2));
        Files.writeString(dir.resolve("calendar/d.yaml"), """
                defaults: { status: approved }
                posts:
                  - id: suite
                    at: 2026-12-01 18:32
                    channels: [threads]
                    text: "La suite"
                """);
        CliRun third = CliRun.of("publish", dir.toString(), "--at", AT, "--format", "json");
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(third.out()).contains("\"status\" : \"sent\"").contains("\"post\" : \"suite\"")
                .contains("\"ledger_id\" : 3").doesNotContain("\"post\" : \"soldes\"");
    }

    @Test
    void aServerThatCannotBeReachedIsOneLineWithExit3AndAPasswordInTheUrlIsRefusedWithExit2() throws IOException {
        project("ledger: \"postgresql://edito@127.0.0.1:1/edito?connectTimeout=2\"");
        for (String cmd : new String[] {"publish", "due"}) {
            CliRun r = CliRun.of(cmd, dir.toString(), "--at", AT);
            assertThat(r.exit()).as(cmd).isEqualTo(3);
            assertThat(r.err()).as(cmd).contains("edito: cannot open ledger postgresql://edito@127.0.0.1:1/edito"
                    + "?connectTimeout=2: the database connection failed: ").doesNotContain("\tat ")
                    .doesNotContain("Exception");
            assertThat(r.err().lines().filter(l -> l.startsWith("edito: cannot")).count()).isOne();
        }
        project("ledger: \"postgresql://edito:s3cret-in-url@db.internal/edito\"");
        CliRun r = CliRun.of("publish", dir.toString(), "--at", AT);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("edito.yaml:6:").contains("publishing.ledger: the URL holds a password")
                .doesNotContain("s3cret-in-url");
    }

    @Test
    void ledgerReadsTheLedgerThatEditoYamlNames() throws IOException {
        // before: `edito ledger` looked for .edito/ledger.db in the working folder whatever edito.yaml said
        Path cfg = project("ledger: state/publishing.db");
        CliRun published = CliRun.of("publish", dir.toString(), "--at", AT);
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(dir.resolve("state/publishing.db")).exists();
        CliRun list = CliRun.of("--config", cfg.toString(), "ledger", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("soldes@threads").contains("soldes@x");
    }
}
