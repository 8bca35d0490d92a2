package io.edito.cli;

import io.edito.config.ConfigLoader;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Problems;
import io.edito.publish.LedgerRenderers;
import io.edito.publish.PublishingSettings;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerLocation;
import io.edito.publish.ledger.LedgerState;
import io.edito.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code edito ledger [list|show ID|export|resolve ID --as sent|failed|migrate]}: the publishing history. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"The publishing ledger: what was sent where, what failed, what is unknown.",
            "Without a subcommand: list."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito ledger                                   every entry, oldest first",
            "  edito ledger show 12 --format json",
            "  edito ledger export --as csv --output ledger.csv",
            "  edito ledger resolve 12 --as sent --note \"seen on the account\"",
            "  edito ledger migrate --to postgresql://edito@db.internal:5432/edito"},
        subcommands = {LedgerCommand.ListCmd.class, LedgerCommand.Show.class, LedgerCommand.Export.class,
            LedgerCommand.Resolve.class, LedgerCommand.Migrate.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {LedgerCommand.EXIT_0, LedgerCommand.EXIT_2, LedgerCommand.EXIT_3})
public class LedgerCommand implements Callable<Integer> {
    // the exit codes of ledger and of each of its subcommands (which would otherwise show the root's general list)
    static final String EXIT_0 = "0:done";
    static final String EXIT_2 = "2:bad option, unknown entry, or no ledger (list and export: only when --ledger names one, or outside any project)";
    static final String EXIT_3 = "3:the ledger cannot be read or written";

    /** Output formats of list and show. */
    public enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    /** The root command (its --config), or null when this command runs on its own (tests). */
    @ParentCommand
    EditoCommand root;

    @Option(names = "--ledger", paramLabel = "FILE", scope = ScopeType.INHERIT, converter = LedgerFile.class,
            description = "The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db).")
    Path ledger;

    /** --format as given; null when not given (text, but ledger export's default is CSV). */
    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "text, json or csv (default: text; csv: ledger export only, whose default it is).")
    Format format;

    /**
     * An SQLite ledger file; a URL is refused as what it is (taken for a path, {@code postgresql://u@h/x} was told
     * as "no ledger at postgresql:/u@h/x").
     */
    static final class LedgerFile implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
                // the value is not repeated: a URL may hold a password
                throw new CommandLine.TypeConversionException("a URL: --ledger names an SQLite ledger file; a "
                        + "PostgreSQL ledger is publishing.ledger in edito.yaml (ledger migrate takes URLs with --from "
                        + "and --to)");
            }
            return Path.of(value);
        }
    }

    /** The format list, show and resolve print in: text or json ({@code csv} is export's only). */
    Format shown() {
        if (format == Format.csv) {
            throw EditoException.input("--format csv: only ledger export writes CSV; list, show and resolve print text "
                    + "or json");
        }
        return format == null ? Format.text : format;
    }

    private final Path configuredLedger;

    public LedgerCommand() {
        this(null);
    }

    /** @param configuredLedger the {@code publishing.ledger} path from edito.yaml, used when --ledger is absent */
    public LedgerCommand(Path configuredLedger) {
        this.configuredLedger = configuredLedger;
    }

    @Override
    public Integer call() {
        return list(shown());
    }

    /**
     * The ledger: --ledger FILE, else publishing.ledger from edito.yaml (--config, or the nearest edito.yaml from the
     * working folder upwards), else .edito/ledger.db.
     */
    LedgerLocation location() {
        if (ledger != null) {
            return new LedgerLocation.File(ledger);
        }
        if (configuredLedger != null) {
            return new LedgerLocation.File(configuredLedger);
        }
        return settings().ledger();
    }

    /** The publishing block of the project's edito.yaml, or the defaults outside any project. */
    PublishingSettings settings() {
        Path cfg = projectFile();
        if (cfg == null) {
            return new PublishingSettings(new LedgerLocation.File(Ledger.DEFAULT_PATH), Duration.ofHours(6), null);
        }
        return PublishingSettings.of(new ConfigLoader(new YamlReader(), CalendarInput.networks()).load(cfg,
                new Problems()));
    }

    /** The project file: --config, or the nearest edito.yaml from the working folder upwards; null outside any project. */
    private Path projectFile() {
        return root != null && root.config() != null ? root.config() : ConfigLoader.find(Path.of("")).orElse(null);
    }

    static Map<String, String> env() {
        return System.getenv();
    }

    /** Opens an existing ledger; a read never creates one. */
    Ledger open() {
        LedgerLocation where = location();
        return where.openExisting(env()).orElseThrow(() -> new EditoException(ExitCode.INPUT, "no ledger at "
                + where.display() + (where instanceof LedgerLocation.Postgres
                ? " (the database holds no edito ledger yet: nothing published to it; edito publish creates it)"
                : ledger != null ? " (check the --ledger path; nothing is published there yet)"
                : configuredLedger == null && projectFile() == null
                ? " and no edito.yaml in this folder or above: run in the project's folder, or pass --ledger FILE"
                : " (nothing published yet, or pass --ledger FILE)")));
    }

    /**
     * Every entry of the ledger, none when the project's ledger does not exist yet (nothing published); a ledger
     * named with --ledger that does not exist is an input error (a mistyped path must not read as an empty ledger).
     */
    List<LedgerEntry> entries() {
        if (ledger != null || configuredLedger == null && projectFile() == null
                && !java.nio.file.Files.exists(Ledger.DEFAULT_PATH)) {
            // outside any project an empty list would read as "nothing published" when the folder is the wrong one
            try (Ledger l = open()) {
                return l.list();
            }
        }
        Optional<Ledger> l = location().openExisting(env());
        if (l.isEmpty()) {
            return List.of();
        }
        try (Ledger ledger = l.get()) {
            return ledger.list();
        }
    }

    /**
     * The zone the text shows times in: the brand's, when edito.yaml (--config, or found upwards from the working
     * folder) gives one zone to all its brands; null otherwise (each row then shows the offset of its scheduled
     * time, which the calendar wrote in its brand's zone). An edito.yaml that does not load is left to the commands
     * that need it: the ledger is readable without it.
     */
    java.time.ZoneId zone() {
        java.util.Optional<Path> config = root != null && root.config() != null ? java.util.Optional.of(root.config())
                : ConfigLoader.find(Path.of(""));
        if (config.isEmpty()) {
            return null;
        }
        try {
            ProjectConfig pc = new ConfigLoader(new YamlReader(),
                    CalendarInput.networks()).load(config.get(), new Problems());
            return pc.sharedZone(List.of());
        } catch (RuntimeException e) {
            return null;
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    int list(Format f) {
        List<LedgerEntry> entries = entries();
        if (f == Format.json) {
            LedgerRenderers.listJson(entries, out());
        } else if (entries.isEmpty()) {
            // a notice, not a result: on stderr, and not with --quiet (a script reads an empty list)
            if (root == null || !root.quiet()) {
                spec.commandLine().getErr().println("edito: the ledger is empty: nothing published yet");
            }
        } else {
            LedgerRenderers.listText(entries, zone(), out());
        }
        return ExitCode.OK;
    }

    static long parseId(String raw) {
        String s = raw.startsWith("#") ? raw.substring(1) : raw;
        try {
            long id = Long.parseLong(s);
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw EditoException.input("'" + raw + "' is not a ledger entry id (a number, as in edito ledger list)");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3}, description = "Every entry, oldest first.",
            footerHeading = "%nExamples:%n",
            footer = {"  edito ledger list", "  edito ledger list --format json --ledger /srv/calendar/.edito/ledger.db"})
    static class ListCmd implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;

        @Override
        public Integer call() {
            return parent.list(parent.shown());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3}, description = "One entry with its history.",
            footerHeading = "%nExamples:%n",
            footer = {"  edito ledger show 12", "  edito ledger show 12 --format json",
                "  edito ledger show winter-sale-launch@instagram   (by the post and its channel)"})
    static class Show implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;

        @Parameters(paramLabel = "ID", description = "The entry's id, as in ledger list (#12 when a post's id is a number too), or "
                + "the post's id (POST or POST@CHANNEL).")
        String id;

        @Override
        public Integer call() {
            try (Ledger l = parent.open()) {
                long n = entryOrPost(l, id);
                LedgerEntry e = l.get(n).orElseThrow(() -> EditoException.input("no ledger entry #" + n
                        + " in " + l.name()));
                if (parent.shown() == Format.json) {
                    LedgerRenderers.showJson(e, l.events(n), parent.out());
                } else {
                    LedgerRenderers.showText(e, l.events(n), parent.zone(), parent.out());
                }
            }
            return ExitCode.OK;
        }
    }

    /**
     * The entry {@code ref} names: {@code #N} an entry number; {@code N} the entry number, or the post of that id when
     * one has entries and no entry has that number (both: an input error asking which); anything else a post
     * ({@link #byPost}).
     */
    static long entryOrPost(Ledger l, String ref) {
        if (ref.matches("#\\d+")) {
            return parseId(ref);
        }
        if (!ref.matches("\\d+")) {
            return byPost(l, ref);
        }
        boolean post = l.list().stream().anyMatch(e -> e.postId().equals(ref));
        if (!post) {
            return parseId(ref);
        }
        boolean entry = ref.length() <= 18 && Long.parseLong(ref) > 0 && l.get(Long.parseLong(ref)).isPresent();
        if (entry) {
            throw EditoException.input("'" + ref + "' is both ledger entry #" + ref + " and post " + ref
                    + "; write #" + ref + " for the entry or " + ref + "@CHANNEL for the post");
        }
        return byPost(l, ref);
    }

    /**
     * The entry of post {@code ref} ({@code POST} or {@code POST@CHANNEL}): the one entry it has, else an input error
     * listing its entries (a post goes out on several channels) or saying it has none.
     */
    static long byPost(Ledger l, String ref) {
        int at = ref.lastIndexOf('@');
        String post = at < 0 ? ref : ref.substring(0, at);
        String channel = at < 0 ? null : ref.substring(at + 1);
        List<LedgerEntry> found = l.list().stream()
                .filter(e -> e.postId().equals(post) && (channel == null || e.channel().equals(channel))).toList();
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            throw EditoException.input("no ledger entry for " + ref + " in " + l.name() + " (see edito ledger list)");
        }
        throw EditoException.input(ref + " has " + found.size() + " ledger entries: " + String.join(", ", found.stream()
                .map(e -> "#" + e.id() + " " + e.postId() + "@" + e.channel() + " " + e.state().id()).toList())
                + "; name one (edito ledger show " + found.get(0).id() + " or " + post + "@" + found.get(0).channel() + ")");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            description = "The whole ledger as CSV (cells that a spreadsheet would run as formulas are neutralised) "
                + "or JSON.",
            footerHeading = "%nExamples:%n",
            footer = {"  edito ledger export > ledger.csv", "  edito ledger export --as json --output ledger.json"})
    static class Export implements Callable<Integer> {
        enum ExportFormat { csv, json }

        @ParentCommand
        LedgerCommand parent;

        @Option(names = "--as", paramLabel = "FILE_FORMAT",
                description = "csv or json (default: csv; --format json also gives JSON).")
        ExportFormat as;

        @Mixin
        Output output = new Output();

        @Override
        public Integer call() {
            // --format json or csv (shared with list and show) asks for that too, rather than being ignored; given
            // with an --as that says otherwise, it is refused rather than one of them silently winning
            if (parent.format == Format.text) { // it wrote CSV, as if --format text were not there
                throw EditoException.input("--format text: ledger export writes csv or json (--as csv, --as json)");
            }
            if (as != null && parent.format != null && !parent.format.name().equals(as.name())) {
                throw EditoException.input("--as " + as + " and --format " + parent.format + " disagree: give one");
            }
            List<LedgerEntry> entries = parent.entries();
            boolean json = as == ExportFormat.json || as == null && parent.format == Format.json;
            String text = json ? LedgerRenderers.json(entries) : LedgerRenderers.csv(entries);
            output.write(parent.out(), text);
            return ExitCode.OK;
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            description = {"Record a person's decision on an entry whose outcome is unknown.",
                "--as sent: it was published, never send it again;",
                "--as failed: it was not, the next publish run sends it.",
                "An entry that is sent or failed is refused unless --force is given."},
            footerHeading = "%nExamples:%n",
            footer = {"  edito ledger resolve 12 --as sent --note \"visible on the account at 10:02\"",
                "  edito ledger resolve 12 --as failed      (the next publish sends it again)",
                "  edito ledger resolve 7 --as failed --force   (a sent entry: posted again)"})
    static class Resolve implements Callable<Integer> {
        enum As { sent, failed }

        @ParentCommand
        LedgerCommand parent;

        @Parameters(paramLabel = "ID", description = "The entry's id, as in ledger list.")
        String id;

        @Option(names = "--as", required = true, paramLabel = "OUTCOME", description = "sent or failed.")
        As as;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept in the entry's history).")
        String note;

        @Option(names = "--force", description = "Also overturn an entry that is sent or failed (sent as failed: the "
                + "next publish run posts it again; failed as sent: edito never sends it).")
        boolean force;

        @Override
        public Integer call() {
            long n = parseId(id);
            Format shown = parent.shown(); // a format it cannot print is refused before anything is recorded
            try (Ledger l = parent.open()) {
                LedgerEntry before = l.get(n).orElseThrow(() -> EditoException.input("no ledger entry #" + n
                        + " in " + l.name()));
                LedgerEntry e = l.resolve(n, as == As.sent ? LedgerState.SENT : LedgerState.FAILED, note,
                        Instant.now(), force);
                if (shown == Format.json) {
                    LedgerRenderers.showJson(e, l.events(n), parent.out());
                } else {
                    String overturned = before.state() == LedgerState.SENT || before.state() == LedgerState.FAILED
                            ? " (--force: it was " + before.state().id() + ")" : "";
                    parent.out().println("#" + n + " " + e.postId() + "@" + e.channel() + " resolved as " + as
                            + overturned + (as == As.failed ? before.state() == LedgerState.SENT
                                    ? "; the next publish run sends it again: a second post" : "; the next publish "
                                    + "run sends it" : ""));
                    parent.out().flush();
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            description = {"Copy the whole ledger (entries with their ids, history and notices) to another store.",
                "--to copies it to a PostgreSQL database from the configured ledger, --from from one back into it.",
                "A target that already has entries is refused unless --force (its content is then replaced).",
                "Stop the publish runs while copying, then point publishing.ledger at the new ledger."},
            footerHeading = "%nExamples:%n",
            footer = {"  export EDITO_PG_PASSWORD=...",
                "  edito ledger migrate --to postgresql://edito@db.internal/edito \\",
                "      --password-env EDITO_PG_PASSWORD",
                "  edito ledger migrate --from postgresql://edito@db.internal/edito \\",
                "      --ledger .edito/ledger.db",
                "  edito ledger migrate --force \\",
                "      --to 'postgresql://edito@db.internal/edito?sslmode=verify-full'"})
    static class Migrate implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;

        @Option(names = "--to", paramLabel = "LEDGER", description = "Where to copy to: a postgresql://USER@HOST:PORT"
                + "/DATABASE URL (no password in it) or a file (default: the configured ledger).")
        String to;

        @Option(names = "--from", paramLabel = "LEDGER", description = "Where to copy from, the same way (default: the"
                + " configured ledger).")
        String from;

        @Option(names = "--password-env", paramLabel = "NAME", description = "The variable holding the database "
                + "password (default: publishing.ledger_password_env from edito.yaml).")
        String passwordEnv;

        @Option(names = "--force", description = "Replace the content of a target ledger that already has entries.")
        boolean force;

        @Override
        public Integer call() {
            if (to == null && from == null) {
                throw EditoException.input("ledger migrate: give --to LEDGER or --from LEDGER (the other end is the "
                        + "configured ledger, or --ledger FILE)");
            }
            String pw = passwordEnv != null ? passwordEnv : parent.settings().ledgerPasswordEnv();
            Path cwd = Path.of("").toAbsolutePath();
            LedgerLocation source = from == null ? parent.location() : LedgerLocation.parse(from, cwd, pw, "--from",
                    null);
            LedgerLocation target = to == null ? parent.location() : LedgerLocation.parse(to, cwd, pw, "--to", null);
            if (source.sameAs(target)) {
                throw EditoException.input("ledger migrate: --from and --to are the same ledger (" + source.display()
                        + ")");
            }
            Format shown = parent.shown(); // a format it cannot print is refused before anything is copied
            Ledger src = source.openExisting(env()).orElseThrow(() -> EditoException.input("ledger migrate: no "
                    + "ledger at " + source.display() + " to copy"));
            try (src; Ledger dst = target.open(env())) {
                Ledger.Copied c = dst.copyFrom(src, force);
                if (shown == Format.json) {
                    parent.out().println(io.edito.core.Json.pretty(io.edito.core.Json.object()
                            .put("from", source.display()).put("to", target.display()).put("entries", c.entries())
                            .put("events", c.events()).put("notices", c.notices())));
                } else {
                    parent.out().println("copied " + c.entries() + " entries, " + c.events() + " events and "
                            + c.notices() + " notices from " + source.display() + " to " + target.display());
                }
                parent.out().flush();
            }
            return ExitCode.OK;
        }
    }
}
