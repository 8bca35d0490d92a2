package io.edito.cli;

import io.edito.calendar.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The base of every command that reads a calendar: the global options, the calendar input, stdout and stderr. */
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
}
