package io.edito.cli;

import io.edito.core.ExitCode;
import io.edito.init.Scaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edito init [DIR] [--brand NAME] [--tz ZONE]}: a new calendar repository. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a calendar repository: edito.yaml, a charter with every rule commented, calendar/ with "
                + "one example post, GitHub Actions and GitLab CI pipelines (checks on pull requests, scheduled "
                + "publishing), a pre-commit hook and a .gitignore.",
            "Never overwrites a file: those that exist are listed as skipped, so init can fill in what is missing."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito init                                   in the working folder",
            "  edito init atlas-calendar --brand atlas-air --tz Africa/Casablanca",
            "  cd atlas-calendar && git init && git config core.hooksPath .githooks && edito check"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created (or everything already there)", "2:bad option, or DIR is a file",
            "3:a file could not be written"})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    EditoCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The project folder (default: the working folder).")
    Path dir;

    @Option(names = "--brand", paramLabel = "NAME",
            description = "The brand's id (default: made from the folder's name).")
    String brand;

    @Option(names = "--tz", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "The brand's time zone, an IANA zone such as Europe/Paris (default: the system's).")
    ZoneId tz;

    @Override
    public Integer call() {
        Path target = (dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
        String id = brand != null ? brand
                : target.getFileName() == null ? null : Scaffold.brandFrom(target.getFileName().toString());
        ZoneId zone = tz != null ? tz : ZoneId.systemDefault();
        if (zone instanceof ZoneOffset) {
            zone = ZoneId.of("UTC"); // a bare offset has no DST rules: not a brand's zone
        }
        Scaffold.Settings settings = new Scaffold.Settings(id == null ? "my-brand" : id, zone,
                LocalDate.now(zone).plusDays(7), VersionProvider.version());
        Scaffold.Result result = Scaffold.write(target, Scaffold.files(settings));
        PrintWriter out = spec.commandLine().getOut();
        Path shown = dir == null ? Path.of(".") : dir;
        for (Path p : result.written()) {
            if (!root.quiet()) {
                out.println("created " + shown.resolve(p));
            }
        }
        for (Path p : result.skipped()) {
            out.println("skipped " + shown.resolve(p) + " (exists; left as it is)");
        }
        if (!root.quiet() && !result.written().isEmpty()) {
            out.println();
            out.println("Next: " + (dir == null ? "" : "cd " + shellQuoted(shown.toString()) + " && ")
                    + "git init && git config core.hooksPath .githooks && edito check");
        }
        out.flush();
        return ExitCode.OK;
    }

    /** {@code path} as a POSIX shell word: as it is when it holds only safe characters, else in single quotes. */
    static String shellQuoted(String path) {
        if (!path.isEmpty() && path.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "/._-+,:@%".indexOf(c) >= 0))) {
            return path;
        }
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
