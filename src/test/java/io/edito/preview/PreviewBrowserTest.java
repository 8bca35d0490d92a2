package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads generated pages in real headless Chromium (Debian's {@code chromium}). When it is missing the test installs
 * it with apt-get if it runs as root, and is skipped with a message only where that is impossible.
 * A control page with the same payloads left raw proves that the checks would see a payload run.
 */
class PreviewBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOT = Path.of("target/preview-screenshot.png");

    @TempDir
    Path tmp;

    @BeforeAll
    static void chromium() throws Exception {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(root, "chromium is not installed at /usr/bin/chromium and this test is not root: "
                + "run 'apt-get install -y chromium' to run the browser test");
        Process p = new ProcessBuilder("apt-get", "install", "-y", "chromium").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/chromium-install.log").toFile()))
                .start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        Assumptions.assumeTrue(done && p.exitValue() == 0 && Files.isExecutable(CHROMIUM),
                "chromium could not be installed with apt-get (see target/chromium-install.log): browser test skipped");
    }

    /** What Chromium printed and the DOM after the page ran. */
    record Run(String dom, String log) {
        List<String> consoleLines() {
            return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    private Run chromium(Path page, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--user-data-dir=" + tmp.resolve("profile-" + System.nanoTime()),
                "--enable-logging=stderr", "--log-level=0", "--virtual-time-budget=2000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = tmp.resolve("stdout-" + System.nanoTime());
        Path err = tmp.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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
