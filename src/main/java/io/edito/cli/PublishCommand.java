package io.edito.cli;

import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.check.CharterCheck;
import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Severity;
import io.edito.publish.EditNotices;
import io.edito.publish.PublishJsonRenderer;
import io.edito.publish.PublishRun;
import io.edito.publish.PublishTextRenderer;
import io.edito.publish.Publishers;
import io.edito.publish.PublishingSettings;
import io.edito.publish.Requests;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.ledger.Ledger;
import io.edito.schedule.Due;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish every due (post, channel) pair exactly once, recording each outcome in the ledger.",
            "Quiet when nothing is due, so that cron mails only when something happened."},
        footerHeading = "%nExamples:%n",
        footer = {"  */5 * * * *  cd /srv/calendar && edito publish       (crontab)",
            "  edito publish --dry-run", "  edito publish --post winter-sale-launch --channel x"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything due was sent, or waits for a retry an earlier run reported (or nothing was due)",
            "1:a post was held back by its findings (see edito check)",
            "2:bad usage, errors in the calendar, or a channel without publish settings",
            "3:a send failed or its outcome is unknown (see edito ledger)"})
final class PublishCommand extends CalendarCommand {
    /** Rules about the time itself: a due post is by definition in the past. */
    private static final Set<String> NOT_BLOCKING = Set.of("schedule.past", "schedule.approval_lead");

    @Option(names = "--at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Run as if it were TIME (ISO-8601 with offset or Z): due pairs, retry times and the times "
                    + "recorded in the ledger follow it; default: now.")
    Instant at;

    @Option(names = "--dry-run", description = "Say what would be sent; send nothing, write nothing, need no secrets.")
    boolean dryRun;

    @Option(names = "--channel", paramLabel = "C", split = ",", description = "Only these networks.")
    List<String> channels = new ArrayList<>();

    @Option(names = "--post", paramLabel = "ID", split = ",", description = "Only these posts.")
    List<String> posts = new ArrayList<>();

    @Option(names = "--include-missed", description = "Also publish pairs older than the catch-up limit (late).")
    boolean includeMissed;

    @Option(names = "--retry-failed", description = "Retry pairs that failed for good or ran out of attempts.")
    boolean retryFailed;

    /** The formats this command writes: picocli lists them (and only them) on a wrong --format. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Workspace.Loaded loaded = load();
        // --at is the run's clock: the catch-up window, the findings, every time the ledger records (claims,
        // retries) follow it, and it runs on from there as the run takes time
        Instant now = at == null ? Instant.now() : at;
        Clock clock = at == null ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
        PublishingSettings settings = PublishingSettings.of(loaded.config());
        for (String id : posts) {
            if (loaded.calendar().post(id).isEmpty()) {
                throw EditoException.input("--post: no post '" + id + "' in the calendar");
            }
        }
        List<Due> pairs = DueCommand.compute(loaded, settings, now, Duration.ZERO, includeMissed).stream()
                .filter(d -> channels.isEmpty() || channels.contains(d.channel()))
                .filter(d -> posts.isEmpty() || posts.contains(d.post().id()))
                .toList();
        List<Due> due = pairs.stream().filter(d -> d.kind() == Due.Kind.DUE).toList();
        List<Due> missed = pairs.stream().filter(d -> d.kind() == Due.Kind.MISSED).toList();
        List<Due> edited = pairs.stream().filter(d -> d.kind() == Due.Kind.EDITED).toList();
        List<PublishResult> results = new ArrayList<>();
        if (!missed.isEmpty() || !edited.isEmpty()) {
            // told once per pair and scheduled time, or per pair and content for an edit (the ledger keeps what was
            // told), so that cron does not mail the same line every run; a dry run only looks; `edito due` always
            // lists them. An edited pair exists only when the ledger does, so a dry run opens no new ledger.
            try (Ledger ledger = dryRun ? settings.ledger().openExisting(System.getenv()).orElse(null)
                    : settings.ledger().open(System.getenv())) {
                for (Due d : missed) {
                    if (dryRun || ledger.noticeOnce(d.post().id(), d.channel(), d.at().toInstant(), "missed", now)) {
                        err.println("edito: missed " + d.post().id() + " @ " + d.channel() + " (due "
                                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.at()) + ", more than "
                                + settings.catchUp().toHours() + "h ago): not posted late; use --include-missed to post"
                                + " it" + (dryRun ? " (dry run: a real run reports it once)" : " (reported once)"));
                    }
                }
                if (!edited.isEmpty()) {
                    List<PublishRequest> current = new ArrayList<>();
                    for (Due d : edited) {
                        current.add(Requests.of(d.post(), d.channel(), loaded.config().root()));
                    }
                    results.addAll(EditNotices.report(ledger, current, now, dryRun));
                }
            }
        }
        Map<String, List<Finding>> blocking = due.isEmpty() ? Map.of() : blockingFindings(loaded, now);
        List<PublishRequest> requests = new ArrayList<>();
        Map<String, Publisher> publishers = new LinkedHashMap<>();
        PublishContext ctx = PublishContext.of(loaded.config().root(), System.getenv()).withClock(clock);
        if (dryRun) {
            // nothing is sent: a missing secret is a warning, once per variable
            Set<String> told = new HashSet<>();
            ctx = ctx.tolerateMissingSecrets((variable, message) -> {
                if (told.add(variable)) {
                    err.println("edito: warning: " + message + " (dry run: nothing is sent; a real run needs it)");
                }
            });
        }
        int held = 0;
        // (due pair, why), told once per pair and content: a held-back post stays due on every cron run
        List<Map.Entry<Due, String>> heldBack = new ArrayList<>();
        for (Due d : due) {
            List<Finding> f = blocking.getOrDefault(d.post().id() + "@" + d.channel(), List.of());
            if (!f.isEmpty()) {
                held++;
                Set<String> rules = new TreeSet<>();
                f.forEach(x -> rules.add(x.rule()));
                heldBack.add(Map.entry(d, f.size() + (f.size() == 1 ? " error " : " errors ") + rules
                        + " (run edito check)"));
                continue;
            }
            if (!publishers.containsKey(d.channel())) {
                publishers.put(d.channel(), Publishers.create(target(loaded, d), ctx));
            }
            try {
                requests.add(Requests.of(d.post(), d.channel(), loaded.config().root()));
            } catch (EditoException e) {
                held++;
                heldBack.add(Map.entry(d, e.getMessage()));
            }
        }
        if (!heldBack.isEmpty()) {
            try (Ledger ledger = dryRun ? null : settings.ledger().open(System.getenv())) {
                for (Map.Entry<Due, String> h : heldBack) {
                    Due d = h.getKey();
                    // the content is the post as written for that channel plus why it is held back: an edit, or
                    // another finding, is told again
                    String about = Requests.heldBackKey(d.post(), d.channel(), loaded.config().root(), h.getValue());
                    if (dryRun || ledger.contentNoticeOnce(d.post().id(), d.channel(), "held-back", about, now)) {
                        err.println("edito: held back " + d.post().id() + " @ " + d.channel() + ": " + h.getValue()
                                + (dryRun ? " (dry run: a real run reports it once)" : " (reported once)"));
                    }
                }
            }
        }
        if (!requests.isEmpty()) {
            // a dry run writes nothing, not even a new ledger: without one, it decides against an empty one
            try (Ledger ledger = dryRun ? settings.ledger().openForDryRun(System.getenv())
                    : settings.ledger().open(System.getenv())) {
                results.addAll(new PublishRun(ledger, publishers, ctx, PublishRun.Options.DEFAULT.withDryRun(dryRun)
                        .withRetryFailed(retryFailed))
                        .run(requests));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            PublishJsonRenderer.render(results, out);
        } else {
            PublishTextRenderer.render(results, !root.quiet() && dryRun, out);
        }
        out.flush();
        err.flush();
        if (results.stream().anyMatch(r -> r.status().isFailure())) {
            return ExitCode.RUNTIME;
        }
        return held > 0 ? ExitCode.CHECKS_FAILED : ExitCode.OK;
    }

    private static PublishTarget target(Workspace.Loaded loaded, Due d) {
        BrandConfig brand = d.post().brand() == null ? null : loaded.config().brands().get(d.post().brand());
        ChannelConfig ch = brand == null ? null : brand.channels().get(d.channel());
        if (ch == null || ch.publish() == null) {
            throw EditoException.input(ch == null ? null : ch.pos(), "channel '" + d.channel() + "'"
                    + (brand == null ? "" : " of brand '" + brand.name() + "'")
                    + " has no publish: settings in edito.yaml (see docs/publishing.md)");
        }
        return PublishTarget.of(d.channel(), ch.publish());
    }

    /** Error findings of the charter checks, per "post@channel" (a finding on the whole post blocks every channel). */
    private Map<String, List<Finding>> blockingFindings(Workspace.Loaded loaded, Instant now) {
        CheckResult result = CharterCheck.run(loaded.calendar(), now);
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (f.severity() != Severity.ERROR || NOT_BLOCKING.contains(f.rule())) {
                continue;
            }
            Post p = loaded.calendar().post(f.postId()).orElseThrow();
            List<String> chs = f.channel() == null ? p.channels() : f.channels();
            for (String ch : chs) {
                out.computeIfAbsent(f.postId() + "@" + ch, k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }
}
