package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file a command writes (-o, --html) is never one of the files it reads: a slip of the hand loses no data. */
class OutputOverInputTest {
    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path p = dir.resolve("brand");
        Files.createDirectories(p.resolve("calendar"));
        for (String f : new String[] {"edito.yaml", "charter.yaml", "calendar/2026-12.yaml", "calendar/2027-01.yaml"}) {
            Files.copy(Path.of("examples/atlas-air").resolve(f), p.resolve(f));
        }
        return p;
    }

    private static void assertRefused(CliRun run, Path file, String before) throws Exception {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("the files this command reads").doesNotContain("Exception");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void checkRefusesToWriteOverACalendarFileTheConfigOrTheCharter() throws Exception {
        Path p = project();
        for (String f : new String[] {"calendar/2026-12.yaml", "edito.yaml", "charter.yaml"}) {
            Path target = p.resolve(f);
            String before = Files.readString(target);
            assertRefused(CliRun.of("check", p.toString(), "--format", "sarif", "-o", target.toString()), target, before);
        }
    }

    @Test
    void theProjectsCharterIsRefusedByCommandsThatDoNotReadIt() throws Exception {
        // agenda and report do not read the charter: -o charter.yaml replaced it with an iCalendar feed, exit 0
        Path p = project();
        Path charter = p.resolve("charter.yaml");
        String before = Files.readString(charter);
        assertRefused(CliRun.of("agenda", p.toString(), "--format", "ics", "-o", charter.toString()), charter, before);
        Path export = dir.resolve("x.csv");
        Files.copy(Path.of("examples/atlas-air/metrics/other-networks.csv"), export);
        assertRefused(CliRun.of("report", export.toString(), "--config", p.resolve("edito.yaml").toString(), "-o",
                charter.toString()), charter, before);
    }

    @Test
    void aCalendarFileACommandDoesNotReadIsRefusedToo() throws Exception {
        // ledger export reads no calendar: -o calendar/2026-12.yaml replaced a month of posts with CSV, exit 0
        Path p = project();
        Path month = p.resolve("calendar/2026-12.yaml");
        String before = Files.readString(month);
        CliRun run = CliRun.of("ledger", "--config", p.resolve("edito.yaml").toString(), "export", "-o", month.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("is a YAML file in the calendar folder").doesNotContain("Exception");
        assertThat(Files.readString(month)).isEqualTo(before);
        // a new YAML file there would be read as a calendar at the next check
        Path added = p.resolve("calendar/ledger.yml");
        run = CliRun.of("ledger", "--config", p.resolve("edito.yaml").toString(), "export", "-o", added.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(added).doesNotExist();
        // elsewhere, the export is written
        Path csv = p.resolve("ledger.csv");
        run = CliRun.of("ledger", "--config", p.resolve("edito.yaml").toString(), "export", "-o", csv.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(Files.readString(csv)).startsWith("id,");
    }

    @Test
    void aLinkToAnInputOrAnotherSpellingOfItIsRefusedToo() throws Exception {
        Path p = project();
        Path month = p.resolve("calendar/2026-12.yaml");
        String before = Files.readString(month);
        Path link = Files.createSymbolicLink(dir.resolve("out.txt"), month);
        assertRefused(CliRun.of("agenda", p.toString(), "-o", link.toString()), month, before);
        assertRefused(CliRun.of("agenda", p.toString(), "-o", p.resolve("calendar/../calendar/2026-12.yaml").toString()),
                month, before);
        assertRefused(CliRun.of("preview", p.toString(), "--html", month.toString()), month, before);
    }

    @Test
    void reportRefusesToWriteOverAnExportItReads() throws Exception {
        Path export = dir.resolve("x.csv");
        Files.copy(Path.of("examples/atlas-air/metrics/other-networks.csv"), export);
        String before = Files.readString(export);
        assertRefused(CliRun.of("report", export.toString(), "-o", export.toString()), export, before);
    }

    @Test
    void anImageThePostsAttachIsAnInputToo() throws Exception {
        Path p = project();
        Path assets = Files.createDirectories(p.resolve("assets"));
        try (var files = Files.list(Path.of("examples/atlas-air/assets"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, assets.resolve(f.getFileName()));
            }
        }
        Path image = assets.resolve("winter-sale-4x5.jpg");
        byte[] before = Files.readAllBytes(image);
        CliRun check = CliRun.of("check", p.toString(), "-o", image.toString());
        assertThat(check.exit()).as(check.err()).isEqualTo(2);
        assertThat(check.err()).contains("the files this command reads");
        CliRun preview = CliRun.of("preview", p.toString(), "--html", image.toString());
        assertThat(preview.exit()).as(preview.err()).isEqualTo(2);
        assertThat(Files.readAllBytes(image)).isEqualTo(before);
    }

    @Test
    void anyOtherFileIsWrittenAsBefore() throws Exception {
        Path p = project();
        Path out = dir.resolve("findings.sarif");
        CliRun run = CliRun.of("check", p.toString(), "--format", "sarif", "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(Files.readString(out)).contains("\"version\" : \"2.1.0\"");
    }
}
