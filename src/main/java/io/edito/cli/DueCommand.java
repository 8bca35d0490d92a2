package io.edito.cli;

import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.core.Durations;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Json;
import io.edito.publish.PublishingSettings;
import io.edito.publish.Requests;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import io.edito.publish.ledger.LedgerState;
import io.edito.schedule.Due;
import io.edito.schedule.DueCalculator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "due", mixinStandardHelpOptions = true,
        description = "List the (post, channel) pairs that are due now and not yet published, and those missed.",
        footerHeading = "%nExamples:%n",
        footer = {"  edito due", "  edito due --at 2026-12-01T18:30:00+01:00 --format json", "  edito due --window 2h"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage or errors in the calendar", "3:the ledger cannot be read"})
final class DueCommand extends CalendarCommand {

    @Option(names = "--at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Act as if it were TIME (ISO-8601 with offset or Z); default: now.")
    Instant at;

    @Option(names = "--window", paramLabel = "DURATION", description = "Also list pairs due within DURATION after now (e.g. 2h).")
    String window;

    @Option(names = "--include-missed", description = "Count pairs older than the catch-up limit as due.")
    boolean includeMissed;

    /** The formats this command writes: picocli lists them (and only them) on a wrong --format. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        Duration ahead = parse(window); // options first: a typo is reported before the calendar is read
        Workspace.Loaded loaded = load();
        PublishingSettings settings = PublishingSettings.of(loaded.config());
        List<Due> due = compute(loaded, settings, at == null ? Instant.now() : at, ahead, includeMissed);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            var rootNode = Json.object();
            var arr = rootNode.putArray("pairs");
            for (Due d : due) {
                arr.addObject().put("post", d.post().id()).put("channel", d.channel())
                        .put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.at()))
                        .put("state", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            out.print(Json.pretty(rootNode));
        } else {
            for (Due d : due) {
                if (d.kind() == Due.Kind.DONE) {
                    continue;
                }
                out.println(String.format("%-8s", d.kind().name().toLowerCase(java.util.Locale.ROOT))
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.at()) + "  " + d.post().id() + " @ " + d.channel()
                        + (d.kind() == Due.Kind.EDITED ? "  (published before this edit; the edit is not sent)" : ""));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    static Duration parse(String window) {
        if (window == null) {
            return Duration.ZERO;
        }
        return Durations.option("--window", window);
    }

    /** Due pairs, with the ledger (if it exists) telling which are already sent, and which were edited since. */
    static List<Due> compute(Workspace.Loaded loaded, PublishingSettings settings, Instant now, Duration window,
                             boolean includeMissed) {
        java.util.Optional<Ledger> existing = settings.ledger().openExisting(System.getenv());
        if (existing.isEmpty()) {
            return DueCalculator.compute(loaded.calendar(), now, window, settings.catchUp(), includeMissed, (p, c) -> null);
        }
        try (Ledger ledger = existing.get()) {
            Path root = loaded.config().root();
            return DueCalculator.compute(loaded.calendar(), now, window, settings.catchUp(), includeMissed,
                    (p, c) -> published(ledger, p, c, root));
        }
    }

    /** DONE when the pair is sent with the content the calendar has now, EDITED when with other content, else null. */
    private static Due.Kind published(Ledger ledger, Post post, String channel, Path root) {
        if (ledger.forPair(post.id(), channel).stream().noneMatch(DueCommand::isSent)) {
            return null;
        }
        String hash;
        try {
            hash = Requests.of(post, channel, root).contentHash();
        } catch (EditoException e) {
            return Due.Kind.DONE; // what would be sent cannot be made (a media path outside the repository): sent is all we know
        }
        // the ledger's own rule, as publish tells it
        return ledger.publishedWithOtherContent(post.id(), channel, hash).isPresent() ? Due.Kind.EDITED : Due.Kind.DONE;
    }

    static boolean isSent(LedgerEntry e) {
        return e.state() == LedgerState.SENT;
    }
}
