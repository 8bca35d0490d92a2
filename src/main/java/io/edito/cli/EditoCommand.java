package io.edito.cli;

import io.edito.core.Paint;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The root command: global options and the list of subcommands. */
@Command(name = "edito",
        versionProvider = VersionProvider.class,
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        sortOptions = false,
        header = "A command-line toolkit for community managers.",
        description = {
            "Plans an editorial calendar kept as YAML in git, checks every post against the brand charter and each "
                + "network's rules, previews, publishes exactly once from cron, and computes KPIs from CSV exports.",
            ""},
        // subcommands: registered by Main (all of them, or only the one a command line names: faster start-up)
        footerHeading = "%nExamples:%n",
        footer = {"  edito check examples/atlas-air          (charter and network rules)",
            "  edito preview --html preview.html       (each post as each network shows it)",
            "  edito publish                           (from cron: what is due, exactly once)",
            "  edito report exports/*.csv --by network (KPIs from the networks' exports)",
            "",
            "Documentation: docs/calendar.md (calendar format), docs/exit-codes.md. Report bugs with the output of "
                + "--stacktrace."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:checks failed (findings at or above the fail level, KPI targets missed, posts held back), an alert raised",
            "2:usage or input error (bad option, unreadable, invalid or unknown file)",
            "3:runtime failure (network, lock, I/O)"})
public final class EditoCommand {

    /** How to colour output. */
    public enum ColorMode { auto, always, never }

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for bug reports).")
    boolean stacktrace;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN",
            description = "Colour output: ${COMPLETION-CANDIDATES} (default: auto: only on a terminal, never with NO_COLOR).")
    ColorMode color = ColorMode.auto;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only errors and the results asked for.")
    boolean quiet;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The project file (default: edito.yaml in this folder or the nearest folder above).")
    Path config;

    private boolean colorOn;

    /** Decides colours once options are parsed, and gives picocli's help the same choice. */
    void applyColor(CommandLine.ParseResult parsed) {
        colorOn = switch (color) {
            case always -> true;
            case never -> false;
            case auto -> System.getenv("NO_COLOR") == null && CommandLine.Help.Ansi.AUTO.enabled();
        };
        CommandLine.Help.Ansi ansi = colorOn ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
        for (CommandLine c : parsed.asCommandLineList()) {
            c.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        }
    }

    public boolean color() {
        return colorOn;
    }

    /** Colours for renderers: picocli's ANSI styles when colour is on, plain text otherwise. */
    public Paint paint() {
        return colorOn ? AnsiPaint.INSTANCE : Paint.NONE;
    }

    public boolean quiet() {
        return quiet;
    }

    public Path config() {
        return config;
    }

    /**
     * For a command that reads no project file: {@code --config}, which every command inherits, is refused (exit 2)
     * rather than ignored, saying {@code why}.
     */
    static void refuseConfig(picocli.CommandLine.Model.CommandSpec spec, String why) {
        if (spec.root().userObject() instanceof EditoCommand root && root.config != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--config " + root.config + ": " + why);
        }
    }
}
