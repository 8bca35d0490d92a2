package io.edito.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calendar:} that names nothing is an error at its place, not a project with an empty calendar. */
class CalendarKeyTest {
    @TempDir
    Path dir;

    private CliRun validate(String calendar) throws Exception {
        Files.writeString(dir.resolve("edito.yaml"), "brand: acme\ntimezone: UTC\ncalendar: " + calendar + "\n");
        return CliRun.of("validate", dir.toString());
    }

    @Test
    void anEmptyNullOrBlankCalendarIsAnErrorAtTheKey() throws Exception {
        for (String[] c : new String[][] {{"\"\"", "'calendar' is empty"}, {"~", "'calendar' is empty"},
            {"[]", "'calendar' is empty"}, {"\"  \"", "not an empty string"}}) {
            CliRun r = validate(c[0]);
            assertThat(r.exit()).as(c[0] + ": " + r.err()).isEqualTo(2);
            assertThat(r.out()).as(c[0]).contains("edito.yaml:3:11: error: ").contains(c[1]);
        }
    }

    @Test
    void theBrandsLanguagesAreCodesListedOnceAndNotAnEmptyList() throws Exception {
        // languages: [] left every post without a language, silently (review)
        for (String[] c : new String[][] {{"[]", "'languages' is empty"}, {"[fr, ar, fr]", "'languages' lists fr twice"},
            {"[fr, \"x y\"]", "'x y' is not a language code"}}) {
            Files.createDirectories(dir.resolve("cal"));
            Files.writeString(dir.resolve("edito.yaml"), "brand: acme\ntimezone: UTC\nlanguages: " + c[0]
                    + "\ncalendar: cal/\n");
            CliRun r = CliRun.of("validate", dir.toString());
            assertThat(r.exit()).as(c[0] + ": " + r.out()).isEqualTo(2);
            assertThat(r.out()).as(c[0]).contains("edito.yaml:3:12: error: " + c[1]);
        }
    }

    @Test
    void aKeyGivenTwiceInEditoYamlIsToldWithTheFilesOtherProblems() throws Exception {
        // it stopped the read at the first one, in another form than a calendar's (review)
        Files.createDirectories(dir.resolve("cal"));
        Files.writeString(dir.resolve("edito.yaml"), "brand: acme\ntimezone: UTC\ntimezone: UTC\ncalendar: cal/\n"
                + "channels:\n  x: { handle: \"@a\" }\n  x: { handle: \"@b\" }\n  instagrm: { handle: \"i\" }\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("edito.yaml:3:1: error: duplicate key 'timezone' (first at line 2)")
                .contains("edito.yaml:7:3: error: duplicate key 'x' (first at line 6)")
                .contains("edito.yaml:8:3: error: unknown network 'instagrm'");
    }

    @Test
    void aFileInNoBrandsCalendarIsOneErrorNotOnePerPost() throws Exception {
        // each post said no time zone was known (review): the file belongs to no brand of the project
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("edito.yaml"), "brands:\n"
                + "  sahara: { timezone: Africa/Casablanca, calendar: a/, channels: { x: { handle: \"@s\" } } }\n"
                + "  lune: { timezone: Europe/Paris, calendar: a/, channels: { x: { handle: \"@l\" } } }\n");
        Files.writeString(dir.resolve("t/tof.yaml"), "posts:\n  - id: t1\n    at: 2026-12-01 10:00\n    channels: [x]\n"
                + "    text: a\n  - id: t2\n    at: 2026-12-01 11:00\n    channels: [x]\n    text: b\n");
        CliRun r = CliRun.of("validate", dir.resolve("t/tof.yaml").toString(), "--config", dir.resolve("edito.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("tof.yaml:2:5: error: the posts of tof.yaml belong to no brand: the file is in no "
                + "brand's calendar: of edito.yaml (sahara, lune)").contains("1 error").doesNotContain("time zone");
    }

    @Test
    void aMapIsReportedOnceAsTheWrongKind() throws Exception {
        CliRun r = validate("{ a: b }");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("'calendar' must be a list, not a mapping").doesNotContain("is empty");
    }
}
