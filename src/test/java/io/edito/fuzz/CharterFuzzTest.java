package io.edito.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** charter.yaml: the brand charter loader, then every check of the fixed calendar against it. */
class CharterFuzzTest {
    private static final Path PROJECT = Fuzz.project();

    @FuzzTest(maxDuration = "20s")
    void charter(byte[] data) {
        Fuzz.write(PROJECT.resolve("charter.yaml"), data);
        Fuzz.inputErrorsOnly(() -> Fuzz.loadAndCheck(PROJECT));
    }
}
