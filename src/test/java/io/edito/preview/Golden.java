package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden/. To regenerate them after an intended change, run
 * {@code mvn -B -q test -Dtest='TerminalPreviewGoldenTest' -Dedito.updateGoldens=true} and review the diff in git.
 */
final class Golden {
    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("edito.updateGoldens")) {
            AtomicFiles.writeString(file, actual);
            return;
        }
        assertThat(file).as("golden file %s (create it with -Dedito.updateGoldens=true)", file).exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from %s (regenerate with -Dedito.updateGoldens=true if intended)", file)
                .isEqualTo(expected);
    }
}
