package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One clear error for a misspelt zone and for an empty calendar file named on the command line. */
class InputErrorsTest {
    @TempDir
    Path dir;

    private void project(String zone) throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: bakery
                timezone: %s
                languages: [fr]
                calendar: calendar/
                channels:
                  x: { handle: "@bakery" }
                """.formatted(zone));
        Files.createDirectories(dir.resolve("calendar"));
    }

    @Test
    void zoneTypoIsOneErrorWithItsSuggestionAndNoCascade() throws IOException {
        project("Africa/Casablanka");
        StringBuilder posts = new StringBuilder("posts:\n");
        for (int i = 1; i <= 16; i++) {
            posts.append("  - { id: p").append(i).append(", at: 2026-12-").append(String.format("%02d", i))
                    .append(" 10:00, channels: [x], text: Bonjour, variants: { x: { at: 2026-12-")
                    .append(String.format("%02d", i)).append(" 11:00 } } }\n");
        }
        Files.writeString(dir.resolve("calendar/c.yaml"), posts);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out().lines().filter(l -> l.contains(": error: "))).singleElement().asString()
                .contains("edito.yaml:2:11")
                .contains("unknown time zone 'Africa/Casablanka'")
                .contains("did you mean 'Africa/Casablanca'");
        assertThat(r.out() + r.err()).doesNotContain("no time zone is known");
    }

    @Test
    void withoutAProjectALocalTimeStillSaysNoZoneIsKnown() throws IOException {
        Path f = dir.resolve("loose.yaml");
        Files.writeString(f, "posts:\n  - { id: a, at: 2026-12-01 10:00, channels: [x], text: Hi }\n");
        CliRun r = CliRun.of("validate", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("no time zone is known");
    }

    @Test
    void emptyFileNamedOnTheCommandLineIsOneErrorAndExit2() throws IOException {
        project("Africa/Casablanca");
        Path empty = Files.writeString(dir.resolve("calendar/empty.yaml"), "");
        CliRun r = CliRun.of("validate", empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out().lines().filter(l -> l.contains(": error: "))).singleElement().asString()
                .startsWith(empty + ":1:1: error: empty calendar file");
        CliRun check = CliRun.of("check", empty.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("empty calendar file");
    }

    @Test
    void emptyFileAmongSeveralInAFolderIsOnlyAWarning() throws IOException {
        project("Africa/Casablanca");
        Files.writeString(dir.resolve("calendar/empty.yaml"), "");
        Files.writeString(dir.resolve("calendar/full.yaml"),
                "posts:\n  - { id: a, at: 2026-12-01 10:00, channels: [x], text: Bonjour }\n");
        CliRun r = CliRun.of("validate", dir.resolve("calendar").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("warning: no 'posts:' in this calendar file");
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
    }

    @Test
    void postsWithoutAnyValueIsWhatACutFileLooksLike() throws IOException {
        project("Africa/Casablanca");
        Path cut = Files.writeString(dir.resolve("calendar/cut.yaml"), "posts:\n");
        CliRun named = CliRun.of("validate", cut.toString());
        assertThat(named.exit()).as("a month to fill is no error").isZero();
        assertThat(named.out()).contains(cut + ":1:7: warning: 'posts:' holds nothing");
        Files.writeString(dir.resolve("calendar/full.yaml"),
                "posts:\n  - { id: a, at: 2026-12-01 10:00, channels: [x], text: Bonjour }\n");
        CliRun folder = CliRun.of("validate", dir.resolve("calendar").toString());
        assertThat(folder.exit()).isZero();
        assertThat(folder.out()).contains("warning: 'posts:' holds nothing");
        // an empty list says "none" on purpose
        Files.writeString(cut, "posts: []\n");
        CliRun none = CliRun.of("validate", cut.toString());
        assertThat(none.exit()).as(none.out()).isZero();
        assertThat(none.out()).doesNotContain("holds nothing");
    }
}
