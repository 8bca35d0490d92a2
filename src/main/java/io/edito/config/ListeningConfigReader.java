package io.edito.config;

import io.edito.core.Decimals;
import io.edito.core.Durations;
import io.edito.core.EditoException;
import io.edito.core.Problems;
import io.edito.core.RepoPaths;
import io.edito.core.Suggest;
import io.edito.database.DatabaseUrl;
import io.edito.text.TermMatcher;
import io.edito.yaml.MapReader;
import io.edito.yaml.YList;
import io.edito.yaml.YMap;
import io.edito.yaml.YNode;
import io.edito.yaml.YScalar;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code listening:}; every problem is reported at its file:line:column and reading goes on. */
public final class ListeningConfigReader {
    static final List<String> KEYS = List.of("store", "store_password_env", "keywords", "competitors", "classify",
            "sources", "alerts", "sla");
    static final List<String> SOURCE_KEYS = List.of("id", "type", "url", "file", "instance", "tag", "query",
            "service", "timeout", "retries");
    static final List<String> ALERT_KEYS = List.of("spike", "complaints", "terms", "notify");
    static final List<String> SPIKE_KEYS = List.of("window", "baseline", "factor", "min");
    static final List<String> COMPLAINT_KEYS = List.of("window", "above", "min");
    static final Set<String> NOTIFY_TYPES = Set.of("webhook", "command");
    static final String DEFAULT_BLUESKY = "https://public.api.bsky.app";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    static final int DEFAULT_RETRIES = 2;

    private ListeningConfigReader() {
    }

    /**
     * The typed block, or null when {@code block} is null.
     *
     * @param root      the project root paths are resolved against
     * @param languages the brand's languages
     */
    public static ListeningConfig read(YMap block, Path root, List<String> languages, Problems problems) {
        if (block == null) {
            return null;
        }
        MapReader r = new MapReader(block, problems, "listening", KEYS);
        RepoPaths inside = new RepoPaths(root);
        MentionStoreLocation store = store(r, root, inside, problems);
        List<String> keywords = terms(r, "keywords", problems);
        if (keywords.isEmpty()) {
            problems.error(r.has("keywords") ? r.pos("keywords") : block.pos(),
                    "listening needs 'keywords': the words that make an item a mention of the brand");
        }
        Map<String, List<String>> competitors = new LinkedHashMap<>();
        YMap comp = r.submap("competitors");
        if (comp != null) {
            for (YMap.Entry e : comp.all()) {
                competitors.put(e.key(), termList(e.value(), "competitors." + e.key(), problems));
            }
        }
        Map<String, Map<String, List<String>>> classify = new LinkedHashMap<>();
        YMap cl = r.submap("classify");
        if (cl != null) {
            for (YMap.Entry kind : cl.all()) {
                if (!kind.key().matches("[a-z][a-z0-9_-]*")) {
                    problems.error(kind.keyPos(), "kind '" + kind.key() + "' must be a lower-case word (complaint, "
                            + "praise, question...)");
                }
                Map<String, List<String>> byLang = new LinkedHashMap<>();
                if (kind.value() instanceof YMap langs) {
                    for (YMap.Entry l : langs.all()) {
                        if (!l.key().matches("[a-z]{2,3}") && !l.key().equals("any")) {
                            problems.error(l.keyPos(), "'" + l.key() + "' is not a language code (fr, ar, en...) "
                                    + "nor 'any'" + Suggest.didYouMean(l.key(), languages));
                        }
                        byLang.put(l.key(), termList(l.value(), "classify." + kind.key() + "." + l.key(), problems));
                    }
                } else {
                    problems.error(kind.value().pos(), "classify." + kind.key() + " must map languages to terms, "
                            + "like { fr: [retard], en: [delay] }");
                }
                classify.put(kind.key(), byLang);
            }
        }
        List<ListeningConfig.Source> sources = sources(r, inside, problems);
        ListeningConfig.Alerts alerts = alerts(r, problems);
        Duration sla = ListeningConfig.DEFAULT_SLA;
        if (r.has("sla")) {
            sla = duration(r, "sla", sla, problems);
        }
        return new ListeningConfig(store, keywords, competitors, classify, sources, alerts, sla,
                List.copyOf(languages), block.pos());
    }

    /** {@code store:} a file inside the project (default .edito/mentions.db) or a postgresql:// URL. */
    private static MentionStoreLocation store(MapReader r, Path root, RepoPaths inside, Problems problems) {
        MentionStoreLocation store = new MentionStoreLocation.File(root.resolve(ListeningConfig.DEFAULT_STORE));
        String storeText = r.string("store");
        String passwordEnv = r.string("store_password_env");
        if (storeText != null && DatabaseUrl.isUrl(storeText)) {
            try {
                return new MentionStoreLocation.Postgres(DatabaseUrl.parse(storeText, passwordEnv, "mention store",
                        "listening.store", MentionStoreLocation.Postgres.PASSWORD_SETTING, r.pos("store")), root,
                        r.pos("store"));
            } catch (EditoException e) {
                problems.error(e.pos() != null ? e.pos() : r.pos("store"), e.detail());
                return store;
            }
        }
        if (passwordEnv != null) {
            problems.error(r.pos("store_password_env"), "listening.store_password_env is for a postgresql:// store;"
                    + " an SQLite file has no password");
        }
        if (storeText != null) {
            RepoPaths.Resolved p = inside.resolve(storeText);
            if (p.ok()) {
                return new MentionStoreLocation.File(p.path());
            }
            problems.error(r.pos("store"), "listening.store " + p.escape().describe(storeText));
        }
        return store;
    }

    private static List<ListeningConfig.Source> sources(MapReader r, RepoPaths inside, Problems problems) {
        List<ListeningConfig.Source> out = new ArrayList<>();
        YList list = r.list("sources");
        if (list == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        List<String> types = java.util.Arrays.stream(ListeningConfig.SourceType.values()).map(Enum::name).toList();
        for (YNode item : list.items()) {
            MapReader s = MapReader.of(item, problems, "listening source", SOURCE_KEYS);
            if (s == null) {
                continue;
            }
            String id = s.requiredString("id");
            if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                problems.error(s.pos("id"), "source id '" + id + "' must be letters, digits, '.', '_' or '-'");
            }
            if (id != null && !ids.add(id)) {
                problems.error(s.pos("id"), "source id '" + id + "' is used twice");
            }
            String typeText = s.requiredString("type");
            ListeningConfig.SourceType type = null;
            if (typeText != null) {
                if (types.contains(typeText)) {
                    type = ListeningConfig.SourceType.valueOf(typeText);
                } else {
                    problems.error(s.pos("type"), "unknown source type '" + typeText + "'"
                            + Suggest.didYouMean(typeText, types) + "; one of " + String.join(", ", types));
                }
            }
            String url = null;
            Path file = null;
            String instance = null;
            String tag = null;
            String query = null;
            String service = null;
            if (type == ListeningConfig.SourceType.feed) {
                onlyFor(s, type, Set.of("url", "file"), problems);
                if (s.has("url") == s.has("file")) {
                    problems.error(s.map().pos(), "a feed source needs exactly one of 'url' and 'file'");
                }
                url = httpUrl(s, "url", problems);
                String f = s.string("file");
                if (f != null) {
                    RepoPaths.Resolved p = inside.resolve(f);
                    if (p.ok()) {
                        file = p.path();
                    } else {
                        problems.error(s.pos("file"), "source file " + p.escape().describe(f));
                    }
                }
            } else if (type == ListeningConfig.SourceType.mastodon) {
                onlyFor(s, type, Set.of("instance", "tag"), problems);
                instance = httpUrl(s, "instance", problems);
                if (instance == null && !s.has("instance")) {
                    problems.error(s.map().pos(), "a mastodon source needs 'instance' (like https://mastodon.social)");
                }
                tag = s.requiredString("tag");
                if (tag != null) {
                    tag = tag.startsWith("#") ? tag.substring(1) : tag;
                    if (!tag.matches("[\\p{L}\\p{N}_]+")) {
                        problems.error(s.pos("tag"), "tag '" + tag + "' must be one hashtag (letters, digits, _)");
                    }
                }
            } else if (type == ListeningConfig.SourceType.bluesky) {
                onlyFor(s, type, Set.of("query", "service"), problems);
                query = s.requiredString("query");
                service = s.has("service") ? httpUrl(s, "service", problems) : DEFAULT_BLUESKY;
            }
            Duration timeout = duration(s, "timeout", DEFAULT_TIMEOUT, problems);
            if (timeout.compareTo(MAX_TIMEOUT) > 0) {
                problems.error(s.pos("timeout"), "timeout must be at most " + MAX_TIMEOUT.toMinutes() + "m");
            }
            int retries = integer(s, "retries", DEFAULT_RETRIES, 0, 5, problems);
            if (id != null && type != null) {
                out.add(new ListeningConfig.Source(id, type, url, file, strip(instance), tag, query, strip(service),
                        timeout, retries, s.map().pos()));
            }
        }
        return out;
    }

    private static String strip(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Keys that belong to another type of source are named as such. */
    private static void onlyFor(MapReader s, ListeningConfig.SourceType type, Set<String> own, Problems problems) {
        Set<String> typed = Set.of("url", "file", "instance", "tag", "query", "service");
        for (String k : typed) {
            if (s.has(k) && !own.contains(k)) {
                problems.error(s.keyPos(k), "'" + k + "' does not apply to a " + type + " source (its keys: "
                        + String.join(", ", new java.util.TreeSet<>(own)) + ")");
            }
        }
    }

    private static String httpUrl(MapReader s, String key, Problems problems) {
        String raw = s.string(key);
        if (raw == null) {
            return null;
        }
        try {
            URI u = new URI(raw.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                problems.error(s.pos(key), "'" + raw + "' is not an absolute http(s) URL");
                return null;
            }
            return u.toString();
        } catch (java.net.URISyntaxException e) {
            problems.error(s.pos(key), "'" + raw + "' is not a valid URL");
            return null;
        }
    }

    private static ListeningConfig.Alerts alerts(MapReader r, Problems problems) {
        YMap block = r.submap("alerts");
        if (block == null) {
            return null;
        }
        MapReader a = new MapReader(block, problems, "listening.alerts", ALERT_KEYS);
        ListeningConfig.Spike spike = null;
        YMap sp = a.submap("spike");
        if (sp != null) {
            MapReader s = new MapReader(sp, problems, "alerts.spike", SPIKE_KEYS);
            Duration window = duration(s, "window", Duration.ofHours(1), problems);
            Duration baseline = duration(s, "baseline", Duration.ofDays(7), problems);
            if (baseline.toDays() < 1) {
                problems.error(s.pos("baseline"), "baseline must be at least 1d (it compares the same hours of "
                        + "earlier days)");
            }
            if (window.compareTo(Duration.ofDays(1)) > 0) {
                problems.error(s.pos("window"), "window must be at most 1d");
            }
            double factor = number(s, "factor", 3, problems);
            int min = integer(s, "min", 10, 1, 1_000_000, problems);
            spike = new ListeningConfig.Spike(window, baseline, factor, min);
        }
        ListeningConfig.Complaints complaints = null;
        YMap co = a.submap("complaints");
        if (co != null) {
            MapReader c = new MapReader(co, problems, "alerts.complaints", COMPLAINT_KEYS);
            Duration window = duration(c, "window", Duration.ofHours(24), problems);
            double above = 0.3;
            String raw = c.string("above");
            if (raw != null) {
                Double share = share(raw);
                if (share == null) {
                    problems.error(c.pos("above"), "above must be a share such as 30% (or 0.3), not '" + raw + "'");
                } else {
                    above = share;
                }
            }
            int min = integer(c, "min", 5, 1, 1_000_000, problems);
            complaints = new ListeningConfig.Complaints(window, above, min);
        }
        List<String> terms = terms(a, "terms", problems);
        Map<String, Object> notify = null;
        YMap n = a.submap("notify");
        if (n != null) {
            notify = n.plain();
            Object type = notify.get("type");
            if (type == null || !NOTIFY_TYPES.contains(type.toString())) {
                problems.error(n.has("type") ? n.get("type").get().pos() : n.pos(), "alerts.notify.type must be "
                        + "webhook or command (the publishers' types)" + (type == null ? ""
                        : Suggest.didYouMean(type.toString(), NOTIFY_TYPES)));
            }
        }
        return new ListeningConfig.Alerts(spike, complaints, terms, notify, n == null ? null : n.pos());
    }

    /** A share written {@code 30%} or {@code 0.3}, or null. */
    static Double share(String raw) {
        String t = raw.strip();
        try {
            double v = t.endsWith("%") ? Decimals.parsePlain(t.substring(0, t.length() - 1).strip()) / 100
                    : Decimals.parsePlain(t);
            return v >= 0 && v <= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> terms(MapReader r, String key, Problems problems) {
        return r.node(key).map(n -> termList(n, key, problems)).orElse(List.of());
    }

    private static List<String> termList(YNode n, String where, Problems problems) {
        List<String> out = new ArrayList<>();
        List<YNode> items = n instanceof YList l ? l.items() : List.of(n);
        for (YNode item : items) {
            if (item instanceof YScalar s && s.value() != null) {
                if (TermMatcher.matchable(s.value())) {
                    out.add(s.value());
                } else {
                    problems.error(s.pos(), "term '" + s.value() + "' in " + where + " has no letter or digit to "
                            + "match");
                }
            } else {
                problems.error(item.pos(), where + " must list terms, not " + item.kind());
            }
        }
        return List.copyOf(out);
    }

    private static Duration duration(MapReader r, String key, Duration fallback, Problems problems) {
        String raw = r.string(key);
        if (raw == null) {
            return fallback;
        }
        // seconds too: a timeout is written in seconds (20s), windows in minutes, hours or days
        Duration d = raw.strip().matches("\\d{1,6}s") ? Duration.ofSeconds(Long.parseLong(raw.strip().replace("s", "")))
                : Durations.parse(raw);
        if (d == null || d.isZero()) {
            problems.error(r.pos(key), key + " must be a duration such as 20s, 30m, 1h or 7d, not '" + raw + "'");
            return fallback;
        }
        return d;
    }

    private static int integer(MapReader r, String key, int fallback, int min, int max, Problems problems) {
        String raw = r.string(key);
        if (raw == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(r.pos(key), key + " must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
        return fallback;
    }

    private static double number(MapReader r, String key, double fallback, Problems problems) {
        String raw = r.string(key);
        if (raw == null) {
            return fallback;
        }
        try {
            double v = Decimals.parsePlain(raw.strip());
            if (v >= 1 && v <= 1000) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(r.pos(key), key + " must be a number from 1 to 1000, not '" + raw + "'");
        return fallback;
    }
}
