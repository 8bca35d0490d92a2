package io.edito.cli;

import io.edito.cli.completion.Candidates;
import io.edito.cli.completion.CommandTree;
import io.edito.core.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edito __complete KIND -- WORDS...}: the calendar values the completion scripts offer, one a line.
 * Hidden; never fails loudly (prints nothing and exits 0 when there is nothing to offer or anything goes wrong).
 */
@Command(name = "__complete", hidden = true,
        description = "For the completion scripts: print the post ids, channels or brands of the calendar that the "
                + "command line WORDS would read, one a line.")
final class CompleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", arity = "0..*", description = "posts, channels or brands, then -- and the words typed.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (args.isEmpty()) {
            return ExitCode.OK;
        }
        CommandTree.Dynamic kind = CommandTree.Dynamic.of(args.get(0));
        if (kind == null) {
            return ExitCode.OK;
        }
        List<String> words = args.subList(1, args.size());
        try {
            Set<String> valueOptions = new HashSet<>();
            for (CommandTree c : CommandTree.of(spec.root().commandLine()).all()) {
                c.options().stream().filter(CommandTree.Opt::takesValue).forEach(o -> valueOptions.addAll(o.names()));
            }
            for (String v : new Candidates(valueOptions, Path.of("")).of(kind, words)) {
                out.println(v);
            }
        } catch (RuntimeException e) {
            // completion stays silent: a half-typed command line is not an error
        }
        out.flush();
        return ExitCode.OK;
    }
}
