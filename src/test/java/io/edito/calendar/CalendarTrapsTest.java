package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each YAML trap of docs/calendar.md gives the right message at the right file:line:column. */
class CalendarTrapsTest {
    @TempDir
    Path dir;
    Path cal;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Europe/Paris
                languages: [fr, ar, en, "no"]
                calendar: calendar/
                channels:
                  x: { handle: "@atlasair" }
                  instagram: { handle: "atlas.air" }
                """);
        cal = Files.createDirectories(dir.resolve("calendar"));
    }

    private CliRun validate(String yaml) throws IOException {
        Files.writeString(cal.resolve("c.yaml"), yaml);
        return CliRun.of("validate", dir.toString());
    }

    private String at(int line, int col) {
        return cal.resolve("c.yaml") + ":" + line + ":" + col + ": ";
    }

    @Test
    void langNoStaysAString() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: norsk
                    at: 2026-12-01 18:30
                    channels: [x]
                    lang: no
                    text: Hei
                """);
        assertThat(r.exit()).isZero();
        CliRun json = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(json.out()).contains("\"lang\" : \"no\"");
    }

    @Test
    void numericLookingIdStaysAString() throws IOException {
        validate("""
                posts:
                  - id: 012
                    at: 2026-12-01 18:30
                    channels: [x]
                    text: x
                """);
        CliRun json = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"id\" : \"012\"");
    }

    @Test
    void timeAloneIsNotATime() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: a
                    at: 18:30
                    channels: [x]
                    text: x
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(at(3, 9) + "error: 'at' must be a date and time");
    }

    @Test
    void unknownKeySuggestsTheRightOne() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    chanels: [x]
                    text: x
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(at(4, 5) + "error: unknown key 'chanels' in post (did you mean 'channels'?)");
    }

    @Test
    void duplicateKeyIsAnErrorToldWithTheFilesOthers() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    channels: [x]
                    text: x
                    text: y
                    paid: yes
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(at(6, 5) + "error: duplicate key 'text' (first at line 5); the first value is read")
                // the rest of the file is read: its other problems are told in the same run, its post counted
                .contains(at(7, 11) + "error: 'paid' must be true or false").contains("1 post in 1 file: 2 errors");
    }

    @Test
    void duplicateIdAcrossFilesNamesBothPlaces() throws IOException {
        Files.writeString(cal.resolve("b.yaml"), """
                posts:
                  - id: same
                    at: 2026-12-01 18:30
                    channels: [x]
                    text: x
                """);
        CliRun r = validate("""
                posts:
                  - id: other
                    at: 2026-12-02 18:30
                    channels: [x]
                    text: x
                  - id: same
                    at: 2026-12-03 18:30
                    channels: [x]
                    text: y
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(at(6, 9) + "error: duplicate post id 'same' (also at "
                + cal.resolve("b.yaml") + ":2:9)");
    }

    @Test
    void dstGapIsAnError() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: gap
                    at: 2026-03-29 02:30
                    channels: [x]
                    text: x
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(at(3, 9) + "error: 2026-03-29 02:30 does not exist in Europe/Paris");
    }

    @Test
    void dstOverlapIsAWarningThatSaysWhichOffset() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: overlap
                    at: 2026-10-25 02:30
                    channels: [x]
                    text: x
                """);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(at(3, 9) + "warning: 2026-10-25 02:30 happens twice in Europe/Paris")
                .contains("edito uses the first (+02:00)");
    }

    @Test
    void theTwoTimesOfTheHourClocksGoBackAreToldApartByTheirOffset() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: first
                    at: 2026-10-25T02:30+02:00
                    channels: [x]
                    text: x
                  - id: between
                    at: 2026-10-25T02:45+02:00
                    channels: [x]
                    text: y
                  - id: second
                    at: 2026-10-25T02:30+01:00
                    channels: [x]
                    text: z
                  - id: later
                    at: 2026-10-25 10:00
                    status: approved
                    channels: [x]
                    text: w
                """);
        assertThat(r.exit()).as(r.out()).isZero();
        // agenda in the brand's zone: both were "02:30", the second listed after 02:45 (review)
        assertThat(CliRun.of("agenda", dir.toString(), "--from", "2026-10-25", "--to", "2026-10-25").out())
                .containsSubsequence("02:30 (+02:00)", "02:45 (+02:00)", "02:30 (+01:00)", "10:00           approved");
        assertThat(CliRun.of("agenda", dir.toString(), "--format", "markdown").out())
                .contains("Sun 25 Oct 02:30 (+01:00)");
        assertThat(CliRun.of("agenda", dir.toString(), "--from", "2026-10-26").out()).doesNotContain("(+0");
        // an offset a zone never has at that time: a time the clocks jump over is said to be one
        CliRun gap = validate("""
                posts:
                  - id: gap
                    at: 2026-03-29T02:30-05:00[Europe/Paris]
                    channels: [x]
                    text: x
                """);
        assertThat(gap.out()).contains("offset -05:00 is not in force in Europe/Paris at 2026-03-29 02:30 (that time "
                + "does not exist there: clocks jump over it)");
        assertThat(validate("""
                posts:
                  - id: overlap
                    at: 2026-10-25T02:30-05:00[Europe/Paris]
                    channels: [x]
                    text: x
                """).out()).contains("(valid: +02:00 or +01:00)");
        // UTC's offset as written, not Java's Z (Casablanca is at +00:00 during Ramadan only)
        assertThat(validate("""
                posts:
                  - id: summer
                    at: 2027-06-01T10:00+00:00[Africa/Casablanca]
                    channels: [x]
                    text: x
                """).out()).contains("offset +00:00 is not in force in Africa/Casablanca at 2027-06-01 10:00 (valid: +01:00)");
        assertThat(validate("""
                posts:
                  - id: ramadan
                    at: 2027-02-07T02:30+02:00[Africa/Casablanca]
                    channels: [x]
                    text: x
                """).out()).contains("(valid: +01:00 or +00:00)");
    }

    @Test
    void anAltTextPastThePostsLastImageIsToldWhereItIsWritten() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: p
                    at: 2026-12-01 18:30
                    channels: [x]
                    text: x
                    media: [ { file: a.png, alt: "Un" } ]
                    translations:
                      en:
                        text: y
                        media: [ { alt: "One" }, { alt: "Two" } ]
                """);
        assertThat(r.out()).contains(at(10, 34) + "warning: media entry 2 gives an alt text, but the post has one "
                + "image: it describes nothing");
    }

    @Test
    void partnerTrueNamesNoPartner() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: p
                    at: 2026-12-01 18:30
                    channels: [x]
                    partner: true
                    text: x
                """);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(at(5, 14) + "error: partner: names the partner (partner: \"Riad Mogador\"), not "
                + "true; a post the brand pays to promote says paid: true");
    }

    /** An hour of one digit with seconds is read (it was "not a valid date and time", while 8:05 was read). */
    @Test
    void anHourOfOneDigitWithSeconds() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 8:05:30
                    channels: [instagram]
                    text: x
                """);
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(CliRun.of("agenda", dir.toString(), "--format", "json").out()).contains("2026-12-01T08:05:30");
    }

    /** A status in capitals is read (the post is approved) and told: the calendar's JSON Schema refuses it. */
    @Test
    void aStatusInCapitalsIsReadAndTold() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    channels: [instagram]
                    status: Approved
                    text: x
                """);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(at(5, 13) + "warning: status 'Approved' read as 'approved': write it in lower "
                + "case").contains("0 errors, 1 warning");
        CliRun lower = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    channels: [instagram]
                    status: approved
                    text: x
                """);
        assertThat(lower.out()).doesNotContain("status").contains("0 errors, 0 warnings");
    }

    @Test
    void unknownChannelAndStatusAreSuggested() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    channels: [instagrm]
                    status: aproved
                    text: x
                """);
        assertThat(r.out()).contains("channel 'instagrm' is not an account of brand 'atlas-air' in edito.yaml "
                + "(did you mean 'instagram'?)").contains("unknown status 'aproved'").contains("did you mean 'approved'");
        // the network's other name: twitter is x
        CliRun twitter = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    channels: [twitter]
                    text: x
                """);
        assertThat(twitter.out()).contains("channel 'twitter' is not an account of brand 'atlas-air' in edito.yaml "
                + "(did you mean 'x'?)");
        // nothing near: the brand's channels, to write one of them (it said nothing to write instead)
        CliRun far = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    channels: [pinterest]
                    text: x
                    translations:
                      arr: { text: "مرحبا" }
                """);
        assertThat(far.out()).containsPattern("channel 'pinterest' is not an account of brand 'atlas-air' in edito.yaml "
                + "\\(its channels: [a-z, -]+\\)");
        // a language typed wrong is told what it was meant to be
        assertThat(far.out()).contains("language 'arr' is not among the brand's languages").contains("(did you mean 'ar'?)");
        // at the channel itself in the list, not at its '['
        CliRun second = validate("""
                posts:
                  - id: a
                    at: 2026-12-01 18:30
                    channels: [x, instagrm]
                    text: x
                """);
        assertThat(second.out()).contains(cal.resolve("c.yaml") + ":4:19: error: channel 'instagrm' is not an account");
    }

    @Test
    void syntaxErrorIsOneLineWithPosition() throws IOException {
        CliRun r = validate("posts:\n  - id: a\n    text: \"unclosed\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(cal.resolve("c.yaml") + ":").contains("invalid YAML");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anOffsetOutOfRangeIsAnErrorNotACrash() throws IOException {
        // regression: +25:00 matched the pattern and ZoneOffset.of threw (internal error, exit 3)
        for (String offset : new String[] {"+25:00", "-19", "+01:99"}) {
            CliRun r = validate("posts:\n  - id: a\n    at: \"2026-12-01T18:30" + offset + "\"\n    channels: [x]\n"
                    + "    text: x\n");
            assertThat(r.exit()).as(offset).isEqualTo(2);
            assertThat(r.out()).contains(at(3, 9) + "error: '" + offset + "' is not a UTC offset (from -18:00 to +18:00)");
        }
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        CliRun r = validate("""
                posts:
                  - id: a
                    at: 18:30
                    channels: [x]
                    text: x
                  - id: b
                    at: 2026-12-01 18:30
                    chanels: [x]
                    text: x
                """);
        assertThat(r.out()).contains("'at' must be").contains("unknown key 'chanels'").contains("missing 'channels'");
    }

    @Test
    void casablancaRamadanOffsetComesFromTheTzDatabase() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("Europe/Paris", "Africa/Casablanca"));
        validate("""
                posts:
                  - id: before-ramadan
                    at: 2026-01-15 12:00
                    channels: [x]
                    text: x
                  - id: during-ramadan
                    at: 2026-03-01 12:00
                    channels: [x]
                    text: x
                """);
        CliRun json = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(json.out()).contains("\"at\" : \"2026-01-15T12:00:00+01:00\"")
                .contains("\"at\" : \"2026-03-01T12:00:00Z\"");
    }

    @Test
    void missingAndEmptyFilesAndFoldersAreClearErrors() throws IOException {
        CliRun missing = CliRun.of("validate", dir.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml: no such file or folder");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun emptyDir = CliRun.of("validate", empty.toString(), "--tz", "UTC");
        assertThat(emptyDir.exit()).isEqualTo(2);
        assertThat(emptyDir.out()).contains("folder holds no calendar file");
    }

    @Test
    void loneFileWithTzNeedsNoProject() throws IOException {
        Path lone = Files.createTempDirectory("lone").resolve("posts.yaml");
        Files.writeString(lone, """
                posts:
                  - id: lone
                    at: 2026-12-01 18:30
                    channels: [mastodon]
                    text: x
                """);
        CliRun noTz = CliRun.of("validate", lone.toString());
        assertThat(noTz.exit()).isEqualTo(2);
        assertThat(noTz.out()).contains("no time zone is known");
        CliRun withTz = CliRun.of("agenda", lone.toString(), "--tz", "Asia/Tokyo", "--format", "json");
        assertThat(withTz.exit()).isZero();
        assertThat(withTz.out()).contains("2026-12-01T18:30:00+09:00");
    }
}
