package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user review of the calendar commands found wrong (2026-11-25), each pinned by a test. */
class ReviewRegressionTest {
    private static final byte[] PNG_1080 = png(1080, 1080);

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas
                timezone: Europe/Paris
                languages: [fr, ar]
                calendar: calendar/
                charter: charter.yaml
                channels:
                  x: { handle: "@atlas" }
                  instagram: { handle: "atlas" }
                """);
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary:\n  forbidden: [pas cher]\n");
    }

    private void calendar(String yaml) throws IOException {
        Files.writeString(dir.resolve("calendar/dec.yaml"), yaml);
    }

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aChannelListedTwiceIsAnError() throws IOException {
        calendar("""
                posts:
                  - { id: a, at: 2026-12-05 12:00, channels: [x, x], status: approved, text: "Bonjour", translations: { ar: { text: "مرحبا" } } }
                """);
        CliRun v = run("validate", dir.toString());
        assertThat(v.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(v.out() + v.err()).contains("dec.yaml:2:").contains("channel 'x' is listed twice");
    }

    @Test
    void validateReadsTheCharterAndAMissingCharterIsReportedInEditoYaml() throws IOException {
        calendar("posts:\n  - { id: a, at: 2026-12-05 12:00, channels: [x], status: approved, text: Bonjour, "
                + "translations: { ar: { text: مرحبا } } }\n");
        Files.writeString(dir.resolve("charter.yaml"), "vocabulary:\n  forbiden: [pas cher]\n");
        CliRun typo = run("validate", dir.toString());
        assertThat(typo.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(typo.out() + typo.err()).contains("charter.yaml:2:3").contains("forbiden");

        Files.delete(dir.resolve("charter.yaml"));
        CliRun missing = run("validate", dir.toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.out() + missing.err()).contains("edito.yaml:5:10").contains("charter charter.yaml does not exist");
        CliRun check = run("check", dir.toString());
        assertThat(check.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(check.out() + check.err()).contains("edito.yaml:5:10");
    }

    @Test
    void aDuplicateSimilarityThatIsNotANumberInRangeIsAnError() throws IOException {
        calendar("posts:\n  - { id: a, at: 2026-12-05 12:00, channels: [x], status: approved, text: Bonjour, "
                + "translations: { ar: { text: مرحبا } } }\n");
        for (String similarity : new String[] {"NaN", ".nan", "0", "1.5", "Infinity", "abc", "0.9f", "0x1p-1", "9e-1"}) {
            Files.writeString(dir.resolve("charter.yaml"), "duplicates: { days: 7, similarity: " + similarity + " }\n");
            CliRun r = run("check", dir.toString());
            assertThat(r.exit()).as(similarity).isEqualTo(ExitCode.INPUT);
            assertThat(r.out() + r.err()).as(similarity).contains("charter.yaml:1:")
                    .contains("'similarity' must be a number above 0 and at most 1");
        }
        Files.writeString(dir.resolve("charter.yaml"), "duplicates: { days: 7, similarity: 0.8 }\n");
        assertThat(run("check", dir.toString(), "--now", "2026-11-25T09:00:00Z").exit()).isEqualTo(ExitCode.OK); // the post ahead of the clock
    }

    @Test
    void brokenOrMisnamedImagesAndFoldersAreMediaFileFindingsOncePerChannel() throws IOException {
        Files.writeString(dir.resolve("assets/fake.jpg"), "not a jpeg at all");
        Files.write(dir.resolve("assets/ok.png"), PNG_1080);
        Files.write(dir.resolve("assets/photo.heic"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'});
        calendar("""
                posts:
                  - id: a
                    at: 2026-12-05 12:00
                    channels: [instagram]
                    status: approved
                    text: Bonjour
                    media:
                      - { file: assets/fake.jpg, alt: "Une photo de Marrakech au coucher du soleil" }
                      - { file: assets, alt: "Une photo de Marrakech au coucher du soleil" }
                      - { file: assets/ok.png, alt: "Une photo de Marrakech au coucher du soleil" }
                      - { file: assets/photo.heic, alt: "Une photo de Marrakech au coucher du soleil" }
                    translations:
                      ar:
                        text: مرحبا
                        media:
                          - { alt: "صورة مراكش عند غروب الشمس الجميلة" }
                          - { alt: "صورة مراكش عند غروب الشمس الجميلة" }
                          - { alt: "صورة مراكش عند غروب الشمس الجميلة" }
                          - { alt: "صورة مراكش عند غروب الشمس الجميلة" }
                """);
        CliRun r = run("check", dir.toString(), "--format", "json", "--now", "2026-11-25T09:00:00Z");
        assertThat(r.exit()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(r.out()).contains("assets/fake.jpg is not a readable image").contains("assets is a folder, not a media file")
                .doesNotContain("ok.png is not").doesNotContain("photo.heic is not");
        // no media.file finding for them; on Instagram, which publishes JPEG only, each is a media.image_format
        assertThat(r.out()).contains("assets/ok.png is a PNG image: Instagram publishes JPEG images only")
                .contains("assets/photo.heic is an image in a format edito does not read: Instagram publishes JPEG "
                        + "images only")
                .doesNotContain("fake.jpg is an image in a format"); // broken: media.file's alone
        // once for the channel, not once per language
        assertThat(r.out().split("is not a readable image", -1)).hasSize(2);
        assertThat(r.out().split("is a folder, not a media file", -1)).hasSize(2);
    }

    @Test
    void aKeyUnknownInDefaultsIsToldOnce() throws IOException {
        calendar("""
                defaults: { chanels: [x] }
                posts:
                  - { id: a, at: 2026-12-05 12:00, channels: [x], status: approved, text: Bonjour, translations: { ar: { text: مرحبا } } }
                  - { id: b, at: 2026-12-06 12:00, channels: [x], status: approved, text: Salut, translations: { ar: { text: مرحبا } } }
                """);
        CliRun v = run("validate", dir.toString(), "--format", "json");
        assertThat(v.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(v.out().split("chanels", -1)).hasSize(2);
    }

    @Test
    void nowWithoutAnOffsetGetsAOneLineMessage() {
        CliRun r = run("check", dir.toString(), "--now", "2026-12-20");
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("'2026-12-20' is not a time such as 2026-12-01 18:30 (in the brand's time zone), "
                + "2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z")
                .doesNotContain("java.").doesNotContain("Exception");
    }

    @Test
    void outputOntoAFolderOrUnwritablePlaceSaysWhy() throws IOException {
        calendar("posts:\n  - { id: a, at: 2026-12-05 12:00, channels: [x], status: approved, text: Bonjour, "
                + "translations: { ar: { text: مرحبا } } }\n");
        CliRun folder = run("check", dir.toString(), "--format", "json", "--output", dir.resolve("assets").toString());
        assertThat(folder.exit()).isEqualTo(ExitCode.RUNTIME);
        assertThat(folder.err()).isEqualTo("edito: cannot write " + dir.resolve("assets") + ": it is a folder\n");
        Path file = dir.resolve("edito.yaml");
        CliRun under = run("check", dir.toString(), "--format", "json", "--output", file.resolve("x.json").toString());
        assertThat(under.exit()).isEqualTo(ExitCode.RUNTIME);
        assertThat(under.err()).startsWith("edito: cannot write " + file.resolve("x.json") + ": ").doesNotContain("Exception");
    }

    @Test
    void jsonWrittenAsItGoesIsTheSameOnStandardOutputAndInAFile() throws IOException {
        calendar("posts:\n  - { id: a, at: 2026-12-05 12:00, channels: [x], status: approved, text: \"Bonjour **À BIENTÔT** !!!\", "
                + "translations: { ar: { text: مرحبا } } }\n");
        CliRun shown = run("check", dir.toString(), "--format", "json", "--now", "2026-12-01T09:00:00Z");
        Path file = dir.resolve("out.json");
        CliRun written = run("check", dir.toString(), "--format", "json", "--now", "2026-12-01T09:00:00Z", "--output", file.toString());
        assertThat(written.exit()).isEqualTo(shown.exit());
        assertThat(written.out()).isEmpty();
        assertThat(shown.out()).startsWith("{\n  \"findings\" : [ {").contains("\"rule\" : ").endsWith("}\n");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(shown.out())
                .isEqualTo(io.edito.core.Json.pretty(new com.fasterxml.jackson.databind.ObjectMapper().readTree(shown.out())));
    }

    @Test
    void initQuotesAFolderWithSpacesInItsNextStep() {
        CliRun r = run("init", dir.resolve("new cal").toString(), "--brand", "my-brand");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Next: cd '" + dir.resolve("new cal") + "' && git init");
        assertThat(InitCommand.shellQuoted("it's")).isEqualTo("'it'\\''s'");
        assertThat(InitCommand.shellQuoted("plain/dir-1")).isEqualTo("plain/dir-1");
    }

    @Test
    void reportAsOfDecidesWhichPlannedPostsShouldHaveMetrics() throws IOException {
        // regression: the plan side used the clock, so a report as of an earlier day listed later posts as missing
        calendar("""
                posts:
                  - { id: early, at: 2026-12-01 12:00, channels: [instagram], status: published, text: Bonjour, link: "https://www.instagram.com/p/E1/", translations: { ar: { text: مرحبا } } }
                  - { id: later, at: 2026-12-10 12:00, channels: [instagram], status: approved, text: Salut, translations: { ar: { text: مرحبا } } }
                """);
        Path csv = dir.resolve("ig.csv");
        Files.writeString(csv, "network,permalink,published_at,impressions\ninstagram,https://www.instagram.com/p/E1/,2026-12-01 12:02,100\n");
        String config = dir.resolve("edito.yaml").toString();
        CliRun before = run("--config", config, "report", csv.toString(), "--format", "json", "--from", "2026-12-01",
                "--to", "2026-12-15", "--as-of", "2026-12-05");
        assertThat(before.exit()).as(before.err()).isEqualTo(ExitCode.OK);
        assertThat(before.out()).contains("\"matched\" : 1").doesNotContain("\"later\"");
        CliRun after = run("--config", config, "report", csv.toString(), "--format", "json", "--from", "2026-12-01",
                "--to", "2026-12-15", "--as-of", "2026-12-11");
        assertThat(after.out()).contains("\"id\" : \"later\"");
    }

    @Test
    void aTermMatchedAcrossALineBreakIsQuotedOnOneLine() throws IOException {
        calendar("posts:\n  - id: a\n    at: 2026-12-05 12:00\n    channels: [x]\n    status: approved\n    text: |\n"
                + "      Des vols pas\n      cher vers Paris\n    translations: { ar: { text: مرحبا } }\n");
        CliRun r = run("check", dir.toString(), "--now", "2026-11-25T09:00:00Z");
        assertThat(r.out()).contains("forbidden term 'pas cher'").doesNotContain("\uFFFD");
    }

    @Test
    void aDryRunTellsWhatItWouldSendOnOneLine() throws IOException {
        calendar("posts:\n  - { id: a, at: 2026-12-05 12:00, channels: [x], status: approved, text: Bonjour, "
                + "translations: { ar: { text: مرحبا } } }\n");
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("x: { handle: \"@atlas\" }", "x: { handle: \"@atlas\", publish: { type: outbox, dir: outbox/ } }"));
        CliRun r = run("publish", dir.toString(), "--dry-run", "--at", "2026-12-05T12:01:00+01:00");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEqualTo(String.format("%-20s %s%n", "would-send", "a@x") + "1 would-send\n");
    }

    @Test
    void aCropWithAZeroIsAnInputErrorNotACrash() throws IOException {
        // found by fuzzing: crop "00:9" passed the loader and failed the media rule with an exception
        Files.write(dir.resolve("assets/ok.png"), PNG_1080);
        calendar("posts:\n  - { id: a, at: 2026-12-05 12:00, channels: [instagram], status: approved, text: Bonjour, "
                + "media: [ { file: assets/ok.png, alt: \"Une photo de Marrakech au coucher du soleil\", crop: \"00:9\" } ], "
                + "translations: { ar: { text: مرحبا } } }\n");
        CliRun r = run("check", dir.toString(), "--now", "2026-11-25T09:00:00Z");
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.out() + r.err()).contains("crop must be a ratio such as 4:5 or 1.91:1, not '00:9'")
                .doesNotContain("Exception");
    }

    /** A PNG header (signature and IHDR) of the given size: enough for the header reader. */
    private static byte[] png(int w, int h) {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            (byte) (w >>> 24), (byte) (w >>> 16), (byte) (w >>> 8), (byte) w,
            (byte) (h >>> 24), (byte) (h >>> 16), (byte) (h >>> 8), (byte) h, 8, 6, 0, 0, 0};
    }

    @Test
    void aLedgerListOutsideAnyProjectIsAnErrorNotAnEmptyLedger() {
        // the tests run in the repository's folder: no edito.yaml there or above, no .edito/ledger.db
        org.junit.jupiter.api.Assumptions.assumeTrue(io.edito.config.ConfigLoader.find(Path.of("")).isEmpty()
                && !Files.exists(Path.of(".edito", "ledger.db")));
        for (String cmd : new String[] {"list", "export"}) {
            CliRun outside = run("ledger", cmd);
            assertThat(outside.exit()).as(cmd).isEqualTo(ExitCode.INPUT);
            assertThat(outside.err()).as(cmd).contains("no ledger at .edito/ledger.db and no edito.yaml in this folder "
                    + "or above: run in the project's folder, or pass --ledger FILE");
            assertThat(outside.out()).as(cmd).doesNotContain("nothing published yet");
        }
        // in a project that has published nothing: an empty ledger, said as such
        CliRun inside = run("--config", dir.resolve("edito.yaml").toString(), "ledger", "list");
        assertThat(inside.exit()).isZero();
        assertThat(inside.err()).contains("edito: the ledger is empty: nothing published yet");
        assertThat(inside.out()).as("a notice, not a result").isEmpty();
        CliRun quiet = run("--config", dir.resolve("edito.yaml").toString(), "-q", "ledger", "list");
        assertThat(quiet.err() + quiet.out()).isEmpty();
    }
}
