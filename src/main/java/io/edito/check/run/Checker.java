package io.edito.check.run;

import io.edito.calendar.Calendar;
import io.edito.calendar.Ignore;
import io.edito.calendar.Post;
import io.edito.calendar.TimeRange;
import io.edito.calendar.TranslationGroups;
import io.edito.charter.Charter;
import io.edito.charter.RuleSetting;
import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Emitter;
import io.edito.check.Finding;
import io.edito.check.PostView;
import io.edito.check.RuleCatalog;
import io.edito.check.rules.DisclosureRule;
import io.edito.check.rules.DuplicateRule;
import io.edito.check.rules.HashtagRules;
import io.edito.check.rules.LanguageRules;
import io.edito.check.rules.LengthRules;
import io.edito.check.rules.LinkRules;
import io.edito.check.rules.MediaRules;
import io.edito.check.rules.ScheduleRules;
import io.edito.check.rules.StyleRules;
import io.edito.check.rules.VocabularyRules;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.core.Suggest;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

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

    private final NetworkRegistry baseNetworks;
    private final RuleCatalog catalog;

    public Checker(NetworkRegistry networks) {
        this.baseNetworks = networks;
        this.catalog = new RuleCatalog(networks);
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
            NetworkRegistry networks = networksFor(brand, charter);
            List<Post> posts = new ArrayList<>();
            for (Post p : e.getValue()) {
                if (options.selects(p)) {
                    selected.put(p.id(), p);
                    posts.add(p);
                }
            }
            // Posts are independent: they are checked on all cores, each into its own Emitter, and their findings
            // are then taken in calendar order, so that the result is the same as one post after the other.
            PostRules rules = new PostRules(brand, charter, networks, new VocabularyRules(charter),
                    new MediaRules(cal.config().root()), brand == null ? List.of() : brand.languages(), options,
                    groups);
            List<PostOutcome> perPost = IntStream.range(0, posts.size()).parallel()
                    .mapToObj(i -> rules.check(posts.get(i))).toList();
            Map<Post, List<Set<String>>> duplicateWords = new IdentityHashMap<>();
            for (int i = 0; i < posts.size(); i++) {
                PostOutcome o = perPost.get(i);
                out.findings().addAll(o.findings().findings());
                checked.addAll(o.findings().checked());
                if (o.duplicateWords() != null) {
                    duplicateWords.put(posts.get(i), o.duplicateWords());
                }
            }
            ZoneId zone = brand != null && brand.zone() != null ? brand.zone() : ZoneOffset.UTC;
            ScheduleRules.calendar(e.getValue(), zone, charter, groups, out);
            DuplicateRule.check(e.getValue(), duplicateWords, charter, out);
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : out.findings()) {
            Post p = selected.get(f.postId());
            if (p == null || (f.channel() != null && !options.selects(p, f.channel()))) {
                continue;
            }
            Finding resolved = resolve(f, p, charters.getOrDefault(p.brand(), Charter.defaults()));
            if (resolved != null) {
                findings.add(resolved);
            }
        }
        List<Finding> merged = mergeChannels(findings);
        Map<Path, Integer> fileOrder = new HashMap<>();
        for (Path f : cal.files()) {
            fileOrder.putIfAbsent(f, fileOrder.size());
        }
        merged.sort(Comparator
                .comparingInt((Finding f) -> fileOrder.getOrDefault(f.start().file(), Integer.MAX_VALUE))
                .thenComparingInt(f -> f.start().line())
                .thenComparingInt(f -> f.start().column())
                .thenComparing(Finding::rule));
        return new CheckResult(List.copyOf(merged), cal.posts().size(), List.copyOf(checked), catalog.all(),
                cal.sources());
    }

    private boolean known(String rule) {
        return catalog.get(rule).isPresent() || catalog.ids().stream().anyMatch(id -> id.startsWith(rule + "."));
    }

    /** What checking one post gave: its findings, and its words for the duplicate rule (null when that is off). */
    private record PostOutcome(Emitter findings, List<Set<String>> duplicateWords) {
    }

    /** The rules that look at one post at a time, for the posts of one brand. Thread-safe: one post per call. */
    private final class PostRules {
        private final BrandConfig brand;
        private final Charter charter;
        private final NetworkRegistry networks;
        private final VocabularyRules vocabulary;
        private final MediaRules media;
        private final List<String> languages;
        private final Options options;
        private final TranslationGroups groups;

        PostRules(BrandConfig brand, Charter charter, NetworkRegistry networks, VocabularyRules vocabulary,
                  MediaRules media, List<String> languages, Options options, TranslationGroups groups) {
            this.groups = groups;
            this.brand = brand;
            this.charter = charter;
            this.networks = networks;
            this.vocabulary = vocabulary;
            this.media = media;
            this.languages = languages;
            this.options = options;
        }

        PostOutcome check(Post p) {
            Emitter out = new Emitter(catalog);
            DisplayedTexts texts = new DisplayedTexts(); // one rendering per distinct text, for all the channels
            ZoneId zone = brand != null && brand.zone() != null ? brand.zone()
                    : p.time() != null ? p.time().getZone() : ZoneOffset.UTC;
            if (!groups.grouped(p)) {
                LanguageRules.translations(p, p.languages(), List.of(p), languages, out);
            } else if (groups.speaker(p) == p) { // the group's missing languages are told once, not by each post
                LanguageRules.translations(p, groups.languages(p), groups.group(p), languages, out);
            }
            for (String lang : p.languages()) {
                MediaRules.alt(p, lang, p.content(p.channels().isEmpty() ? null : p.channels().get(0), lang),
                        charter, out);
            }
            for (String ch : p.channels()) {
                if (!options.selects(p, ch) || networks.find(ch).isEmpty()) {
                    continue;
                }
                out.checked(new Checked(p.id(), ch, p.pos()));
                Network n = networks.get(ch);
                java.util.Set<String> mediaSeen = new java.util.HashSet<>();
                for (String lang : p.languages()) {
                    PostView v = PostView.of(p, ch, n, lang, texts);
                    LengthRules.check(v, out);
                    LinkRules.check(v, charter, out);
                    vocabulary.check(v, out);
                    HashtagRules.check(v, charter, out);
                    DisclosureRule.check(v, charter, out);
                    StyleRules.check(v, charter, out);
                    LanguageRules.script(v, out);
                    media.check(v, charter, out, mediaSeen);
                }
                ScheduleRules.post(p, ch, zone, charter, options.now(), out);
            }
            ScheduleRules.translationGap(p, groups.group(p), zone, charter, out);
            for (Ignore i : p.ignore()) {
                if (!known(i.rule())) {
                    out.at("charter.ignore", p, null, null, i.pos(), "ignore names unknown rule '" + i.rule() + "'"
                            + Suggest.didYouMean(i.rule(), catalog.ids()), null);
                }
            }
            // the duplicate rule compares posts with each other later: it gets their words from these renderings
            List<Set<String>> words = charter.duplicateDays() > 0 ? DuplicateRule.wordsPerChannel(p, texts) : null;
            return new PostOutcome(out, words);
        }
    }

    /** Network facts for a brand: the charter's {@code limits:}, then each channel's own (Mastodon instance limit). */
    NetworkRegistry networksFor(BrandConfig brand, Charter charter) {
        NetworkRegistry n = baseNetworks.withOverrides(charter.networkOverrides());
        if (brand != null) {
            for (ChannelConfig ch : brand.channels().values()) {
                if (ch.maxCharacters().isPresent() && n.find(ch.network()).isPresent()) {
                    n = n.with(ch.facts(n.get(ch.network())));
                }
            }
        }
        return n;
    }

    /** The charter's severity for this finding (last matching setting wins), a suppression, or null when off. */
    private static Finding resolve(Finding f, Post p, Charter charter) {
        for (Ignore i : p.ignore()) {
            if (matches(i.rule(), f.rule())) {
                return null;
            }
        }
        Finding result = f;
        for (RuleSetting s : charter.rules()) {
            if (!matches(s.rule(), f.rule()) || !s.scope().matches(f.channel(), f.lang(), p.campaign(), p.brand())) {
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
