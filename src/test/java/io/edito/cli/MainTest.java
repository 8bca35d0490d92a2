package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void aCommandLineThatNamesASubcommandBuildsOnlyThatOne() {
        assertThat(Main.subcommandsFor("check", "examples/atlas-air")).containsExactly(CheckCommand.class);
        assertThat(Main.subcommandsFor("--color", "never", "-q", "report", "a.csv")).containsExactly(ReportCommand.class);
        assertThat(Main.subcommandsFor("--config", "check", "validate")).containsExactly(ValidateCommand.class);
        assertThat(Main.subcommandsFor("--config=x.yaml", "agenda")).containsExactly(AgendaCommand.class);
        assertThat(Main.subcommandsFor("--version")).isEmpty();
        assertThat(Main.subcommandsFor()).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor("--help")).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor("help", "check")).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor("shell")).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor("__complete", "check", "--fo")).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor("chekc")).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor("--", "check")).isEqualTo(Main.SUBCOMMANDS);
    }

    @Test
    void theNamesOfTheSubcommandsAreTheNamesOfTheirAnnotations() {
        Main.BY_NAME.forEach((name, c) -> assertThat(c.getAnnotation(picocli.CommandLine.Command.class).name())
                .isEqualTo(name));
    }

    @Test
    void aSubcommandBuiltAloneBehavesAsWithAllOfThem() {
        for (String name : new String[] {"check", "report", "ledger", "preview"}) {
            java.io.StringWriter lazy = new java.io.StringWriter();
            java.io.StringWriter full = new java.io.StringWriter();
            java.io.PrintWriter sink = new java.io.PrintWriter(new java.io.StringWriter());
            int a = Main.run(new java.io.PrintWriter(lazy), sink, name, "--help"); // only that subcommand built
            int b = Main.commandLine(new java.io.PrintWriter(full), sink).execute(name, "--help");
            assertThat(a).isEqualTo(b).isZero();
            assertThat(lazy.toString()).isEqualTo(full.toString()).contains("Usage: edito " + name);
        }
        CliRun r = CliRun.of("check", "--fromm", "2026-01-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--fromm'").contains("--from").contains("See 'edito check --help'");
    }

    @Test
    void helpListsSubcommandsAndExitCodes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("validate", "agenda", "Exit codes:", "checks failed", "usage or input error",
                "runtime failure", "--stacktrace", "--color", "--quiet", "--config");
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("edito ");
    }

    @Test
    void unknownSubcommandIsUsageErrorWithSuggestion() {
        CliRun r = CliRun.of("agneda");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("edito: unknown command 'agneda'\n").contains("agenda")
                .contains("See 'edito --help'");
        CliRun bogus = CliRun.of("--color", "never", "bogus");
        assertThat(bogus.err()).startsWith("edito: unknown command 'bogus'\n");
        // with --help too: the unknown command is said, not the root's help printed with exit 0
        for (String help : new String[] {"--help", "-h"}) {
            CliRun helped = CliRun.of("kpi", help);
            assertThat(helped.exit()).as(help).isEqualTo(2);
            assertThat(helped.err()).as(help).startsWith("edito: unknown command 'kpi'\n");
            assertThat(helped.out()).as(help).isEmpty();
        }
        assertThat(CliRun.of("--help").exit()).isZero();
        // below a command with subcommands too
        CliRun nested = CliRun.of("ledger", "foo", "--help");
        assertThat(nested.exit()).isEqualTo(2);
        assertThat(nested.err()).startsWith("edito: unknown command 'ledger foo'\n").contains("See 'edito ledger --help'");
        assertThat(nested.out()).isEmpty();
        assertThat(CliRun.of("ledger", "--help").exit()).isZero();
        // an extra argument of a command stays picocli's own message
        CliRun extra = CliRun.of("completion", "bash", "extra");
        assertThat(extra.exit()).isEqualTo(2);
        assertThat(extra.err()).doesNotContain("unknown command");
    }

    @Test
    void helpOnAnUnknownTopicSuggestsTheCommandMeant() {
        CliRun r = CliRun.of("help", "chek");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("edito: unknown command 'chek'\n").contains("Did you mean")
                .contains("edito check").contains("See 'edito --help'");
        assertThat(CliRun.of("help", "check").exit()).isZero();
    }

    @Test
    void noCommandPrintsTheUsageAsAUsageError() {
        CliRun r = CliRun.of();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("edito: no command given\n").contains("Usage: edito")
                .contains("check").contains("Exit codes:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badOptionValueIsUsageError() {
        CliRun r = CliRun.of("agenda", "--tz", "Europe/Pariss");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown time zone 'Europe/Pariss'").contains("did you mean 'Europe/Paris'");
    }

    @Test
    void formatNotOfferedIsUsageError() {
        CliRun r = CliRun.of("validate", "--format", "ics", "--tz", "UTC", "nowhere.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("expected one of [text, json]").contains("'ics'");
    }

    @Test
    void noProjectIsAClearError() {
        CliRun r = CliRun.of("agenda", "--config", "/nonexistent/edito.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("edito: /nonexistent/edito.yaml: no such file").doesNotContain("Exception");
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("c.yaml");
        java.nio.file.Files.writeString(f, "posts:\n  - id: a\n    at: 18:30\n    channels: [x]\n    text: x\n");
        CliRun always = CliRun.of("validate", f.toString(), "--tz", "UTC", "--color", "always");
        assertThat(always.out()).contains("\u001B[");
        CliRun never = CliRun.of("validate", f.toString(), "--tz", "UTC", "--color", "never");
        assertThat(never.out()).doesNotContain("\u001B[");
        CliRun auto = CliRun.of("validate", f.toString(), "--tz", "UTC");
        assertThat(auto.out()).as("not a terminal: no colour").doesNotContain("\u001B[");
        assertThat(never.exit()).isEqualTo(2);
    }

    @Test
    void quietPrintsOnlyErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("c.yaml");
        java.nio.file.Files.writeString(f, "posts:\n  - id: a\n    at: 2026-10-25 02:30\n    channels: [x]\n    text: x\n");
        CliRun loud = CliRun.of("validate", f.toString(), "--tz", "Europe/Paris");
        assertThat(loud.out()).contains("warning").contains("1 post in 1 file");
        CliRun quiet = CliRun.of("validate", f.toString(), "--tz", "Europe/Paris", "--quiet");
        assertThat(quiet.exit()).isZero();
        assertThat(quiet.out()).isEmpty();
    }

    @Test
    void multiBrandProjectsLoadEachBrandWithItsZone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("edito.yaml"), """
                brands:
                  atlas-air:
                    timezone: Africa/Casablanca
                    languages: [fr]
                    calendar: atlas/
                    channels: { x: { handle: "@atlasair" } }
                  cafe-lune:
                    timezone: Europe/Paris
                    languages: [fr]
                    calendar: lune/
                    channels: { instagram: { handle: "cafe.lune" } }
                """);
        java.nio.file.Files.createDirectories(dir.resolve("atlas"));
        java.nio.file.Files.createDirectories(dir.resolve("lune"));
        java.nio.file.Files.writeString(dir.resolve("atlas/a.yaml"),
                "posts:\n  - id: a\n    at: 2026-12-01 10:00\n    channels: [x]\n    text: x\n");
        java.nio.file.Files.writeString(dir.resolve("lune/l.yaml"),
                "posts:\n  - id: l\n    at: 2026-12-01 10:00\n    channels: [instagram]\n    text: x\n");
        CliRun all = CliRun.of("agenda", dir.toString(), "--format", "json");
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).contains("\"at\" : \"2026-12-01T10:00:00+01:00\"", "\"brand\" : \"cafe-lune\"",
                "\"brand\" : \"atlas-air\"");
        CliRun one = CliRun.of("agenda", dir.toString(), "--brand", "cafe-lune", "--format", "json");
        assertThat(one.out()).contains("\"count\" : 1").contains("\"id\" : \"l\"");
        java.nio.file.Files.writeString(dir.resolve("lune/l.yaml"),
                "posts:\n  - id: l\n    at: 2026-12-01 10:00\n    channels: [x]\n    text: x\n");
        CliRun wrong = CliRun.of("validate", dir.toString());
        assertThat(wrong.out()).contains("channel 'x' is not an account of brand 'cafe-lune'");
    }

    /** A stream that fails every write with {@code message}, as the kernel's answer would. */
    private static java.io.OutputStream failing(String message) {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException(message);
            }
        };
    }

    @Test
    void aFullDiskUnderStandardOutputIsSaidAndExitsThree() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new StandardOutput(failing("No space left on device")), new java.io.PrintWriter(err),
                "check", "examples/atlas-air");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo(
                "edito: cannot write to standard output: No space left on device (the output is incomplete)"
                        + System.lineSeparator());
    }

    @Test
    void aPipeClosedByItsReaderExitsThreeWithoutAMessage() {
        // the C library says it in the user's language (LANG=fr_FR.UTF-8, de_DE.UTF-8)
        for (String said : new String[] {"Broken pipe", "Relais brisé (pipe)", "Datenübergabe unterbrochen (broken pipe)"}) {
            java.io.StringWriter err = new java.io.StringWriter();
            int code = Main.run(new StandardOutput(failing(said)), new java.io.PrintWriter(err), "--version");
            assertThat(code).as(said).isEqualTo(3);
            assertThat(err.toString()).as(said).isEmpty();
        }
    }

    @Test
    void aStandardOutputThatTakesEverythingKeepsTheCommandsOwnCode() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new StandardOutput(bytes), new java.io.PrintWriter(err), "check", "examples/atlas-air",
                "--format", "json");
        assertThat(code).isIn(0, 1);
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("{").contains("\"findings\"");
        assertThat(err.toString()).isEmpty();
    }
}
