package io.edito.publish;

import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.check.run.CharterCheck;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.core.EditoException;
import io.edito.core.Severity;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.auth.SharedLogins;
import io.edito.publish.ledger.Ledger;
import io.edito.schedule.Due;
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
import java.util.function.Consumer;

/**
 * {@code edito publish}: every due (post, channel) pair sent exactly once. Missed and edited pairs are told once,
 * posts with error findings are held back (and told once per content), the others go through {@link PublishRun}.
 */
public final class PublishJob {
    /** Rules about the time itself: a due post is by definition in the past. */
    private static final Set<String> NOT_BLOCKING = Set.of("schedule.past", "schedule.approval_lead");

    private PublishJob() {
    }

    /**
     * What to publish.
     *
     * @param at       the run's clock (null: now): due pairs, retry times and the times the ledger records follow it
     * @param channels only these channels (empty: all)
     * @param brands   only these brands' posts (empty: all)
     * @param posts    only these post ids (empty: all)
     */
    public record Options(Instant at, boolean dryRun, List<String> channels, List<String> brands, List<String> posts,
                          boolean includeMissed, boolean retryFailed) {
        public Options {
            channels = List.copyOf(channels);
            brands = List.copyOf(brands);
            posts = List.copyOf(posts);
        }
    }

    /**
     * What the run did: every pair's result (sent, skipped, failed, unknown, edit notices) and what was held back.
     *
     * @param heldBack      how many pairs were held back
     * @param heldBackPosts the posts of those pairs
     */
    public record Outcome(List<PublishResult> results, int heldBack, Set<String> heldBackPosts) {
        public boolean anyFailure() {
            return results.stream().anyMatch(r -> r.status().isFailure());
        }
    }

    /**
     * Runs the job.
     *
     * @param notices where the one-line notices go (missed, held back, dry-run warnings), as they happen
     */
    public static Outcome run(Workspace.Loaded loaded, Options o, Map<String, String> env, Consumer<String> notices) {
        // --at is the run's clock: the catch-up window, the findings, every time the ledger records (claims,
        // retries) follow it, and it runs on from there as the run takes time
        Instant now = o.at() == null ? Instant.now() : o.at();
        PublishingSettings settings = PublishingSettings.of(loaded.config());
        for (String id : o.posts()) {
            if (loaded.calendar().post(id).isEmpty()) {
                throw EditoException.input("--post: no post '" + id + "' in the calendar");
            }
        }
        List<Due> pairs = DueWithLedger.compute(loaded, settings, now, Duration.ZERO, o.includeMissed(), env).stream()
                .filter(d -> o.channels().isEmpty() || o.channels().contains(d.channel()))
                .filter(d -> o.brands().isEmpty() || o.brands().contains(d.post().brand()))
                .filter(d -> o.posts().isEmpty() || o.posts().contains(d.post().id()))
                .toList();
        List<Due> due = pairs.stream().filter(d -> d.kind().toPublish()).toList();
        List<PublishResult> results = new ArrayList<>(tellMissedAndEdited(loaded, settings, pairs, o.dryRun(), now,
                env, notices));
        Map<Due, String> blocked = heldBack(loaded, now, due);
        List<PublishRequest> requests = new ArrayList<>();
        Map<String, Publisher> publishers = new LinkedHashMap<>(); // by account: brand/channel
        Map<PublishRequest, Publisher> publisherOf = new java.util.IdentityHashMap<>();
        PublishContext ctx = PublishContext.of(loaded.config().root(), env);
        ctx = o.at() == null ? ctx.withClock(Clock.systemUTC()) : ctx.startingAt(o.at());
        if (o.dryRun()) {
            // nothing is sent: a missing secret is a warning, once per variable
            Set<String> told = new HashSet<>();
            ctx = ctx.tolerateMissingSecrets((variable, message) -> {
                if (told.add(variable)) {
                    notices.accept("edito: warning: " + message + " (dry run: nothing is sent; a real run needs it)");
                }
            });
        }
        // (due pair, why), told once per pair and content: a held-back post stays due on every cron run
        List<Map.Entry<Due, String>> heldBack = new ArrayList<>();
        for (Due d : due) {
            if (blocked.containsKey(d)) {
                heldBack.add(Map.entry(d, blocked.get(d)));
                continue;
            }
            // an account is a brand's channel: two brands' "instagram" are two accounts, each with its publisher
            String account = d.account();
            if (!publishers.containsKey(account)) {
                publishers.put(account, Publishers.create(target(loaded, d, ctx), ctx));
            }
            try {
                PublishRequest request = Requests.of(d.post(), d.channel(), loaded.config());
                requests.add(request);
                publisherOf.put(request, publishers.get(account));
            } catch (EditoException e) {
                heldBack.add(Map.entry(d, e.getMessage()));
            }
        }
        tellHeldBack(loaded, settings, heldBack, o.dryRun(), now, env, notices);
        if (!requests.isEmpty()) {
            // a dry run writes nothing, not even a new ledger: without one, it decides against an empty one
            try (Ledger ledger = o.dryRun() ? settings.ledger().openForDryRun(env) : settings.ledger().open(env)) {
                results.addAll(new PublishRun(ledger, publisherOf::get, ctx, PublishRun.Options.DEFAULT
                        .withDryRun(o.dryRun()).withRetryFailed(o.retryFailed())).run(requests));
            }
        }
        Set<String> heldBackPosts = new java.util.LinkedHashSet<>();
        heldBack.forEach(h -> heldBackPosts.add(h.getKey().post().id()));
        return new Outcome(List.copyOf(results), heldBack.size(), Set.copyOf(heldBackPosts));
    }

    /**
     * Missed pairs and pairs edited after they went out, told once per pair and scheduled time, or per pair and
     * content for an edit (the ledger keeps what was told), so that cron does not mail the same line every run; a
     * dry run only looks; {@code edito due} always lists them. An edited pair exists only when the ledger does, so a
     * dry run opens no new ledger.
     */
    private static List<PublishResult> tellMissedAndEdited(Workspace.Loaded loaded, PublishingSettings settings,
                                                           List<Due> pairs, boolean dryRun, Instant now,
                                                           Map<String, String> env, Consumer<String> notices) {
        List<Due> missed = pairs.stream().filter(d -> d.kind() == Due.Kind.MISSED).toList();
        List<Due> edited = pairs.stream().filter(d -> d.kind() == Due.Kind.EDITED).toList();
        if (missed.isEmpty() && edited.isEmpty()) {
            return List.of();
        }
        try (Ledger ledger = dryRun ? settings.ledger().openExisting(env).orElse(null) : settings.ledger().open(env)) {
            for (Due d : missed) {
                if (dryRun || ledger.noticeOnce(d.post().id(), d.channel(), d.at().toInstant(), "missed", now)) {
                    notices.accept("edito: missed " + d.post().id() + " @ " + d.channel() + " (due "
                            + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.at()) + ", more than "
                            + io.edito.core.Durations.written(settings.catchUp())
                            + " ago): not posted late; use --include-missed to post it" + (dryRun ? " (dry run: a real run reports it once)" : " (reported once)"));
                }
            }
            if (edited.isEmpty()) {
                return List.of();
            }
            List<PublishRequest> current = new ArrayList<>();
            for (Due d : edited) {
                current.add(Requests.of(d.post(), d.channel(), loaded.config()));
            }
            return EditNotices.report(ledger, current, now, dryRun);
        }
    }

    private static void tellHeldBack(Workspace.Loaded loaded, PublishingSettings settings,
                                     List<Map.Entry<Due, String>> heldBack, boolean dryRun, Instant now,
                                     Map<String, String> env, Consumer<String> notices) {
        if (heldBack.isEmpty()) {
            return;
        }
        try (Ledger ledger = dryRun ? null : settings.ledger().open(env)) {
            for (Map.Entry<Due, String> h : heldBack) {
                Due d = h.getKey();
                // the content is the post as written for that channel plus why it is held back: an edit, or
                // another finding, is told again
                String about = Requests.heldBackKey(d.post(), d.channel(), loaded.config(), h.getValue());
                if (dryRun || ledger.contentNoticeOnce(d.post().id(), d.channel(), "held-back", about, now)) {
                    notices.accept("edito: held back " + d.post().id() + " @ " + d.channel() + ": " + h.getValue()
                            + (dryRun ? " (dry run: a real run reports it once)" : " (reported once)"));
                }
            }
        }
    }

    private static PublishTarget target(Workspace.Loaded loaded, Due d, PublishContext ctx) {
        BrandConfig brand = d.post().brand() == null ? null : loaded.config().brands().get(d.post().brand());
        ChannelConfig ch = brand == null ? null : brand.channels().get(d.channel());
        if (ch == null || ch.publish() == null) {
            throw EditoException.input(ch == null ? null : ch.pos(), "channel '" + d.channel() + "'"
                    + (brand == null ? "" : " of brand '" + brand.name() + "'")
                    + " has no publish: settings in edito.yaml (see docs/publishing.md)");
        }
        // another brand's login in the file this channel reads would post this brand's post on that account
        String other = SharedLogins.sharedWith(loaded.config(), brand, ch, ctx);
        if (other != null) {
            throw EditoException.input(ch.publish().pos(), SharedLogins.message(brand.name(), ch, other));
        }
        return PublishTarget.of(d.channel(), ch.publish());
    }

    /**
     * The pairs of {@code pairs} that publish would hand to the networks but holds back for the charter's errors on
     * them, each with why ({@code 2 errors [languages.missing, languages.translation] (run edito check)}): what
     * {@code edito due} shows too; an upcoming pair ({@code due --window}) is told what would hold it back if it were
     * due now, so that it can be fixed before its time. The checks run only when some pair is to be published.
     */
    public static Map<Due, String> heldBack(Workspace.Loaded loaded, Instant now, List<Due> pairs) {
        List<Due> toPublish = pairs.stream().filter(d -> d.kind().toPublish() || d.kind() == Due.Kind.UPCOMING).toList();
        if (toPublish.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Finding>> blocking = blockingFindings(loaded, now);
        Map<Due, String> out = new LinkedHashMap<>();
        for (Due d : toPublish) {
            List<Finding> f = blocking.getOrDefault(d.post().id() + "@" + d.channel(), List.of());
            if (!f.isEmpty()) {
                Set<String> rules = new TreeSet<>();
                f.forEach(x -> rules.add(x.rule()));
                out.put(d, f.size() + (f.size() == 1 ? " error " : " errors ") + rules + " (run edito check)");
            }
        }
        return out;
    }

    /** Error findings of the charter checks, per "post@channel" (a finding on the whole post blocks every channel). */
    private static Map<String, List<Finding>> blockingFindings(Workspace.Loaded loaded, Instant now) {
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
