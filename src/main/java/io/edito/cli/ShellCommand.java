package io.edito.cli;

import io.edito.cli.shell.Shell;
import io.edito.core.EditoException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code edito shell}: an interactive shell running edito's commands, with history and completion. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"An interactive shell: type edito's commands without 'edito' (check, agenda --channel x, "
                + "preview winter-sale-launch...), with TAB completion of commands, options, post ids, channels and "
                + "brands, and history (Up, Ctrl-R) kept between sessions. Each command prints exactly what it prints "
                + "on the command line.",
            "exit, quit or Ctrl-D ends the shell; Ctrl-C clears the line."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito shell",
            "  edito shell --history .edito/history         history per calendar repository",
            "  printf 'validate\\ncheck --fail-on warning\\n' | edito shell   (from a pipe)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the last command succeeded (or none ran)", "1-3:the exit code of the last command"})
final class ShellCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Where history is kept (default: .edito_history in the home folder; none for commands "
                    + "piped in).")
    Path history;

    @Option(names = "--no-history", description = "Keep no history.")
    boolean noHistory;

    @Override
    public Integer call() {
        Path file = noHistory ? null : history != null ? history
                : io.edito.core.HomeFolder.of(System.getenv()).resolve(".edito_history");
        // UTF-8 whatever the locale, as the one-shot commands write (Main)
        try (Terminal terminal = TerminalBuilder.builder().name("edito").system(true).dumb(true)
                .encoding(java.nio.charset.StandardCharsets.UTF_8).build()) {
            if (System.console() == null) {
                // input or output is no terminal: commands piped in (or the results sent to a file); the results on
                // stdout, the errors on stderr, no prompt between them (TERM=dumb on a terminal keeps its prompts);
                // a script's commands are not a person's history (unless --history names a file for them)
                PrintWriter out = spec.commandLine().getOut();
                PrintWriter err = spec.commandLine().getErr();
                return new Shell(terminal, Main::commandLine, noHistory ? null : history, Path.of(""), out, err).run();
            }
            return new Shell(terminal, Main::commandLine, file, Path.of("")).run();
        } catch (IOException e) {
            throw EditoException.runtime("cannot open the terminal: " + e.getMessage(), e);
        }
    }
}
