package io.edito.cli;

import io.edito.calendar.Workspace;
import io.edito.config.ConfigLoader;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Problem;
import io.edito.kpi.ProjectInputs;
import io.edito.kpi.TargetSpec;
import io.edito.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The project {@code edito report} reads when there is one (edito.yaml found upwards or --config). An error in
 * edito.yaml itself (a mapping, a target list, a zone) stops the report (exit 2): a report made without the brand's
 * mappings or targets would be silently wrong. Errors only in the calendar files are a warning, and the report is
 * made with edito.yaml's targets, mappings and zone but without the calendar's posts (no plan against actual).
 */
final class ReportProject {
    private ReportProject() {
    }

    /** The project's inputs for the report of {@code brand} (null: the project's only brand, or none). */
    static ProjectInputs load(EditoCommand root, PrintWriter err, LocalDate asOf, String brand) {
        Optional<Path> config = root.config() != null ? Optional.of(root.config()) : ConfigLoader.find(Path.of(""));
        if (config.isEmpty()) {
            return ProjectInputs.NONE;
        }
        Workspace.Loaded loaded = new Workspace(new YamlReader(), CalendarInput.networks())
                .load(new Workspace.Request(List.of(), config.get(), null, Path.of("")));
        // a target that does not parse is an error of edito.yaml, at its line
        List<Problem> badTargets = loaded.config() == null ? List.of() : TargetSpec.problemsOf(loaded.config());
        if (loaded.hasErrors() || !badTargets.isEmpty()) {
            List<Problem> inConfig = new java.util.ArrayList<>(loaded.problems().stream().filter(Problem::isError)
                    .filter(p -> p.pos() != null && sameFile(p.pos().file(), config.get())).toList());
            inConfig.addAll(badTargets);
            if (!inConfig.isEmpty()) {
                int errors = CalendarInput.printProblems(inConfig, root, err);
                throw new EditoException(ExitCode.INPUT, errors + (errors == 1 ? " error" : " errors") + " in "
                        + config.get() + " (run 'edito validate' for the full list)");
            }
            if (loaded.config() == null) {
                err.println("edito: " + config.get() + " has errors (run edito validate): report made without it");
                return ProjectInputs.NONE;
            }
            err.println("edito: warning: the calendar of " + config.get() + " has errors (run edito validate): report "
                    + "made with its targets, mappings and zone, without the calendar's posts");
            return told(ProjectInputs.of(loaded, asOf, System.getenv(), brand).withPlanned(List.of()), err);
        }
        return told(ProjectInputs.of(loaded, asOf, System.getenv(), brand), err);
    }

    /** {@code p}, what it leaves out told on stderr (--quiet too: the report is not what was asked). */
    private static ProjectInputs told(ProjectInputs p, PrintWriter err) {
        p.notes().forEach(n -> err.println("edito: warning: " + n));
        return p;
    }

    private static boolean sameFile(Path a, Path b) {
        return a != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
