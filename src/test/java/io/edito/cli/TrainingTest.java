package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's class-data-sharing training run must keep working as commands change, or start-up silently degrades. */
class TrainingTest {
    @Test
    void theTrainingWorkloadRunsEveryCommandWithoutAnInputOrRuntimeError(@TempDir Path dir) throws Exception {
        Path project = Training.extract(dir.resolve("atlas-air"));
        assertThat(project.resolve("edito.yaml")).isRegularFile();
        assertThat(project.resolve("calendar")).isDirectory();
        assertThat(project.resolve("metrics")).isDirectory();
        assertThat(Files.list(project.resolve("assets")).count()).isPositive();
        assertThat(Training.run(project, dir)).isZero();
        assertThat(dir.resolve("preview.html")).isRegularFile();
        assertThat(Files.readString(dir.resolve("preview.html"))).contains("<html");
    }
}
