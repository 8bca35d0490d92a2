package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.ExitCode;
import io.edito.testing.TwoBrandProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency's project: two brands each with a channel called {@code facebook}, two accounts. A run that had both
 * brands' posts due sent the second brand's post through the first brand's account (its publisher was kept by
 * channel id alone).
 */
class PublishBrandsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), TwoBrandProject.config(
                "      facebook: { handle: \"riad.mogador\", publish: { type: outbox, dir: outbox-riad/ } }",
                "      facebook: { handle: \"maison.qc\", publish: { type: outbox, dir: outbox-maison/ } }"));
        // both due at 09:00 UTC: 10:00 in Casablanca, 04:00 in Montreal
        post("riad", "riad-1", "2026-12-01T10:00", "Bienvenue au riad");
        post("maison", "maison-1", "2026-12-01T04:00", "Bienvenue à la maison");
    }

    private void post(String brand, String id, String at, String text) throws IOException {
        Files.createDirectories(dir.resolve(brand));
        Files.writeString(dir.resolve(brand + "/calendar.yaml"), """
                posts:
                  - id: %s
                    at: %s
                    status: approved
                    channels: [facebook]
                    text: "%s"
                """.formatted(id, at, text));
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = dir.toString();
        all[args.length + 1] = "--at=2026-12-01T09:30:00Z";
        return CliRun.of(all);
    }

    /**
     * {@code --at} written as the calendar writes times: local, read in the brand's zone (or --tz); brands in two
     * zones need one named, or an offset: never a guess.
     */
    @Test
    void aLocalAtIsReadInTheZoneOfTheBrandsOrTz() {
        CliRun both = CliRun.of("due", dir.toString(), "--at", "2026-12-01 10:30");
        assertThat(both.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(both.err()).contains("--at '2026-12-01 10:30' is a local time, but the brands are in several "
                + "time zones or none: name one with --tz (or --brand)").doesNotContain("Exception");

        CliRun riad = CliRun.of("publish", dir.toString(), "--brand", "riad", "--at", "2026-12-01 10:30", "--dry-run");
        assertThat(riad.exit()).as(riad.err()).isEqualTo(ExitCode.OK);
        assertThat(riad.out()).contains("riad-1@facebook").doesNotContain("maison-1");
        CliRun early = CliRun.of("due", dir.toString(), "--brand", "riad", "--at", "2026-12-01 09:59");
        assertThat(early.err()).as("09:59 in Casablanca is before riad-1's 10:00")
                .contains("nothing due at 2026-12-01T09:59:00+01:00");

        CliRun montreal = CliRun.of("due", dir.toString(), "--tz", "America/Montreal", "--at", "2026-12-01 04:30",
                "--format", "json");
        assertThat(montreal.exit()).as(montreal.err()).isEqualTo(ExitCode.OK);
        assertThat(montreal.out()).as("--tz reads the calendar's times there too: riad-1 at 10:00 in Montreal")
                .contains("maison-1").doesNotContain("riad-1");
        CliRun nothing = CliRun.of("due", dir.toString(), "--tz", "America/Montreal", "--at", "2026-12-01 03:00");
        assertThat(nothing.err()).as("shown in the zone asked for").contains("nothing due at 2026-12-01T03:00:00-05:00");

        CliRun zoned = CliRun.of("due", dir.toString(), "--at", "2026-12-01 04:30[America/Montreal]", "--format", "json");
        assertThat(zoned.exit()).as(zoned.err()).isEqualTo(ExitCode.OK);
        assertThat(zoned.out()).contains("riad-1").contains("maison-1");
    }

    @Test
    void eachBrandsPostGoesToItsOwnAccount() throws IOException {
        CliRun r = run("publish");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("riad-1@facebook").contains("maison-1@facebook").contains("2 sent");
        assertThat(dir.resolve("outbox-riad/riad-1--facebook.json")).exists();
        assertThat(dir.resolve("outbox-maison/maison-1--facebook.json")).exists();
        assertThat(dir.resolve("outbox-maison/riad-1--facebook.json")).doesNotExist();
        assertThat(dir.resolve("outbox-riad/maison-1--facebook.json")).doesNotExist();
        assertThat(Files.readString(dir.resolve("outbox-riad/riad-1--facebook.json"))).contains("Bienvenue au riad")
                .containsPattern("\"brand\" ?: ?\"riad\"");
        CliRun again = run("publish");
        assertThat(again.exit()).as(again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).doesNotContain("sent ");
    }

    @Test
    void aCronRunTellsACalendarWarningOnlyWithThePostItIsAbout() throws IOException {
        // 01:30 happens twice in Montreal on 7 November 2027: every run every five minutes mailed it (review)
        Files.writeString(dir.resolve("maison/later.yaml"), """
                posts:
                  - id: maison-overlap
                    at: 2027-11-07T01:30
                    status: approved
                    channels: [facebook]
                    text: "Une heure de plus"
                """);
        CliRun now = run("publish");
        assertThat(now.exit()).as(now.err()).isEqualTo(ExitCode.OK);
        assertThat(now.out()).contains("2 sent");
        assertThat(now.err()).doesNotContain("happens twice");
        CliRun nothing = run("publish");
        assertThat(nothing.err()).isEmpty();
        assertThat(CliRun.of("publish", dir.toString(), "--dry-run", "--at=2026-12-01T09:30:00Z").err())
                .contains("later.yaml:3:9: warning: 2027-11-07 01:30 happens twice in America/Montreal");
        CliRun then = CliRun.of("publish", dir.toString(), "--at=2027-11-07T05:35:00Z"); // 01:35 EDT, the first
        assertThat(then.out()).contains("maison-overlap@facebook");
        assertThat(then.err()).contains("later.yaml:3:9: warning: 2027-11-07 01:30 happens twice in America/Montreal");
    }

    @Test
    void anErrorInsideAPostLeavesThatPostOutAndTheOthersGoOn() throws IOException {
        // a draft for next spring at a time Montreal's clocks jump over stopped every brand's cron line (review)
        Files.writeString(dir.resolve("maison/spring.yaml"), """
                posts:
                  - id: maison-gap
                    at: 2027-03-14T02:30
                    status: draft
                    channels: [facebook]
                    text: "Printemps"
                """);
        // due lists what publish would send, read the same way (it listed nothing and exit 2, while publish sent)
        CliRun dueRiad = run("due", "--brand", "riad");
        assertThat(dueRiad.exit()).as(dueRiad.err()).isEqualTo(ExitCode.OK);
        assertThat(dueRiad.err()).doesNotContain("maison-gap").doesNotContain("error");
        assertThat(dueRiad.out()).contains("riad-1 @ facebook");
        CliRun dueAll = run("due");
        assertThat(dueAll.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(dueAll.out()).contains("riad-1 @ facebook").contains("maison-1 @ facebook");
        assertThat(dueAll.err()).contains("spring.yaml:3:9: error: 2027-03-14 02:30 does not exist in America/Montreal")
                .contains("edito: 1 error in the calendar: post maison-gap left out of this run (run 'edito validate')");
        CliRun riad = run("publish", "--brand", "riad"); // another brand's error is not this cron line's
        assertThat(riad.exit()).as(riad.err()).isEqualTo(ExitCode.OK);
        assertThat(riad.err()).isEmpty();
        assertThat(riad.out()).contains("riad-1@facebook");
        CliRun all = run("publish");
        assertThat(all.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(all.out()).contains("maison-1@facebook");
        assertThat(all.err()).contains("spring.yaml:3:9: error: 2027-03-14 02:30 does not exist in America/Montreal")
                .contains("edito: 1 error in the calendar: post maison-gap left out of this run (run 'edito validate')");
        assertThat(dir.resolve("outbox-maison/maison-1--facebook.json")).exists();
        // a post named with --post that is left out for its errors: nothing is sent, never every post
        CliRun named = run("publish", "--post", "maison-gap");
        assertThat(named.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(named.err()).contains("post maison-gap left out").doesNotContain("Exception");
        assertThat(named.out()).doesNotContain("sent");
        // an error outside any post: what it breaks cannot be told, nothing is sent
        Files.writeString(dir.resolve("maison/broken.yaml"), "posts: [\n");
        Files.writeString(dir.resolve("riad/more.yaml"), """
                posts:
                  - id: riad-2
                    at: 2026-12-01T10:10
                    status: approved
                    channels: [facebook]
                    text: "Encore"
                """);
        CliRun broken = run("publish", "--brand", "riad");
        assertThat(broken.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(broken.err()).contains("broken.yaml");
        CliRun brokenDue = run("due", "--brand", "riad");
        assertThat(brokenDue.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(brokenDue.err()).contains("broken.yaml");
        assertThat(brokenDue.out()).isEmpty();
        assertThat(dir.resolve("outbox-riad/riad-2--facebook.json")).doesNotExist();
    }

    @Test
    void anErrorThatIsNoOnePostsStopsTheRunWhereverItIsWritten() throws IOException {
        // an entry without an id had its error pinned on the post before it; a defaults: after posts: on the last post
        // only, the others going out with the bad default (regression review)
        Files.writeString(dir.resolve("maison/calendar.yaml"), """
                posts:
                  - id: maison-1
                    at: 2026-12-01T04:00
                    status: approved
                    channels: [facebook]
                    text: "Bienvenue"
                  - at: 2026-12-01T04:05
                    status: approved
                    channels: [facebook]
                    text: "Sans id"
                """);
        CliRun noId = run("publish");
        assertThat(noId.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noId.out()).doesNotContain("sent");
        assertThat(dir.resolve("outbox-riad/riad-1--facebook.json")).doesNotExist();
        Files.writeString(dir.resolve("maison/calendar.yaml"), """
                posts:
                  - id: maison-1
                    at: 2026-12-01T04:00
                    status: approved
                    channels: [facebook]
                    text: "Bienvenue"
                  - id: maison-2
                    at: 2026-12-01T04:05
                    status: approved
                    channels: [facebook]
                    text: "Encore"
                defaults: { visibility: followers }
                """);
        CliRun defaults = run("publish");
        assertThat(defaults.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(defaults.err()).contains("unknown visibility 'followers'");
        assertThat(dir.resolve("outbox-maison/maison-1--facebook.json")).doesNotExist();
    }

    @Test
    void aHeldBackPostsWarningIsNotToldOnEveryRun() throws IOException {
        // a post held back is reported once; a warning about it came back on every cron run (regression review)
        Files.writeString(dir.resolve("maison/calendar.yaml"), """
                posts:
                  - id: maison-1
                    at: 2026-11-01T01:30
                    status: approved
                    visibility: private
                    channels: [facebook]
                    text: "Une heure de plus"
                """);
        CliRun first = CliRun.of("publish", dir.toString(), "--brand", "maison", "--at=2026-11-01T05:35:00Z");
        assertThat(first.exit()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(first.err()).contains("held back maison-1 @ facebook");
        CliRun again = CliRun.of("publish", dir.toString(), "--brand", "maison", "--at=2026-11-01T05:40:00Z");
        assertThat(again.err()).doesNotContain("happens twice").doesNotContain("held back");
    }

    @Test
    void brandSelectsOneBrandsPairsForDueAndPublish() {
        CliRun due = run("due", "--brand", "maison");
        assertThat(due.exit()).as(due.err()).isEqualTo(ExitCode.OK);
        assertThat(due.out()).contains("maison-1 @ facebook").doesNotContain("riad-1");
        CliRun riad = run("publish", "--brand", "riad");
        assertThat(riad.exit()).as(riad.err()).isEqualTo(ExitCode.OK);
        assertThat(riad.out()).contains("riad-1@facebook").doesNotContain("maison-1");
        assertThat(dir.resolve("outbox-riad/riad-1--facebook.json")).exists();
        assertThat(dir.resolve("outbox-maison")).doesNotExist();
        CliRun maison = run("publish", "--brand", "maison");
        assertThat(maison.out()).contains("maison-1@facebook").doesNotContain("riad-1");
        assertThat(dir.resolve("outbox-maison/maison-1--facebook.json")).exists();
        CliRun nothing = run("due", "--brand", "riad");
        assertThat(nothing.exit()).isEqualTo(ExitCode.OK);
        assertThat(nothing.out()).isEmpty();
        assertThat(nothing.err()).contains("nothing due at 2026-12-01T10:30:00+01:00");
    }

    @Test
    void aBrandOrPairTheProjectDoesNotHaveIsRefused() {
        CliRun typo = run("publish", "--brand", "riyad");
        assertThat(typo.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(typo.err()).contains("--brand: unknown brand 'riyad' (did you mean 'riad'?)");
        CliRun dueTypo = run("due", "--brand", "maisn");
        assertThat(dueTypo.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(dueTypo.err()).contains("--brand: unknown brand 'maisn' (did you mean 'maison'?)");
        CliRun other = run("publish", "--brand", "riad", "--post", "maison-1");
        assertThat(other.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(other.err()).contains("--post maison-1 is brand maison's, not riad's");
        CliRun noAccount = run("publish", "--brand", "riad", "--channel", "x");
        assertThat(noAccount.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noAccount.err()).contains("brand riad has no account 'x'");
        assertThat(dir.resolve("outbox-riad")).doesNotExist();
        assertThat(dir.resolve("outbox-maison")).doesNotExist();
    }

    /**
     * Two brands' {@code x} channels that log in, reading one credentials file: a login is saved there by channel id,
     * so both would post as whichever logged in last (review: riad's post went out with maison's token).
     */
    @Test
    void twoBrandsChannelsOfOneIdNeedACredentialsFileEach() throws IOException {
        String shared = TwoBrandProject.config(
                "      x: { handle: \"@riadmogador\", publish: { type: x, client_id_env: RIAD_X_ID%s } }",
                "      x: { handle: \"@maisonqc\", publish: { type: x, client_id_env: MAISON_X_ID%s } }");
        Files.writeString(dir.resolve("edito.yaml"), shared.formatted("", ""));
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(validate.out() + validate.err()).contains("edito.yaml:13:")
                .contains("channel 'x' of brand 'maison' and of brand 'riad' read one credentials file")
                .contains("give each its own credentials_file");
        CliRun login = CliRun.of("--config", dir.resolve("edito.yaml").toString(), "login", "x", "--brand", "riad");
        assertThat(login.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(login.err()).contains("channel 'x' of brand 'riad' and of brand 'maison' read one credentials file");
        Files.writeString(dir.resolve("riad/calendar.yaml"),
                Files.readString(dir.resolve("riad/calendar.yaml")).replace("[facebook]", "[x]"));
        Files.writeString(dir.resolve("maison/calendar.yaml"),
                Files.readString(dir.resolve("maison/calendar.yaml")).replace("[facebook]", "[x]"));
        CliRun publish = run("publish", "--brand", "riad", "--dry-run");
        assertThat(publish.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(publish.err()).contains("read one credentials file");
        // each with its own file: nothing shared
        Files.writeString(dir.resolve("edito.yaml"), shared.formatted(", credentials_file: ../riad.credentials",
                ", credentials_file: ../maison.credentials"));
        CliRun own = CliRun.of("validate", dir.toString());
        assertThat(own.out() + own.err()).doesNotContain("credentials file");
    }
}
