package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help ends with examples and prints cleanly; the man pages made by the build match. */
class HelpTest {
    /** The path of every visible command below the root, such as [ledger, show]; picocli's help command left out. */
    static List<List<String>> commands() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<List<String>> out = new ArrayList<>();
        collect(root, new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            var spec = e.getValue().getCommandSpec();
            if (spec.usageMessage().hidden() || spec.userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }

    @Test
    void everyCommandHelpHasExamplesAndNoWarning() {
        List<List<String>> commands = commands();
        assertThat(commands).hasSizeGreaterThan(10);
        for (List<String> c : commands) {
            List<String> args = new ArrayList<>(c);
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            String name = "edito " + String.join(" ", c);
            assertThat(r.exit()).as(name).isZero();
            assertThat(r.err()).as(name + " stderr").isEmpty();
            assertThat(r.out()).as(name).contains("Examples:").contains("  edito " + c.get(0));
            // its own exit codes, not the root's general list inherited
            assertThat(r.out()).as(name).contains("Exit codes:").doesNotContain("KPI targets missed, posts held back");
            // every example line fits the 80 columns of the help: picocli would cut a command in the middle, and the
            // first half pasted alone runs something else
            String examples = r.out().substring(r.out().indexOf("Examples:"));
            for (String line : examples.lines().skip(1).toList()) {
                if (line.startsWith("Exit codes:")) {
                    break;
                }
                assertThat(line).as(name + " example").matches(l -> l.isEmpty() || l.startsWith("  "), "starts indented");
            }
        }
    }

    @Test
    void buildWroteAManPagePerCommand() throws IOException {
        Path man1 = Path.of("target/man/man1");
        assertThat(man1.resolve("edito.1")).exists();
        for (List<String> c : commands()) {
            String name = "edito-" + String.join("-", c);
            Path page = man1.resolve(name + ".1");
            assertThat(page).as("man page of edito %s (written by ManPages at process-test-classes)", c).exists();
            String text = Files.readString(page);
            assertThat(text).contains(".TH \"" + name.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\" 1 ")
                    .contains(".SH EXAMPLES")
                    .doesNotContain(name.replace("-", "\\-") + " \\- A command\\-line toolkit for community managers");
        }
    }
}
