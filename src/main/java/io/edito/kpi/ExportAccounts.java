package io.edito.kpi;

import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.config.MetricFiles;
import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.metrics.PostMetrics;
import io.edito.metrics.SeriesPoint;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which account of the project (channel id) each exported post is on (docs/kpi.md#accounts): the account the export
 * names (a Meta page name or account username, the generic format's {@code account}, the handle in an X, TikTok,
 * Threads, Bluesky, Mastodon or Facebook permalink) when it is one of the network's channels, else the channel
 * {@code metrics.files:} maps the file to (the first glob that matches, among the channels of the post's network: a
 * generic export may hold several networks), else the network's only channel. An export that could be on several
 * channels of its network, and says nothing that tells them apart, is an input error naming them: its posts are
 * never given to one of them by chance.
 */
public final class ExportAccounts {
    /** A project without channels: posts keep their network. */
    public static final ExportAccounts NONE = new ExportAccounts(List.of(), List.of(), Path.of(""));

    /** One account: its channel id, its network, and the names an export may give it. */
    record Account(String channel, String network, Set<String> names) {
    }

    private record FileRule(PathMatcher matcher, String glob, String channel, String network) {
    }

    /** Handles in permalinks: x.com/atlasair/status/1, tiktok.com/@atlas.air/video/1, bsky.app/profile/h/post/1... */
    private static final List<Pattern> HANDLE_IN_LINK = List.of(
            Pattern.compile("^https?://(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/([A-Za-z0-9_]+)/status/"),
            Pattern.compile("^https?://(?:www\\.)?(?:tiktok\\.com|threads\\.net|threads\\.com)/@([^/?#]+)/"),
            Pattern.compile("^https?://bsky\\.app/profile/([^/?#]+)/post/"),
            Pattern.compile("^https?://(?:www\\.|m\\.|web\\.)?facebook\\.com/(?!permalink\\.php|story\\.php|groups/"
                    + "|watch|share|reel/|photo)([A-Za-z0-9.\\-]+)/(?:posts|videos|photos)/"),
            Pattern.compile("^https?://[^/]+/@([A-Za-z0-9_]+)/\\d+"));

    private final Map<String, List<Account>> byNetwork = new HashMap<>();
    /** The distinct channel ids of each network (two brands may both call their X account x). */
    private final Map<String, List<String>> idsOf = new HashMap<>();
    private final List<FileRule> files;
    private final Path root;
    private final Map<String, Optional<FileRule>> ruleOfFile = new HashMap<>();
    /**
     * The names (handles, page names) of other brands' accounts, by network, with their brand: an export that names
     * one is not the reported brand's ({@link #of(Collection, Collection, Path)}).
     */
    private final Map<String, Map<String, String>> foreign = new HashMap<>();
    /**
     * The report is one brand's in a project of several ({@link #of(Collection, Collection, Path)}): the reported
     * brand's name, else null. Its rows must then be shown to be the brand's, not only not another's.
     */
    private String reported;
    /** The other brands of the project on each network: which --brand a row of that network is for. */
    private final Map<String, List<String>> otherBrandsOn = new HashMap<>();
    /** The channels with a {@code timezone:} of their own: their posts' hours are counted in it. */
    private final Map<String, ZoneId> zones = new HashMap<>();

    ExportAccounts(List<Account> accounts, List<FileRule> files, Path root) {
        for (Account a : accounts) {
            byNetwork.computeIfAbsent(a.network(), n -> new ArrayList<>()).add(a);
            List<String> ids = idsOf.computeIfAbsent(a.network(), n -> new ArrayList<>());
            if (!ids.contains(a.channel())) {
                ids.add(a.channel());
            }
        }
        this.files = List.copyOf(files);
        this.root = root.toAbsolutePath().normalize();
    }

    /** The accounts and {@code metrics.files:} of every brand of a project whose root is {@code root}. */
    public static ExportAccounts of(Collection<BrandConfig> brands, Path root) {
        return of(brands, List.of(), root);
    }

    /**
     * {@link #of(Collection, Path)} for the report of {@code brands} in a project that also has {@code others}: a row
     * that names one of the others' accounts (and none of these brands') stops the report, naming that brand.
     */
    public static ExportAccounts of(Collection<BrandConfig> brands, Collection<BrandConfig> others, Path root) {
        ExportAccounts out = own(brands, root);
        if (others.isEmpty()) {
            return out;
        }
        if (out == NONE) {
            out = new ExportAccounts(List.of(), List.of(), root);
        }
        out.reported = String.join(", ", brands.stream().map(BrandConfig::name).toList());
        Set<String> ours = new java.util.HashSet<>();
        out.byNetwork.values().forEach(list -> list.forEach(a -> ours.addAll(a.names())));
        for (BrandConfig b : others) {
            for (ChannelConfig c : b.channels().values()) {
                List<String> on = out.otherBrandsOn.computeIfAbsent(c.network(), k -> new ArrayList<>());
                if (!on.contains(b.name())) {
                    on.add(b.name());
                }
                for (String n : new String[] {c.handle(), c.name()}) {
                    if (n != null && !ours.contains(name(n))) {
                        out.foreign.computeIfAbsent(c.network(), k -> new HashMap<>()).putIfAbsent(name(n), b.name());
                    }
                }
            }
        }
        return out;
    }

    private static ExportAccounts own(Collection<BrandConfig> brands, Path root) {
        List<Account> accounts = new ArrayList<>();
        List<FileRule> rules = new ArrayList<>();
        Map<String, ZoneId> zonesOf = new HashMap<>();
        for (BrandConfig b : brands) {
            for (ChannelConfig c : b.channels().values()) {
                Set<String> names = new LinkedHashSet<>();
                names.add(c.id());
                if (c.handle() != null) {
                    names.add(name(c.handle()));
                }
                if (c.name() != null) {
                    names.add(name(c.name()));
                }
                accounts.add(new Account(c.id(), c.network(), names));
                if (c.zone() != null) {
                    zonesOf.put(c.id(), c.zone());
                }
            }
            for (MetricFiles f : b.metricFiles()) {
                rules.add(new FileRule(FileSystems.getDefault().getPathMatcher("glob:" + f.glob()), f.glob(),
                        f.channel(), b.channels().get(f.channel()).network()));
            }
        }
        if (accounts.isEmpty()) {
            return NONE;
        }
        ExportAccounts out = new ExportAccounts(accounts, rules, root);
        out.zones.putAll(zonesOf);
        return out;
    }

    /** {@code post} on its channel (see the class comment); as it is when its network has no channel. */
    public PostMetrics assign(PostMetrics post) {
        List<Account> candidates = byNetwork.getOrDefault(post.network(), List.of());
        List<String> ids = idsOf.getOrDefault(post.network(), List.of());
        if (reported != null && ids.isEmpty()) { // a shared folder of exports: another brand's network, or no one's
            throw notOnTheBrandsNetwork(post.network(), where(post), post.file());
        }
        // the common case, without reading a permalink: one row at a time
        if (ids.size() <= 1 && files.isEmpty() && reported == null) {
            return ids.isEmpty() ? post : post.onChannel(ids.get(0));
        }
        String named = post.account() != null ? post.account() : handleInLink(post.permalink());
        if (named != null) {
            String n = name(named);
            for (Account a : candidates) {
                if (a.names().contains(n)) {
                    return post.onChannel(a.channel());
                }
            }
            String brand = foreign.getOrDefault(post.network(), Map.of()).get(n);
            if (brand != null) {
                throw EditoException.input(where(post), "this " + post.network() + " export names '" + named
                        + "', an account of brand " + brand + ", not of the brand reported on: report it with --brand "
                        + brand + ", or leave " + relative(post.file()) + " out of this report");
            }
        }
        FileRule rule = ruleOf(post.file(), post.network());
        if (rule != null) {
            return post.onChannel(rule.channel());
        }
        if (reported != null && named != null) { // in an agency's project an account no brand has is not this one's
            throw EditoException.input(where(post), "this " + post.network() + " export names '" + named
                    + "', none of brand " + reported + "'s " + post.network() + " accounts (" + String.join(", ", ids)
                    + ") by handle or name: give the account's handle or name in edito.yaml, map the file with "
                    + "metrics: { files: ... }, or leave " + relative(post.file()) + " out of this report");
        }
        if (ids.size() <= 1) {
            return ids.isEmpty() ? post : post.onChannel(ids.get(0));
        }
        throw EditoException.input(where(post), "this " + post.network() + " export could be of " + String.join(" or ",
                ids) + " (" + (named == null ? "it names no account" : "it names '" + named + "', none of their "
                + "handles or names") + "): say which in edito.yaml, metrics: { files: { \"" + relative(post.file())
                + "\": " + ids.get(0) + " } }");
    }

    /**
     * An account-level series (followers, daily reach): in a brand's report, of a network the brand has an account
     * on, else an input error at its row, as for its posts.
     */
    public void series(SeriesPoint s) {
        if (reported != null && idsOf.getOrDefault(s.network(), List.of()).isEmpty()) {
            int line = s.line();
            throw notOnTheBrandsNetwork(s.network(), new SourcePos(Path.of(s.file()), line, line > 0 ? 1 : 0), s.file());
        }
    }

    private EditoException notOnTheBrandsNetwork(String network, SourcePos where, String file) {
        List<String> others = otherBrandsOn.getOrDefault(network, List.of());
        return EditoException.input(where, "this " + network + " export is not brand " + reported + "'s: it has no "
                + network + " account; " + (others.isEmpty() ? "no brand of the project has one: leave "
                + relative(file) + " out of this report" : "report it with --brand " + String.join(" or --brand ",
                others) + ", or leave " + relative(file) + " out of this report"));
    }

    /**
     * The zone {@code post}'s hour of the day is counted in (the best-time grid): its account's {@code timezone:},
     * else {@code reportZone}.
     */
    public ZoneId zoneOf(PostMetrics post, ZoneId reportZone) {
        ZoneId z = post.channel() == null ? null : zones.get(post.channel());
        return z != null ? z : reportZone;
    }

    private static SourcePos where(PostMetrics post) {
        return new SourcePos(Path.of(post.file()), (int) post.line(), 1);
    }

    /** The first rule matching {@code file} for a post of {@code network} (a file may hold several networks). */
    private FileRule ruleOf(String file, String network) {
        return ruleOfFile.computeIfAbsent(file + "\u0000" + network, k -> {
            Path rel = Path.of(relative(file));
            return files.stream().filter(r -> r.network().equals(network) && r.matcher().matches(rel)).findFirst();
        }).orElse(null);
    }

    /** {@code file} relative to the project root when inside it, with {@code /} separators. */
    private String relative(String file) {
        Path abs = Path.of(file).toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    /** A name compared: trimmed, lower case, without a leading {@code @} nor a Mastodon instance. */
    static String name(String s) {
        String n = s.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("@")) {
            n = n.substring(1);
        }
        int at = n.indexOf('@');
        return at > 0 ? n.substring(0, at) : n;
    }

    /** The account handle a permalink holds, or null (Instagram, LinkedIn and YouTube links hold none). */
    static String handleInLink(String permalink) {
        if (permalink == null) {
            return null;
        }
        for (Pattern p : HANDLE_IN_LINK) {
            Matcher m = p.matcher(permalink.strip());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
