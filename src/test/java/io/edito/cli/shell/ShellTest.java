package io.edito.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import io.edito.cli.Main;
import io.edito.cli.completion.CommandTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell, fed through a dumb terminal: same output as the one-shot commands, history, completion. */
class ShellTest {
    static final String ATLAS = Path.of("examples/atlas-air").toString();

    record Session(int exit, String out) {
    }

    static Session session(Path history, String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                bytes, StandardCharsets.UTF_8)) {
            int exit = new Shell(t, Main::commandLine, history, Path.of("")).run();
            t.writer().flush();
            return new Session(exit, bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void runsCommandsWithTheOneShotOutput(@TempDir Path tmp) throws IOException {
        String check = "check " + ATLAS + " --now 2026-11-25T09:00:00Z";
        Session s = session(tmp.resolve("history"), "validate " + ATLAS + "\n" + check + "\nexit\n");
        CliRun validate = CliRun.of("validate", ATLAS);
        CliRun oneShot = CliRun.of(check.split(" "));
        assertThat(oneShot.exit()).isEqualTo(1);
        assertThat(s.out()).contains(validate.out().strip()).contains(oneShot.out().strip());
        assertThat(s.out()).contains("edito [1]> ").as("the prompt shows the last exit code");
        assertThat(s.exit()).isEqualTo(1);
    }

    @Test
    void commandsPipedInWriteOnlyTheirResultsOnStdoutAndTheirErrorsOnStderr() throws IOException {
        // printf 'validate\ncheck\n' | edito shell > out.txt: the banner and the prompts were in out.txt
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        String input = "validate " + ATLAS + "\nshell\nagneda\ncheck " + ATLAS + " --now 2026-11-25T09:00:00Z\n";
        int exit;
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            exit = new Shell(t, Main::commandLine, null, Path.of(""), new java.io.PrintWriter(out), new java.io.PrintWriter(err)).run();
        }
        CliRun validate = CliRun.of("validate", ATLAS);
        CliRun check = CliRun.of("check", ATLAS, "--now", "2026-11-25T09:00:00Z");
        assertThat(out.toString()).isEqualTo(validate.out() + check.out());
        assertThat(err.toString()).contains("edito: already in the shell").contains("unknown command 'agneda'")
                .doesNotContain("edito>");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void errorsAreOneLineAndTheShellGoesOn(@TempDir Path tmp) throws IOException {
        Session s = session(null, "agneda\nedito validate " + ATLAS + "\nshell\n\n   \n");
        assertThat(s.out()).contains("edito: unknown command 'agneda'", "Did you mean", "See 'edito --help'.")
                .contains(CliRun.of("validate", ATLAS).out().strip())
                .contains("edito: already in the shell");
        assertThat(s.exit()).as("end of input ends the shell; last command refused").isEqualTo(2);
    }

    @Test
    void historyIsKeptBetweenSessions(@TempDir Path tmp) throws IOException {
        Path history = tmp.resolve("state/history");
        session(history, "validate " + ATLAS + "\n agenda --secret-typed-with-a-space\nquit\n");
        assertThat(Files.readAllLines(history)).containsExactly("validate " + ATLAS, "quit");
        session(history, "due --help\n");
        assertThat(Files.readAllLines(history)).containsExactly("validate " + ATLAS, "quit", "due --help");
        try (var files = Files.list(history.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("history");
        }
    }

    @Test
    void theLastLineRunsWithoutALineFeedAndBangsAreText(@TempDir Path tmp) throws IOException {
        // printf 'check ...' | edito shell: the last line without \n was dropped, exit 0 where check fails
        String check = "check " + ATLAS + " --now 2026-11-25T09:00:00Z";
        Session s = session(null, check);
        assertThat(s.out()).contains(CliRun.of(check.split(" ")).out().strip());
        assertThat(s.exit()).isEqualTo(1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(check.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(new Shell(t, Main::commandLine, null, Path.of(""), new PrintWriter(out), new PrintWriter(err))
                    .run()).isEqualTo(1);
        }
        assertThat(out.toString()).isEqualTo(CliRun.of(check.split(" ")).out());
        // "Merci !!" is the text typed, not the previous command (a reply would have posted it)
        Session bangs = session(null, "validate " + ATLAS + "\nagneda!!\n");
        assertThat(bangs.out()).contains("unknown command 'agneda!!'").doesNotContain("agnedavalidate");
    }

    @Test
    void aHistoryLineInAnotherEncodingCostsNoOtherLine(@TempDir Path tmp) throws IOException {
        // one byte of Latin-1 made the whole file unreadable, then replaced by this session's lines
        Path history = tmp.resolve("history");
        Files.write(history, "check --channel x\nagenda caf\u00e9\nvalidate\n".getBytes(StandardCharsets.ISO_8859_1));
        session(history, "due --help\n");
        assertThat(Files.readAllLines(history)).containsExactly("check --channel x", "agenda caf\uFFFD", "validate",
                "due --help");
    }

    @Test
    void ctrlCStopsTheRunningCommandAndTheShellGoesOn(@TempDir Path tmp) throws Exception {
        // preview --watch runs until Ctrl-C: in the shell, Ctrl-C killed the shell and lost its history
        Path history = tmp.resolve("history");
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(keys);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "dumb", in, screen, StandardCharsets.UTF_8)) {
            java.util.concurrent.CompletableFuture<Integer> run = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> new Shell(t, Main::commandLine, history, Path.of("")).run());
            keys.write(("preview " + ATLAS + " --watch --html " + tmp.resolve("p.html") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            keys.flush();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!screen.toString(StandardCharsets.UTF_8).contains("Ctrl-C stops") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Ctrl-C stops");
            t.raise(Terminal.Signal.INT);
            keys.write(("validate " + ATLAS + "\nexit\n").getBytes(StandardCharsets.UTF_8));
            keys.close();
            int exit = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("edito: stopping preview")
                    .contains("edito [130]> ").contains(CliRun.of("validate", ATLAS).out().strip());
            assertThat(exit).isZero();
        }
        assertThat(Files.readAllLines(history)).hasSize(3).last().isEqualTo("exit");
    }

    // ---- completion --------------------------------------------------------------------------------------------

    static List<String> complete(String line) throws IOException {
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).build();
            CommandTree tree = CommandTree.of(Main.commandLine(new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())));
            ShellCompleter completer = new ShellCompleter(tree, Path.of(""));
            List<Candidate> out = new ArrayList<>();
            completer.complete(reader, new DefaultParser().parse(line, line.length()), out);
            return out.stream().map(Candidate::value).filter(v -> v.startsWith(
                    new DefaultParser().parse(line, line.length()).word())).toList();
        }
    }

    @Test
    void completesCommandsOptionsAndCalendarValues() throws IOException {
        assertThat(complete("ch")).containsExactly("check");
        assertThat(complete("ledger ")).containsExactlyInAnyOrder("list", "show", "export", "resolve", "migrate");
        assertThat(complete("check --fa")).containsExactly("--fail-on");
        assertThat(complete("check --color ")).containsExactly("auto", "always", "never");
        assertThat(complete("preview " + ATLAS + " winter-sale-l"))
                .containsExactlyInAnyOrder("winter-sale-launch", "winter-sale-last-call-fediverse");
        assertThat(complete("agenda " + ATLAS + " --brand ")).containsExactly("atlas-air");
        assertThat(complete("check " + ATLAS + " --channel instagram,li"))
                .containsExactly("instagram,linkedin", "instagram,linkedin-en");
        assertThat(complete("validate examples/atlas-air/ed")).containsExactly("examples/atlas-air/edito.yaml");
    }
}
