package io.edito.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --languages} and the handles init writes: valid on each network, given or made from the brand. */
class InitLanguagesAndHandlesTest {
    @TempDir
    Path tmp;

    private JsonNode config(Path dir) throws IOException {
        return new YAMLMapper().readTree(dir.resolve("edito.yaml").toFile());
    }

    @Test
    void languagesAreWrittenAndTheExamplePostHasEveryOne() throws IOException {
        Path dir = tmp.resolve("bakery");
        CliRun init = CliRun.of("init", dir.toString(), "--brand", "dar-lkhobz", "--tz", "Africa/Casablanca",
                "--languages", "fr,ar,en");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(Files.readString(dir.resolve("edito.yaml"))).contains("languages: [fr, ar, en]");
        assertThat(config(dir).get("languages").toString()).isEqualTo("[\"fr\",\"ar\",\"en\"]");
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("0 errors", "0 warnings");
        // the example post, approved, passes the language rules: text in fr, translations in ar and en, each in its script
        Path cal;
        try (var s = Files.list(dir.resolve("calendar"))) {
            cal = s.findFirst().orElseThrow();
        }
        Files.writeString(cal, Files.readString(cal).replace("status: draft", "status: approved"));
        CliRun check = CliRun.of("check", dir.toString(), "--format", "json", "--now", "2020-01-01T00:00:00Z");
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).doesNotContain("languages.");
        CliRun agenda = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(agenda.out()).contains("مرحبا من dar-lkhobz", "Bonjour de la part de dar-lkhobz", "Hello from dar-lkhobz");
    }

    @Test
    void aBadLanguageIsAUsageError() {
        CliRun r = CliRun.of("init", tmp.resolve("a").toString(), "--languages", "fr,Arabic");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("edito: --languages: 'Arabic' is not a language code such as fr, ar or en\n");
        assertThat(tmp.resolve("a")).doesNotExist();
        CliRun twice = CliRun.of("init", tmp.resolve("b").toString(), "--languages", "fr,ar,fr");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("names a language twice");
    }

    @Test
    void defaultHandlesAreMadeValidForEachNetwork() throws IOException {
        Path dir = tmp.resolve("dar-lkhobz-casablanca");
        assertThat(CliRun.of("init", dir.toString(), "--tz", "UTC").exit()).isZero();
        JsonNode channels = config(dir).get("channels");
        assertThat(channels.at("/x/handle").asText()).isEqualTo("@darlkhobzcasabl"); // 15, no hyphen
        assertThat(channels.at("/instagram/handle").asText()).isEqualTo("dar_lkhobz_casablanca");
        String text = Files.readString(dir.resolve("edito.yaml"));
        assertThat(text).contains("handle: \"@dar_lkhobz_casablanca@mastodon.social\"",
                "instance: \"https://mastodon.social\"", "handle: \"dar-lkhobz-casablanca.bsky.social\"",
                "handle: \"dar-lkhobz-casablanca\"");
    }

    @Test
    void givenHandlesAreCheckedAgainstTheNetworksRules() throws IOException {
        CliRun hyphen = CliRun.of("init", tmp.resolve("a").toString(), "--handle", "x=Dar-Lkhobz");
        assertThat(hyphen.exit()).isEqualTo(2);
        assertThat(hyphen.err()).isEqualTo("edito: --handle x: 'Dar-Lkhobz' is not a valid X handle: letters, "
                + "digits and underscores, at most 15 (no hyphen, no period)\n");
        CliRun dots = CliRun.of("init", tmp.resolve("a").toString(), "--handle", "instagram=dar..lkhobz");
        assertThat(dots.exit()).isEqualTo(2);
        assertThat(dots.err()).contains("not a valid Instagram handle");
        CliRun network = CliRun.of("init", tmp.resolve("a").toString(), "--handle", "tiktk=darlkhobz");
        assertThat(network.exit()).isEqualTo(2);
        assertThat(network.err()).contains("init writes the channels instagram, x, mastodon, bluesky, linkedin");
        assertThat(tmp.resolve("a")).doesNotExist();

        Path dir = tmp.resolve("ok");
        CliRun ok = CliRun.of("init", dir.toString(), "--brand", "dar-lkhobz", "--handle", "x=@DarLkhobz",
                "--handle", "mastodon=@darlkhobz@mastodon.ma", "--handle", "bluesky=darlkhobz.ma");
        assertThat(ok.exit()).as(ok.err()).isZero();
        String text = Files.readString(dir.resolve("edito.yaml"));
        assertThat(text).contains("handle: \"@DarLkhobz\"", "handle: \"@darlkhobz@mastodon.ma\"",
                "instance: \"https://mastodon.ma\"", "identifier: \"darlkhobz.ma\"");
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
    }
}
