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
        // backslashes stay (Windows paths, and what one-shot commands receive); with no escape character a completed
        // path holding a space is put in quotes ('my cal/'), which the parser reads back as one word
        parser.setEscapeChars(null);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("edito")
                .parser(parser)
                .completer(new ShellCompleter(tree, cwd))
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                // "Merci !!" is text: !! and !n are not history references (a reply's text would become the last command)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // a folder completed in quotes ('my cal/) keeps its slash on Enter: JLine turned it into a space
                // inside the quote ("my cal " is no folder)
                .option(LineReader.Option.AUTO_REMOVE_SLASH, false)
                .build();
        loadHistory(reader.getHistory());
        if (interactive) {
            out.println("edito shell: commands as on the command line, without 'edito'; TAB completes; "
                    + "'help' lists the commands; exit or Ctrl-D ends.");
            out.flush();
        }
        int last = 0;
        try {
            boolean end = false;
            while (!end) {
                List<String> parsed;
                try {
                    reader.readLine(!interactive ? "" : last == 0 ? "edito> " : "edito [" + last + "]> ");
                    parsed = reader.getParsedLine().words();
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C: a new line
                } catch (EndOfFileException e) {
                    // the last line of piped commands without a line feed after it is a command all the same
                    String partial = e.getPartialLine();
                    if (partial == null || partial.isBlank()) {
                        break;
                    }
                    parsed = parser.parse(partial, partial.length()).words();
                    end = true;
                }
                List<String> words = new ArrayList<>(parsed);
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
                last = interactive ? interruptible(words, out, err, reader.getHistory())
                        : commands.apply(out, err).execute(words.toArray(String[]::new));
                out.flush();
                err.flush();
            }
        } finally {
            saveHistory(reader.getHistory());
        }
        return last;
    }

    /** The exit code of a command stopped by Ctrl-C: 128 + SIGINT, as a shell reports it. */
    static final int INTERRUPTED = 130;

    /**
     * Runs a command of an interactive session: Ctrl-C stops it (the shell goes on, as a shell's Ctrl-C stops the
     * program in the foreground, not the shell); a second Ctrl-C, for a command that does not stop, ends the shell,
     * its history saved.
     */
    private int interruptible(List<String> words, PrintWriter out, PrintWriter err, History history) {
        Thread command = Thread.currentThread();
        int[] presses = {0};
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> {
            if (++presses[0] == 1) {
                err.println();
                err.println("edito: stopping " + words.get(0) + " (Ctrl-C again leaves the shell)");
                err.flush();
                command.interrupt();
            } else {
                saveHistory(history);
                terminal.writer().flush();
                Runtime.getRuntime().halt(INTERRUPTED);
            }
        });
        try {
            int code = commands.apply(out, err).execute(words.toArray(String[]::new));
            return Thread.interrupted() || presses[0] > 0 ? INTERRUPTED : code;
        } finally {
            terminal.handle(Terminal.Signal.INT, before);
            Thread.interrupted(); // the next command starts uninterrupted
        }
    }

    /** Whether the history file could not be read: it is then left as it is, not replaced by this session's lines. */
    private boolean historyUnreadable;

    /** How many lines the history held once the file's were added: this session's come after them. */
    private int historyLoaded;

    /** Adds the history file's lines to {@code history}. */
    private void loadHistory(History history) {
        List<String> lines = readHistory();
        if (lines == null) {
            historyUnreadable = true;
            return;
        }
        for (String line : lines) {
            history.add(line);
        }
        historyLoaded = history.size();
    }

    /**
     * The history file's lines, a byte that is not UTF-8 read as U+FFFD (a line typed in another encoding does not
     * cost the others); empty when there is none, null when it cannot be read.
     */
    private List<String> readHistory() {
        if (historyFile == null || !Files.isRegularFile(historyFile)) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (String line : new String(Files.readAllBytes(historyFile), StandardCharsets.UTF_8).split("\r?\n")) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            terminal.writer().println("edito: history not read (" + e.getMessage() + "): it is left as it is");
            terminal.writer().flush();
            return null;
        }
    }

    /**
     * Adds this session's lines (those after the first {@link #historyLoaded}) to the file as it is now, so that two
     * shells open at once both keep theirs, and keeps the last {@link #HISTORY_SIZE}; written atomically like every
     * file edito writes.
     */
    private void saveHistory(History history) {
        if (historyFile == null || historyUnreadable) {
            return;
        }
        List<String> mine = new ArrayList<>();
        history.forEach(e -> {
            if (e.index() >= historyLoaded) {
                mine.add(e.line().replace('\n', ' '));
            }
        });
        if (mine.isEmpty()) {
            return;
        }
        List<String> lines = readHistory();
        if (lines == null) {
            return;
        }
        lines = new ArrayList<>(lines);
        for (String line : mine) {
            if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line)) {
                lines.add(line);
            }
        }
        List<String> kept = lines.subList(Math.max(0, lines.size() - HISTORY_SIZE), lines.size());
        try {
            AtomicFiles.writeStringPrivate(historyFile, String.join("\n", kept) + "\n");
        } catch (EditoException e) {
            terminal.writer().println("edito: history not saved: " + e.getMessage());
            terminal.writer().flush();
        }
    }
}
