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
        Emitter out = new Emitter(catalog);
        List<Checked> checked = new ArrayList<>();
        Map<String, List<Post>> byBrand = new LinkedHashMap<>();
        for (Post p : cal.posts()) {
            byBrand.computeIfAbsent(p.brand(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Post> selected = new HashMap<>();
        TranslationGroups groups = TranslationGroups.of(cal.posts());
        for (Map.Entry<String, List<Post>> e : byBrand.entrySet()) {
            String brandName = e.getKey();
            BrandConfig brand = brandName == null ? null : cal.config().brands().get(brandName);
            Charter charter = charters.getOrDefault(brandName, Charter.defaults());
            CheckContext ctx = new CheckContext(charter, networksFor(brand, charter), brand, groups,
                    cal.config().root(), options.now(), catalog);
            List<Post> posts = new ArrayList<>();
            for (Post p : e.getValue()) {
                if (options.selects(p)) {
                    selected.put(p.id(), p);
                    posts.add(p);
                }
            }
            // Posts are independent: they are checked on all cores, a few at a time, each into its own Emitter, and
            // their findings are then taken in calendar order, so that the result is the same as one post after the other.
            List<Emitter> perPost = Parallel.map(posts.size(), POSTS_PER_TURN, i -> checkPost(posts.get(i), ctx, options));
            for (Emitter o : perPost) {
                out.findings().addAll(o.findings());
                checked.addAll(o.checked());
            }
            for (Rule r : rules) {
                r.checkBrand(e.getValue(), ctx, out);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : out.findings()) {
            Post p = selected.get(f.postId());
            if (p == null || (f.channel() != null && !options.selects(p, f.channel()))) {
                continue;
            }
            BrandConfig brand = p.brand() == null ? null : cal.config().brands().get(p.brand());
            String network = f.channel() == null || brand == null ? f.channel() : brand.networkOf(f.channel());
            Finding resolved = resolve(f, p, network, charters.getOrDefault(p.brand(), Charter.defaults()));
            if (resolved != null) {
                findings.add(resolved);
            }
        }
        List<Finding> merged = mergeChannels(findings);
        Map<Path, Integer> fileOrder = new HashMap<>();
        for (Path f : cal.files()) {
            fileOrder.putIfAbsent(f, fileOrder.size());
        }
        return new CheckResult(inSourceOrder(merged, fileOrder), cal.posts().size(), List.copyOf(checked),
                catalog.all(), cal.sources());
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
        Finding result = f;
        for (RuleSetting s : charter.rules()) {
            if (!matches(s.rule(), f.rule()) || !s.scope().matches(f.channel(), network, f.lang(), p.campaign(), p.brand())) {
                continue;
            }
            if (s.off()) {
                return null;
            }
            result = f.withSeverity(s.severity());
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
        List<Ordered> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            keyed.add(new Ordered(fileOrder.getOrDefault(f.start().file(), Integer.MAX_VALUE), f.start().line(),
                    f.start().column(), f));
        }
        keyed.sort((a, b) -> a.file() != b.file() ? Integer.compare(a.file(), b.file())
                : a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : a.column() != b.column() ? Integer.compare(a.column(), b.column())
                : a.finding().rule().compareTo(b.finding().rule()));
        List<Finding> out = new ArrayList<>(keyed.size());
        for (Ordered o : keyed) {
            out.add(o.finding());
        }
        return List.copyOf(out);
    }

    /** The same finding on several channels (the same text on Instagram and Facebook) is reported once. */
    private static List<Finding> mergeChannels(List<Finding> findings) {
        Map<List<Object>, Finding> merged = new LinkedHashMap<>();
        for (Finding f : findings) {
            List<Object> key = List.of(f.rule(), f.postId(), String.valueOf(f.lang()), f.start(), f.end(), f.message(),
                    f.severity());
            Finding prev = merged.get(key);
            if (prev == null) {
                merged.put(key, f);
            } else if (f.channel() != null && prev.channel() != null && !prev.channels()
                    .contains(f.channel())) {
                merged.put(key, new Finding(prev.rule(), prev.severity(), prev.postId(), prev.channel() + ","
                        + f.channel(), prev.lang(), prev.start(), prev.end(), prev.message(), prev.suggestion()));
            }
        }
        return new ArrayList<>(merged.values());
    }
}
