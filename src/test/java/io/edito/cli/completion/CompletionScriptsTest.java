package io.edito.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.edito.cli.CliRun;
import io.edito.cli.Main;
import io.edito.core.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The scripts in completions/ are the ones generated from the command model, and they work in real shells.
 * To regenerate them after changing a command: {@code mvn test -Dtest=CompletionScriptsTest -Dedito.regenerate=true}.
 */
public class CompletionScriptsTest {
    static final Path ATLAS = Path.of("examples/atlas-air").toAbsolutePath();

    static CommandLine root() {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    static String generated(String shell) {
        return switch (shell) {
            case "bash" -> BashCompletion.script(root());
            case "zsh" -> ZshCompletion.script(root());
            default -> FishCompletion.script(root());
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void shippedScriptIsTheGeneratedOne(String shell) throws IOException {
        Path file = Path.of("completions/edito." + shell);
        String expected = generated(shell);
        if (Boolean.getBoolean("edito.regenerate")) {
            AtomicFiles.writeString(file, expected);
        }
        assertThat(Files.exists(file) ? Files.readString(file) : "")
                .as("%s is out of date with the command model: regenerate it with "
                        + "mvn test -Dtest=CompletionScriptsTest -Dedito.regenerate=true", file)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void completionCommandPrintsTheScript(String shell) {
        CliRun r = CliRun.of("completion", shell);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(generated(shell));
    }

    @Test
    void unknownShellIsAUsageError() {
        CliRun r = CliRun.of("completion", "powershell");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("powershell").contains("bash, zsh, fish");
    }

    @Test
    void hiddenCompleteCommandIsNotOffered() {
        assertThat(generated("bash")).doesNotContain("'__complete'").contains("__complete \"$1\" --");
        assertThat(generated("fish")).doesNotContain("-a '__complete'");
        assertThat(CliRun.of("--help").out()).doesNotContain("__complete");
    }

    @Test
    void calendarValuesFollowTheCommandLine() {
        CliRun posts = CliRun.of("__complete", "posts", "--", "preview", ATLAS.toString());
        assertThat(posts.exit()).isZero();
        assertThat(posts.err()).isEmpty();
        assertThat(posts.out().lines()).contains("winter-sale-launch", "dakhla-first-flight").doesNotHaveDuplicates();
        CliRun brands = CliRun.of("__complete", "brands", "--", "agenda", "--config", ATLAS.resolve("edito.yaml").toString());
        assertThat(brands.out().lines()).containsExactly("atlas-air");
        CliRun channels = CliRun.of("__complete", "channels", "--", "check", ATLAS.toString(), "--channel");
        assertThat(channels.out().lines()).contains("instagram", "x", "x-ar").allMatch(c -> c.matches("[a-z0-9][a-z0-9_-]*"));
    }

    @Test
    void valuesOfAnotherOptionAreNotReadAsPaths() {
        Path multi = Path.of("examples/multi-brand").toAbsolutePath();
        CliRun r = CliRun.of("__complete", "brands", "--", "check", "--charter", ATLAS.toString(), multi.toString());
        assertThat(r.out().lines()).containsExactlyInAnyOrder("riad-mogador", "maison-lumiere");
    }

    @Test
    void completionNeverFailsLoudly(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("edito.yaml"), "brands: [unclosed\n");
        for (String[] args : List.of(new String[] {"__complete"}, new String[] {"__complete", "nonsense"},
                new String[] {"__complete", "posts", "--", "check", empty.toString()},
                new String[] {"__complete", "posts", "--", "check", empty.resolve("missing").toString()})) {
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).isEmpty();
        }
        CliRun channels = CliRun.of("__complete", "channels", "--", "check", empty.toString());
        assertThat(channels.out().lines()).as("no readable project: every network").contains("x", "instagram", "bluesky");
    }

    // ---- real shells -----------------------------------------------------------------------------------------

    /** A directory holding an {@code edito} that runs this build's classes, for the scripts' __complete calls. */
    public static Path launcher(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path edito = bin.resolve("edito");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(edito, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + System.getProperty("java.class.path") + "' io.edito.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(edito, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    static String run(Path cwd, Path bin, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    public static boolean has(String shell) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, shell))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void bashRegistersTheCompletion() throws Exception {
        assumeThat(has("bash")).as("bash installed").isTrue();
        String out = run(Path.of("."), Path.of("."), "bash", "-c", "source completions/edito.bash; complete -p edito");
        assertThat(out.strip()).isEqualTo("complete -o default -F _edito edito");
    }

    /** Runs the completion function as bash does on TAB, for each line, and returns COMPREPLY per line. */
    static List<String> bashComplete(Path bin, String... lines) throws Exception {
        StringBuilder script = new StringBuilder("source '" + Path.of("completions/edito.bash").toAbsolutePath() + "'\n")
                .append("compopt() { :; }  # only callable from a real TAB; a no-op here\n")
                .append("t() { read -r -a COMP_WORDS <<< \"$1\"; [[ \"$1\" == *' ' ]] && COMP_WORDS+=(''); ")
                .append("COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$1\"; COMP_POINT=${#1}; COMPREPLY=(); ")
                .append("_edito edito \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"; ")
                .append("printf '%s\\n' \"$(printf '%s ' \"${COMPREPLY[@]}\")\"; }\n");
        for (String l : lines) {
            script.append("t '").append(l).append("'\n");
        }
        String out = run(ATLAS, bin, "bash", "-c", script.toString());
        List<String> replies = new ArrayList<>();
        out.lines().forEach(r -> replies.add(r.strip()));
        return replies;
    }

    @Test
    void bashCompletesCommandsOptionsAndCalendarValues(@TempDir Path tmp) throws Exception {
        assumeThat(has("bash")).as("bash installed").isTrue();
        List<String> r = bashComplete(launcher(tmp),
                "edito ", "edito ch", "edito check --ch", "edito check --channel ", "edito check --channel instagram,li",
                "edito agenda --brand ", "edito preview winter-sale-l", "edito ledger ", "edito --color n",
                "edito completion ");
        assertThat(r).hasSize(10);
        assertThat(r.get(0).split(" ")).contains("validate", "check", "preview", "completion").doesNotContain("__complete");
        assertThat(r.get(1)).isEqualTo("check");
        assertThat(r.get(2).split(" ")).containsExactlyInAnyOrder("--charter", "--channel", "--changed-since");
        assertThat(r.get(3).split(" ")).contains("instagram", "x", "linkedin");
        assertThat(r.get(4).split(" ")).containsExactly("instagram,linkedin", "instagram,linkedin-en");
        assertThat(r.get(5)).isEqualTo("atlas-air");
        assertThat(r.get(6)).isEqualTo("winter-sale-launch winter-sale-last-call-fediverse");
        assertThat(r.get(7).split(" ")).containsExactlyInAnyOrder("list", "show", "export", "resolve", "migrate");
        assertThat(r.get(8)).isEqualTo("never");
        assertThat(r.get(9).split(" ")).containsExactlyInAnyOrder("bash", "zsh", "fish");
    }

    @Test
    void bashCompletesAnOptionWrittenWithItsValueAfterAnEqualsSign(@TempDir Path tmp) throws Exception {
        assumeThat(has("bash")).as("bash installed").isTrue();
        // bash cuts "--format=te" into --format, = and te (COMP_WORDBREAKS): nothing was offered, and a --config=FILE
        // before --brand was read as a calendar path (no brand offered)
        String script = "source '" + Path.of("completions/edito.bash").toAbsolutePath() + "'\n"
                + "compopt() { :; }\n"
                + "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$*\"; "
                + "COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _edito edito \"${COMP_WORDS[COMP_CWORD]}\" "
                + "\"${COMP_WORDS[COMP_CWORD-1]}\"; printf '%s\\n' \"${COMPREPLY[*]}\"; }\n"
                + "t edito check --format = te\n"
                + "t edito check --format =\n"
                + "t edito check --channel = inst\n"
                + "t edito agenda --config = ../multi-brand/edito.yaml --brand ''\n"
                + "t edito check --format=te\n"; // one word, as zsh's bashcompinit gives it
        List<String> r = run(ATLAS, launcher(tmp), "bash", "-c", script).lines().toList();
        assertThat(r).hasSize(5);
        assertThat(r.get(4)).isEqualTo("--format=text");
        assertThat(r.get(0)).isEqualTo("text");
        assertThat(r.get(1).split(" ")).as("the = being replaced is kept").contains("=text", "=json");
        assertThat(r.get(2).split(" ")).contains("instagram");
        assertThat(r.get(3).split(" ")).containsExactlyInAnyOrder("riad-mogador", "maison-lumiere");
    }

    @Test
    void theZshScriptLeavesTheUsersShellAsItWas() {
        // picocli's header set COMPLETE_ALIASES (every alias of the user completed differently) and aliased compopt to
        // complete (folders completed as "calendar ", files offered after --tz)
        String zsh = ZshCompletion.script(root());
        assertThat(zsh).doesNotContain("setopt COMPLETE_ALIASES").doesNotContain("alias compopt");
        assertThat(zsh).endsWith("complete -F _edito -o filenames edito\n");
        assertThat(BashCompletion.script(root())).contains("compopt +o default");
    }

    @Test
    void fishCompletesCommandsOptionsAndCalendarValues(@TempDir Path tmp) throws Exception {
        assumeThat(has("fish")).as("fish installed").isTrue();
        Path bin = launcher(tmp);
        String script = "source '" + Path.of("completions/edito.fish").toAbsolutePath() + "'\n"
                + "for l in 'edito ch' 'edito check --channel ' 'edito agenda --brand ' 'edito preview winter-sale-l' "
                + "'edito ledger s' 'edito check --channel instagram,l'\n  complete -C \"$l\" | string replace -r '\\t.*' '' "
                + "| string join ' '\nend\ntrue\n";
        List<String> r = run(ATLAS, bin, "fish", "--no-config", "-c", script).lines().toList();
        assertThat(r).hasSize(6);
        // a comma-separated list completes after its last comma, as in bash, zsh and the shell
        assertThat(r.get(5).split(" ")).containsExactlyInAnyOrder("instagram,linkedin", "instagram,linkedin-en");
        assertThat(r.get(0)).isEqualTo("check");
        assertThat(r.get(1).split(" ")).contains("instagram", "x").doesNotContain("edito.yaml", "calendar/");
        assertThat(r.get(2)).isEqualTo("atlas-air");
        assertThat(r.get(3).split(" ")).containsExactlyInAnyOrder("winter-sale-launch", "winter-sale-last-call-fediverse");
        assertThat(r.get(4)).isEqualTo("show");
    }
}
