package io.edito.cli.shell;

import io.edito.cli.completion.CommandTree;
import io.edito.core.AtomicFiles;
import io.edito.core.EditoException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive shell: reads a line, runs it as the one-shot command would run (a fresh command line each time,
 * the same output), with history kept between sessions and TAB completion. Ends on exit, quit or Ctrl-D.
 */
public final class Shell {
    /** History lines kept in the history file. */
    static final int HISTORY_SIZE = 1000;

    private final Terminal terminal;
    private final BiFunction<PrintWriter, PrintWriter, CommandLine> commands;
    private final Path historyFile;
    private final Path cwd;
    /** Where a piped session's commands write their output and their errors; null for a terminal. */
    private final PrintWriter pipedOut;
    private final PrintWriter pipedErr;

    /**
     * @param commands    makes a fresh edito command line writing to the given out and err writers
     * @param historyFile where history is kept between sessions (null: none)
     */
    public Shell(Terminal terminal, BiFunction<PrintWriter, PrintWriter, CommandLine> commands, Path historyFile,
                 Path cwd) {
        this(terminal, commands, historyFile, cwd, null, null);
    }

    /**
     * A shell whose commands are piped in ({@code printf 'validate\ncheck\n' | edito shell}) when {@code out} is
     * given: no banner and no prompts, each command's output on {@code out} and its errors on {@code err}, so that
     * stdout holds only the results, as on the command line.
     */
    public Shell(Terminal terminal, BiFunction<PrintWriter, PrintWriter, CommandLine> commands, Path historyFile,
                 Path cwd, PrintWriter out, PrintWriter err) {
        this.terminal = terminal;
        this.commands = commands;
        this.historyFile = historyFile;
        this.cwd = cwd;
        this.pipedOut = out;
        this.pipedErr = err;
    }

    /** Runs until exit, quit or end of input; returns the exit code of the last command. */
    public int run() {
        // commands piped in (no terminal): no banner and no prompts, each command's output and errors where they go
        // on the command line, so that stdout holds only the results
        boolean interactive = pipedOut == null;
        PrintWriter out = interactive ? terminal.writer() : pipedOut;
        PrintWriter err = interactive ? out : pipedErr;
        CommandTree tree = CommandTree.of(commands.apply(out, out));
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]); // backslashes stay: Windows paths, and what one-shot commands receive
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("edito")
                .parser(parser)
                .completer(new ShellCompleter(tree, cwd))
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .build();
        loadHistory(reader.getHistory());
        if (interactive) {
            out.println("edito shell: commands as on the command line, without 'edito'; TAB completes; "
                    + "'help' lists the commands; exit or Ctrl-D ends.");
            out.flush();
        }
        int last = 0;
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(!interactive ? "" : last == 0 ? "edito> " : "edito [" + last + "]> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C: a new line
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = new ArrayList<>(reader.getParsedLine().words());
                words.removeIf(String::isEmpty);
                if (!words.isEmpty() && words.get(0).equals("edito")) {
                    words.remove(0);
                }
                if (words.isEmpty()) {
                    continue;
                }
                String first = words.get(0);
                if (first.equals("exit") || first.equals("quit")) {
                    break;
                }
                if (first.equals("shell")) {
                    err.println("edito: already in the shell");
                    err.flush();
                    last = 2;
                    continue;
                }
                last = commands.apply(out, err).execute(words.toArray(String[]::new));
                out.flush();
                err.flush();
            }
        } finally {
            saveHistory(reader.getHistory());
        }
        return last;
    }

    private void loadHistory(History history) {
        if (historyFile == null || !Files.isRegularFile(historyFile)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(historyFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    history.add(line);
                }
            }
        } catch (IOException e) {
            terminal.writer().println("edito: history not read: " + e.getMessage());
        }
    }

    /** Keeps the last {@link #HISTORY_SIZE} lines, written atomically like every file edito writes. */
    private void saveHistory(History history) {
        if (historyFile == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        history.forEach(e -> lines.add(e.line().replace('\n', ' ')));
        List<String> kept = lines.subList(Math.max(0, lines.size() - HISTORY_SIZE), lines.size());
        try {
            AtomicFiles.writeStringPrivate(historyFile, kept.isEmpty() ? "" : String.join("\n", kept) + "\n");
        } catch (EditoException e) {
            terminal.writer().println("edito: history not saved: " + e.getMessage());
            terminal.writer().flush();
        }
    }
}
