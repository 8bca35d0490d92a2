package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A one-brand project (fr and ar) with the accounts, charter and posts a test of accounts gives. */
final class AccountProject {
    static final String NOW = "2026-11-25T09:00:00Z";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Two X accounts: x (the post's own language) and x-ar (Arabic only), both to an outbox. */
    static final String TWO_X = """
              x: { handle: "@atlasair", publish: { type: outbox, dir: outbox/ } }
              x-ar: { network: x, handle: "@atlasair_ar", lang: ar, publish: { type: outbox, dir: outbox/ } }
            """;

    /** A post in French with its Arabic translation, on x and x-ar. */
    static final String BILINGUAL = """
              - id: promo
                at: 2026-12-01 10:00
                status: approved
                channels: [x, x-ar]
                text: "Nouvelle ligne Casablanca - Montréal #AtlasAir"
                translations:
                  ar: { text: "خط جديد الدار البيضاء - مونتريال #AtlasAir" }
            """;

    private AccountProject() {
    }

    /** edito.yaml with {@code channels} (indented entries), the charter ({} when empty) and calendar/c.yaml. */
    static void write(Path dir, String channels, String charter, String posts) throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), "brand: atlas-air\ntimezone: UTC\nlanguages: [fr, ar]\n"
                + "calendar: calendar/\ncharter: charter.yaml\nchannels:\n" + channels);
        Files.writeString(dir.resolve("charter.yaml"), charter.isEmpty() ? "{}\n" : charter);
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + posts);
    }

    /** {@code check --format json} of the project, which must run (exit 0 or 1). */
    static JsonNode checkJson(Path dir) throws IOException {
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json", "--now", NOW);
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        return JSON.readTree(r.out());
    }

    /** Each finding as "rule channel lang line:column". */
    static List<String> findings(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : result.get("findings")) {
            out.add(f.get("rule").asText() + " " + f.get("channel").asText() + " " + f.get("lang").asText() + " "
                    + f.get("line").asInt() + ":" + f.get("column").asInt());
        }
        return out;
    }
}
