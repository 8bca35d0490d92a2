package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate judges a charter's limits: (network facts) as check reads them. */
class ValidateCharterLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltKeyInLimitsIsAnErrorOfValidateToo() throws Exception {
        // validate said "0 errors" where check stopped at the key
        Files.createDirectories(dir.resolve("calendar"));
        for (String f : new String[] {"edito.yaml", "charter.yaml", "calendar/2026-12.yaml"}) {
            Files.copy(Path.of("examples/atlas-air").resolve(f), dir.resolve(f));
        }
        Path charter = dir.resolve("charter.yaml");
        Files.writeString(charter, Files.readString(charter) + "limits:\n  instagram: { maxmedia: 5 }\n");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("charter.yaml:").contains("instagram.maxmedia: unknown key (did you mean "
                + "'max_media'?)").doesNotContain("Exception");
        Files.writeString(charter, Files.readString(charter).replace("maxmedia", "max_media"));
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
    }
}
