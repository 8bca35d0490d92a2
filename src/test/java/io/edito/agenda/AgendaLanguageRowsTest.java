package io.edito.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import io.edito.testing.OneBrandProject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post on channels that post in different languages (an Arabic X account beside Instagram in the post's own
 * French): a row per language, each with what goes out there, in every format; calendar UIDs that do not change
 * with --channel.
 */
class AgendaLanguageRowsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        OneBrandProject.write(dir, "Africa/Casablanca", "fr, ar", """
                  instagram: { handle: "atlas.air" }
                  x-ar: { network: x, handle: "@atlasair_ar", lang: ar }
                """, """
                  - { id: both, at: 2026-12-20 12:00, status: approved, channels: [instagram, x-ar], lang: fr,
                      text: Bonjour à tous, translations: { ar: { text: مرحبا بالجميع } } }
                  - { id: noar, at: 2026-12-21 12:00, status: approved, channels: [x-ar, instagram], lang: fr,
                      text: Pas de texte arabe }
                  - { id: allar, at: 2026-12-22 12:00, status: approved, channels: [instagram, x-ar], lang: ar,
                      text: نص عربي فقط }
                """);
    }

    @Test
    void eachLanguageIsARowWithWhatGoesOutThere() {
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("مرحبا بالجميع").contains("Bonjour à tous");
        CliRun text = CliRun.of("agenda", dir.toString(), "--color", "never", "--width", "200");
        assertThat(text.out().lines().filter(l -> l.contains("both")).toList()).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("instagram").contains("Bonjour à tous").doesNotContain("x-ar"))
                .anySatisfy(l -> assertThat(l).contains("x-ar").contains("مرحبا بالجميع").doesNotContain("instagram"));
        assertThat(text.out().lines().filter(l -> l.contains("noar")).toList()).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("x-ar").contains("(no ar text: nothing goes out here)"))
                .anySatisfy(l -> assertThat(l).contains("instagram").contains("Pas de texte arabe"));
        // an Arabic post on instagram (its own language) and x-ar (Arabic): the same text goes out, one row
        assertThat(text.out().lines().filter(l -> l.contains("allar")).toList()).singleElement().asString()
                .contains("instagram,x-ar");
        assertThat(text.out().strip()).as("three times, whatever the rows per language").endsWith("\n3 posts");
    }

    @Test
    void eachLanguageRowHasItsOwnUidThatDoesNotChangeWithChannel() throws Exception {
        List<String> all = uids(CliRun.of("agenda", dir.toString(), "--format", "ics").out());
        assertThat(all).containsExactlyInAnyOrder("both@atlas.edito", "both+x-ar@atlas.edito",
                "noar@atlas.edito", "noar+instagram@atlas.edito", "allar@atlas.edito");
        assertThat(uids(CliRun.of("agenda", dir.toString(), "--format", "ics", "--channel", "x-ar").out()))
                .containsExactlyInAnyOrder("both+x-ar@atlas.edito", "noar@atlas.edito", "allar@atlas.edito");
    }

    private static List<String> uids(String ics) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.getUid().orElseThrow().getValue()));
        return out;
    }
}
