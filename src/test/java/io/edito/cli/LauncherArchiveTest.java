package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.edito.cli.completion.CompletionScriptsTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code bin/edito} finds, makes and remakes its class-data-sharing archive, run against a stand-in {@code java}
 * (a shell script that writes the archive it is asked for and prints the flags of the real run): one archive per JVM
 * and per jar, found again without a program (through its {@code .java} file) whether that JVM is reached through
 * JAVA_HOME, the PATH or a link, remade when the jar is newer, and never retried after a failed training until the
 * next build.
 */
class LauncherArchiveTest {
    private static final String FAKE_JAVA = """
            #!/bin/bash
            for a in "$@"; do
              case "$a" in
                -XX:ArchiveClassesAtExit=*)
                  echo trained >> "$FAKE_LOG"
                  [ -n "${FAKE_FAIL:-}" ] && exit 1
                  printf 'archive' > "${a#*=}"
                  exit 0 ;;
              esac
            done
            printf '%s\\n' "$@"
            """;

    /** bash by its path: some runs below have a PATH without it. */
    private static final String BASH = Stream.of("/bin/bash", "/usr/bin/bash", "/usr/local/bin/bash")
            .filter(b -> Files.isExecutable(Path.of(b))).findFirst().orElse("bash");

    @TempDir
    Path dir;
    private Path home;
    private Path log;

    @BeforeEach
    void install() throws IOException {
        assumeThat(CompletionScriptsTest.has("bash")).as("bash installed").isTrue();
        home = Files.createDirectories(dir.resolve("edito"));
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("bin", "edito"), home.resolve("bin/edito"));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("lib/edito.jar"), "not read by the stand-in");
        Files.setLastModifiedTime(home.resolve("lib/edito.jar"), FileTime.from(Instant.now().minusSeconds(600)));
        log = dir.resolve("trainings.log");
        Files.writeString(log, "");
        fakeJdk("jdk");
    }

    private Path fakeJdk(String name) throws IOException {
        Path java = Files.createDirectories(dir.resolve(name).resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private List<String> run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(BASH, home.resolve("bin/edito").toString(), "--version");
        pb.environment().remove("EDITO_JAVA_OPTS");
        pb.environment().remove("EDITO_CDS");
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("FAKE_LOG", log.toString());
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    private List<String> withJavaHome(String jdk) throws IOException, InterruptedException {
        return run(Map.of("JAVA_HOME", dir.resolve(jdk).toString()));
    }

    private long trainings() throws IOException {
        return Files.readAllLines(log).size();
    }

    private static String archiveFlag(List<String> flags) {
        return flags.stream().filter(f -> f.startsWith("-XX:SharedArchiveFile=")).findFirst().orElse(null);
    }

    private List<Path> libFiles(String glob) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            return files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName()))
                    .sorted().toList();
        }
    }

    @Test
    void oneArchivePerJvmFoundAgainThroughJavaHomeThePathOrALink() throws Exception {
        String first = archiveFlag(withJavaHome("jdk"));
        assertThat(trainings()).isEqualTo(1);
        assertThat(first).startsWith("-XX:SharedArchiveFile=" + home.resolve("lib/edito-")).endsWith(".jsa");
        Path sidecar = Path.of(first.substring(first.indexOf('=') + 1).replaceAll("\\.jsa$", ".java"));
        assertThat(Files.readString(sidecar).strip())
                .isEqualTo(dir.resolve("jdk/bin/java").toRealPath().toString());

        assertThat(archiveFlag(withJavaHome("jdk"))).as("found again").isEqualTo(first);
        Map<String, String> noPrograms = Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "PATH",
                Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(archiveFlag(run(noPrograms))).as("found by bash alone, no program started").isEqualTo(first);
        assertThat(trainings()).isEqualTo(1);

        Path linked = Files.createDirectories(dir.resolve("jdk-link/bin"));
        Files.createSymbolicLink(linked.resolve("java"), dir.resolve("jdk/bin/java"));
        assertThat(archiveFlag(withJavaHome("jdk-link"))).as("the same JVM through a link").isEqualTo(first);
        String path = dir.resolve("jdk-link/bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        assertThat(archiveFlag(run(Map.of("PATH", path)))).as("the same JVM on the PATH").isEqualTo(first);
        assertThat(trainings()).isEqualTo(1);

        fakeJdk("jdk2");
        String second = archiveFlag(withJavaHome("jdk2"));
        assertThat(trainings()).as("another JVM, another archive").isEqualTo(2);
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(libFiles("edito-*.jsa")).hasSize(2);
        assertThat(libFiles("*.tmp")).as("no temporary file left").isEmpty();
        assertThat(archiveFlag(withJavaHome("jdk"))).isEqualTo(first);
        assertThat(trainings()).isEqualTo(2);
    }

    /** A new build: the jar newer than every archive and marker beside it. */
    private void rebuild() throws IOException {
        Instant now = Instant.now();
        for (Path f : libFiles("edito-*")) {
            Files.setLastModifiedTime(f, FileTime.from(now.minusSeconds(120)));
        }
        Files.setLastModifiedTime(home.resolve("lib/edito.jar"), FileTime.from(now.minusSeconds(60)));
    }

    @Test
    void remadeWhenTheJarIsNewerAndNotRetriedAfterAFailureUntilTheNextBuild() throws Exception {
        String first = archiveFlag(withJavaHome("jdk"));
        rebuild();
        assertThat(archiveFlag(withJavaHome("jdk"))).isEqualTo(first);
        assertThat(trainings()).as("a newer jar is trained again").isEqualTo(2);

        rebuild();
        Map<String, String> failing = Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "FAKE_FAIL", "1");
        assertThat(archiveFlag(run(failing))).as("a stale archive is not used").isNull();
        assertThat(archiveFlag(run(failing))).isNull();
        assertThat(trainings()).as("a failed training is not retried with the same jar").isEqualTo(3);
        assertThat(libFiles("*.tmp")).isEmpty();

        rebuild();
        assertThat(archiveFlag(withJavaHome("jdk"))).as("the next build trains again").isEqualTo(first);
        assertThat(trainings()).isEqualTo(4);
    }

    /**
     * Reached through a link in a linked folder: ".." in the link is the folder above where the link really is, not
     * in the text of the path (review: "cannot find edito.jar next to /tmp/z/../../ed/bin/edito").
     */
    @Test
    void foundThroughARelativeLinkInALinkedFolder() throws Exception {
        Path links = Files.createDirectories(dir.resolve("real/links"));
        Files.createSymbolicLink(links.resolve("edito"), Path.of("../../edito/bin/edito"));
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("z"), links);
        ProcessBuilder pb = new ProcessBuilder(BASH, linkedFolder.resolve("edito").toString(), "--version");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("FAKE_LOG", log.toString());
        pb.environment().put("EDITO_CDS", "off");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("-jar").contains("edito.jar").contains("--version").doesNotContain("cannot find");
    }

    @Test
    void offRunsWithoutAnArchive() throws Exception {
        List<String> flags = run(Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "EDITO_CDS", "off"));
        assertThat(archiveFlag(flags)).isNull();
        assertThat(flags).contains("-XX:+UseSerialGC", "-jar", home.resolve("lib/edito.jar").toString(), "--version");
        assertThat(trainings()).isZero();
    }
}
