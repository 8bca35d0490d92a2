package io.edito.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** edito.yaml: the project configuration (brands, channels, calendar and charter paths), then the calendar it names. */
class ConfigFuzzTest {
    private static final Path PROJECT = Fuzz.project();

    @FuzzTest(maxDuration = "20s")
    void config(byte[] data) {
        Fuzz.write(PROJECT.resolve("edito.yaml"), data);
        Fuzz.inputErrorsOnly(() -> Fuzz.loadAndCheck(PROJECT));
    }
}
