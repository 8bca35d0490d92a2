package io.edito.cli;

import io.edito.calendar.Workspace;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Suggest;
import io.edito.publish.CalendarErrors;
import io.edito.publish.PublishJob;
import io.edito.publish.PublishJsonRenderer;
import io.edito.publish.PublishTextRenderer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish every due (post, channel) pair exactly once, recording each outcome in the ledger.",
            "Quiet when nothing is due, so that cron mails only when something happened."},
        footerHeading = "%nExamples:%n",
        footer = {"  */5 * * * *  cd /srv/calendar && edito publish       (crontab)",
            "  edito publish --dry-run", "  edito publish --post winter-sale-launch --channel x",
            "  edito publish --brand riad-mogador"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything due was sent, or waits for a retry an earlier run reported (or nothing was due)",
            "1:a post was held back by its findings (see edito check)",
            "2:bad usage, errors in the calendar (one inside a post leaves that post out, the others go out), or a "
                + "channel without publish settings",
            "3:a send failed or its outcome is unknown (see edito ledger)"})
final class PublishCommand extends CalendarCommand {
    @Mixin
    RunClock clock = new RunClock();

    @Option(names = "--dry-run", description = "Say what would be sent; send nothing, write nothing, need no secrets.")
    boolean dryRun;

    @Option(names = "--channel", paramLabel = "C", split = ",", description = "Only these channels (a network id: all its accounts).")
    List<String> channels = new ArrayList<>();

    @Option(names = "--brand", paramLabel = "B", split = ",", description = "Only these brands' posts (an agency's cron line per brand).")
    List<String> brands = new ArrayList<>();

    @Option(names = "--post", paramLabel = "ID", split = ",", description = "Only these posts.")
    List<String> posts = new ArrayList<>();

    @Option(names = "--include-missed", description = "Also publish pairs older than the catch-up limit (late).")
    boolean includeMissed;

    @Option(names = "--retry-failed", description = "Retry pairs that failed for good or ran out of attempts.")
    boolean retryFailed;

    @Mixin
    TextOrJson format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Workspace.Loaded all = input.loadAll(root);
        CalendarErrors errors = CalendarErrors.of(all);
        if (!errors.general().isEmpty()) { // an error about no post in particular: nothing can be sent safely
            CalendarInput.judged(all, root, err);
        }
        // a typo must not make a cron run publish nothing, silently
        PostFilter.requireKnown(brands, channels, all.config());
        for (String id : posts) {
            var post = all.calendar().post(id);
            if (post.isEmpty()) {
                throw EditoException.input("--post: no post '" + id + "' in the calendar" + Suggest.didYouMean(id,
                        all.calendar().posts().stream().map(io.edito.calendar.Post::id).toList()));
            }
            if (!brands.isEmpty() && !brands.contains(post.get().brand())) { // it would select nothing, silently
                throw EditoException.input("--post " + id + " is brand " + post.get().brand() + "'s, not "
                        + String.join(" or ", brands) + "'s");
            }
        }
        // times read and said in the zone of the brands selected: by --brand, else those of the posts --post names
        List<String> zoneBrands = !brands.isEmpty() || posts.isEmpty() ? brands : posts.stream()
                .map(id -> all.calendar().post(id).orElseThrow().brand()).filter(java.util.Objects::nonNull)
                .distinct().toList();
        java.time.ZoneId zone = PostFilter.zone(zoneBrands, all.config(), input.tz);
        clock.readIn(zone, err);
        // a network id stands for every account on it, as in agenda, check and preview (--channel x: x and x-ar)
        List<String> selected = List.copyOf(PostFilter.channelSet(channels, all.config()));
        // an error inside a post leaves that post out, and the others go out (the run then exits 2); another
        // brand's, channel's or post's errors are not this run's (a cron line per brand)
        List<io.edito.core.Problem> ours = errors.of(all, brands, selected, posts);
        CalendarInput.printProblems(ours, root, err);
        // the calendar's warnings are told with the posts they are about, once sent (below): a cron run every five
        // minutes is quiet when nothing is due, not mailing an overlap warning about a post weeks away
        if (dryRun) {
            CalendarInput.printProblems(all.problems().stream().filter(p -> !p.isError()).toList(), root, err);
        }
        Workspace.Loaded loaded = errors.without(all);
        if (dryRun) { // a dry run is the test of a setup: its publish settings judged whether or not a post is due
            io.edito.core.Problems settings = new io.edito.core.Problems();
            io.edito.publish.Publishers.validate(loaded.config(), settings);
            int wrong = CalendarInput.printProblems(settings.all(), root, err);
            if (wrong > 0) {
                throw new EditoException(ExitCode.INPUT, wrong + (wrong == 1 ? " error" : " errors")
                        + " in the publish: settings of edito.yaml");
            }
        }
        // --post names posts left out for their errors: the others named only (none left: nothing to do, never all)
        List<String> named = posts.stream().filter(id -> !errors.posts().contains(id)).toList();
        PublishJob.Outcome o = !posts.isEmpty() && named.isEmpty() ? new PublishJob.Outcome(List.of(), 0, java.util.Set.of())
                : PublishJob.run(loaded, new PublishJob.Options(clock.asked(), dryRun, selected, brands, named,
                includeMissed, retryFailed), System.getenv(), err::println);
        if (!dryRun) {
            warningsOfPostsSent(loaded, o, err);
        }
        tellWhyNothing(loaded, selected, o, err);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            PublishJsonRenderer.render(o.results(), out);
        } else {
            PublishTextRenderer.render(o.results(), o.heldBack(), !root.quiet() && dryRun, out);
            if (dryRun && o.results().isEmpty() && o.heldBack() == 0 && !root.quiet()) {
                // a person trying it out sees that it ran; cron's real runs stay silent when there is nothing to do
                err.println("edito: nothing due at " + clock.shown(zone)
                        + " (dry run: nothing would be sent)");
            }
        }
        out.flush();
        err.flush();
        if (o.anyFailure()) {
            return ExitCode.RUNTIME;
        }
        if (!ours.isEmpty()) {
            err.println("edito: " + CalendarInput.leftOut(ours));
            err.flush();
            return ExitCode.INPUT;
        }
        return o.heldBack() > 0 ? ExitCode.CHECKS_FAILED : ExitCode.OK;
    }

    /**
     * The calendar's warnings about the posts this run sent or failed to send (not those it holds back: the hold-back
     * is reported once, and a warning beside it would come on every run).
     */
    private void warningsOfPostsSent(Workspace.Loaded loaded, PublishJob.Outcome o, PrintWriter err) {
        java.util.Set<String> acted = new java.util.HashSet<>();
        o.results().forEach(r -> acted.add(r.postId()));
        if (acted.isEmpty()) {
            return;
        }
        CalendarInput.printProblems(loaded.problems().stream().filter(p -> !p.isError() && acted.contains(p.post()))
                .toList(), root, err);
    }

    /**
     * A post named with --post that the run can do nothing with is told why, on stderr (a draft, a channel left out
     * by --channel): the run exited 0 in silence, as if it had been published.
     */
    private void tellWhyNothing(Workspace.Loaded loaded, List<String> selected, PublishJob.Outcome o, PrintWriter err) {
        if (root.quiet()) {
            return;
        }
        for (String id : new java.util.LinkedHashSet<>(posts)) { // a post named twice is told once
            if (o.heldBackPosts().contains(id) || o.results().stream().anyMatch(r -> r.postId().equals(id))) {
                continue; // a held-back post is told already
            }
            io.edito.calendar.Post p = loaded.calendar().post(id).orElse(null);
            if (p == null) {
                continue; // left out for its errors, told above
            }
            List<String> channelsThere = selected.isEmpty() ? p.channels()
                    : p.channels().stream().filter(selected::contains).toList();
            String why = !p.status().isReady() ? "its status is " + p.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ": only approved or scheduled posts go out"
                    : channelsThere.isEmpty() ? "none of its channels " + p.channels() + " is among --channel "
                    + String.join(",", channels)
                    : null; // sent already, still to come, or missed (told above): edito due says which
            if (why != null) {
                err.println("edito: --post " + id + ": nothing to publish: " + why);
            }
        }
    }
}
