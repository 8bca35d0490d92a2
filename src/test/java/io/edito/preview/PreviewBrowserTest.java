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

    private static void generate(Path page, Path project) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), "preview", "--html", page.toString(),
                project.toString());
        assertThat(code).as(e.toString()).isZero();
    }
}
