package io.edito.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (exec-maven-plugin, process-test-classes): writes the man pages edito(1), edito-check(1), ... as
 * asciidoc into the folder given as argument, from the same command model as --help and the completion scripts.
 * The root's header is inherited by every subcommand's help; a man page's NAME line must say what that command
 * does, so each subcommand gets the first sentence of its own description as header here.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        File outdir = new File(args.length > 0 ? args[0] : "target/man");
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        name(root.getCommandSpec(), true);
        int rc = ManPageGenerator.generateManPage(outdir, null, new boolean[0], true, root.getCommandSpec());
        if (rc != 0) {
            throw new IllegalStateException("ManPageGenerator exited " + rc);
        }
    }

    private static void name(CommandSpec spec, boolean isRoot) {
        if (!isRoot) {
            String[] description = spec.usageMessage().description();
            String text = String.join(" ", description).replaceAll("\\s+", " ").trim();
            int end = text.indexOf(". ");
            String first = end > 0 ? text.substring(0, end) : text.replaceAll("\\.$", "");
            spec.usageMessage().header(first.isEmpty() ? spec.name() : first);
        }
        for (CommandLine sub : spec.subcommands().values()) {
            name(sub.getCommandSpec(), false);
        }
    }
}
