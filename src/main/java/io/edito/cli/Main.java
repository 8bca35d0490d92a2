package io.edito.cli;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs edito with {@code args}, printing to {@code rawOut} and {@code rawErr} (made terminal-safe); returns the exit code. */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        // no control sequence from a calendar, an export or a server reaches the terminal (TerminalSafeWriter)
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
        CommandLine cl = commandLine(out, err);
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

    /** The configured command line: root, subcommands, error handlers and exit-code mapping. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        EditoCommand root = new EditoCommand();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parseResult -> {
            root.applyColor(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            e.println("edito: " + ex.getMessage());
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
