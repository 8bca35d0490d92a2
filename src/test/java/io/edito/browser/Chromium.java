package io.edito.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real headless Chromium (Debian's {@code chromium}) for the HTML safety tests of the preview and the report. When it
 * is missing it is installed with apt-get if the tests run as root; the tests are skipped with a message only where
 * that is impossible.
 */
public final class Chromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    /** What a payload does when it runs: sets the title and adds an element; either one shows in the dumped DOM. */
    public static final String TITLE_PAYLOAD = "PWNED";
    public static final String MARKER = "pwned-marker";
    public static final String JS = "document.title='" + TITLE_PAYLOAD + "';document.body.appendChild("
            + "document.createElement('" + MARKER + "'))";

    private Chromium() {
    }

    /** Makes sure Chromium is there (installing it as root), else skips the calling test class. */
    public static void require() throws IOException, InterruptedException {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(root, "chromium is not installed at /usr/bin/chromium and this test is not root: "
                + "run 'apt-get install -y chromium' to run the browser test");
        Files.createDirectories(Path.of("target"));
        Process p = new ProcessBuilder("apt-get", "install", "-y", "chromium").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/chromium-install.log").toFile()))
                .start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        Assumptions.assumeTrue(done && p.exitValue() == 0 && Files.isExecutable(BINARY),
                "chromium could not be installed with apt-get (see target/chromium-install.log): browser test skipped");
    }

    /** What Chromium printed and the DOM after the page ran. */
    public record Run(String dom, String log) {
        /** The page's console messages (errors, CSP violations, console.log). */
        public List<String> consoleLines() {
            return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    /** Loads {@code page} (a file) with the given extra switches; {@code work} holds the profile and the output. */
    public static Run load(Path page, Path work, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--user-data-dir=" + work.resolve("profile-" + System.nanoTime()),
                "--enable-logging=stderr", "--log-level=0", "--virtual-time-budget=2000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = work.resolve("stdout-" + System.nanoTime());
        Path err = work.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
