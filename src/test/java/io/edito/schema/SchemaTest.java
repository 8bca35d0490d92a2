package io.edito.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.edito.cli.CliRun;
import io.edito.network.Networks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas accept the shipped examples and what init writes, and reject what the loaders reject. */
class SchemaTest {
    static final YAMLMapper YAML = new YAMLMapper();

    static JsonSchema schema(Schemas.Kind kind) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Schemas.text(kind));
    }

    static Set<ValidationMessage> validate(Schemas.Kind kind, Path yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml.toFile());
        // a file of comments only is an empty document: null, as edito reads it
        return schema(kind).validate(node == null || node.isMissingNode() ? YAML.nullNode() : node);
    }

    static Set<ValidationMessage> validate(Schemas.Kind kind, String yaml) throws IOException {
        return schema(kind).validate(YAML.readTree(yaml));
    }

    static List<Path> yamlUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Each publish type's keys in the config schema are the keys publish accepts: neither drifts from the other. */
    @Test
    void theConfigSchemaListsExactlyTheKeysOfEachPublishType() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Schemas.text(Schemas.Kind.config));
        List<JsonNode> blocks = new ArrayList<>();
        collectTyped(root, blocks);
        Set<String> seen = new TreeSet<>();
        for (JsonNode props : blocks) {
            String type = props.get("type").get("const").asText();
            if (!io.edito.publish.Publishers.TYPES.contains(type)) {
                continue;
            }
            seen.add(type);
            Set<String> keys = new TreeSet<>();
            props.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as("schema keys of publish type " + type)
                    .isEqualTo(new TreeSet<>(io.edito.publish.Publishers.keys(type)));
        }
        assertThat(seen).isEqualTo(new TreeSet<>(io.edito.publish.Publishers.TYPES));
    }

    /** Every {@code properties} object whose {@code type} is a {@code const}: one per publish type and place. */
    private static void collectTyped(JsonNode n, List<JsonNode> out) {
        if (n.isObject() && n.path("properties").path("type").has("const")) {
            out.add(n.get("properties"));
        }
        n.elements().forEachRemaining(c -> collectTyped(c, out));
    }

    @Test
    void examplesAreValid() throws IOException {
        List<Path> calendars = new ArrayList<>(yamlUnder(Path.of("examples/atlas-air/calendar")));
        calendars.add(Path.of("examples/multi-brand/riad-mogador/calendar.yaml"));
        calendars.addAll(yamlUnder(Path.of("examples/multi-brand/maison-lumiere/calendar")));
        assertThat(calendars).hasSizeGreaterThanOrEqualTo(4);
        for (Path c : calendars) {
            assertThat(validate(Schemas.Kind.calendar, c)).as(c.toString()).isEmpty();
        }
        for (Path c : List.of(Path.of("examples/atlas-air/charter.yaml"),
                Path.of("examples/multi-brand/riad-mogador/charter.yaml"),
                Path.of("examples/multi-brand/maison-lumiere/charter.yaml"))) {
            assertThat(validate(Schemas.Kind.charter, c)).as(c.toString()).isEmpty();
        }
        for (Path c : List.of(Path.of("examples/atlas-air/edito.yaml"), Path.of("examples/multi-brand/edito.yaml"))) {
            assertThat(validate(Schemas.Kind.config, c)).as(c.toString()).isEmpty();
        }
    }

    @Test
    void documentedCharterIsValid() throws IOException {
        String doc = Files.readString(Path.of("docs/charter.md"));
        String block = doc.split("```yaml\n", 2)[1].split("```", 2)[0];
        assertThat(validate(Schemas.Kind.charter, block)).isEmpty();
    }

    @Test
    void whatInitWritesIsValidAndNamesItsSchema(@TempDir Path tmp) throws IOException {
        assertThat(CliRun.of("init", tmp.toString(), "--brand", "atlas-air", "--tz", "UTC").exit()).isZero();
        Path calendar = yamlUnder(tmp.resolve("calendar")).get(0);
        for (var e : java.util.Map.of(tmp.resolve("edito.yaml"), Schemas.Kind.config,
                tmp.resolve("charter.yaml"), Schemas.Kind.charter, calendar, Schemas.Kind.calendar).entrySet()) {
            String first = Files.readAllLines(e.getKey()).get(0);
            assertThat(first).startsWith("# yaml-language-server: $schema=");
            Path schemaFile = e.getKey().getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
            assertThat(schemaFile).as(first).isEqualTo(tmp.resolve(".edito/schema/" + e.getValue().fileName()));
            assertThat(Files.readString(schemaFile)).isEqualTo(Schemas.text(e.getValue()));
            assertThat(validate(e.getValue(), e.getKey())).as(e.getKey().toString()).isEmpty();
        }
    }

    @Test
    void rejectsWhatTheLoadersReject() throws IOException {
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [x]\n    txet: hello\n"))
                .extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("txet"));
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [Twitter]\n"))
                .as("a channel id is lower-case").isNotEmpty();
        assertThat(validate(Schemas.Kind.config, "brand: a\ntimezone: UTC\ncalendar: c/\n"
                + "channels:\n  x-ar:\n    network: twitter\n")).as("networks are edito's").isNotEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [x]\n    status: approved\n"))
                .as("non-draft posts need a time").isNotEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [x]\n    status: drafted\n")).isNotEmpty();
        // a time needs its date (validate: "'at' must be a date and time"); every form validate reads passes
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [x]\n    at: \"18:30\"\n"))
                .isNotEmpty();
        for (String at : new String[] {"2026-12-01 18:30", "2026-12-01T18:30:15", "2026-12-01T18:30+01:00",
            "2026-12-01T18:30Z", "2026-12-01 18:30[Europe/Paris]", "2026-12-01 9:05 +0100", "2026-12-01 8:05:30"}) {
            assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [x]\n    at: \"" + at
                    + "\"\n")).as(at).isEmpty();
        }
        assertThat(validate(Schemas.Kind.charter, "hashtags:\n  maxi: 3\n")).isNotEmpty();
        assertThat(validate(Schemas.Kind.charter, "links:\n  utm: always\n")).isNotEmpty();
        assertThat(validate(Schemas.Kind.config, "brand: a\ntimezone: UTC\ncalendar: c/\nchanels: {}\n")).isNotEmpty();
        assertThat(validate(Schemas.Kind.config, "brand: a\ntimezone: UTC\ncalendar: c/\n"
                + "channels:\n  x:\n    publish: { type: webhook, url: u, token_env: T }\n")).isNotEmpty();
        assertThat(validate(Schemas.Kind.config, "brand: a\ntimezone: UTC\ncalendar: c/\n"
                + "channels:\n  x:\n    publish: { type: outbox, dir: outbox/ }\n")).isEmpty();
        // one language or a bilingual account, not both (validate: "has both lang: and languages:")
        assertThat(validate(Schemas.Kind.config, "brand: a\ntimezone: UTC\ncalendar: c/\n"
                + "channels:\n  facebook: { lang: fr, languages: [fr, ar] }\n")).isNotEmpty();
        assertThat(validate(Schemas.Kind.config, "brands:\n  a:\n    timezone: UTC\n    calendar: a/\n    channels:\n"
                + "      facebook: { lang: fr, languages: [fr, ar] }\n")).isNotEmpty();
        assertThat(validate(Schemas.Kind.config, "brand: a\ntimezone: UTC\ncalendar: c/\n"
                + "channels:\n  facebook: { lang: fr }\n  x: { languages: [fr, ar] }\n")).isEmpty();
    }

    @Test
    void acceptsWhatTheLoadersAccept() throws IOException {
        // an editor underlined in red what edito validate accepts: YAML numbers where edito reads text, one value
        // where a list is expected, an empty value (absent), a cancelled post without a time
        assertThat(validate(Schemas.Kind.calendar, Path.of("examples/traps/id-leading-zero.yaml"))).isEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: 42\n    at: 2027-01-01 10:00\n    channels: x\n"
                + "    text: 2027\n    campaign: 2027\n    title: 404\n    tags: [2027]\n    thread: [1, 2]\n")).isEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    status: cancelled\n    channels: [x]\n"
                + "    notes:\n    campaign:\n    media:\n    variants:\n    tags:\n")).isEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n")).isEmpty(); // a warning for validate, not an error
        assertThat(validate(Schemas.Kind.charter, "schedule:\n  blackout:\n    - { from: 2026-12-25 }\n"
                + "vocabulary:\n  forbidden:\n    - { term: gratuit, channels: x, lang: [fr, en] }\n")).isEmpty();
        assertThat(validate(Schemas.Kind.config, "brands:\n  a:\n    timezone: UTC\n    calendar: a/\n    channels:\n"
                + "      facebook: { handle: A, languages: [fr, en], join: \" / \" }\n")).isEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [x]\n    status:\n")).isEmpty();
        // channels given once for the file: each post takes them from defaults:, as the loader does
        assertThat(validate(Schemas.Kind.calendar, "defaults: { channels: [x, bluesky] }\nposts:\n  - id: a\n"
                + "    at: 2027-01-01 10:00\n    status: approved\n    text: Bonjour\n")).isEmpty();
        // and still refuses what the loaders refuse
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels: [x]\n    status: cancelld\n")).isNotEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id: a\n    channels:\n")).as("'channels' is empty").isNotEmpty();
        assertThat(validate(Schemas.Kind.calendar, "posts:\n  - id:\n    channels: [x]\n")).as("'id' is empty").isNotEmpty();
        assertThat(validate(Schemas.Kind.config, "brands:\n  a:\n    timezone: UTC\n    calendar: a/\n    channels:\n"
                + "      facebook: { handle: A, langs: [fr] }\n")).isNotEmpty();
    }

    @Test
    void networkIdsAreEdito() throws IOException {
        JsonNode config = new ObjectMapper().readTree(Schemas.text(Schemas.Kind.config));
        Set<String> ids = new TreeSet<>();
        config.at("/properties/channels/additionalProperties/properties/network/enum").forEach(n -> ids.add(n.asText()));
        assertThat(ids).isEqualTo(new TreeSet<>(Networks.defaults().ids()));
    }

    @ParameterizedTest
    @EnumSource(Schemas.Kind.class)
    void schemaCommandPrintsAValidDraft202012Schema(Schemas.Kind kind) throws IOException {
        CliRun r = CliRun.of("schema", kind.name());
        assertThat(r.exit()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertThat(r.out()).isEqualTo(Schemas.text(kind));
        assertThat(meta.validate(s)).as("valid against the draft 2020-12 meta-schema").isEmpty();
    }
}
