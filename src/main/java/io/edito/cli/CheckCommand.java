package io.edito.cli;

import io.edito.check.ChangeScope;
import io.edito.check.CheckResult;
import io.edito.check.render.CheckCheckstyle;
import io.edito.check.render.CheckGithub;
import io.edito.check.render.CheckJson;
import io.edito.check.render.CheckJunit;
import io.edito.check.render.CheckSarif;
import io.edito.check.render.CheckText;
import io.edito.check.render.GithubStepSummary;
import io.edito.check.run.Checker;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Severity;
import io.edito.network.Networks;
import io.edito.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every post against the brand charter and each network's rules.",
        footerHeading = "%nExamples:%n",
        footer = {"  edito check examples/atlas-air",
            "  edito check --format sarif --output edito.sarif  for GitHub code scanning",
            "  edito check --format github --changed-since origin/main  on a pull request",
            "  edito check --fail-on warning --channel instagram"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
            "2:bad usage, or errors in the calendar or the charter", "3:output could not be written"})
final class CheckCommand extends CalendarCommand {

    @Option(names = "--charter", paramLabel = "FILE", description = "The charter (default: each brand's own, named by its charter: key).")
    Path charter;

    /** The formats this command writes: picocli lists them (and only them) on a wrong --format. */
    enum Format { text, json, sarif, junit, github, checkstyle }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, junit, github or checkstyle (default: text).")
    Format format = Format.text;

    /** What {@code --fail-on} completes to. */
    static final class Levels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("error", "warning", "info").iterator();
        }
    }

    @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = Levels.class, description = "Exit 1 on findings at or above: error, warning or info (default: error).")
    String failOn = "error";

    @picocli.CommandLine.Mixin
    PostFilter filter;

    @Option(names = "--changed-since", paramLabel = "GIT-REV", description = "Only the posts a change since this git revision can affect: those of changed calendar files, those using a changed media file; every post of a brand whose charter changed; every post when edito.yaml or edito's network facts changed.")
    String changedSince;

    @Mixin
    RunClock clock = new RunClock();

    @Mixin
    Output output = new Output();

    @Override
    public Integer call() {
        try {
            return run();
        } catch (EditoException e) {
            if (e.exitCode() == ExitCode.INPUT) {
                output.removeStale(spec.commandLine().getErr());
            }
            throw e;
        }
    }

    private Integer run() {
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw EditoException.input("--fail-on must be error, warning or info, not '" + failOn + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        Project project = loadJudged(err);
        PostFilter.requireKnown(filter.brands, filter.channels, project.config()); // a misspelt --brand first
        clock.readIn(PostFilter.zone(filter.brands, project.config(), input.tz), err);
        filter.range.asOf(clock.instant()); // --at moves today and tomorrow too
        filter.requireKnown(project.config(), input.tz);
        Checker checker = new Checker(Networks.defaults());
        ChangeScope scope = changedSince == null ? null : ChangeScope.since(changedSince, project.calendar(), charter);
        if (scope != null && !root.quiet()) {
            scope.reasons().forEach(r -> err.println("edito: note: " + r + ": checking every post it affects"));
            err.flush();
        }
        Checker.Options options = new Checker.Options(filter.channelSet(project.config()), filter.brandSet(), filter.start(),
                filter.endExclusive(), scope == null ? null : scope.selects(),
                clock.instant());
        CheckResult result = checker.check(project.calendar(), project.charters(), options);
        String version = VersionProvider.version();
        Consumer<PrintWriter> report = switch (format) {
            case json -> out -> CheckJson.write(result, out); // streamed: tens of megabytes on a large calendar
            case sarif -> printing(CheckSarif.render(result, version, "https://github.com/edito-cli/edito"));
            case junit -> printing(CheckJunit.render(result, threshold));
            case github -> printing(CheckGithub.render(result, stepSummary() != null));
            case checkstyle -> printing(CheckCheckstyle.render(result));
            case text -> printing(CheckText.render(result, output.paint(root)));
        };
        if (!(root.quiet() && format == Format.text && !result.fails(threshold))) {
            output.render(spec.commandLine().getOut(), report);
        }
        if (format == Format.sarif && result.findings().size() > CheckSarif.GITHUB_MAX_RESULTS) {
            err.println("edito: warning: " + result.findings().size() + " results in one SARIF run: GitHub code "
                    + "scanning takes at most " + CheckSarif.GITHUB_MAX_RESULTS + " per run: check a part at a time "
                    + "(--channel, --from/--to, a folder) for an upload");
            err.flush();
        }
        // after the annotations: a summary that cannot be written does not take them away (an empty variable is none)
        String summary = stepSummary();
        if (format == Format.github && summary != null) {
            try {
                GithubStepSummary.append(Path.of(summary), result);
            } catch (EditoException | java.nio.file.InvalidPathException e) {
                err.println("edito: warning: GITHUB_STEP_SUMMARY: " + e.getMessage() + " (the annotations are out; "
                        + "no step summary)");
                err.flush();
            }
        }
        // the input's own warnings (a time that happens twice, a charter term that matches another's places) are
        // printed above, not findings: --fail-on warning counts them too (it passed with a DST overlap unsaid)
        long inputWarnings = !Severity.WARNING.atLeast(threshold) ? 0 : java.util.stream.Stream.of(
                project.workspace().problems(), project.settingsProblems(), project.charterProblems())
                .flatMap(java.util.List::stream).filter(p -> !p.isError()).count();
        if (inputWarnings > 0 && !result.fails(threshold)) {
            err.println("edito: " + inputWarnings + (inputWarnings == 1 ? " warning" : " warnings") + " about the input ("
                    + (root.quiet() ? "edito validate lists them" : "above") + ") with --fail-on " + failOn + ": exit 1");
            err.flush();
        }
        return result.fails(threshold) || inputWarnings > 0 ? ExitCode.CHECKS_FAILED : ExitCode.OK;
    }

    /**
     * The project, exit 2 on an error of the calendar, the charters or the publish settings (printed on stderr, and
     * in GitHub's format as annotations too: a broken file shows on the pull request).
     */
    private Project loadJudged(PrintWriter err) {
        Project project = format != Format.github ? project(charter) : project(charter, problems -> {
            PrintWriter out = spec.commandLine().getOut();
            problems.stream().filter(p -> p.isError() || !root.quiet()).forEach(p -> out.print(CheckGithub.problem(p) + "\n"));
            out.flush();
        });
        int publishErrors = CalendarInput.printProblems(project.settingsProblems(), root, err);
        int charterErrors = CalendarInput.printProblems(project.charterProblems(), root, err);
        if (publishErrors + charterErrors > 0) {
            int errors = publishErrors + charterErrors;
            throw new EditoException(ExitCode.INPUT, errors + (errors == 1 ? " error" : " errors") + " in "
                    + (publishErrors > 0 ? "the publish: settings of edito.yaml" : "")
                    + (publishErrors > 0 && charterErrors > 0 ? " and " : "")
                    + (charterErrors > 0 ? "the charter" : ""));
        }
        return project;
    }

    /** The job summary's file GitHub names, or null (an empty variable is none). */
    private static String stepSummary() {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        return summary == null || summary.isBlank() ? null : summary;
    }

    private static Consumer<PrintWriter> printing(String report) {
        return out -> out.print(report);
    }
}
