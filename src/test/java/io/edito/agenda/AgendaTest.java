package io.edito.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgendaTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr, ar, en]
                calendar: calendar/
                channels:
                  x: { handle: "@atlasair" }
                  instagram: { handle: "atlas.air" }
                """);
        Path cal = Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(cal.resolve("dec.yaml"), """
                defaults:
                  status: approved
                posts:
                  - id: second
                    at: 2026-12-08 09:00
                    channels: [x]
                    text: "Deuxième ; avec des caractères spéciaux, virgules et \\\\ barres"
                  - id: first
                    at: 2026-12-01 18:30
                    channels: [instagram, x]
                    campaign: winter-sale
                    text: |
                      **Soldes d'hiver** : -30 % sur les vols vers Paris !
                    translations:
                      ar: { text: "تخفيضات الشتاء على الرحلات إلى باريس" }
                  - id: draft-idea
                    status: draft
                    channels: [x]
                    text: une idée
                """);
    }

    @Test
    void anAgendaOfSeveralBrandsSaysWhoseEachRowIs() {
        // two brands in two zones were mixed with neither brand nor zone: each time is its brand's own
        CliRun r = CliRun.of("agenda", "examples/multi-brand");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("  Fri 08 18:00  riad-mogador    approved  riad-winter-patio")
                .contains("  Wed 13 11:00  maison-lumiere  approved  lumiere-atelier-soldes");
        assertThat(CliRun.of("agenda", "examples/atlas-air").out()).doesNotContain("atlas-air  published");
        assertThat(CliRun.of("agenda", "examples/multi-brand", "--format", "markdown").out())
                .contains("| When | Brand | Post | Channels | Status | Lang | Text |")
                .contains("| Fri 08 Jan 18:00 | riad-mogador | `riad-winter-patio` |");
        // a filter that leaves one brand's rows still says whose they are (review); --brand names it already
        assertThat(CliRun.of("agenda", "examples/multi-brand", "--status", "review").out())
                .contains("  Tue 12 12:00  riad-mogador  review    riad-atlas-air-offer");
        assertThat(CliRun.of("agenda", "examples/multi-brand", "--brand", "riad-mogador").out())
                .contains("  Fri 08 18:00  approved  riad-winter-patio");
    }

    @Test
    void brandsInSeveralZonesHaveEachWeekOnceAndInOrder() throws IOException {
        // Paris's Monday 00:30 comes before Montreal's Sunday 20:00 in time: by instant, week 50's heading came first,
        // then week 49's, then week 50's again
        Path agency = Files.createDirectories(dir.resolve("agency"));
        Files.writeString(agency.resolve("edito.yaml"), """
                brands:
                  lumiere:
                    timezone: Europe/Paris
                    languages: [fr]
                    calendar: lumiere.yaml
                    channels: { x: { handle: "@lumiere" } }
                  erable:
                    timezone: America/Montreal
                    languages: [fr]
                    calendar: erable.yaml
                    channels: { x: { handle: "@erable" } }
                """);
        Files.writeString(agency.resolve("lumiere.yaml"), """
                defaults: { status: approved, channels: [x] }
                posts:
                  - { id: lundi-paris, at: 2026-12-07 00:30, text: "Bonne semaine" }
                  - { id: mardi-paris, at: 2026-12-08 09:00, text: "Mardi" }
                  - { id: reveillon, at: 2026-12-29 10:00, text: "Entre les fêtes" }
                """);
        Files.writeString(agency.resolve("erable.yaml"), """
                defaults: { status: approved, channels: [x] }
                posts:
                  - { id: dimanche-montreal, at: 2026-12-06 20:00, text: "Bon dimanche" }
                """);
        CliRun r = CliRun.of("agenda", agency.toString(), "--width", "100");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("Week 49 · 30 Nov – 6 Dec 2026", "dimanche-montreal",
                "Week 50 · 7 Dec – 13 Dec 2026", "lundi-paris", "mardi-paris",
                // a week across the new year gives both years: week 53 is 2026's
                "Week 53 · 28 Dec 2026 – 3 Jan 2027", "reveillon");
        assertThat(r.out().split("Week 50", -1)).hasSize(2);
        CliRun md = CliRun.of("agenda", agency.toString(), "--format", "markdown");
        assertThat(md.out()).containsSubsequence("## Week 49", "dimanche-montreal", "## Week 50", "lundi-paris",
                "mardi-paris", "## Week 53");
        assertThat(md.out().split("## Week 50", -1)).hasSize(2);
    }

    @Test
    void textIsSortedByTimeWeekByWeek() {
        CliRun r = CliRun.of("agenda", dir.toString(), "--width", "80");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsSubsequence("Week 49", "Tue 01 18:30", "first", "Week 50", "Tue 08 09:00",
                "second", "Not scheduled yet", "draft-idea", "3 posts");
        for (String line : r.out().split("\n")) {
            assertThat(io.edito.text.DisplayWidth.of(line)).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void filtersByDateChannelAndStatus() {
        CliRun r = CliRun.of("agenda", dir.toString(), "--from", "2026-12-02", "--to", "2026-12-08", "--format", "json");
        assertThat(r.out()).contains("\"id\" : \"second\"").doesNotContain("\"id\" : \"first\"");
        CliRun ig = CliRun.of("agenda", dir.toString(), "--channel", "instagram", "--format", "json");
        assertThat(ig.out()).contains("\"count\" : 1").contains("\"id\" : \"first\"");
        CliRun drafts = CliRun.of("agenda", dir.toString(), "--status", "draft", "--format", "json");
        assertThat(drafts.out()).contains("\"count\" : 1").contains("draft-idea");
        // read in any case, listed as the calendar writes them (the enum's DRAFT, REVIEW... were listed)
        assertThat(CliRun.of("agenda", dir.toString(), "--status", "DRAFT", "--format", "json").out()).contains("draft-idea");
        CliRun bad = CliRun.of("agenda", dir.toString(), "--status", "approved,pending");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'pending' is not a status: draft, review, approved, scheduled, published, cancelled");
        CliRun word = CliRun.of("agenda", dir.toString(), "--from", "lundi");
        assertThat(word.exit()).isEqualTo(2);
        assertThat(word.err()).contains("'lundi' is not a date (2026-12-01), a date and time (2026-12-01T18:00), "
                + "'yesterday', 'today' or 'tomorrow'");
        // yesterday as report takes it (agenda refused it): the day before the brand's today
        CliRun yesterday = CliRun.of("agenda", dir.toString(), "--from", "yesterday", "--format", "json");
        assertThat(yesterday.exit()).as(yesterday.err()).isZero();
    }

    @Test
    void jsonKeepsEveryFieldWithOffsets() {
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(r.out()).contains("\"at\" : \"2026-12-01T18:30:00+01:00\"", "\"zone\" : \"Africa/Casablanca\"",
                "\"campaign\" : \"winter-sale\"", "\"ar\" : {", "تخفيضات الشتاء", "\"status\" : \"approved\"");
    }

    @Test
    void markdownEscapesCells() {
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "markdown");
        assertThat(r.out()).contains("| When | Post |").contains("\\\\ barres");
    }

    @Test
    void icsRoundTripsThroughAParser() throws Exception {
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "ics");
        assertThat(r.exit()).isZero();
        Calendar parsed = new CalendarBuilder().build(new StringReader(r.out()));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.stream().filter(e -> e.getSummary().getValue().startsWith("first")).findFirst().orElseThrow();
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("first@atlas-air.edito");
        Instant start = Instant.from(first.getDateTimeStart().getDate());
        assertThat(start).isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
        assertThat(first.getDescription().getValue()).contains("Soldes d'hiver").contains("Campaign: winter-sale");
        // UIDs are stable from run to run
        assertThat(CliRun.of("agenda", dir.toString(), "--format", "ics").out())
                .contains("UID:first@atlas-air.edito").contains("UID:second@atlas-air.edito");
    }

    @Test
    void anEmptySelectionIsStillAValidCalendar() throws Exception {
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "ics", "--from", "2030-01-01", "--to", "2030-01-31");
        assertThat(r.exit()).isZero();
        Calendar parsed = new CalendarBuilder().build(new StringReader(r.out()));
        assertThat(parsed.getComponents("VEVENT")).isEmpty();
        // RFC 5545 wants one component at least: the feed's time zone
        List<net.fortuna.ical4j.model.component.CalendarComponent> all = parsed.getComponents();
        assertThat(all).extracting(net.fortuna.ical4j.model.component.CalendarComponent::getName).containsExactly("VTIMEZONE");
        parsed.validate();
    }

    @Test
    void textShowsThePostAsDisplayedWithUrlsAndNamesIntact() throws IOException {
        post("""
                  - id: markup
                    at: 2026-12-02 10:00
                    channels: [x]
                    text: "**Soldes** snake_case_name 2*3*4 `code` https://atlas.example/soldes?utm_source=x&utm_medium=social&utm_campaign=winter-sale #AtlasAir"
                """);
        CliRun r = CliRun.of("agenda", dir.toString(), "--width", "250", "--from", "2026-12-02", "--to", "2026-12-02");
        assertThat(r.out()).contains("Soldes snake_case_name 234 code "
                + "https://atlas.example/soldes?utm_source=x&utm_medium=social&utm_campaign=winter-sale #AtlasAir");
    }

    @Test
    void markdownCellsShowTheTextAsDisplayed() throws IOException {
        String url = "https://atlas.example/soldes/lisbonne?utm_source=x&utm_medium=social&utm_campaign=winter-sale";
        post("""
                  - id: markup
                    at: 2026-12-02 10:00
                    channels: [x]
                    text: "**Soldes** snake_case_name a | b <i>x</i> %s #AtlasAir"
                """.formatted(url));
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "markdown", "--from", "2026-12-02", "--to",
                "2026-12-02");
        String row = r.out().lines().filter(l -> l.contains("`markup`")).findFirst().orElseThrow();
        String text = row.substring(row.indexOf("| fr | ") + 7, row.length() - 2);
        assertThat(text).isEqualTo("Soldes snake\\_case\\_name a \\| b \\<i\\>x\\</i\\> <" + url + "> #AtlasAir");
        // parsed back as CommonMark (after the table's own \| unescaping), the cell is the displayed text
        assertThat(io.edito.text.NetworkText.render(text.replace("\\|", "|")))
                .isEqualTo("Soldes snake_case_name a | b <i>x</i> " + url + " #AtlasAir");
    }

    /** Adds posts (YAML list items, indented 2) to the calendar in a file of their own. */
    private void post(String yaml) throws IOException {
        Files.writeString(dir.resolve("calendar/more.yaml"), "defaults:\n  status: approved\nposts:\n" + yaml);
    }

    @Test
    void outputIsWrittenAtomicallyToAFile() throws IOException {
        Path out = dir.resolve("feed/cal.ics");
        CliRun r = CliRun.of("agenda", dir.toString(), "--format", "ics", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("BEGIN:VCALENDAR");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void anAccountWhoseLanguageThePostLacksSaysSoInTheFeedAsInTheOtherViews() throws Exception {
        CliRun r = CliRun.of("agenda", "examples/atlas-air", "--format", "ics", "--channel", "x-ar");
        assertThat(r.exit()).as(r.err()).isZero();
        VEvent e = new CalendarBuilder().build(new StringReader(r.out())).<VEvent>getComponents("VEVENT").stream()
                // on [x, x-ar]: the French on x is the post's row, the Arabic account a row of its own
                .filter(v -> v.getUid().orElseThrow().getValue().startsWith("x-ar-flash-fr-only+x-ar@")).findFirst()
                .orElseThrow();
        assertThat(e.getDescription().getValue()).endsWith("\n\n(no ar text: nothing goes out here)");
    }
}
