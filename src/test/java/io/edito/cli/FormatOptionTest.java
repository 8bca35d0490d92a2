package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Each command's --format offers, completes, documents and names in its errors its own formats, and only those. */
class FormatOptionTest {

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("check", List.of("text", "json", "sarif", "junit", "github", "checkstyle")),
                Arguments.of("agenda", List.of("text", "json", "markdown", "ics")),
                Arguments.of("validate", List.of("text", "json")),
                Arguments.of("due", List.of("text", "json")),
                Arguments.of("publish", List.of("text", "json")),
                Arguments.of("report examples/atlas-air/metrics/inbox.csv", List.of("text", "markdown", "json", "csv", "html")),
                Arguments.of("ledger list", List.of("text", "json", "csv")),
                Arguments.of("login --status", List.of("text", "json")),
                Arguments.of("listen", List.of("text", "json")),
                Arguments.of("mentions list", List.of("text", "json", "csv")));
    }

    private static CommandLine command(String path) {
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String name : path.split(" ")) {
            cl = cl.getSubcommands().get(name);
        }
        return cl;
    }

    private static List<String> candidates(OptionSpec format) {
        List<String> out = new ArrayList<>();
        format.completionCandidates().forEach(out::add);
        return out;
    }

    /** Every format any command offers. */
    private static Set<String> allFormats() {
        Set<String> all = new TreeSet<>();
        formats().forEach(a -> all.addAll(castList(a.get()[1])));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aWrongFormatIsRefusedWithTheCommandsOwnList(String command, List<String> expected) {
        List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
        args.addAll(List.of("--format", "bogus"));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        String first = run.err().lines().findFirst().orElse("");
        assertThat(first).startsWith("edito: ").contains("bogus").contains(String.join(", ", expected));
        for (String other : allFormats()) {
            if (!expected.contains(other)) {
                assertThat(first).as("%s offers no %s", command, other).doesNotContainPattern("\\b" + other + "\\b");
            }
        }
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void completionAndHelpOfferTheSameFormats(String command, List<String> expected) {
        OptionSpec format = command(command.split(" ")[0]).getCommandSpec().findOption("--format");
        assertThat(candidates(format)).containsExactlyElementsOf(expected);
        String description = String.join(" ", format.description());
        List<String> documented = Arrays.asList(description.substring(0, description.indexOf(" (default"))
                .split(", | or "));
        assertThat(documented).containsExactlyElementsOf(expected);
    }

    @Test
    void everyCommandWithAFormatOptionIsCovered() {
        List<String> withFormat = new ArrayList<>();
        for (List<String> path : HelpTest.commands()) {
            CommandLine cl = command(String.join(" ", path));
            OptionSpec format = cl.getCommandSpec().findOption("--format");
            if (format != null && !format.inherited()) {
                withFormat.add(String.join(" ", path));
            }
        }
        // ledger's --format is declared on ledger and inherited by its subcommands: "ledger list" stands for it
        assertThat(withFormat).containsExactlyInAnyOrderElementsOf(
                formats().map(a -> ((String) a.get()[0]).split(" ")[0]).toList());
    }
}
