package io.edito.cli;

import io.edito.calendar.Workspace;
import io.edito.core.Durations;
import io.edito.core.ExitCode;
import io.edito.core.Json;
import io.edito.publish.DueWithLedger;
import io.edito.publish.PublishJob;
import io.edito.publish.PublishingSettings;
import io.edito.publish.auth.LoginStatus;
import io.edito.schedule.Due;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "due", mixinStandardHelpOptions = true,
        description = "List the (post, channel) pairs that are due now and not yet published, those missed, and those "
                + "tried and not sent (failed, unknown, pending: the ledger's to retry or report, however old).",
        footerHeading = "%nExamples:%n",
        footer = {"  edito due", "  edito due --at 2026-12-01T18:30:00+01:00 --format json", "  edito due --window 2h", "  edito due --brand riad-mogador"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage or errors in the calendar", "3:the ledger cannot be read"})
final class DueCommand extends CalendarCommand {

    @Mixin
    RunClock clock = new RunClock();

    @Option(names = "--window", paramLabel = "DURATION", description = "Also list pairs due within DURATION after now (e.g. 2h).")
    String window;

    @Option(names = "--include-missed", description = "Count pairs older than the catch-up limit as due.")
    boolean includeMissed;

    @Option(names = "--brand", paramLabel = "B", split = ",", description = "Only these brands' posts.")
    List<String> brands = new java.util.ArrayList<>();

    @Mixin
    TextOrJson format;

    @Override
    public Integer call() {
        Duration ahead = parse(window); // options first: a typo is reported before the calendar is read
        // as publish reads it (due lists what publish would send): an error about no post in particular stops the
        // run; one inside a post leaves that post out (exit 2 after the list), and another brand's is not this run's
        Workspace.Loaded all = input.loadAll(root);
        io.edito.publish.CalendarErrors errors = io.edito.publish.CalendarErrors.of(all);
        if (!errors.general().isEmpty()) {
            CalendarInput.judged(all, root, err());
        }
        PostFilter.requireKnown(brands, List.of(), all.config());
        List<io.edito.core.Problem> ours = errors.of(all, brands, List.of(), List.of());
        CalendarInput.printProblems(ours, root, err());
        CalendarInput.printProblems(all.problems().stream().filter(p -> !p.isError()).toList(), root, err());
        Workspace.Loaded loaded = errors.without(all);
        java.time.ZoneId zone = PostFilter.zone(brands, loaded.config(), input.tz); // --at read and said in it
        clock.readIn(zone, err());
        PublishingSettings settings = PublishingSettings.of(loaded.config());
        List<Due> due = DueWithLedger.compute(loaded, settings, clock.instant(), ahead, includeMissed,
                System.getenv()).stream().filter(d -> brands.isEmpty() || brands.contains(d.post().brand())).toList();
        warnAboutLogins(loaded, due);
        // what publish would hold back for the charter's errors: listed as such, not as due
        Map<Due, String> heldBack;
        try {
            heldBack = PublishJob.heldBack(loaded, clock.instant(), due);
        } catch (io.edito.core.EditoException e) { // a charter edito cannot read: the list is still due's to give
            heldBack = Map.of();
            if (!root.quiet()) {
                err().println("edito: warning: what publish would hold back is not known: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            var rootNode = Json.object();
            var arr = rootNode.putArray("pairs");
            for (Due d : due) {
                var pair = arr.addObject().put("post", d.post().id()).put("channel", d.channel())
                        .put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.at()))
                        .put("state", state(d, heldBack));
                if (heldBack.containsKey(d)) {
                    pair.put("held_back", heldBack.get(d));
                }
            }
            out.print(Json.pretty(rootNode));
        } else {
            if (due.stream().allMatch(d -> d.kind() == Due.Kind.DONE) && !root.quiet()) {
                err().println("edito: nothing due at " + clock.shown(zone) + (ahead.isZero() ? "" : " or within "
                        + io.edito.core.Durations.written(ahead)) + " (and nothing missed or waiting in the ledger)");
                err().flush();
            }
            for (Due d : due) {
                if (d.kind() == Due.Kind.DONE) {
                    continue;
                }
                out.println(String.format("%-10s", state(d, heldBack))
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.at()) + "  " + d.post().id() + " @ " + d.channel()
                        + (heldBack(d, heldBack) ? "  (publish holds it back: " + heldBack.get(d) + ")"
                        : d.kind() == Due.Kind.UPCOMING && heldBack.containsKey(d)
                        ? "  (publish would hold it back if it were due now: " + heldBack.get(d) + ")" : hint(d)));
            }
        }
        out.flush();
        if (!ours.isEmpty()) {
            err().println("edito: " + CalendarInput.leftOut(ours));
            err().flush();
            return ExitCode.INPUT;
        }
        return ExitCode.OK;
    }

    /** The pair's state as listed: the ledger's or the schedule's, or {@code held-back}. */
    private static String state(Due d, Map<Due, String> heldBack) {
        return heldBack(d, heldBack) ? "held-back" : d.kind().name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code d} is due and publish would hold it back (a failed or unknown pair keeps its ledger state). */
    private static boolean heldBack(Due d, Map<Due, String> heldBack) {
        return d.kind() == Due.Kind.DUE && heldBack.containsKey(d);
    }

    /** What a state other than due or missed means for the pair, after its line. */
    private static String hint(Due d) {
        String pair = d.post().id() + "@" + d.channel();
        return switch (d.kind()) {
            case EDITED -> "  (published before this edit; the edit is not sent)";
            case FAILED -> "  (failed before: publish retries it when its retry comes, or with --retry-failed once "
                    + "it failed for good; edito ledger show " + pair + ")";
            case UNKNOWN -> "  (outcome unknown: reported by publish until edito ledger resolve says; edito ledger show "
                    + pair + ")";
            case PENDING -> "  (being sent by another run, or that run was stopped: edito ledger show " + pair + ")";
            case DUE, UPCOMING, MISSED, DONE -> "";
        };
    }

    /**
     * Warns (stderr, like the calendar's warnings) about the channels with pairs to publish whose saved login ends
     * within a week or has ended, or is missing: each names {@code edito login CHANNEL}.
     */
    private void warnAboutLogins(Workspace.Loaded loaded, List<Due> due) {
        java.util.Set<String> channels = new java.util.HashSet<>();
        for (Due d : due) {
            if (d.kind().toPublish() || d.kind() == Due.Kind.MISSED || d.kind() == Due.Kind.UPCOMING) {
                channels.add(d.account());
            }
        }
        if (channels.isEmpty()) {
            return;
        }
        CalendarInput.printProblems(LoginStatus.warnings(LoginStatus.of(loaded.config(), System.getenv()), channels,
                clock.instant()), root, err());
    }

    static Duration parse(String window) {
        if (window == null) {
            return Duration.ZERO;
        }
        return Durations.option("--window", window);
    }
}
