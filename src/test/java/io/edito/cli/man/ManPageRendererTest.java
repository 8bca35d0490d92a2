package io.edito.cli.man;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.ManPages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The roff man pages: one per visible command, complete against the model, escaped, valid for groff, deterministic. */
class ManPageRendererTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    private static final ManPageRenderer RENDERER = new ManPageRenderer("edito 0.1.0", DATE);

    private static Map<String, String> pages() {
        return RENDERER.render(ManPages.commandLine());
    }

    /** The visible commands below the root, as page names: edito-check, edito-ledger-show... */
    private static Set<String> visibleCommandPages(CommandLine cl, Set<String> out) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            if (!spec.usageMessage().hidden() && e.getKey().equals(spec.name())) {
                out.add(spec.qualifiedName("-") + ".1");
                visibleCommandPages(e.getValue(), out);
            }
        }
        return out;
    }

    /** The lines of section {@code name} of a page (between its .SH and the next). */
    private static String section(String page, String name) {
        String heading = name.contains(" ") ? ".SH \"" + name + "\"\n" : ".SH " + name + "\n";
        int start = page.indexOf(heading);
        assertThat(start).as("section " + name).isNotNegative();
        int end = page.indexOf("\n.SH ", start + heading.length());
        return page.substring(start + heading.length(), end < 0 ? page.length() : end + 1);
    }

    private static String roff(String text) {
        return Roff.escape(text);
    }

    @Test
    void everyVisibleCommandHasAPageAndHiddenOnesHaveNone() {
        Map<String, String> pages = pages();
        Set<String> expected = visibleCommandPages(ManPages.commandLine(), new TreeSet<>());
        expected.add("edito.1");
        assertThat(expected).contains("edito-check.1", "edito-report.1", "edito-ledger-show.1", "edito-help.1");
        assertThat(new TreeSet<>(pages.keySet())).isEqualTo(expected);
        assertThat(pages.keySet()).noneMatch(n -> n.contains("__complete"));
        assertThat(pages.keySet().iterator().next()).isEqualTo("edito.1");
    }

    @Test
    void everyPageHasTheStandardSections() {
        for (Map.Entry<String, String> e : pages().entrySet()) {
            String name = e.getKey().replaceAll("\\.1$", "");
            String page = e.getValue();
            assertThat(page).as(name)
                    .startsWith(".\\\" Generated from edito's command model")
                    .contains("\n.TH \"" + roff(name.toUpperCase(Locale.ROOT)) + "\" 1 \"2026\\-11\\-25\" \"edito 0.1.0\" \"Edito Manual\"\n")
                    .contains("\n.SH NAME\n" + roff(name) + " \\- ")
                    .contains("\n.SH SYNOPSIS\n.SY \"" + name.replace('-', ' ') + "\"\n")
                    .contains("\n.SH OPTIONS\n", "\n.SH \"EXIT STATUS\"\n", "\n.SH \"SEE ALSO\"\n")
                    .endsWith("\n");
            if (!name.equals("edito")) {
                assertThat(page).as(name + " has its own summary, not the root's")
                        .doesNotContain(roff(name) + " \\- A command\\-line toolkit for community managers");
            }
            // only ASCII: every other character is written \[uXXXX]
            assertThat(page.chars().allMatch(c -> c == '\n' || (c >= ' ' && c < 0x7F))).as(name + " is ASCII").isTrue();
            if (!name.equals("edito") && !name.equals("edito-help")) {
                assertThat(section(page, "EXAMPLES")).as(name).startsWith(".PP\n.EX\n").endsWith(".EE\n")
                        .contains(roff("edito " + name.split("-")[1]));
            }
        }
    }

    @Test
    void checkPageListsEveryOptionArgumentExitCodeAndExample() {
        CommandSpec check = ManPages.commandLine().getSubcommands().get("check").getCommandSpec();
        String page = pages().get("edito-check.1");
        assertThat(page).contains("\nedito\\-check \\- Check every post against the brand charter and each network\\(aqs rules\n");
        String options = section(page, "OPTIONS");
        List<OptionSpec> shown = check.options().stream().filter(o -> !o.hidden()).toList();
        assertThat(check.options()).as("--now, the former name of --at, is hidden").hasSize(shown.size() + 1);
        assertThat(options).doesNotContain("\\-\\-now");
        for (OptionSpec o : shown) {
            for (String n : o.names()) {
                assertThat(options).as(n).contains("\\fB" + roff(n) + "\\fR");
            }
            String firstWords = String.join(" ", o.description()).split(" \\(|, |\\.")[0];
            assertThat(options).as(o.longestName() + " description").contains(roff(firstWords));
        }
        assertThat(options).contains(".TP\n\\fB\\-o\\fR, \\fB\\-\\-output\\fR=\\fIFILE\\fR\nWrite to FILE (atomically");
        assertThat(options.lines().filter(".TP"::equals).count()).isEqualTo(shown.size());

        String arguments = section(page, "ARGUMENTS");
        for (PositionalParamSpec p : check.positionalParameters()) {
            assertThat(arguments).contains("\\fI" + roff(p.paramLabel()) + "\\fR");
        }

        String exit = section(page, "EXIT STATUS");
        assertThat(exit).contains(".TP\n\\fB0\\fR\nnothing at or above \\%\\-\\-fail\\-on\n",
                ".TP\n\\fB1\\fR\n", ".TP\n\\fB2\\fR\n", ".TP\n\\fB3\\fR\noutput could not be written\n");

        assertThat(section(page, "EXAMPLES")).isEqualTo(".PP\n.EX\n"
                + "edito check examples/atlas\\-air\n"
                + "\n"
                + "# for GitHub code scanning\n"
                + "edito check \\-\\-format sarif \\-\\-output edito.sarif\n"
                + "\n"
                + "# on a pull request\n"
                + "edito check \\-\\-format github \\-\\-changed\\-since origin/main\n"
                + "\n"
                + "edito check \\-\\-fail\\-on warning \\-\\-channel instagram\n"
                + ".EE\n");
        assertThat(section(page, "SYNOPSIS")).contains("\\%[\\fB\\-\\-fail\\-on\\fR=\\fILEVEL\\fR]",
                "\\%[\\fB\\-\\-brand\\fR=\\fIB\\fR[,\\fIB\\fR...]]...", "[\\fIPATH\\fR...]");
        assertThat(section(page, "SEE ALSO")).startsWith(".BR \\%edito (1),\n").contains(".BR \\%edito\\-report (1),\n")
                .doesNotContain("edito\\-check (1)");
    }

    @Test
    void rootPageListsTheCommandsAndNestedPagesTheirParent() {
        Map<String, String> pages = pages();
        String commands = section(pages.get("edito.1"), "COMMANDS");
        assertThat(commands).contains(".TP\n\\fBcheck\\fR\nCheck every post against the brand charter and each network\\(aqs"
                + " rules. See \\%\\fBedito\\-check\\fR(1).\n", ".TP\n\\fBledger\\fR\n", ".TP\n\\fBhelp\\fR\n"
                + "Display help information about the specified command.");
        assertThat(commands).doesNotContain("__complete");
        assertThat(section(pages.get("edito-ledger.1"), "COMMANDS")).contains("\\fBshow\\fR", "\\fBresolve\\fR");
        assertThat(section(pages.get("edito-ledger-show.1"), "SEE ALSO"))
                .startsWith(".BR \\%edito (1),\n.BR \\%edito\\-ledger (1),\n").contains("edito\\-ledger\\-list (1)");
    }

    /** A command whose texts hold everything roff treats specially. */
    @CommandLine.Command(name = "tricky", mixinStandardHelpOptions = true,
            description = {".starts with a dot, then a back\\slash: C:\\temp\\new", "'quoted at the start",
                "", "Second paragraph with @|bold strong|@ and @|italic,underline slanted|@ text, 50%% done,"
                + " caf\u00e9 \u2026 and an emoji \uD83D\uDE00."},
            footerHeading = "%nExamples:%n",
            footer = {"  tricky --dry-run 'a\\nb' ~/x ^y `z`   quoting (do not panic)", "  .tricky", "  tricky"},
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:ok", "1-3:not ok"})
    static final class Tricky implements Runnable {
        @CommandLine.Option(names = {"-n", "--dry-run"}, paramLabel = "FILE",
                description = ".hidden-looking \\fB not a font -- leave as is")
        String dryRun;

        @CommandLine.Parameters(paramLabel = "ARG", arity = "0..*", description = "Arguments.")
        List<String> args;

        @Override
        public void run() {
        }
    }

    private static String trickyPage() {
        return new ManPageRenderer("tricky 1.0", DATE).render(new CommandLine(new Tricky())).get("tricky.1");
    }

    @Test
    void escapesBackslashesLeadingDotsHyphensQuotesAndMarkup() {
        String page = trickyPage();
        assertThat(section(page, "DESCRIPTION")).isEqualTo(
                "\\&.starts with a dot, then a back\\eslash: C:\\etemp\\enew\n"
                + "\\(aqquoted at the start\n"
                + ".PP\n"
                + "Second paragraph with \\fBstrong\\fR and \\fIslanted\\fR text, 50% done, caf\\[u00E9] \\[u2026] and an"
                + " emoji \\[u1F600].\n");
        // the first word has a hyphen: \% (no hyphenation) comes first, so the dot is not at the start of the line
        assertThat(section(page, "OPTIONS")).contains(".TP\n\\fB\\-n\\fR, \\fB\\-\\-dry\\-run\\fR=\\fIFILE\\fR\n"
                + "\\%.hidden\\-looking \\efB not a font \\%\\-\\- leave as is\n");
        assertThat(section(page, "EXAMPLES")).isEqualTo(".PP\n.EX\n"
                + "# quoting (do not panic)\n"
                + "tricky \\-\\-dry\\-run \\(aqa\\enb\\(aq \\(ti/x \\(hay \\(gaz\\(ga\n"
                + "\n"
                + "\\&.tricky\n"
                + "tricky\n"
                + ".EE\n");
        assertThat(section(page, "EXIT STATUS")).contains("\\fB1\\-3\\fR\nnot ok\n");
        assertThat(page).doesNotContain("@|", "|@", "\u001B");
    }

    @Test
    void rendersAsPlainTextWithGroffWithoutWarnings(@TempDir Path dir) throws Exception {
        String groff = groff();
        Path page = dir.resolve("tricky.1");
        Files.writeString(page, trickyPage(), StandardCharsets.UTF_8);
        assertThat(run(dir, groff, "-man", "-Tutf8", "-ww", "-z", page.toString()).stderr()).isEmpty();
        Groff out = run(dir, groff, "-man", "-Tutf8", "-ww", "-P-c", "-P-b", "-P-u", "-rLL=200n", page.toString());
        assertThat(out.stderr()).isEmpty();
        // \- is a minus sign: some groff builds print U+2212 on UTF-8 terminals, Debian's prints ASCII
        String text = out.stdout().replace('\u2212', '-');
        assertThat(text).contains(".starts with a dot, then a back\\slash: C:\\temp\\new 'quoted at the start",
                "Second paragraph with strong and slanted text, 50% done, caf\u00e9 \u2026 and an emoji \uD83D\uDE00.",
                "-n, --dry-run=FILE", ".hidden-looking \\fB not a font -- leave as is",
                "tricky --dry-run 'a\\nb' ~/x ^y `z`", ".tricky", "# quoting (do not panic)", "1-3    not ok");
    }

    @Test
    void everyPageOfEditoPassesGroffWithoutWarnings(@TempDir Path dir) throws Exception {
        String groff = groff();
        ManPages.write(dir, "0.1.0", DATE);
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir.resolve("man1"))) {
            pages = s.sorted().toList();
        }
        assertThat(pages).hasSize(pages().size());
        for (Path page : pages) {
            Groff out = run(dir, groff, "-man", "-Tutf8", "-ww", "-P-c", "-P-b", "-P-u", page.toString());
            assertThat(out.stderr()).as(page.getFileName().toString()).isEmpty();
            assertThat(out.stdout()).as(page.getFileName().toString()).contains("NAME", "SYNOPSIS", "EXIT STATUS",
                    "edito 0.1.0", "2026-11-25");
        }
        String check = run(dir, groff, "-man", "-Tutf8", "-P-c", "-P-b", "-P-u", "-rLL=78n",
                dir.resolve("man1/edito-check.1").toString()).stdout().replace('\u2212', '-');
        assertThat(check).contains("edito-check - Check every post against the brand charter",
                "edito check [-hqV] [--stacktrace]", "--fail-on=LEVEL", "-o, --output=FILE",
                "edito check --format sarif --output edito.sarif", "edito-report(1)");
        assertThat(check.lines()).allMatch(l -> l.length() <= 78, "no line wider than the page");
        assertThat(run(dir, groff, "-man", "-Tutf8", "-P-c", dir.resolve("man1/edito-preview.1").toString()).stdout())
                .contains("\u2026 more");
    }

    @Test
    void pagesAreTheSameBytesOnEveryRun(@TempDir Path dir) throws IOException {
        assertThat(pages()).isEqualTo(pages());
        ManPages.write(dir.resolve("a"), "0.1.0", ManPages.date("2026-11-25T00:00:00Z"));
        ManPages.write(dir.resolve("b"), "0.1.0", ManPages.date("1795564800"));
        List<String> names;
        try (Stream<Path> s = Files.list(dir.resolve("a/man1"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(pages().size());
        for (String n : names) {
            assertThat(Files.readAllBytes(dir.resolve("b/man1").resolve(n))).as(n)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a/man1").resolve(n)));
        }
    }

    @Test
    void writeRemovesPagesOfCommandsThatNoLongerExist(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("man1"));
        Files.writeString(dir.resolve("man1/edito-gone.1"), ".TH GONE 1\n");
        Files.writeString(dir.resolve("man1/notes.txt"), "kept");
        ManPages.write(dir, "0.1.0", DATE);
        assertThat(dir.resolve("man1/edito-gone.1")).doesNotExist();
        assertThat(dir.resolve("man1/notes.txt")).exists();
        assertThat(dir.resolve("man1/edito-check.1")).exists();
    }

    @Test
    void dateComesFromTheOutputTimestampInUtc() {
        assertThat(ManPages.date("2026-11-25T00:00:00Z")).isEqualTo(DATE);
        assertThat(ManPages.date("2026-11-25T23:30:00-02:00")).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(ManPages.date("1795564800")).isEqualTo(DATE);
    }

    private record Groff(String stdout, String stderr) {
    }

    private static String groff() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, "groff");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        Assumptions.abort("groff is not installed: the pages are not checked by a real formatter");
        return null;
    }

    private static Groff run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command)));
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.redirectError(dir.resolve("groff.err").toFile());
        pb.redirectOutput(dir.resolve("groff.out").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("groff finished").isTrue();
        assertThat(p.exitValue()).as("groff exit code").isZero();
        return new Groff(Files.readString(dir.resolve("groff.out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("groff.err"), StandardCharsets.UTF_8));
    }
}
