package io.edito.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.cli.CliRun;
import io.edito.network.Networks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --changed-since REV} in a real git repository: a change of the charter, of edito.yaml, of a media file
 * or of edito's network facts re-checks every post it can affect, not only the posts of changed calendar files.
 */
class ChangedSinceTest {
    static final String NOW = "2026-11-25T09:00:00Z";
    static final String FORBID = "vocabulary:\n  forbidden:\n    - { term: \"pas cher\", severity: error }\n";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: bakery
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                charter: charter.yaml
                channels:
                  facebook: { handle: "DarLkhobz" }
                """);
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
        image("assets/a.png", 1200, 630);
        Files.writeString(dir.resolve("calendar/a.yaml"), "posts:\n" + post("p1", "media: [{ file: assets/a.png, "
                + "alt: \"Un pain rond sur une table\" }]"));
        Files.writeString(dir.resolve("calendar/b.yaml"), "posts:\n" + post("p2", ""));
        git("init", "-q");
    }

    private static String post(String id, String extra) {
        return "  - id: " + id + "\n    at: 2026-12-01 12:00\n    status: approved\n    channels: [facebook]\n"
                + "    text: \"Du bon pain pas cher, " + id + "\"\n" + (extra.isEmpty() ? "" : "    " + extra + "\n");
    }

    private void commit() throws Exception {
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "base");
    }

    /** The posts with findings of check --changed-since HEAD. */
    private TreeSet<String> changedSinceHead(String... expectNotes) throws IOException {
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW, "--changed-since", "HEAD");
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        for (String n : expectNotes) {
            assertThat(r.err()).contains(n);
        }
        JsonNode json = new ObjectMapper().readTree(r.out());
        TreeSet<String> posts = new TreeSet<>();
        json.get("findings").forEach(f -> posts.add(f.get("post").asText()));
        return posts;
    }

    @Test
    void aCharterChangeRechecksEveryPost() throws Exception {
        Files.writeString(dir.resolve("charter.yaml"), "{}\n");
        commit();
        assertThat(changedSinceHead()).isEmpty();
        Files.writeString(dir.resolve("charter.yaml"), FORBID);
        assertThat(changedSinceHead("charter.yaml changed since HEAD")).containsExactly("p1", "p2");
    }

    @Test
    void aProjectFileChangeRechecksEveryPost() throws Exception {
        Files.writeString(dir.resolve("charter.yaml"), FORBID);
        commit();
        assertThat(changedSinceHead()).isEmpty();
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("languages: [fr]", "languages: [fr, ar]"));
        assertThat(changedSinceHead("edito.yaml changed since HEAD")).containsExactly("p1", "p2");
    }

    @Test
    void aMediaFileChangeRechecksThePostsThatUseIt() throws Exception {
        Files.writeString(dir.resolve("charter.yaml"), FORBID);
        commit();
        image("assets/a.png", 1080, 1080);
        assertThat(changedSinceHead()).containsExactly("p1");
        commit();
        Files.delete(dir.resolve("assets/a.png"));
        assertThat(changedSinceHead()).containsExactly("p1");
    }

    @Test
    void filesWithAccentedNamesAreSeenChangedAsOthersAre() throws Exception {
        // git quotes such names ("calendar/\303\251t\303\251.yaml") unless asked not to: they went unseen (review)
        Files.writeString(dir.resolve("charter.yaml"), FORBID);
        Files.move(dir.resolve("calendar/b.yaml"), dir.resolve("calendar/été.yaml"));
        Files.move(dir.resolve("assets/a.png"), dir.resolve("assets/pain-é.png"));
        Path a = dir.resolve("calendar/a.yaml");
        Files.writeString(a, Files.readString(a).replace("assets/a.png", "assets/pain-é.png"));
        commit();
        assertThat(changedSinceHead()).isEmpty();
        Path ete = dir.resolve("calendar/été.yaml");
        Files.writeString(ete, Files.readString(ete).replace("12:00", "12:05"));
        assertThat(changedSinceHead()).containsExactly("p2");
        commit();
        image("assets/pain-é.png", 1080, 1080);
        assertThat(changedSinceHead()).containsExactly("p1");
        commit();
        Files.writeString(dir.resolve("calendar/févr.yaml"), "posts:\n" + post("p3", "")); // untracked
        assertThat(changedSinceHead()).containsExactly("p3");
    }

    @Test
    void aPostMovedNextToAnotherBringsTheFindingsItCausesOnThatOne() throws Exception {
        // p1 (a.yaml) moved to 11:00, an hour before p2 (b.yaml, unchanged): the gap is reported on p2
        assertThat(gapOnP2After("4h", "2026-12-01 06:00", "2026-12-01 11:00")).isTrue();
    }

    @Test
    void aGapLongerThanADayReachesAsFarAsTheCharterSays() throws Exception {
        // min_gap 48h: p1 moved 36 hours before p2 (unchanged) makes a gap finding on p2
        assertThat(gapOnP2After("48h", "2026-11-20 12:00", "2026-11-30 00:00")).isTrue();
    }

    /**
     * Whether {@code check --changed-since HEAD} reports a {@code schedule.min_gap} on p2 (unchanged, 2026-12-01 12:00)
     * once p1 (a.yaml), committed at {@code was}, is moved to {@code now}, with that {@code min_gap}.
     */
    private boolean gapOnP2After(String minGap, String was, String now) throws Exception {
        Files.writeString(dir.resolve("charter.yaml"), "schedule:\n  min_gap: { default: " + minGap + " }\n");
        Path a = dir.resolve("calendar/a.yaml");
        Files.writeString(a, Files.readString(a).replace("2026-12-01 12:00", was));
        commit();
        assertThat(changedSinceHead()).isEmpty();
        Files.writeString(a, Files.readString(a).replace(was, now));
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW, "--changed-since", "HEAD");
        JsonNode f = new ObjectMapper().readTree(r.out()).get("findings");
        for (JsonNode x : f) {
            if (x.get("rule").asText().equals("schedule.min_gap") && x.get("post").asText().equals("p2")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRenamedMediaFileRechecksThePostsThatNamedIt() throws Exception {
        // git mv: with rename detection only the new name was listed, and p1 (naming the old one) was not checked
        Files.writeString(dir.resolve("charter.yaml"), "{}\n");
        commit();
        git("mv", "assets/a.png", "assets/b.png");
        assertThat(changedSinceHead()).containsExactly("p1");
        commit();
        assertThat(CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW, "--changed-since", "HEAD~1")
                .out()).contains("media.file");
    }

    @Test
    void otherNetworkFactsInTheKeptEditoAtRevRecheckEveryPost() throws Exception {
        Files.writeString(dir.resolve("charter.yaml"), FORBID);
        keptJar("x:\n  text: { max: 1 }\n".getBytes(StandardCharsets.UTF_8));
        commit();
        assertThat(changedSinceHead("edito's network facts are not those of the edito kept at HEAD"))
                .containsExactly("p1", "p2");
        keptJar(Networks.factsBytes());
        commit();
        assertThat(changedSinceHead()).isEmpty(); // the same facts, nothing changed: nothing to check
        CliRun r = CliRun.of("check", dir.toString(), "--now", NOW, "--changed-since", "HEAD");
        assertThat(r.err()).doesNotContain("network facts");
    }

    private void keptJar(byte[] facts) throws IOException {
        Files.createDirectories(dir.resolve(".edito"));
        try (OutputStream o = Files.newOutputStream(dir.resolve(".edito/edito.jar"));
             ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.putNextEntry(new ZipEntry(ChangeScope.FACTS_ENTRY));
            zip.write(facts);
            zip.closeEntry();
        }
    }

    private void image(String rel, int w, int h) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve(rel).toFile());
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
