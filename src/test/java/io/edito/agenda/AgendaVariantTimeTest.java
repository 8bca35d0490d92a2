package io.edito.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A channel's variant may move the post: the agenda lists each channel at its own time, in every format. */
class AgendaVariantTimeTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                channels:
                  x: { handle: "@atlasair" }
                  instagram: { handle: "atlas.air" }
                  threads: { handle: "atlas.air" }
                """);
        Path cal = Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(cal.resolve("dec.yaml"), """
                defaults:
                  status: approved
                posts:
                  - id: moved
                    at: 2026-12-20 12:00
                    channels: [x, instagram]
                    text: "Joyeux Noël 🎄 عيد ميلاد مجيد — nos vols de fin d’année, réservez vite : les places partent, déjà ✈️👩‍👩‍👧 https://atlas.example/noel?utm_source=x"
                    variants:
                      x: { at: 2026-12-24 23:30 }
                  - id: together
                    at: 2026-12-22 09:00
                    channels: [x, instagram, threads]
                    text: Ensemble
                    variants:
                      threads: { text: Ensemble sur Threads }
                      x: { at: 2026-12-22 09:00 }
                """);
    }

    @Test
    void eachChannelIsListedAtItsOwnTime() {
        CliRun r = CliRun.of("agenda", dir.toString(), "--width", "100");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("Sun 20 12:00", "moved", "instagram", "Tue 22 09:00", "together",
                "x,instagram,threads", "Thu 24 23:30", "moved", "x", "2 posts at 3 times");
        assertThat(r.out().lines().filter(l -> l.contains("together"))).hasSize(1);
    }

    @Test
    void aMovedRowShowsTheTextThatGoesOutThere() throws IOException {
        Path cal = dir.resolve("calendar/dec.yaml");
        Files.writeString(cal, Files.readString(cal).replace("x: { at: 2026-12-24 23:30 }",
                "x: { at: 2026-12-24 23:30, text: \"Réveillon à bord ✈️\" }"));
        CliRun text = CliRun.of("agenda", dir.toString(), "--width", "120");
        assertThat(text.out().lines().filter(l -> l.contains("Thu 24 23:30")).findFirst().orElseThrow())
                .contains("Réveillon à bord").doesNotContain("Joyeux");
        assertThat(text.out().lines().filter(l -> l.contains("Sun 20 12:00")).findFirst().orElseThrow())
                .contains("Joyeux Noël");
        CliRun md = CliRun.of("agenda", dir.toString(), "--format", "markdown");
        assertThat(md.out()).contains("| Réveillon à bord ✈️ |");
        CliRun ics = CliRun.of("agenda", dir.toString(), "--format", "ics");
        assertThat(ics.out().replace("\r\n ", "")).contains("Réveillon à bord");
    }

    @Test
    void datesAndChannelsSelectEachChannelByItsTime() throws Exception {
        assertThat(CliRun.of("agenda", dir.toString(), "--channel", "x", "--from", "2026-12-20", "--to", "2026-12-20")
                .out()).isEqualTo("No posts match.\n");
        CliRun eve = CliRun.of("agenda", dir.toString(), "--from", "2026-12-24", "--to", "2026-12-24", "--width", "100");
        assertThat(eve.out()).contains("Thu 24 23:30").contains("moved  x").doesNotContain("instagram")
                .contains("1 post\n");
        CliRun ig = CliRun.of("agenda", dir.toString(), "--channel", "instagram", "--format", "markdown");
        assertThat(ig.out()).contains("| Sun 20 Dec 12:00 | `moved` | instagram |")
                .contains("| Tue 22 Dec 09:00 | `together` | instagram |").doesNotContain("Thu 24");
        CliRun json = CliRun.of("agenda", dir.toString(), "--from", "2026-12-24", "--to", "2026-12-24",
                "--format", "json");
        assertThat(json.out()).contains("\"count\" : 1", "\"id\" : \"moved\"", "\"at\" : \"2026-12-24T23:30:00+01:00\"");
        // the rows: one per time on the selected channels, as the text view lists them
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("agenda", dir.toString(), "--format", "json").out()).get("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("post").asText()).isEqualTo("moved");
        assertThat(rows.get(0).get("at").asText()).isEqualTo("2026-12-20T12:00:00+01:00");
        assertThat(rows.get(0).get("channels").toString()).isEqualTo("[\"instagram\"]");
        assertThat(rows.get(1).get("channels").toString()).isEqualTo("[\"x\",\"instagram\",\"threads\"]");
        assertThat(rows.get(2).get("at").asText()).isEqualTo("2026-12-24T23:30:00+01:00");
        assertThat(rows.get(2).get("channels").toString()).isEqualTo("[\"x\"]");
        assertThat(rows.get(2).get("lang").asText()).isEqualTo("fr");
        assertThat(rows.get(2).get("text").asText()).startsWith("Joyeux Noël");
        assertThat(rows.get(2).get("note").isNull()).isTrue();
    }

    @Test
    void dueSendsEachChannelAtItsOwnTime() {
        CliRun sunday = CliRun.of("due", dir.toString(), "--at", "2026-12-20T12:05:00+01:00");
        // due at its own time (held back there: an Instagram post without media cannot go out)
        assertThat(sunday.out()).contains("held-back 2026-12-20T12:00:00+01:00  moved @ instagram")
                .doesNotContain("moved @ x");
        CliRun eve = CliRun.of("due", dir.toString(), "--at", "2026-12-24T23:35:00+01:00");
        assertThat(eve.out()).contains("due       2026-12-24T23:30:00+01:00  moved @ x");
    }

    @Test
    void icsHasOneEventPerDistinctTimeWithStableUids() throws Exception {
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "ics");
        assertThat(r.exit()).as(r.err()).isZero();
        Calendar parsed = new CalendarBuilder().build(new StringReader(r.out()));
        List<VEvent> events = parsed.getComponents("VEVENT");
        Map<String, VEvent> byUid = new TreeMap<>();
        events.forEach(e -> byUid.put(e.getUid().orElseThrow().getValue(), e));
        assertThat(byUid).containsOnlyKeys("moved@atlas-air.edito", "moved+x@atlas-air.edito",
                "together@atlas-air.edito");
        VEvent own = byUid.get("moved@atlas-air.edito");
        assertThat(Instant.from(own.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-12-20T11:00:00Z"));
        assertThat(own.getSummary().getValue()).isEqualTo("moved (instagram)");
        VEvent eve = byUid.get("moved+x@atlas-air.edito");
        assertThat(Instant.from(eve.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-12-24T22:30:00Z"));
        assertThat(eve.getSummary().getValue()).isEqualTo("moved (x)");
        // the moved event keeps its UID whatever --channel shows
        assertThat(CliRun.of("agenda", dir.toString(), "--format", "ics", "--channel", "x").out())
                .contains("UID:moved+x@atlas-air.edito").doesNotContain("UID:moved@atlas-air.edito");
    }

    @Test
    void aPostNamedLikeAMovedVariantHasAUidOfItsOwnAndNoControlCharacterReachesTheFeed() throws Exception {
        Path cal = dir.resolve("calendar/dec.yaml");
        Files.writeString(cal, Files.readString(cal) + """
                  - id: moved-x
                    at: 2026-12-26 10:00
                    channels: [x]
                    text: "a\\tb\\rc\\u0007d\\r\\ne"
                """);
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "ics");
        assertThat(r.exit()).as(r.err()).isZero();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(r.out())).getComponents("VEVENT");
        assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue())).doesNotHaveDuplicates()
                .contains("moved+x@atlas-air.edito", "moved-x@atlas-air.edito");
        VEvent named = events.stream().filter(e -> e.getUid().orElseThrow().getValue().startsWith("moved-x@"))
                .findFirst().orElseThrow();
        // a lone CR would end the content line; BEL is no TEXT character (RFC 5545 §3.3.11)
        assertThat(named.getDescription().getValue()).endsWith("\n\na\tb\nc\uFFFDd\ne");
        assertThat(r.out().replace("\r\n", "")).doesNotContain("\r").doesNotContain("\u0007");
    }

    @Test
    void icsLinesAreAtMost75OctetsAndUnfoldToTheText() throws Exception {
        String ics = CliRun.of("agenda", dir.toString(), "--format", "ics").out();
        IcsFoldingTest.assertFoldedByOctets(ics);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        VEvent e = parsed.<VEvent>getComponents("VEVENT").get(0);
        assertThat(e.getDescription().getValue()).endsWith("\n\nJoyeux Noël 🎄 عيد ميلاد مجيد — nos vols de fin "
                + "d’année, réservez vite : les places partent, déjà ✈️👩‍👩‍👧 https://atlas.example/noel?utm_source=x");
    }
}
