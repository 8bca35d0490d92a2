package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.browser.Chromium;
import io.edito.browser.Chromium.Run;
import io.edito.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads generated pages in real headless Chromium ({@link Chromium}). A control page with the same payloads left raw
 * proves that the checks would see a payload run.
 */
class PreviewBrowserTest {
    static final Path SCREENSHOT = Path.of("target/preview-screenshot.png");

    @TempDir
    Path tmp;

    @BeforeAll
    static void chromium() throws Exception {
        Chromium.require();
    }

    private Run chromium(Path page, String... extra) throws IOException, InterruptedException {
        return Chromium.load(page, tmp, extra);
    }

    @Test
    void controlPageShowsThatTheChecksSeeAPayloadRun() throws Exception {
        Path control = tmp.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><html><head><title>control</title></head><body>"
                + "<img src=x onerror=\"" + Hostile.JS + "\"><script>console.error('edito-control')</script></body></html>");
        Run run = chromium(control, "--dump-dom");
        assertThat(run.dom()).contains("<title>" + Hostile.TITLE_PAYLOAD + "</title>").contains("<" + Hostile.MARKER);
        assertThat(run.consoleLines()).anyMatch(l -> l.contains("edito-control"));
    }

    @Test
    void hostileCalendarRunsNothingInTheBrowser() throws Exception {
        Path project = Hostile.project(tmp.resolve("evil"));
        Path page = tmp.resolve("out/hostile.html");
        generate(page, project);
        Run run = chromium(page, "--dump-dom");
        assertThat(run.dom()).as("the page loaded").contains("hostile-post").contains("</html>");
        // the title is the brand's hostile name, as text, and no payload replaced it
        assertThat(run.dom()).contains("<title>&lt;script&gt;document.title=").doesNotContain("<title>" + Hostile.TITLE_PAYLOAD);
        assertThat(run.dom()).doesNotContain("<" + Hostile.MARKER);
        assertThat(run.consoleLines()).as("console messages (errors, CSP violations)").isEmpty();
    }

    @Test
    void examplePageRendersWithoutConsoleErrorsAndIsScreenshot() throws Exception {
        Path project = PreviewFixture.copyProject(tmp.resolve("atlas"));
        Path page = tmp.resolve("out/preview.html");
        generate(page, project);
        Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
        Files.deleteIfExists(SCREENSHOT);
        Run run = chromium(page, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,2000",
                "--hide-scrollbars");
        assertThat(run.consoleLines()).as("console messages").isEmpty();
        assertThat(SCREENSHOT).exists();
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
        Run dom = chromium(page, "--dump-dom");
        // Arabic cards are laid out right to left
        assertThat(dom.dom()).contains("lang=\"ar\" dir=\"rtl\"").contains("تخفيضات الشتاء");
    }

    /**
     * Layout as Chromium computes it, measured by a probe script added to a copy of the page (the page itself allows
     * no script: its Content-Security-Policy line is left out of the copy only). The probe writes its measures into
     * an attribute that the dumped DOM shows.
     */
    @Test
    void arabicEntitiesKeepTheirDirectionCarouselsPageAndAGroupSitsSideBySide() throws Exception {
        Path project = PreviewFixture.copyProject("/preview/groups", tmp.resolve("groups"));
        Path page = tmp.resolve("out/groups.html");
        generate(page, project);
        String html = Files.readString(page);
        assertThat(html).contains("script-src 'none'");
        String probe = """
                <script>
                function rect(e) { return e.getBoundingClientRect(); }
                function charLeft(node, i) { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                  return r.getBoundingClientRect().left; }
                const out = {};
                const ar = document.querySelector('article.net-x[lang="ar"]');
                const tag = [...ar.querySelectorAll('.text .hashtag')].find(e => e.textContent === '#DarLkhobz');
                const t = tag.firstChild;
                out.hashLeftOfD = charLeft(t, 0) < charLeft(t, 1);
                out.lengthDirection = getComputedStyle(ar.querySelector('.first-comment .length')).direction;
                const car = document.querySelector('article.net-instagram[lang="ar"] .carousel');
                const strip = car.querySelector('.slides');
                const slides = car.querySelectorAll('.slide');
                out.slides = slides.length;
                out.firstShownAtStart = Math.abs(rect(slides[0]).left - rect(strip).left) < 2;
                car.querySelectorAll('.pager a')[1].click();
                setTimeout(() => {
                  out.secondShownAfterClick = Math.abs(rect(slides[1]).left - rect(strip).left) < 2;
                  out.firstHiddenAfterClick = rect(slides[0]).right <= rect(strip).left + 1 || rect(slides[0]).left >= rect(strip).right - 1;
                  const cols = [...document.querySelectorAll('.group-columns > section.post')];
                  out.columns = cols.length;
                  out.sameRow = Math.abs(rect(cols[0]).top - rect(cols[1]).top) < 1 && rect(cols[0]).left < rect(cols[1]).left;
                  document.body.setAttribute('data-probe', JSON.stringify(out));
                }, 500);
                </script>
                """;
        Path probed = page.resolveSibling("groups-probe.html");
        Files.writeString(probed, html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", probe + "</body>"));
        Run run = chromium(probed, "--dump-dom", "--window-size=1400,2000");
        assertThat(run.consoleLines()).as("console messages").isEmpty();
        String measures = run.dom().replaceAll("(?s).*data-probe=\"([^\"]*)\".*", "$1").replace("&quot;", "\"");
        assertThat(measures).as("probe result in %s", run.dom().length() > 400 ? "the DOM" : run.dom())
                .isEqualTo("{\"hashLeftOfD\":true,\"lengthDirection\":\"ltr\",\"slides\":3,"
                        + "\"firstShownAtStart\":true,\"secondShownAfterClick\":true,\"firstHiddenAfterClick\":true,"
                        + "\"columns\":2,\"sameRow\":true}");
    }

    private static void generate(Path page, Path project) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), "preview", "--html", page.toString(),
                project.toString());
        assertThat(code).as(e.toString()).isZero();
    }
}
