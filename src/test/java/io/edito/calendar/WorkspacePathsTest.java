package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paths a project's files are shown with: relative to the working folder, also when edito runs inside the
 * calendar folder and finds edito.yaml above it (they were absolute there, in every format). The working folder of a
 * process cannot change, so edito runs in its own JVM here.
 */
class WorkspacePathsTest {
    @TempDir
    Path dir;

    private String checkJsonIn(Path cwd) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "io.edito.cli.Main", "check", "--format", "json",
                "--now", "2026-11-25T09:00:00Z"))
                .directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void insideTheCalendarFolderFilesAreShownRelativeToIt() throws Exception {
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("edito.yaml"), "brand: b\ntimezone: Europe/Paris\ncalendar: calendar/\n");
        Files.writeString(dir.resolve("calendar/dec.yaml"),
                "posts:\n  - { id: a, at: 2026-12-05 12:00, channels: [x], status: approved, text: \"http://e.com\" }\n");
        assertThat(checkJsonIn(dir)).contains("\"file\" : \"calendar/dec.yaml\"");
        assertThat(checkJsonIn(dir.resolve("calendar"))).contains("\"file\" : \"dec.yaml\"").doesNotContain(dir.toString());
    }
}
