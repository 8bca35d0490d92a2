package io.edito.cli;

import io.edito.cli.completion.BashCompletion;
import io.edito.cli.completion.FishCompletion;
import io.edito.cli.completion.ZshCompletion;
import io.edito.core.ExitCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code edito completion bash|zsh|fish}: prints the completion script for a shell. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for bash, zsh or fish: subcommands, options, fixed values, "
                + "and post ids, channels and brands read from the calendar at TAB time.",
            "The same scripts ship in completions/ of the distribution."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(edito completion bash)                       in ~/.bashrc",
            "  edito completion bash > ~/.local/share/bash-completion/completions/edito",
            "  source <(edito completion zsh)                        in ~/.zshrc",
            "  edito completion fish > ~/.config/fish/completions/edito.fish"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:script printed", "2:unknown shell"})
final class CompletionCommand implements Callable<Integer> {
    /** The shells edito writes completion for. */
    enum Shell { bash, zsh, fish }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        EditoCommand.refuseConfig(spec, "the script is the same for every project: edito completion reads no project file");
        PrintWriter out = spec.commandLine().getOut();
        out.print(script(shell, spec.root().commandLine()));
        out.flush();
        return ExitCode.OK;
    }

    /** The script of {@code shell} for the command tree under {@code root}. */
    static String script(Shell shell, CommandLine root) {
        return switch (shell) {
            case bash -> BashCompletion.script(root);
            case zsh -> ZshCompletion.script(root);
            case fish -> FishCompletion.script(root);
        };
    }
}
