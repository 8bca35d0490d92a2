package io.edito.cli;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Json;
import io.edito.core.Suggest;
import io.edito.listen.Mention;
import io.edito.listen.MentionAnswer;
import io.edito.listen.MentionQuery;
import io.edito.listen.MentionRenderers;
import io.edito.listen.MentionStore;
import io.edito.publish.PublishJsonRenderer;
import io.edito.publish.PublishRun;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code edito mentions [list|show|assign|answer|close|reopen|export]}: the stored mentions as tickets. */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = {"The mentions edito listen stored, as tickets: new, open (assigned), answered, closed.",
            "Without a subcommand: list. Every change is recorded with its time (mentions show)."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito mentions --status new --kind complaint",
            "  edito mentions assign 12 --to salma",
            "  edito mentions answer 12 --by-hand",
            "  edito mentions close 12 --reason \"refund made\"",
            "  edito mentions export --format csv --output mentions.csv"},
        subcommands = {MentionsCommand.ListCmd.class, MentionsCommand.Show.class, MentionsCommand.Assign.class,
            MentionsCommand.Answer.class, MentionsCommand.Close.class, MentionsCommand.Reopen.class,
            MentionsCommand.Export.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {MentionsCommand.EXIT_0, MentionsCommand.EXIT_2, MentionsCommand.EXIT_3})
final class MentionsCommand implements Callable<Integer> {
    static final String EXIT_0 = "0:done";
    static final String EXIT_2 = "2:bad option, unknown mention, a change its state does not allow, or errors in "
            + "edito.yaml";
    static final String EXIT_3 = "3:the mention store cannot be read or written";
    static final String ANSWER_EXIT_3 = "3:the mention store or the ledger cannot be read or written, or the reply "
            + "failed (now or before: --retry-failed sends it again) or its outcome is unknown";

    enum Format { text, json, csv }

    @ParentCommand
    EditoCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    CalendarInput input;

    @Option(names = "--brand", paramLabel = "B", scope = ScopeType.INHERIT,
            description = "The brand whose listening: to use (when several brands have one).")
    String brand;

    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "text, json or csv (default: text; export: csv, and csv or json only).")
    Format format; // null: not given, each command's own default

    @Mixin
    Filters filters = new Filters();

    /** What {@code --status} completes to: the states of a mention. */
    static final class States implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(io.edito.listen.Mention.Status.values())
                    .map(io.edito.listen.Mention.Status::id).iterator();
        }
    }

    /** Which mentions a listing shows: options of mentions itself, list and export (not of the changes of one). */
    static final class Filters {
        @Option(names = "--status", paramLabel = "S", completionCandidates = States.class,
                description = "Only mentions in this state: new, open, answered or closed.")
        String status;

        @Option(names = "--kind", paramLabel = "K", description = "Only this kind (complaint, praise..., other).")
        String kind;

        @Option(names = "--source", paramLabel = "ID", description = "Only this source.")
        String source;

        @Option(names = "--since", paramLabel = "TIME", converter = RunClock.Converter.class,
                description = "Only mentions published (else found) at or after TIME (2026-12-01 18:30 in the "
                        + "brand's time zone, or --tz's; or with its offset, 2026-12-01T17:30Z).")
        RunClock.Given since;

        /** These filters, each one not given taken from {@code outer} (given before the subcommand's name). */
        Filters or(Filters outer) {
            Filters f = new Filters();
            f.status = status != null ? status : outer.status;
            f.kind = kind != null ? kind : outer.kind;
            f.source = source != null ? source : outer.source;
            f.since = since != null ? since : outer.since;
            return f;
        }
    }

    @Override
    public Integer call() {
        requireNoMistypedCommand();
        return list(null, filters);
    }

    /**
     * A word given where a folder may be, which is neither a path nor one of the subcommands: a mistyped command
     * ({@code mentions resolve 3}), told as one, not as a missing folder.
     */
    private void requireNoMistypedCommand() {
        if (input.paths.isEmpty()) {
            return;
        }
        String first = input.paths.get(0).toString();
        if (!java.nio.file.Files.exists(input.paths.get(0)) && first.matches("[a-z][a-z-]*")) {
            java.util.Set<String> commands = spec.subcommands().keySet();
            throw EditoException.input("unknown command 'mentions " + first + "'"
                    + io.edito.core.Suggest.didYouMean(first, commands) + " (and no folder of that name); commands: "
                    + String.join(", ", commands));
        }
    }

    /** A note or reason left empty is none ({@code --note ""}). */
    static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private ListeningProject project() {
        return ListeningProject.load(input, root, brand, spec.commandLine().getErr());
    }

    ZoneId zone(ListeningProject p) {
        return p.zone(input.tz);
    }

    static MentionQuery query(Filters f, ZoneId zone, java.io.PrintWriter err) {
        String status = f.status;
        Mention.Status st = null;
        if (status != null) {
            try {
                st = Mention.Status.of(status.strip());
            } catch (IllegalArgumentException e) {
                throw EditoException.input("--status: '" + status + "' is not one of new, open, answered, closed"
                        + Suggest.didYouMean(status, List.of("new", "open", "answered", "closed")));
            }
        }
        return new MentionQuery(st, f.kind == null ? null : f.kind.strip(), f.source,
                RunClock.instant("--since", f.since, zone, err), null);
    }

    /**
     * A --kind or --source that is none of the listening's (kinds: its classify: keys, other, and those the store
     * holds: an inbox's own, an older classify:'s; sources: its sources: ids, and those the store holds: the inbox, an
     * import's, a source since removed) is a typo, not a quiet day: an error naming them. Asked only when nothing
     * matched; the store is read once for both.
     */
    private static void refuseUnknownFilters(ListeningProject p, MentionStore store, Filters f) {
        List<Mention> stored = store.list(new MentionQuery(null, null, null, null, null));
        if (f.kind != null) {
            java.util.Set<String> kinds = new java.util.LinkedHashSet<>(p.config().classify().keySet());
            kinds.add("other");
            stored.forEach(m -> {
                if (m.kind() != null) {
                    kinds.add(m.kind());
                }
            });
            refuseUnknown("--kind", "kind", f.kind, f.kind.strip(), kinds);
        }
        if (f.source != null) {
            java.util.Set<String> sources = new java.util.LinkedHashSet<>();
            p.config().sources().forEach(s -> sources.add(s.id()));
            stored.forEach(m -> sources.add(m.source()));
            refuseUnknown("--source", "source", f.source, f.source, sources);
        }
    }

    /** An input error when {@code compared} (option {@code option}'s value as given: {@code given}) is not known. */
    private static void refuseUnknown(String option, String what, String given, String compared,
                                      java.util.Set<String> known) {
        if (!known.contains(compared)) {
            throw EditoException.input(option + ": '" + given + "' is not a " + what + " of this listening"
                    + Suggest.didYouMean(given, known) + (known.isEmpty() ? "" : "; its " + what + "s: "
                    + String.join(", ", known)));
        }
    }

    int list(Path output, Filters f) {
        ListeningProject p = project();
        List<Mention> mentions;
        try (MentionStore store = p.readStore()) {
            mentions = store.list(query(f, zone(p), spec.commandLine().getErr()));
            if (mentions.isEmpty() && (f.kind != null || f.source != null)) {
                refuseUnknownFilters(p, store, f);
            }
        }
        String text = switch (format == null ? Format.text : format) {
            case json -> Json.pretty(MentionRenderers.json(mentions)) + "\n";
            case csv -> MentionRenderers.csv(mentions);
            case text -> {
                StringBuilder sb = new StringBuilder();
                ZoneId zone = zone(p);
                mentions.forEach(m -> sb.append(MentionRenderers.line(m, zone)).append('\n'));
                yield sb.toString();
            }
        };
        Output.write(spec.commandLine().getOut(), output, text);
        return ExitCode.OK;
    }

    /** Applies {@code change} to mention {@code rawId} and prints it as show does. */
    int change(String rawId, MentionStore.Change change, RunClock when) {
        long id = parseId(rawId);
        requireOneMentionFormat(); // before anything is recorded
        ListeningProject p = project();
        when.readIn(zone(p), spec.commandLine().getErr());
        Instant at = when.asked();
        try (MentionStore store = p.readStore()) {
            if (store.get(id).isEmpty()) {
                throw EditoException.input("no mention #" + id + " (see edito mentions list)");
            }
        }
        try (MentionStore store = p.openStore()) {
            Mention m = store.change(id, change, at == null ? Instant.now() : at);
            print(p, store, m);
        }
        return ExitCode.OK;
    }

    /** One mention (show, and what a change prints) is text or json: csv is a listing's, refused rather than ignored. */
    void requireOneMentionFormat() {
        if (format == Format.csv) {
            throw EditoException.input("--format csv: only mentions list and export write CSV; one mention is shown as "
                    + "text or json");
        }
    }

    void print(ListeningProject p, MentionStore store, Mention m) {
        if (format == Format.json) {
            spec.commandLine().getOut().println(Json.pretty(MentionRenderers.json(m, store.events(m.id()))));
        } else {
            spec.commandLine().getOut().print(MentionRenderers.show(m, store.events(m.id()), zone(p)));
        }
        spec.commandLine().getOut().flush();
    }

    static long parseId(String raw) {
        String s = raw.startsWith("#") ? raw.substring(1) : raw;
        try {
            long id = Long.parseLong(s);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw EditoException.input("'" + raw + "' is not a mention id (a number, as in edito mentions list)");
    }

    /** The time a change is recorded at. */

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The mentions the filters select, oldest "
            + "first.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            footerHeading = "%nExamples:%n", footer = {"  edito mentions list --status open --format json"})
    static class ListCmd implements Callable<Integer> {
        @ParentCommand
        MentionsCommand parent;

        @Mixin
        Filters filters = new Filters();

        @Override
        public Integer call() {
            return parent.list(null, filters.or(parent.filters));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One mention with its history.",
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            footerHeading = "%nExamples:%n", footer = {"  edito mentions show 12", "  edito mentions show 12 --format json"})
    static class Show implements Callable<Integer> {
        @ParentCommand
        MentionsCommand parent;

        @Parameters(paramLabel = "ID", description = "The mention's id, as in mentions list.")
        String id;

        @Override
        public Integer call() {
            long n = parseId(id);
            parent.requireOneMentionFormat();
            ListeningProject p = parent.project();
            try (MentionStore store = p.readStore()) {
                Mention m = store.get(n).orElseThrow(() -> EditoException.input("no mention #" + n
                        + " (see edito mentions list)"));
                parent.print(p, store, m);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Give a mention to someone (a new "
            + "mention becomes open).", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            footerHeading = "%nExamples:%n", footer = {"  edito mentions assign 12 --to salma"})
    static class Assign implements Callable<Integer> {
        @ParentCommand
        MentionsCommand parent;

        @Parameters(paramLabel = "ID", description = "The mention's id.")
        String id;

        @Option(names = "--to", required = true, paramLabel = "NAME", description = "Who handles it.")
        String to;

        @Mixin
        RunClock when = new RunClock();

        @Override
        public Integer call() {
            if (to.isBlank()) {
                throw EditoException.input("--to: a name is needed");
            }
            return parent.change(id, new MentionStore.Change.Assign(to.strip()), when);
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true, description = {"Record that a mention was answered "
            + "(its first answer sets the first-response time).",
            "--by-hand: answered outside edito.",
            "--text: posted as a reply under the mention's post (Mastodon, Bluesky) through the brand's channel on "
                    + "that network, exactly once: the ledger records it as post mention-ID; the ticket is marked "
                    + "answered only when the reply went out."}, exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {EXIT_0, EXIT_2, ANSWER_EXIT_3},
            footerHeading = "%nExamples:%n", footer = {"  edito mentions answer 12 --text \"Bonjour, on regarde en privé.\"",
                "  edito mentions answer 12 --text \"...\" --dry-run",
                "  edito mentions answer 12 --by-hand --note \"replied by DM\""})
    static class Answer implements Callable<Integer> {
        @ParentCommand
        MentionsCommand parent;

        @Parameters(paramLabel = "ID", description = "The mention's id.")
        String id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        How how;

        static class How {
            @Option(names = "--by-hand", required = true, description = "It was answered elsewhere (on the network, "
                    + "by mail, by phone).")
            boolean byHand;

            @Option(names = "--text", required = true, paramLabel = "T", description = "Post T as a reply to the "
                    + "mention's post through the brand's channel on its network (Mastodon, Bluesky), exactly once "
                    + "(recorded in the ledger).")
            String text;
        }

        @Option(names = "--note", paramLabel = "TEXT", description = "What was answered (kept in the history).")
        String note;

        @Option(names = "--channel", paramLabel = "CHANNEL", description = "With --text: the channel to answer from "
                + "(when the brand has several on the mention's network).")
        String channel;

        @Option(names = "--dry-run", description = "With --text: say what would be sent; send and record nothing.")
        boolean dryRun;

        @Option(names = "--retry-failed", description = "With --text: send again an answer that failed before, once "
                + "its cause is fixed (a failed answer is not sent again otherwise).")
        boolean retryFailed;

        @Mixin
        RunClock when = new RunClock();

        @Override
        public Integer call() {
            if (how.text == null) {
                // nothing is sent by hand: an option of a sent answer would be ignored, and --dry-run record it
                for (String[] given : new String[][] {{"--dry-run", dryRun ? "" : null}, {"--channel", channel},
                        {"--retry-failed", retryFailed ? "" : null}}) {
                    if (given[1] != null) {
                        throw EditoException.input(given[0] + " goes with --text (an answer edito sends); --by-hand "
                                + "records an answer made elsewhere");
                    }
                }
                return parent.change(id, new MentionStore.Change.Answer("by hand", blankAsNull(note)), when);
            }
            long mentionId = parseId(id);
            parent.requireOneMentionFormat(); // before anything is sent
            ListeningProject p = parent.project();
            when.readIn(parent.zone(p), parent.spec.commandLine().getErr());
            Instant at = when.instant();
            try (MentionStore store = p.openStore()) {
                Mention m = store.get(mentionId).orElseThrow(() -> EditoException.input("no mention #" + mentionId
                        + " (see edito mentions list)"));
                MentionAnswer.Outcome o = MentionAnswer.answer(p.project(), p.brand(), store, m, how.text, channel, at,
                        PublishRun.Options.DEFAULT.withDryRun(dryRun).withRetryFailed(retryFailed), System.getenv());
                PublishResult r = o.result();
                PrintWriter out = parent.spec.commandLine().getOut();
                if (parent.format == Format.json) { // as publish --format json prints its results
                    PublishJsonRenderer.render(List.of(r), out);
                } else {
                    out.println(r.status().id() + "  answer to #" + mentionId + " @ " + r.channel()
                            + (r.url() == null ? "" : "  " + r.url()) + (r.detail() == null ? "" : "  (" + r.detail() + ")"));
                }
                out.flush();
                // an answer that failed before and was not sent again did not go out either
                return r.status().isFailure() || r.status() == PublishStatus.FAILED_EARLIER ? ExitCode.RUNTIME : ExitCode.OK;
            }
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close a mention's ticket.",
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            footerHeading = "%nExamples:%n", footer = {"  edito mentions close 12 --reason \"refund made\""})
    static class Close implements Callable<Integer> {
        @ParentCommand
        MentionsCommand parent;

        @Parameters(paramLabel = "ID", description = "The mention's id.")
        String id;

        @Option(names = "--reason", paramLabel = "R", description = "Why (kept with the mention).")
        String reason;

        @Mixin
        RunClock when = new RunClock();

        @Override
        public Integer call() {
            return parent.change(id, new MentionStore.Change.Close(blankAsNull(reason)), when);
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Reopen a closed mention.",
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_2, EXIT_3},
            footerHeading = "%nExamples:%n", footer = {"  edito mentions reopen 12"})
    static class Reopen implements Callable<Integer> {
        @ParentCommand
        MentionsCommand parent;

        @Parameters(paramLabel = "ID", description = "The mention's id.")
        String id;

        @Mixin
        RunClock when = new RunClock();

        @Override
        public Integer call() {
            return parent.change(id, new MentionStore.Change.Reopen(), when);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "The mentions the filters select, as "
            + "CSV (default here) or JSON, to stdout or a file.", exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {EXIT_0, EXIT_2, EXIT_3}, footerHeading = "%nExamples:%n",
            footer = {"  edito mentions export --output mentions.csv", "  edito mentions export --format json"})
    static class Export implements Callable<Integer> {
        @ParentCommand
        MentionsCommand parent;

        @Mixin
        Output output = new Output();

        @Mixin
        Filters filters = new Filters();

        @Override
        public Integer call() {
            if (parent.format == Format.text) {
                throw EditoException.input("--format text: mentions export writes csv (the default) or json");
            }
            if (parent.format == null) {
                parent.format = Format.csv;
            }
            return parent.list(output.file, filters.or(parent.filters));
        }
    }
}
