package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.edito.cli.completion.CompletionScriptsTest;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM flags {@code bin/edito} chooses, as {@code EDITO_PRINT_JVM_FLAGS=1} prints them (the benchmarks start their
 * bare jars with the same): C1 only but for {@code report} on 48 MB of input files or more, and transparent huge
 * pages exactly where the kernel gives them on request. Printed before the launcher looks for its jar, so this runs
 * before {@code mvn package} has made one.
 */
class LauncherFlagsTest {
    private static final Path LAUNCHER = Path.of("bin", "edito").toAbsolutePath();

    private static List<String> flags(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("EDITO_PRINT_JVM_FLAGS", "1");
        pb.environment().remove("EDITO_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    /** Whether this machine's kernel gives huge pages on request, read as the launcher reads it. */
    private static boolean hugePagesOnRequest() throws IOException {
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");
    }

    @Test
    void everyCommandRunsOnC1WithTheSerialCollector() throws Exception {
        assumeThat(CompletionScriptsTest.has("bash")).as("bash installed").isTrue();
        for (String command : List.of("check", "validate", "--version", "preview", "publish")) {
            List<String> flags = flags(command, "examples/atlas-air");
            assertThat(flags).as(command).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m")
                    .noneMatch(f -> f.startsWith("-XX:SharedArchiveFile"));
        }
    }

    @Test
    void hugePagesExactlyWhereTheKernelGivesThemOnRequest() throws Exception {
        assumeThat(CompletionScriptsTest.has("bash")).as("bash installed").isTrue();
        boolean onRequest = hugePagesOnRequest();
        assertThat(flags("check", "examples/atlas-air").contains("-XX:+UseTransparentHugePages"))
                .as("kernel gives huge pages on request: %s", onRequest).isEqualTo(onRequest);
    }

    @Test
    void reportOnLargeExportsGetsFullTieredCompilation(@TempDir Path dir) throws Exception {
        assumeThat(CompletionScriptsTest.has("bash")).as("bash installed").isTrue();
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "date,network,impressions\n2026-11-01,x,10\n");
        assertThat(flags("report", small.toString())).contains("-XX:TieredStopAtLevel=1");

        Path exports = Files.createDirectories(dir.resolve("exports"));
        try (RandomAccessFile big = new RandomAccessFile(exports.resolve("big.csv").toFile(), "rw")) {
            big.setLength(48L * 1024 * 1024); // sparse: the launcher reads sizes, not contents
        }
        assertThat(flags("report", exports.toString())).doesNotContain("-XX:TieredStopAtLevel=1")
                .contains("-XX:+UseSerialGC");
        assertThat(flags("--color", "never", "report", exports.resolve("big.csv").toString()))
                .as("an option's value before the command is not the command").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(flags("check", exports.toString())).as("only report").contains("-XX:TieredStopAtLevel=1");
    }
}
