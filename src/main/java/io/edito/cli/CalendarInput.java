package io.edito.cli;

import io.edito.calendar.Workspace;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Paint;
import io.edito.core.Problem;
import io.edito.network.Networks;
import io.edito.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The calendar a command reads: paths, --tz. Shared by every command that reads a calendar. */
public final class CalendarInput {
    /** The network ids a channel may be named after (read on first use: --help and --version need none). */
    static Set<String> networks() {
        return Set.copyOf(Networks.defaults().ids());
    }

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "A project folder (with edito.yaml), or calendar files and folders "
                    + "(default: the project of the working folder).")
    List<Path> paths = new ArrayList<>();

    // inherited: a command's subcommands (mentions close --at ... --tz ...) read their times in it too
    @Option(names = "--tz", paramLabel = "ZONE", converter = ZoneConverter.class, scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Time zone for local times, replacing the brand's (an IANA zone such as Europe/Paris).")
    ZoneId tz;

    /** Loads the calendar; prints warnings (unless quiet); throws with exit 2 when there are errors. */
    Workspace.Loaded load(EditoCommand root, PrintWriter err) {
        return judged(loadAll(root), root, err);
    }

    /** {@link #load(EditoCommand, PrintWriter)} of a calendar loaded already. */
    static Workspace.Loaded judged(Workspace.Loaded loaded, EditoCommand root, PrintWriter err) {
        int errors = printProblems(loaded.problems(), root, err);
        if (errors > 0) { // where they are: edito.yaml's problems are not the calendar's
            Path config = loaded.config().file() == null ? null : loaded.config().file().normalize();
            java.util.function.Predicate<io.edito.core.Problem> inEditoYaml = p -> config != null && p.pos() != null
                    && p.pos().file() != null && p.pos().file().normalize().equals(config);
            List<io.edito.core.Problem> errs = loaded.problems().stream()
                    .filter(p -> p.severity() == io.edito.core.Problem.Severity.ERROR).toList();
            boolean inConfig = errs.stream().anyMatch(inEditoYaml);
            boolean elsewhere = !errs.stream().allMatch(inEditoYaml);
            String where = inConfig && elsewhere ? "edito.yaml and the calendar" : inConfig ? "edito.yaml" : "the calendar";
            throw new EditoException(ExitCode.INPUT, errors + (errors == 1 ? " error" : " errors")
                    + " in " + where + " (run 'edito validate' for the full list)");
        }
        return loaded;
    }

    /** Loads without judging: the caller reports the problems. */
    Workspace.Loaded loadAll(EditoCommand root) {
        return new Workspace(new YamlReader(), networks())
                .load(new Workspace.Request(paths, root.config(), tz, Path.of("")));
    }

    /**
     * "2 errors in the calendar: posts a-1, b-2 left out of this run (run 'edito validate')": what publish and due say
     * of the errors inside the posts they select, whose posts they leave out (the ids in order, ten at most).
     */
    static String leftOut(List<Problem> errors) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        errors.forEach(p -> ids.add(p.post()));
        List<String> shown = ids.stream().limit(10).toList();
        return errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the calendar: "
                + (ids.size() == 1 ? "post " : "posts ") + String.join(", ", shown)
                + (ids.size() > shown.size() ? " and " + (ids.size() - shown.size()) + " more" : "")
                + " left out of this run (run 'edito validate')";
    }

    /** Prints each problem on one line to {@code err}; returns the number of errors. */
    static int printProblems(List<Problem> problems, EditoCommand root, PrintWriter err) {
        Paint paint = root.paint();
        int errors = 0;
        for (Problem p : problems) {
            if (p.isError()) {
                errors++;
            } else if (root.quiet()) {
                continue;
            }
            String sev = p.isError() ? paint.paint("error", Paint.Tone.RED, Paint.Tone.BOLD)
                    : paint.paint("warning", Paint.Tone.YELLOW, Paint.Tone.BOLD);
            err.println(paint.paint(p.pos().describe() + ":", Paint.Tone.BOLD) + " " + sev + ": " + p.message());
        }
        err.flush();
        return errors;
    }
}
