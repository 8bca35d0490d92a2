package io.edito.cli;

import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.init.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edito init [DIR] [--brand NAME] [--tz ZONE] [--languages L,L] [--handle NET=H] [--jar FILE]}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a calendar repository: edito.yaml, a charter with every rule commented, calendar/ with "
                + "one example post, GitHub Actions and GitLab CI pipelines (checks on pull requests, scheduled "
                + "publishing that commits the ledger and the outbox back), the edito they run (.edito/edito.jar), "
                + "a .gitignore and a pre-commit hook.",
            "Never overwrites a file: those that exist are listed as skipped, so init can fill in what is missing."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito init                                   in the working folder",
            "  edito init atlas-calendar --brand atlas-air --tz Africa/Casablanca",
            "  edito init --brand dar-lkhobz --languages fr,ar,en --handle x=DarLkhobz",
            "  cd atlas-calendar && git init",
            "  git config core.hooksPath .githooks     (edito check before each commit)"},
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

    @Option(names = "--languages", paramLabel = "LANGS", split = ",",
            description = "The brand's languages, comma-separated, the first being a post's default (such as fr,ar,en; default: en).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--handle", paramLabel = "NETWORK=HANDLE",
            description = "The account on a network of the project file (instagram, x, mastodon, bluesky, linkedin), checked against that network's rules; repeatable (default: made from the brand id).")
    List<String> handleArgs = new ArrayList<>();

    @Option(names = "--jar", paramLabel = "FILE",
            description = "The edito jar the repository keeps as .edito/edito.jar, which the pipelines run (default: the running edito's own jar).")
    Path jar;

    @Override
    public Integer call() {
        EditoCommand.refuseConfig(spec, "edito init writes the project file, edito.yaml, in DIR: give the folder");
        Path target = (dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
        String id = brand != null ? brand
                : target.getFileName() == null ? null : Scaffold.brandFrom(target.getFileName().toString());
        if (tz instanceof ZoneOffset) { // written into edito.yaml, it would be read as the brand's zone for good
            throw new CommandLine.ParameterException(spec.commandLine(), "--tz " + tz.getId() + " is an offset, "
                    + "which has no clock changes: give the brand's zone, such as Europe/Paris or Africa/Casablanca");
        }
        ZoneId zone = tz != null ? tz : ZoneId.systemDefault();
        if (zone instanceof ZoneOffset) {
            zone = ZoneId.of("UTC"); // the machine's zone a bare offset: no DST rules, not a brand's zone
        }
        Map<String, String> handles = handles(handleArgs);
        Path keep = jar != null ? checkedJar(jar) : runningJar();
        if (id == null && !root.quiet()) { // said, not done silently: the folder's name gave no id
            spec.commandLine().getErr().println("edito: note: brand id 'my-brand': the folder's name "
                    + (target.getFileName() == null ? "" : "'" + target.getFileName() + "' ")
                    + "has no ASCII letter or digit to make one from; give it with --brand");
        }
        Scaffold.Settings settings = new Scaffold.Settings(id == null ? "my-brand" : id, zone,
                LocalDate.now(zone).plusDays(7), VersionProvider.version(), languages, handles, keep);
        List<Scaffold.File> files = Scaffold.files(settings);
        boolean existing = Files.exists(target.resolve(ProjectConfig.FILE_NAME));
        if (existing) {
            // a project already: its calendar is its own (an example month would be made with this run's settings,
            // not the project's, and come back every month as "missing")
            files = files.stream().filter(f -> !f.path().startsWith("calendar")).toList();
        }
        Scaffold.Result result = Scaffold.write(target, files);
        PrintWriter out = spec.commandLine().getOut();
        Path shown = dir == null ? Path.of(".") : dir;
        for (Path p : result.written()) {
            out.println("created " + shown.resolve(p)); // what was done: the result, even with -q
        }
        if (!root.quiet()) {
            for (Path p : result.skipped()) {
                out.println("skipped " + shown.resolve(p) + " (exists; left as it is)");
            }
            if (existing) {
                out.println("skipped the example post: " + shown.resolve(ProjectConfig.FILE_NAME) + " exists, the calendar "
                        + "is the project's");
            }
        }
        if (keep == null && !Files.exists(target.resolve(Scaffold.KEPT_JAR))) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("edito: warning: " + shown.resolve(Scaffold.KEPT_JAR) + " not written: this edito does not run "
                    + "from a jar; the pipelines run that file: copy edito.jar there, or run init again with --jar FILE");
            err.flush();
        }
        if (!root.quiet() && !result.written().isEmpty()) {
            out.println();
            out.println("Next: " + (dir == null ? "" : "cd " + shellQuoted(shown.toString()) + " && ")
                    + "git init && git config core.hooksPath .githooks && edito check");
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * {@code --handle NETWORK=HANDLE} values by network, in the order given; a network given twice is a usage error
     * (which handle was meant cannot be told), as is a value without {@code =}.
     */
    private Map<String, String> handles(List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--handle '" + v + "': expected NETWORK=HANDLE (such as x=DarLkhobz)");
            }
            String network = v.substring(0, eq);
            String previous = out.put(network, v.substring(eq + 1));
            if (previous != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--handle " + network
                        + " given twice ('" + previous + "' and '" + v.substring(eq + 1) + "'): give one handle per network");
            }
        }
        return out;
    }

    /** The jar this edito runs from, or null (run from classes, as in a build). */
    private static Path runningJar() {
        try {
            java.security.CodeSource src = InitCommand.class.getProtectionDomain().getCodeSource();
            Path p = src == null ? null : Path.of(src.getLocation().toURI());
            return p != null && Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? p : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /** {@code --jar FILE}: a runnable jar of edito (its manifest's Main-Class is edito's), else exit 2. */
    private static Path checkedJar(Path file) {
        if (!Files.isRegularFile(file)) {
            throw EditoException.input("--jar: " + file + " is not a file");
        }
        try (JarFile j = new JarFile(file.toFile())) {
            Manifest m = j.getManifest();
            String main = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (!Main.class.getName().equals(main)) {
                throw EditoException.input("--jar: " + file + " is not a runnable jar of edito (its Main-Class is "
                        + (main == null ? "not set" : main) + ")");
            }
        } catch (IOException e) {
            throw EditoException.input("--jar: " + file + " is not a jar (" + e.getMessage() + ")");
        }
        return file;
    }

    /** {@code path} as a POSIX shell word: as it is when it holds only safe characters, else in single quotes. */
    static String shellQuoted(String path) {
        if (!path.isEmpty() && path.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "/._-+,:@%".indexOf(c) >= 0))) {
            return path;
        }
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
