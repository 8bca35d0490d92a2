package io.edito.cli;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.text.TextWarmup;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        System.setOut(stdout.printStream()); // the shell's terminal writes there too
        int code = run(stdout, err, args);
        err.flush();
        System.exit(code);
    }

    /**
     * Runs edito with its output going to {@code stdout}; returns the exit code, which is 3 when a write to it failed
     * (a full disk, a closed pipe): the output is incomplete, and a script must not take it for a result. A full disk
     * and the like are said on {@code err} in one line; a pipe closed by its reader ({@code edito agenda | head}) is
     * not, as the reader stopped on purpose.
     */
    static int run(StandardOutput stdout, PrintWriter err, String... args) {
        PrintStream bytes = stdout.printStream();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        int code = run(out, bytes, err, args);
        out.flush();
        bytes.flush();
        IOException failure = stdout.failure();
        if (failure == null) {
            return code;
        }
        if (!StandardOutput.closedByReader(failure)) {
            err.println("edito: cannot write to standard output: " + failure.getMessage()
                    + " (the output is incomplete)");
            err.flush();
        }
        return ExitCode.RUNTIME;
    }

    /** Runs edito with {@code args}, printing to {@code rawOut} and {@code rawErr} (made terminal-safe); returns the exit code. */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        return run(rawOut, null, rawErr, args);
    }

    /**
     * {@link #run(PrintWriter, PrintWriter, String...)}, given also the byte stream {@code rawOut} writes to in UTF-8
     * (or null): large outputs made on all cores are encoded there and written to it as bytes.
     */
    static int run(PrintWriter rawOut, java.io.OutputStream rawBytes, PrintWriter rawErr, String... args) {
        // no control sequence from a calendar, an export or a server reaches the terminal (TerminalSafeWriter)
        PrintWriter out = new TerminalSafeWriter.Printing(new TerminalSafeWriter(rawOut, rawBytes));
        PrintWriter err = new TerminalSafeWriter.Printing(new TerminalSafeWriter(rawErr));
        List<Class<?>> subcommands = subcommandsFor(args);
        if (subcommands.size() == 1 && MEASURE_TEXT.contains(subcommands.get(0))) {
            TextWarmup.startInBackground(); // overlaps picocli's set-up and the reading of the calendar
        }
        CommandLine cl = build(out, err, subcommands);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("edito: " + (e instanceof OutOfMemoryError ? "out of memory" : "input nested too deeply")
                    + " (run with --stacktrace for details)");
            if (java.util.Arrays.asList(args).contains("--stacktrace")) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.RUNTIME;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** picocli's message when a command line names no command. */
    private static final String MISSING_COMMAND = "Missing required subcommand";

    /** How picocli's {@code help} says it does not know its topic ("Unknown subcommand 'chek'."). */
    private static final java.util.regex.Pattern UNKNOWN_HELP_TOPIC = java.util.regex.Pattern.compile(
            "Unknown subcommand '(.*)'\\.");

    /**
     * {@code edito help chek} as {@code edito chek}: an unknown command, with the suggestions picocli makes for one
     * (its help command says only that it does not know the word).
     */
    static CommandLine.ParameterException helpTopicAsCommand(CommandLine.ParameterException ex) {
        java.util.regex.Matcher m = ex.getMessage() == null || ex instanceof CommandLine.UnmatchedArgumentException
                ? null : UNKNOWN_HELP_TOPIC.matcher(ex.getMessage());
        if (m == null || !m.matches() || ex.getCommandLine().getSubcommands().isEmpty()) {
            return ex;
        }
        return new CommandLine.UnmatchedArgumentException(ex.getCommandLine(), List.of(m.group(1)));
    }

    /** picocli's message, except for a word where a command is expected: "unknown command 'x'". */
    static String message(CommandLine.ParameterException ex) {
        CommandLine.ParseResult parsed = ex.getCommandLine().getParseResult();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getCommandLine().getSubcommands().isEmpty()
                && (parsed == null || parsed.subcommand() == null)
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            // the command's path below the root, then the word: "unknown command 'ledger foo'"
            String path = u.getCommandLine().getCommandSpec().qualifiedName(" ");
            int space = path.indexOf(' ');
            return "unknown command '" + (space < 0 ? "" : path.substring(space + 1) + " ") + u.getUnmatched().get(0) + "'";
        }
        // picocli's message for a map option names it twice ("Value for option option '--handle' ...")
        return ex.getMessage() == null ? null : ex.getMessage().replace("option option '", "option '");
    }

    /**
     * The subcommands, in the order of the root's help. picocli builds the model of a command by reflection (about
     * 0.2 s for all of them on a cold JVM), so a command line that names one gets only that one: see
     * {@link #subcommandsFor}.
     */
    static final Map<String, Class<?>> BY_NAME = byName(
            "validate", ValidateCommand.class,
            "agenda", AgendaCommand.class,
            "check", CheckCommand.class,
            "report", ReportCommand.class,
            "due", DueCommand.class,
            "publish", PublishCommand.class,
            "ledger", LedgerCommand.class,
            "login", LoginCommand.class,
            "listen", ListenCommand.class,
            "mentions", MentionsCommand.class,
            "preview", PreviewCommand.class,
            "init", InitCommand.class,
            "schema", SchemaCommand.class,
            "shell", ShellCommand.class,
            "completion", CompletionCommand.class,
            "__complete", CompleteCommand.class,
            "help", CommandLine.HelpCommand.class);
    static final List<Class<?>> SUBCOMMANDS = List.copyOf(BY_NAME.values());

    /** Names given here, not read from each class's annotation: reading annotations is reflection too. */
    private static Map<String, Class<?>> byName(Object... pairs) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Commands that render and measure post texts. */
    private static final Set<Class<?>> MEASURE_TEXT = Set.of(CheckCommand.class, PreviewCommand.class,
            PublishCommand.class);

    /** Root options that take a parameter in the next argument (unless written {@code --opt=value}). */
    private static final Set<String> ROOT_OPTIONS_WITH_PARAMETER = Set.of("--color", "--config");

    /** Commands that need every other command's model: help listings, completion, the shell. */
    private static final Set<String> NEEDS_ALL = Set.of("help", "shell", "completion", "__complete");

    /** The configured command line with every subcommand: root, subcommands, error handlers and exit-code mapping. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return build(out, err, SUBCOMMANDS);
    }

    /**
     * The subcommands to register for {@code args}: when they name one (the first argument that is neither an
     * option nor a root option's parameter), only that one, and none for {@code --version} alone; anything else (no
     * command, --help, help, shell, completion, an unknown name that needs a suggestion) gets all of them. What runs,
     * what it prints and its exit code are the same either way.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("-")) {
                if (a.equals("-h") || a.equals("--help")) {
                    return SUBCOMMANDS;
                }
                if (ROOT_OPTIONS_WITH_PARAMETER.contains(a)) {
                    i++;
                }
                continue;
            }
            if (NEEDS_ALL.contains(a)) {
                return SUBCOMMANDS;
            }
            Class<?> c = BY_NAME.get(a);
            return c == null ? SUBCOMMANDS : List.of(c);
        }
        boolean versionOnly = args.length > 0 && Arrays.stream(args).allMatch(
                a -> a.equals("-V") || a.equals("--version") || a.equals("--stacktrace") || a.startsWith("--color="));
        return versionOnly ? List.of() : SUBCOMMANDS;
    }

    /**
     * The root's scope is inherited (options, exit codes), and so would be its header: a subcommand that has none
     * of its own gets none, so that its help and the root's list of commands show its own description.
     */
    private static void ownHeaders(CommandLine parent) {
        for (CommandLine sub : parent.getSubcommands().values()) {
            Object user = sub.getCommandSpec().userObject();
            Class<?> type = user instanceof Class<?> c ? c : user == null ? null : user.getClass();
            CommandLine.Command command = type == null ? null : type.getAnnotation(CommandLine.Command.class);
            if (command != null && command.header().length == 0) {
                sub.getCommandSpec().usageMessage().header(new String[0]);
            }
            ownHeaders(sub);
        }
    }

    private static CommandLine build(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        EditoCommand root = new EditoCommand();
        CommandLine cl = new CommandLine(root);
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
        ownHeaders(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parseResult -> {
            // each command line is a command of its own (edito shell runs many): files read before it are not its inputs
            io.edito.core.InputFiles.forget();
            CommandLine.ParseResult last = parseResult;
            while (last.subcommand() != null) {
                last = last.subcommand();
            }
            if (!last.unmatched().isEmpty()) {
                // "edito kpi --help", "edito ledger foo --help": picocli shows the help for the --help and forgets the
                // unknown command (without --help, an unmatched argument is its error already)
                throw new CommandLine.UnmatchedArgumentException(last.commandSpec().commandLine(), last.unmatched());
            }
            root.applyColor(parseResult);
            // a --format other than text (or an export, CSV by default, or --as) paints nothing: a colour sequence on
            // stdout then comes from the data
            boolean painted = true;
            for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
                Object format = r.matchedOptionValue("--format", null);
                painted &= format == null ? !r.commandSpec().name().equals("export")
                        : String.valueOf(format).equalsIgnoreCase("text");
                painted &= r.matchedOptionValue("--as", null) == null;
            }
            for (PrintWriter w : List.of(out, err)) { // without colours, a colour sequence comes from the data: shown
                if (w instanceof TerminalSafeWriter.Printing p) {
                    p.colours(root.color() && (painted || w == err));
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler((thrown, args) -> {
            CommandLine.ParameterException ex = helpTopicAsCommand(thrown);
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            if (c.getCommandSpec().parent() == null && MISSING_COMMAND.equals(ex.getMessage())) {
                // "edito" alone: what it can do, on stderr (no command ran: a usage error)
                e.println("edito: no command given");
                e.println();
                c.usage(e, c.getColorScheme());
                e.flush();
                return ExitCode.INPUT;
            }
            e.println("edito: " + (ex != thrown ? "unknown command '"
                    + ((CommandLine.UnmatchedArgumentException) ex).getUnmatched().get(0) + "'" : message(ex)));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("See '" + c.getCommandSpec().qualifiedName() + " --help'.");
            e.flush();
            return ExitCode.INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter e = c.getErr();
            if (ex instanceof EditoException ee) {
                e.println("edito: " + ee.getMessage());
                if (root.stacktrace) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return ee.exitCode();
            }
            e.println("edito: internal error: " + ex + " (please report it; run with --stacktrace for details)");
            if (root.stacktrace) {
                ex.printStackTrace(e);
            }
            e.flush();
            return ExitCode.RUNTIME;
        });
        return cl;
    }
}
