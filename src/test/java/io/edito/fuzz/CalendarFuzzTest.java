package io.edito.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** The calendar file: YAML parsing, the calendar loader and, when it loads, every charter check. */
class CalendarFuzzTest {
    private static final Path PROJECT = Fuzz.project();

    @FuzzTest(maxDuration = "20s")
    void calendar(byte[] data) {
        Fuzz.write(PROJECT.resolve("calendar/posts.yaml"), data);
        Fuzz.inputErrorsOnly(() -> Fuzz.loadAndCheck(PROJECT));
    }
}
