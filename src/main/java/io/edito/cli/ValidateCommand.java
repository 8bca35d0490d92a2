package io.edito.cli;

import io.edito.calendar.Workspace;
import io.edito.check.rules.BuiltinRules;
import io.edito.check.run.Charters;
import io.edito.core.ExitCode;
import io.edito.core.Problems;
import io.edito.network.Networks;
import io.edito.publish.Publishers;
import io.edito.validate.Validation;
import io.edito.validate.ValidationJson;
import io.edito.validate.ValidationText;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
        Workspace.Loaded loaded = input.loadAll(root);
        // the charters too: a typo there would otherwise pass validate and fail the check step after it
        Problems more = new Problems();
        // and the publish: settings, as publish reads them: a typo there would otherwise surface at the next cron run
        Publishers.validate(loaded.config(), more);
        Charters.load(loaded.calendar(), null, BuiltinRules.catalog(Networks.defaults()), more);
        Validation v = Validation.of(loaded, more.all());
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
