package io.edito.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.config.ListeningConfig;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Json;
import io.edito.core.Suggest;
import io.edito.listen.Alert;
import io.edito.listen.AlertNotifier;
import io.edito.listen.FeedParser;
import io.edito.listen.FoundItem;
import io.edito.listen.HttpFetcher;
import io.edito.listen.InboxImport;
import io.edito.listen.Listener;
import io.edito.listen.Mention;
import io.edito.listen.MentionImport;
import io.edito.listen.MentionRenderers;
import io.edito.listen.MentionStore;
import io.edito.listen.ReviewImport;
import io.edito.metrics.InboxItem;
import io.edito.publish.api.PublishContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "listen", mixinStandardHelpOptions = true,
        description = {"Read every listening source, store each new mention of the brand or a competitor once, "
            + "classify it, and alert on spikes, complaint shares and terms.",
            "Quiet when nothing is new, so that cron mails only when something happened (docs/listening.md)."},
        footerHeading = "%nExamples:%n",
        footer = {"  */15 * * * *  cd /srv/calendar && edito listen      (crontab)",
            "  edito listen --source alerts --format json",
            "  edito listen --import brandwatch-export.csv --type brandwatch",
            "  edito listen --import place-details.json --type reviews",
            "  edito listen --at 2026-12-18T10:00:00+01:00"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (new mentions printed, or nothing new); a failing source is told on stderr",
            "1:an alert fired (printed, stored and sent to notify once)",
            "2:bad usage, or errors in edito.yaml or in an imported file",
            "3:every source failed, or the mention store cannot be read or written"})
final class ListenCommand extends CalendarCommand {
    @Option(names = "--source", paramLabel = "ID", split = ",", description = "Only these sources (their id).")
    List<String> sources = new ArrayList<>();

    @Mixin
    RunClock clock = new RunClock();

    @Option(names = "--import", paramLabel = "FILE",
            description = "Read a listening tool's CSV export (or the community-care inbox export, --type inbox, or "
                    + "Google's reviews of the brand's places as JSON, --type reviews) into the store instead of the sources.")
    Path importFile;

    @Option(names = "--type", paramLabel = "T", description = "The export's format: ${COMPLETION-CANDIDATES} "
            + "(default: generic).")
    MentionImport.Type type; // null: not given (generic with --import; refused without it)

    @Option(names = "--brand", paramLabel = "B", description = "The brand whose listening: to use (when several "
            + "brands have one).")
    String brand;

    @Mixin
    TextOrJson format;

    @Override
    public Integer call() {
        ListeningProject project = ListeningProject.load(input, root, brand, err());
        ListeningConfig cfg = project.config();
        ZoneId zone = project.zone(input.tz);
        clock.readIn(zone, err());
        Instant now = clock.instant();
        List<ListeningConfig.Source> chosen = new ArrayList<>();
        if (importFile == null && type != null) {
            throw EditoException.input("--type " + type + " names the format of an --import file: add --import FILE, "
                    + "or drop --type to read the sources");
        }
        if (importFile != null && type == null) {
            type = MentionImport.Type.generic;
        }
        if (importFile == null) {
            for (String id : sources) {
                ListeningConfig.Source s = cfg.source(id);
                if (s == null) {
                    throw EditoException.input("no source '" + id + "' in listening.sources"
                            + Suggest.didYouMean(id, cfg.sources().stream()
                                    .map(ListeningConfig.Source::id).toList()));
                }
                chosen.add(s);
            }
            if (chosen.isEmpty()) {
                chosen.addAll(cfg.sources());
            }
            if (chosen.isEmpty()) {
                throw EditoException.input("listening.sources lists no source (docs/listening.md#sources)");
            }
        } else if (!sources.isEmpty()) {
            throw EditoException.input("--import reads a file instead of the sources: drop --source");
        }
        boolean inboxExport = importFile != null && type == MentionImport.Type.inbox;
        List<InboxItem> inbox = inboxExport ? InboxImport.read(importFile, zone) : null;
        boolean reviews = importFile != null && type == MentionImport.Type.reviews;
        List<FoundItem> imported = importFile == null || inboxExport ? null
                : reviews ? ReviewImport.read(importFile)
                : MentionImport.read(importFile, type, zone, note -> {
                    if (!root.quiet()) {
                        err().println("edito: note: " + note);
                    }
                });
        Listener.Outcome outcome;
        List<Alert> fired;
        List<String> notifyProblems = new ArrayList<>();
        try (MentionStore store = project.openStore()) {
            Listener listener = new Listener(cfg, store, HttpFetcher.defaults(), now);
            outcome = inbox != null ? listener.importInbox(inbox)
                    : reviews ? listener.importReviews("import:" + type, imported)
                    : imported != null ? listener.importItems("import:" + type, imported) : listener.listen(chosen);
            fired = listener.alerts(outcome.fresh());
            if (cfg.alerts() != null && cfg.alerts().notifyTarget() != null) {
                PublishContext ctx = PublishContext.of(project.root(), System.getenv())
                        .withClock(Clock.fixed(now, ZoneOffset.UTC));
                listener.notifyPending(new AlertNotifier(cfg.alerts().notifyTarget(), cfg.alerts().notifyPos(), ctx),
                        notifyProblems::add);
            }
        }
        for (Listener.SourceOutcome s : outcome.sources()) {
            if (s.failed()) {
                ListeningConfig.Source src = cfg.source(s.source());
                err().println("edito: source " + s.source() + (src == null ? "" : " (" + src.describe() + ")") + ": "
                        + s.error());
            } else {
                if (s.skipped() > 0) {
                    err().println("edito: source " + s.source() + ": " + s.skipped() + " items over the limit of "
                            + FeedParser.MAX_ITEMS + " were not read");
                }
                if (s.undated() > 0) {
                    err().println("edito: source " + s.source() + ": " + s.undated() + (s.undated() == 1 ? " item" : " items")
                            + " with a date edito cannot read, dated when read");
                }
            }
        }
        notifyProblems.forEach(p -> err().println("edito: " + p));
        err().flush();
        if (format.json()) {
            out().println(Json.pretty(json(outcome, fired)));
        } else {
            for (Mention m : outcome.fresh()) {
                out().println(MentionRenderers.line(m, zone));
            }
            for (Alert a : fired) {
                out().println("ALERT " + a.message());
            }
            if (inbox != null && !root.quiet()) {
                err().println(outcome.fresh().size() + " of " + inbox.size() + " inbox messages stored as tickets ("
                        + (inbox.size() - outcome.fresh().size()) + " already stored by an earlier import)");
            }
            if (imported != null && !root.quiet()) {
                err().println(outcome.fresh().size() + " of " + imported.size() + (reviews
                        ? " reviews imported as new mentions (" + (imported.size() - outcome.fresh().size())
                        + " already stored)"
                        : " rows imported as new mentions (" + (imported.size() - outcome.fresh().size())
                        + " already stored or about neither the brand nor a competitor)"));
            }
        }
        out().flush();
        if (!fired.isEmpty()) {
            return ExitCode.CHECKS_FAILED;
        }
        boolean allFailed = !outcome.sources().isEmpty() && outcome.sources().stream()
                .allMatch(Listener.SourceOutcome::failed);
        return allFailed ? ExitCode.RUNTIME : ExitCode.OK;
    }

    private static ObjectNode json(Listener.Outcome outcome, List<Alert> fired) {
        ObjectNode root = MentionRenderers.json(outcome.fresh());
        ArrayNode sources = root.putArray("sources");
        for (Listener.SourceOutcome s : outcome.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", s.source());
            o.put("items", s.items());
            o.put("new", s.fresh());
            o.put("not_modified", s.notModified());
            o.put("skipped", s.skipped());
            o.put("undated", s.undated());
            o.put("error", s.error());
        }
        ArrayNode alerts = root.putArray("alerts");
        for (Alert a : fired) {
            ObjectNode o = alerts.addObject();
            o.put("key", a.key());
            o.put("kind", a.kind());
            o.put("at", a.firedAt().toString());
            o.put("message", a.message());
        }
        return root;
    }
}
