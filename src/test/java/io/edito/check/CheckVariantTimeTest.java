package io.edito.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --from/--to select each post × channel by that channel's time, which a variant may move. */
class CheckVariantTimeTest {
    static final String NOW = "2026-11-25T09:00:00Z";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                charter: charter.yaml
                channels:
                  x: { handle: "@atlasair" }
                  facebook: { handle: "AtlasAir" }
                """);
        Files.writeString(dir.resolve("charter.yaml"), """
                schedule:
                  blackout: [ { from: 2026-12-24, to: 2026-12-25, reason: "Réveillon" } ]
                """);
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: moved
                    at: 2026-12-20 12:00
                    status: approved
                    channels: [x, facebook]
                    text: "Nos vols de fin d’année sont en ligne"
                    variants:
                      x: { at: 2026-12-24 23:30 }
                """);
    }

    private JsonNode check(String... dates) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--format", "json", "--now", NOW));
        args.addAll(List.of(dates));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        return new ObjectMapper().readTree(r.out());
    }

    private static int checked(JsonNode result) {
        return result.get("summary").get("checked").asInt();
    }

    private static List<String> findings(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("findings").forEach(f -> out.add(f.get("rule").asText() + "@" + f.get("channel").asText()));
        return out;
    }

    @Test
    void aChannelMovedIntoABlackoutIsCheckedOnItsDay() throws IOException {
        JsonNode eve = check("--from", "2026-12-24", "--to", "2026-12-24");
        assertThat(checked(eve)).isEqualTo(1);
        assertThat(findings(eve)).containsExactly("schedule.blackout@x");
        JsonNode sunday = check("--from", "2026-12-20", "--to", "2026-12-20");
        assertThat(checked(sunday)).isEqualTo(1);
        assertThat(findings(sunday)).isEmpty();
        JsonNode all = check();
        assertThat(checked(all)).isEqualTo(2);
        assertThat(findings(all)).containsExactly("schedule.blackout@x");
        // --channel and the dates together: x is not out on the 20th
        assertThat(checked(check("--channel", "x", "--from", "2026-12-20", "--to", "2026-12-20"))).isZero();
    }
}
