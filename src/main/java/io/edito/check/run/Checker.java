package io.edito.check.run;

import io.edito.calendar.Calendar;
import io.edito.calendar.Edition;
import io.edito.calendar.Ignore;
import io.edito.calendar.Post;
import io.edito.calendar.TimeRange;
import io.edito.calendar.TranslationGroups;
import io.edito.charter.Charter;
import io.edito.charter.RuleSetting;
import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Emitter;
import io.edito.check.Finding;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleCatalog;
import io.edito.check.rules.BuiltinRules;
import io.edito.config.BrandConfig;
import io.edito.core.Parallel;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/** Runs every rule over a calendar and applies the charter's severities, scopes and the posts' suppressions. */
public final class Checker {

    /**
     * Which posts to check. Empty sets mean all; {@code changed} null means all posts, else the posts a change
     * since a revision can affect ({@link ChangeScope}).
     *
     * @param now the current time, for rules about the past and approval lead times
     */
    public record Options(Set<String> channels, Set<String> brands, LocalDateTime from, LocalDateTime to,
                          Predicate<Post> changed, Instant now) {
        /**
         * Whether the post's brand and file are selected and, with {@code --from}/{@code --to}, whether any of its
         * channels goes out within them (each at its own time: a variant may move it).
         */
        boolean selects(Post p) {
            if (!brands.isEmpty() && (p.brand() == null || !brands.contains(p.brand()))) {
                return false;
            }
            if (!channels.isEmpty() && p.channels().stream().noneMatch(channels::contains)) {
                return false; // its findings about the whole post (alt texts, translations) are not asked for either
            }
            if (changed != null && !changed.test(p)) {
                return false;
            }
            TimeRange range = range();
            if (!range.bounded()) {
                return true;
            }
            return p.channels().isEmpty() ? range.contains(p.time())
                    : p.channels().stream().anyMatch(ch -> range.contains(p, ch));
        }

        /** Whether the pair post × channel is selected: a wanted network, going out within the dates. */
        boolean selects(Post p, String channel) {
            return (channels.isEmpty() || channels.contains(channel)) && range().contains(p, channel);
        }

        private TimeRange range() {
            return new TimeRange(from, to);
        }
    }

    /** Posts a thread takes at a time: about 2 ms of work, so that both cores finish together. */
    private static final int POSTS_PER_TURN = 4;

    private final NetworkRegistry baseNetworks;
    private final List<Rule> rules;
    private final RuleCatalog catalog;

    /** A checker of the built-in rules. */
    public Checker(NetworkRegistry networks) {
        this(networks, BuiltinRules.all());
    }

    public Checker(NetworkRegistry networks, List<Rule> rules) {
        this.baseNetworks = networks;
        this.rules = List.copyOf(rules);
        this.catalog = new RuleCatalog(rules, networks);
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * @param charters the charter of each brand (key: brand name; key null for posts of no brand)
     */
    public CheckResult check(Calendar cal, Map<String, Charter> charters, Options options) {
        Map<String, List<Post>> byBrand = new LinkedHashMap<>();
        for (Post p : cal.posts()) {
            byBrand.computeIfAbsent(p.brand(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Post> selected = new HashMap<>();
        Map<String, List<Post>> selectedByBrand = new HashMap<>();
        for (Map.Entry<String, List<Post>> e : byBrand.entrySet()) {
            List<Post> posts = new ArrayList<>();
            for (Post p : e.getValue()) {
                if (options.selects(p)) {
                    selected.put(p.id(), p);
                    posts.add(p);
                }
            }
            selectedByBrand.put(e.getKey(), posts);
        }
        Resolver resolver = new Resolver(cal, charters, options, selected);
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        TranslationGroups groups = TranslationGroups.of(cal.posts());
        // the rules that compare a brand's posts (gaps, posts a day, duplicates, translations) find on a post what a
        // change to another can cause: with --changed-since, their findings on the changed posts' neighbours count too
        Resolver dayResolver = options.changed() == null ? resolver : new Resolver(cal, charters, options,
                ChangeNeighbours.of(selected, byBrand, b -> scheduleReach(charters.getOrDefault(b, Charter.defaults())),
                        groups));
        Resolver duplicateResolver = options.changed() == null ? resolver : new Resolver(cal, charters, options,
                ChangeNeighbours.of(selected, byBrand, b -> java.time.Duration.ofDays(Math.max(1,
                        charters.getOrDefault(b, Charter.defaults()).duplicateDays())), groups));
        for (Map.Entry<String, List<Post>> e : byBrand.entrySet()) {
            String brandName = e.getKey();
            List<Post> all = e.getValue();
            BrandConfig brand = brandName == null ? null : cal.config().brands().get(brandName);
            Charter charter = charters.getOrDefault(brandName, Charter.defaults());
            CheckContext ctx = new CheckContext(charter, networksFor(brand, charter), brand, groups,
                    cal.config().root(), options.now(), catalog);
            List<Post> posts = selectedByBrand.get(brandName);
            // the brand checks that read the posts only start first, on another core, beside the posts' checks
            CompletableFuture<Map<Rule, Emitter>> besidePosts = CompletableFuture.supplyAsync(() -> brandChecks(
                    all, ctx, false), ForkJoinPool.commonPool());
            // Posts are independent: they are checked on all cores, a few at a time, each into its own Emitter, and
            // their findings are then taken in calendar order, so that the result is the same as one post after the other.
            List<Outcome> perPost = Parallel.map(posts.size(), POSTS_PER_TURN, i -> {
                Emitter o = checkPost(posts.get(i), ctx, options);
                return new Outcome(resolver.resolved(o.findings()), o.checked()); // resolved on all cores too
            });
            for (Outcome o : perPost) {
                findings.addAll(o.findings());
                checked.addAll(o.checked());
            }
            Map<Rule, Emitter> before = joined(besidePosts);
            Map<Rule, Emitter> after = brandChecks(all, ctx, true);
            for (Rule r : rules) { // in the rules' order, as if one after the other
                Emitter o = r.checkBrandAfterPosts() ? after.get(r) : before.get(r);
                if (options.changed() == null) {
                    findings.addAll(resolver.resolved(o.findings()));
                    continue;
                }
                for (Finding f : o.findings()) { // a duplicate reaches back its window, a gap or a day's count a day
                    findings.addAll((f.rule().startsWith("duplicates.") ? duplicateResolver : dayResolver)
                            .resolved(List.of(f)));
                }
            }
        }
        Map<Path, Integer> fileOrder = new HashMap<>();
        for (Path f : cal.files()) {
            fileOrder.putIfAbsent(f, fileOrder.size());
        }
        // the posts the selection takes in: a brand's own count with --brand, all of them without a filter
        return new CheckResult(inSourceOrder(mergeChannels(findings, false), fileOrder), selected.size(),
                List.copyOf(checked), catalog.all(), cal.sources());
    }

    /**
     * How far in time a post's schedule findings reach to another's: a local day (25 hours on the night clocks go
     * back) for the posts of a day, the charter's longest {@code min_gap} for the gaps.
     */
    private static java.time.Duration scheduleReach(Charter c) {
        java.time.Duration reach = java.time.Duration.ofHours(25);
        for (java.time.Duration gap : c.minGap().values()) {
            if (gap != null && gap.compareTo(reach) > 0) {
                reach = gap;
            }
        }
        return reach;
    }

    /** The result of {@code f}, or the very exception its computation threw (not a copy made on this thread). */
    private static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** What the check of one post found, resolved, and the channels it checked. */
    private record Outcome(List<Finding> findings, List<Checked> checked) {
    }

    /** The brand checks of the rules that run after the posts' checks ({@code afterPosts}) or beside them. */
    private Map<Rule, Emitter> brandChecks(List<Post> posts, CheckContext ctx, boolean afterPosts) {
        Map<Rule, Emitter> out = new java.util.IdentityHashMap<>();
        for (Rule r : rules) {
            if (r.checkBrandAfterPosts() == afterPosts) {
                Emitter o = new Emitter(catalog);
                r.checkBrand(posts, ctx, o);
                out.put(r, o);
            }
        }
        return out;
    }

    /**
     * What becomes of the findings the rules emit: those on posts and channels not selected are dropped, the others
     * get the charter's severity or are suppressed ({@link #resolve}); the same finding on several channels is
     * reported once ({@link #mergeChannels}). Thread-safe: read only.
     */
    private record Resolver(Calendar cal, Map<String, Charter> charters, Options options, Map<String, Post> selected) {
        List<Finding> resolved(List<Finding> emitted) {
            List<Finding> out = new ArrayList<>(emitted.size());
            for (Finding f : emitted) {
                Post p = selected.get(f.postId());
                if (p == null || (f.channel() != null && !options.selects(p, f.channel()))) {
                    continue;
                }
                BrandConfig brand = p.brand() == null ? null : cal.config().brands().get(p.brand());
                String network = f.channel() == null || brand == null ? f.channel() : brand.networkOf(f.channel());
                Finding resolved = resolve(f, p, network, charters.getOrDefault(p.brand(), Charter.defaults()));
                if (resolved != null) {
                    out.add(resolved);
                }
            }
            return mergeChannels(out, true);
        }
    }

    /**
     * The rules on one post: once for the post, then on each selected channel of a known network, each language's
     * view, then the channel with all its views. Thread-safe: one post per call.
     */
    private Emitter checkPost(Post p, CheckContext ctx, Options options) {
        Emitter out = new Emitter(catalog);
        DisplayedTexts texts = new DisplayedTexts(); // one rendering per distinct text, for all the channels
        for (Rule r : rules) {
            r.checkPost(p, texts, ctx, out);
        }
        for (String ch : p.channels()) {
            Optional<Network> network = ctx.networkOf(ch);
            if (!options.selects(p, ch) || network.isEmpty()) {
                continue;
            }
            out.checked(new Checked(p.id(), ch, p.pos()));
            Network n = network.get();
            Edition edition = ctx.editionOn(p, ch);
            List<PostView> views = viewsOn(p, ch, n, edition, ctx, texts);
            for (PostView v : views) {
                for (Rule r : rules) {
                    r.checkView(v, ctx, out);
                }
            }
            ChannelViews channel = new ChannelViews(p, ch, edition, List.copyOf(views));
            for (Rule r : rules) {
                r.checkChannel(channel, ctx, out);
            }
        }
        return out;
    }

    /**
     * The views of a post checked on a channel: every language of the post on a channel of no language (its own goes
     * out, its translations are checked too); the account's language on a channel of one (none when the post lacks
     * it); on a bilingual one, each of its languages the post has, then the joined text when it has them all.
     */
    private static List<PostView> viewsOn(Post p, String ch, Network n, Edition edition, CheckContext ctx,
                                          DisplayedTexts texts) {
        List<PostView> views = new ArrayList<>();
        if (ctx.brand() == null || ctx.brand().languagesOn(ch).isEmpty()) {
            for (String lang : p.languages()) { // null among them: a post of no language
                views.add(PostView.of(p, ch, n, lang, texts));
            }
            return views;
        }
        for (String lang : edition.languages()) {
            views.add(PostView.of(p, ch, n, lang, p.content(ch, lang), texts,
                    edition.joined() ? PostView.Kind.PART : PostView.Kind.WHOLE));
        }
        if (edition.joined() && edition.complete()) {
            views.add(PostView.of(p, ch, n, edition.lang(), edition.content(), texts, PostView.Kind.JOINED));
        }
        return views;
    }

    /** Network facts for a brand: the charter's {@code limits:} (each account's own limits are the context's). */
    NetworkRegistry networksFor(BrandConfig brand, Charter charter) {
        return baseNetworks.withOverrides(charter.networkOverrides());
    }

    /** The charter's severity for this finding (last matching setting wins), a suppression, or null when off. */
    private static Finding resolve(Finding f, Post p, String network, Charter charter) {
        for (Ignore i : p.ignore()) {
            if (matches(i.rule(), f.rule())) {
                return null;
            }
        }
        Finding result = f; // the last setting that matches wins, an off among them as much as a severity
        for (RuleSetting s : charter.rules()) {
            if (!matches(s.rule(), f.rule()) || !s.scope().matches(f.channel(), network, f.lang(), p.campaign(), p.brand())) {
                continue;
            }
            result = s.off() ? null : f.withSeverity(s.severity());
        }
        return result;
    }

    /** {@code setting} names {@code rule} itself or its family ({@code length} for {@code length.x}). */
    private static boolean matches(String setting, String rule) {
        return rule.equals(setting) || rule.startsWith(setting + ".") || setting.equals("*");
    }

    /** A finding with its sort keys, worked out once instead of at each comparison. */
    private record Ordered(int file, int line, int column, Finding finding) {
    }

    /** By file (in the calendar's order of files), line, column, then rule; in emission order where all are equal. */
    private static List<Finding> inSourceOrder(List<Finding> findings, Map<Path, Integer> fileOrder) {
        Ordered[] keyed = new Ordered[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            Finding f = findings.get(i);
            keyed[i] = new Ordered(fileOrder.getOrDefault(f.start().file(), Integer.MAX_VALUE), f.start().line(),
                    f.start().column(), f);
        }
        // a stable sort (merges of sorted runs) on all cores
        java.util.Arrays.parallelSort(keyed, (a, b) -> a.file() != b.file() ? Integer.compare(a.file(), b.file())
                : a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : a.column() != b.column() ? Integer.compare(a.column(), b.column())
                : a.finding().rule().compareTo(b.finding().rule()));
        Finding[] out = new Finding[keyed.length];
        for (int i = 0; i < keyed.length; i++) {
            out[i] = keyed[i].finding();
        }
        return List.of(out);
    }

    /**
     * What makes two findings one when merged across channels: everything but the channel and the suggestion
     * ({@code noChannel}: a copy of no channel kept apart in the first pass). A class of its own, its hash worked out
     * once: a list of the eight parts hashed them at each look-up (a call per part under C1).
     */
    private static final class MergeKey {
        private final Finding f;
        private final String lang;
        private final boolean noChannel;
        private final int hash;

        MergeKey(Finding f, boolean noChannel) {
            this.f = f;
            this.lang = String.valueOf(f.lang());
            this.noChannel = noChannel;
            this.hash = java.util.Objects.hash(f.rule(), f.postId(), lang, f.start(), f.end(), f.message(), f.severity(),
                    noChannel);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MergeKey k && hash == k.hash && noChannel == k.noChannel && f.severity() == k.f.severity()
                    && f.rule().equals(k.f.rule()) && java.util.Objects.equals(f.postId(), k.f.postId())
                    && lang.equals(k.lang) && java.util.Objects.equals(f.start(), k.f.start())
                    && java.util.Objects.equals(f.end(), k.f.end()) && java.util.Objects.equals(f.message(), k.f.message());
        }
    }

    /**
     * The same finding on several channels (the same text on Instagram and Facebook) is reported once, on its channels
     * in the order met; a finding of no channel met first stands for all its copies. The findings of each post are
     * merged on all cores ({@code firstPass}), then all once more in calendar order: a finding already merged brings
     * each of its channels, and the first pass keeps a copy of no channel apart from those with one (it would swallow
     * them, where merging all at once keeps those met before it), so that merging twice gives what merging once would.
     */
    private static List<Finding> mergeChannels(List<Finding> findings, boolean firstPass) {
        Map<MergeKey, Finding> merged = new LinkedHashMap<>(Math.max(16, findings.size() * 4 / 3 + 1));
        for (Finding f : findings) {
            MergeKey key = new MergeKey(f, firstPass && f.channel() == null);
            Finding prev = merged.get(key);
            if (prev == null) {
                merged.put(key, f);
            } else if (f.channel() != null && prev.channel() != null) {
                List<String> channels = new ArrayList<>(prev.channels());
                for (String ch : f.channels()) {
                    if (!channels.contains(ch)) {
                        channels.add(ch);
                    }
                }
                if (channels.size() > prev.channels().size()) {
                    merged.put(key, new Finding(prev.rule(), prev.severity(), prev.postId(), String.join(",", channels),
                            prev.lang(), prev.start(), prev.end(), prev.message(), prev.suggestion()));
                }
            }
        }
        return new ArrayList<>(merged.values());
    }
}
