package io.edito.cli;

import io.edito.core.ExitCode;
import io.edito.schema.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edito schema calendar|charter|config}: the JSON Schema of one of edito's YAML files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of a calendar file, a charter or edito.yaml, for editors "
                + "that validate and complete YAML (VS Code with the YAML extension, IntelliJ).",
            "A file names its schema in its first line: # yaml-language-server: $schema=PATH. edito init writes the "
                + "three schemas into .edito/schema/ and that line into the files it creates."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito schema calendar > .edito/schema/calendar.schema.json",
            "  edito schema config --output .edito/schema/config.schema.json",
            "  (first line of calendar/2026-12.yaml:)",
            "  # yaml-language-server: $schema=../.edito/schema/calendar.schema.json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:schema printed", "2:unknown kind", "3:output could not be written"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}.")
    Schemas.Kind kind;

    @Mixin
    Output output = new Output();

    @Override
    public Integer call() {
        EditoCommand.refuseConfig(spec, "a schema is the same for every project: edito schema reads no project file");
        output.write(spec.commandLine().getOut(), Schemas.text(kind));
        return ExitCode.OK;
    }
}
