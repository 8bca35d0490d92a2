package io.edito.cli;

import io.edito.calendar.Workspace;
import io.edito.check.rules.BuiltinRules;
import io.edito.network.Networks;
import io.edito.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The base of every command that reads a calendar: the global options, the calendar input, stdout and stderr, and
 * the project loaded once.
 */
abstract class CalendarCommand implements Callable<Integer> {
    @ParentCommand
    EditoCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    CalendarInput input;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The calendar, with warnings printed; exit 2 on errors. */
    Workspace.Loaded load() {
        return input.load(root, err());
    }

    /**
     * The project: the calendar ({@link #load}: exit 2 on its errors), its charters ({@code charterOverride} for every
     * brand when given) and its publish settings, whose problems the command judges.
     */
    Project project(Path charterOverride) {
        return project(charterOverride, problems -> { });
    }

    /**
     * {@link #project(Path)}, each problem of the calendar, then of the charters and the publish settings, also given
     * to {@code seen} as it is found (before an error ends the command): check's GitHub annotations.
     */
    Project project(Path charterOverride, java.util.function.Consumer<java.util.List<io.edito.core.Problem>> seen) {
        Workspace.Loaded all = input.loadAll(root);
        seen.accept(all.problems());
        Project p = Project.of(CalendarInput.judged(all, root, err()), charterOverride,
                BuiltinRules.catalog(Networks.defaults()));
        seen.accept(p.settingsProblems());
        seen.accept(p.charterProblems());
        return p;
    }

    /** The project with nothing judged: every problem of the calendar, the charters and the settings, for reports. */
    Project projectUnjudged() {
        return Project.of(input.loadAll(root), null, BuiltinRules.catalog(Networks.defaults()));
    }
}
