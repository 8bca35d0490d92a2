package io.edito.cli;

import io.edito.core.ExitCode;
import io.edito.core.Problem;
import io.edito.project.Project;
import io.edito.validate.Validation;
import io.edito.validate.ValidationJson;
import io.edito.validate.ValidationText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load edito.yaml (with every channel's publish: settings), the calendar and the charters and report every structural problem, with file:line:column.",
        footerHeading = "%nExamples:%n",
        footer = {"  edito validate                      the project of the working folder",
            "  edito validate examples/atlas-air",
            "  edito validate calendar/2026-12.yaml --tz Africa/Casablanca --format json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may remain)", "2:errors in edito.yaml, the calendar or a charter, or bad usage"})
final class ValidateCommand extends CalendarCommand {

    @Mixin
    TextOrJson format;

    @Override
    public Integer call() {
        // the charters and the publish: settings too, as check and publish read them: a typo there would otherwise
        // pass validate and fail the check step, or the next cron run, after it
        Project project = projectUnjudged();
        List<Problem> more = new ArrayList<>(project.settingsProblems());
        more.addAll(project.charterProblems());
        more.addAll(io.edito.kpi.TargetSpec.problemsOf(project.workspace().config()));
        Validation v = Validation.of(project.workspace(), more);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.print(ValidationJson.render(v));
        } else {
            ValidationText.render(v, root.paint(), root.quiet(), out);
        }
        out.flush();
        return v.errors() > 0 ? ExitCode.INPUT : ExitCode.OK;
    }
}
