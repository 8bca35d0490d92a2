package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {
    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path src = Path.of(getClass().getResource("/preview/project").toURI());
        project = io.edito.TestFiles.copyTree(src, tmp.resolve("atlas"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {24, 25, 26, 27, 28})
    void narrowCardsOfTheExampleKeepTheirFrame(int width) {
        // regression: "┄┄ behind “see more” ┄┄" stuck out of cards 24 to 26 columns wide
        CliRun r = CliRun.of("preview", "--color", "never", "--width", Integer.toString(width), "examples/atlas-air");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("behind").contains("see more");
        for (String line : r.out().split("\n")) {
            if (line.startsWith("│") || line.startsWith("╭") || line.startsWith("╰") || line.startsWith("├")) {
                assertThat(io.edito.text.DisplayWidth.of(line)).as("[%s]", line).isEqualTo(width);
            }
        }
        CliRun tooNarrow = CliRun.of("preview", "--width", "23", "examples/atlas-air");
        assertThat(tooNarrow.exit()).isEqualTo(2);
        assertThat(tooNarrow.err()).contains("--width 23 is too narrow for a card (24 columns at least)");
        // each line is drawn that wide: it ran out of memory (exit 3)
        CliRun tooWide = CliRun.of("preview", "--width", "2147483647", "examples/atlas-air");
        assertThat(tooWide.exit()).isEqualTo(2);
        assertThat(tooWide.err()).contains("--width 2147483647 is wider than any terminal (9999 columns at most)");
        CliRun noSuchLanguage = CliRun.of("preview", "--lang", "ra", "examples/atlas-air");
        assertThat(noSuchLanguage.exit()).as("not an empty page").isEqualTo(2);
        assertThat(noSuchLanguage.err()).isEqualTo("edito: --lang: no post of the calendar is in 'ra' (did you mean "
                + "'ar'?); its languages: ar, en, fr" + System.lineSeparator());
    }

    @Test
    void postIdsAndPathsAreToldApart() {
        CliRun r = CliRun.of("preview", "--color", "never", "--width", "60", project.toString(), "tokyo-route");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("LinkedIn", "tokyo-route · ja", "first comment:").doesNotContain("winter-sale-launch");
        assertThat(r.out().lines().filter(l -> l.startsWith("╭")).count()).isEqualTo(1);
    }

    @Test
    void theSharedPostFilterSelectsBrandsAndRefusesAnUnknownOne() {
        Path multi = Path.of("examples/multi-brand");
        CliRun all = CliRun.of("preview", "--color", "never", "--width", "80", multi.toString());
        CliRun riad = CliRun.of("preview", "--color", "never", "--width", "80", multi.toString(), "--brand", "riad-mogador");
        assertThat(riad.exit()).as(riad.err()).isZero();
        long cards = riad.out().lines().filter(l -> l.startsWith("╭")).count();
        assertThat(cards).isPositive().isLessThan(all.out().lines().filter(l -> l.startsWith("╭")).count());
        assertThat(riad.out()).contains("riad-mogador").doesNotContain("maison-lumiere");
        CliRun typo = CliRun.of("preview", multi.toString(), "--brand", "riad");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("--brand: unknown brand 'riad' (did you mean 'riad-mogador'?)");
    }

    /**
     * A post named with filters that leave it out is refused with why, as publish refuses the same --post (it
     * printed "No posts match." and exit 0); so is a language none of the selected brands' posts is in.
     */
    @Test
    void aNamedPostTheFiltersLeaveOutIsRefusedWithWhy() {
        String multi = Path.of("examples/multi-brand").toString();
        CliRun brand = CliRun.of("preview", multi, "lumiere-dst-note", "--brand", "riad-mogador");
        assertThat(brand.exit()).isEqualTo(2);
        assertThat(brand.err()).contains("post lumiere-dst-note is brand maison-lumiere's, not riad-mogador's");
        CliRun channel = CliRun.of("preview", multi, "riad-winter-patio", "--channel", "linkedin");
        assertThat(channel.exit()).isEqualTo(2);
        assertThat(channel.err()).contains("post riad-winter-patio is on none of linkedin (its channels: ");
        CliRun lang = CliRun.of("preview", multi, "lumiere-dst-note", "--lang", "en");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("post lumiere-dst-note is in none of en (its languages: fr)");
        CliRun brandLang = CliRun.of("preview", multi, "--brand", "maison-lumiere", "--lang", "en");
        assertThat(brandLang.exit()).isEqualTo(2);
        assertThat(brandLang.err()).contains("--lang: no post of brand maison-lumiere is in 'en'");
        // together: the dates, an account that sends none of the languages asked (review)
        CliRun dates = CliRun.of("preview", multi, "lumiere-atelier-soldes", "--from", "2027-02-01");
        assertThat(dates.exit()).isEqualTo(2);
        assertThat(dates.err()).contains("post lumiere-atelier-soldes has no card with --from 2027-02-01");
        CliRun shown = CliRun.of("preview", "--color", "never", "--width", "80", multi, "riad-winter-patio",
                "--brand", "riad-mogador", "--channel", "instagram");
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("riad-winter-patio").doesNotContain("No posts match");
    }

    @Test
    void unknownPostIdIsAnInputErrorWithTheClosestId() {
        CliRun r = CliRun.of("preview", project.toString(), "winter-sale-lunch");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("edito: no post 'winter-sale-lunch'").contains("did you mean 'winter-sale-launch'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void channelLanguageAndDateFiltersCombine() {
        CliRun r = CliRun.of("preview", "--color", "never", "--width", "80", "--channel", "instagram,facebook",
                "--lang", "ar", "--from", "2026-12-01", "--to", "2026-12-01", project.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("╭")).toList())
                .hasSize(2).allMatch(l -> l.contains("winter-sale-launch · ar"));
    }

    @Test
    void unknownChannelSuggestsTheNetwork() {
        CliRun r = CliRun.of("preview", "--channel", "instagarm", project.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown channel 'instagarm'").contains("did you mean 'instagram'?");
    }

    @Test
    void foldOptionMovesTheFold() {
        CliRun usual = CliRun.of("preview", "--color", "never", "--width", "80", project.toString(), "tokyo-route");
        CliRun mobile = CliRun.of("preview", "--color", "never", "--width", "80", "--fold", "linkedin=140",
                project.toString(), "tokyo-route");
        assertThat(usual.out()).doesNotContain("behind");
        assertThat(mobile.exit()).as(mobile.err()).isZero();
        assertThat(mobile.out()).contains("…see more", "┄┄ behind “see more” ┄┄");
    }

    @Test
    void watchNeedsHtml() {
        CliRun r = CliRun.of("preview", "--watch", project.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--watch").contains("--html");
    }

    @Test
    void htmlIsWrittenAtomicallyAndNothingGoesToStdout() throws IOException {
        Path out = tmp.resolve("site/preview.html");
        CliRun r = CliRun.of("preview", "--html", out.toString(), project.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + out).contains("15 previews");
        String page = Files.readString(out);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("class=\"weeks\"").contains("href=\"#post-1\"")
                .contains("id=\"post-1\"").contains("dir=\"rtl\"").contains("aspect-ratio: 4 / 5");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("preview.html");
        }
    }

    /**
     * The week grid puts a channel that a variant moves on its own day, as its card and the agenda do (review: the
     * page had only the post's own week, with Facebook badged on Sunday).
     */
    @Test
    void theWeekGridShowsAMovedChannelOnItsOwnDay() throws IOException {
        Path p = tmp.resolve("moved");
        io.edito.testing.OneBrandProject.write(p, "Europe/Paris", "fr",
                "  x: { handle: \"@atlas\" }\n  facebook: { handle: \"atlas\" }", """
                  - id: pa-moved
                    at: 2026-10-25 23:30
                    channels: [x, facebook]
                    status: review
                    text: "moved on fb"
                    variants: { facebook: { at: 2026-10-26 00:00 } }
                """);
        Path out = tmp.resolve("moved.html");
        CliRun r = CliRun.of("preview", "--html", out.toString(), p.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String grid = Files.readString(out);
        grid = grid.substring(grid.indexOf("class=\"weeks\""), grid.indexOf("</table>"));
        assertThat(grid).contains("W43 2026").contains("W44 2026");
        String w43 = grid.substring(grid.indexOf("W43 2026"), grid.indexOf("W44 2026"));
        String w44 = grid.substring(grid.indexOf("W44 2026"));
        assertThat(w43).contains("23:30").contains("title=\"x\"").doesNotContain("title=\"facebook\"");
        assertThat(w44).contains("00:00").contains("title=\"facebook\"").doesNotContain("title=\"x\"");
    }

    @Test
    void watchRewritesThePageWhenTheCalendarChangesAndStopsWhenInterrupted() throws Exception {
        Path out = tmp.resolve("preview.html");
        Path calendar = project.resolve("calendar/2026-12.yaml");
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread watch = new Thread(() -> exit.set(Main.run(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "preview", "--html", out.toString(), "--watch", project.toString())));
        watch.start();
        try {
            awaitContent(out, "Soldes d&#39;hiver", Duration.ofSeconds(30));
            assertThat(Files.readString(out)).contains("http-equiv=\"refresh\"");
            // a broken calendar gives an error page, and the watch goes on
            String original = Files.readString(calendar);
            Files.writeString(calendar, original.replace("status: approved", "status: aproved"));
            awaitContent(out, "The calendar has errors", Duration.ofSeconds(30));
            Files.writeString(calendar, original.replace("Soldes d'hiver", "Grandes soldes d'hiver"));
            awaitContent(out, "Grandes soldes d&#39;hiver", Duration.ofSeconds(30));
        } finally {
            watch.interrupt();
            watch.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(watch.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        assertThat(err.toString()).contains("watching").contains("2026-12.yaml changed").contains("aproved");
    }

    private static void awaitContent(Path file, String text, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(file + " never contained '" + text + "' within " + timeout
                + (Files.exists(file) ? "" : " (file missing)"));
    }

    @Test
    void anArabicCardIsRightToLeftWhenItsTextStartsWithALatinName() throws IOException {
        // "Atlas Air تقدم ..." made the whole card left to right; its text still takes its own direction (auto)
        Path p = Files.createDirectories(tmp.resolve("ar"));
        io.edito.testing.OneBrandProject.write(p, "Africa/Casablanca", "ar", "  x: { handle: \"@atlas\" }", """
                  - { id: m2, at: 2027-01-05 10:00, channels: [x], status: approved, lang: ar, text: "Atlas Air تقدم عروضا جديدة" }
                """);
        Path out = tmp.resolve("ar.html");
        CliRun r = CliRun.of("preview", p.toString(), "m2", "--html", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String page = Files.readString(out);
        assertThat(page).containsPattern("<article [^>]*lang=\"ar\" dir=\"rtl\"")
                .contains("class=\"text\" dir=\"auto\"");
    }
}
