package io.edito.config;

import io.edito.core.EditoException;
import io.edito.core.LanguageTag;
import io.edito.core.Problems;
import io.edito.core.RepoPaths;
import io.edito.core.SourcePos;
import io.edito.core.Suggest;
import io.edito.metrics.ExportTypes;
import io.edito.network.NetworkNames;
import io.edito.yaml.MapReader;
import io.edito.yaml.YMap;
import io.edito.yaml.YNode;
import io.edito.yaml.YScalar;
import io.edito.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Finds and reads edito.yaml (docs/calendar.md#project-file). */
public final class ConfigLoader {
    static final List<String> BRAND_KEYS = List.of("name", "timezone", "languages", "calendar", "charter", "channels",
            "targets", "metrics", "listening");
    static final List<String> TOP_KEYS;
    static final List<String> CHANNEL_KEYS = List.of("network", "handle", "name", "lang", "languages", "join",
            "timezone", "publish", "max_characters", "url");
    /** What a channel id may be: it is written in posts, file names of exports and ledger rows. */
    static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    static {
        List<String> top = new ArrayList<>(List.of("brand", "brands", "publishing"));
        top.addAll(BRAND_KEYS);
        TOP_KEYS = List.copyOf(top);
    }

    private final YamlReader yaml;
    private final Predicate<String> knownNetwork;
    private final Set<String> networkIds;

    /**
     * @param networkIds the network ids a channel may be named after
     */
    public ConfigLoader(YamlReader yaml, Set<String> networkIds) {
        this.yaml = yaml;
        this.networkIds = networkIds;
        this.knownNetwork = networkIds::contains;
    }

    /** Walks up from {@code start} (a file or folder) to the first folder holding edito.yaml, like git does. */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        while (dir != null) {
            Path candidate = dir.resolve(ProjectConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** Reads {@code file}; structural problems go to {@code problems}, unreadable YAML throws. */
    public ProjectConfig load(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            throw EditoException.input(SourcePos.ofFile(file), Files.isDirectory(file)
                    ? "is a folder, not an edito.yaml file" : "no such file");
        }
        // a key given twice is an error told with the file's others (the first value kept), as in a calendar file
        YNode rootNode = yaml.parse(file, yaml.readText(file), null, problems::error);
        Path root = file.toAbsolutePath().getParent();
        MapReader top = MapReader.of(rootNode, problems, "edito.yaml", TOP_KEYS);
        if (top == null) {
            return new ProjectConfig(file, root, Map.of(), null);
        }
        Map<String, BrandConfig> brands = new LinkedHashMap<>();
        YMap brandsMap = top.submap("brands");
        if (brandsMap != null) {
            for (String key : BRAND_KEYS) {
                if (top.has(key)) {
                    problems.error(top.keyPos(key), "'" + key + "' belongs inside each brand of 'brands:' in the multi-brand form");
                }
            }
            if (top.has("brand")) {
                problems.error(top.keyPos("brand"), "use either 'brand:' (one brand) or 'brands:' (several), not both");
            }
            for (YMap.Entry e : brandsMap.all()) {
                MapReader b = MapReader.of(e.value(), problems, "brand '" + e.key() + "'", BRAND_KEYS);
                if (b != null) {
                    brands.put(e.key(), brand(e.key(), b, root, problems, e.keyPos()));
                }
            }
            if (brands.isEmpty()) {
                problems.error(top.pos("brands"), "'brands' lists no brand");
            }
        } else {
            String name = top.requiredString("brand");
            brands.put(name == null ? "brand" : name, brand(name, top, root, problems, top.map().pos()));
        }
        warnSharedMentionStores(brands, problems);
        return new ProjectConfig(file, root, brands, SettingsBlock.of(top.submap("publishing")));
    }

    private BrandConfig brand(String name, MapReader r, Path root, Problems problems, SourcePos pos) {
        ZoneId zone = zone(r, problems);
        List<String> languages = brandLanguages(r, problems);
        RepoPaths inside = new RepoPaths(root);
        List<Path> calendar = new ArrayList<>();
        List<String> given = r.strings("calendar");
        for (String c : given) {
            RepoPaths.Resolved p = inside.resolve(c);
            if (c.isBlank()) {
                problems.error(r.pos("calendar"), "'calendar' must name a file or folder of calendar YAML, not an empty string");
            } else if (p.ok()) {
                calendar.add(p.path());
                io.edito.core.InputFiles.calendar(p.path()); // a project file or folder, read or not by this command
            } else {
                problems.error(r.pos("calendar"), "calendar path " + p.escape().describe(c));
            }
        }
        if (given.isEmpty() && r.map().get("calendar").filter(n -> n instanceof YScalar
                || n instanceof io.edito.yaml.YList l && l.items().isEmpty()).isPresent()) { // calendar: ~ or []
            problems.error(r.pos("calendar"), "'calendar' is empty: name a file or folder of calendar YAML");
        }
        if (!r.has("calendar")) {
            problems.error(r.map().pos(), "missing 'calendar' (a file or folder of calendar YAML)"
                    + (name == null ? "" : " for brand '" + name + "'"));
        }
        String charter = r.string("charter");
        Path charterPath = null;
        if (charter != null) {
            RepoPaths.Resolved p = inside.resolve(charter);
            if (p.ok() && java.nio.file.Files.isRegularFile(p.path())) {
                charterPath = p.path();
                // a project file, read or not by this command: an -o there (agenda, report) would replace it
                io.edito.core.InputFiles.read(charterPath);
            } else if (p.ok()) {
                problems.error(r.pos("charter"), "charter " + charter + (java.nio.file.Files.isDirectory(p.path())
                        ? " is a folder, not a charter file" : " does not exist"));
            } else {
                problems.error(r.pos("charter"), "charter path " + p.escape().describe(charter));
            }
        }
        Map<String, ChannelConfig> channels = new LinkedHashMap<>();
        YMap ch = r.submap("channels");
        if (ch != null) {
            for (YMap.Entry e : ch.all()) {
                ChannelConfig c = channel(e, languages, problems);
                if (c != null) {
                    channels.put(e.key(), c);
                }
            }
        }
        return new BrandConfig(name, r.string("name"), zone, List.copyOf(languages), List.copyOf(calendar),
                charterPath, channels,
                targets(r), mappings(r.submap("metrics"), problems),
                metricFiles(r.submap("metrics"), channels, problems),
                ListeningConfigReader.read(r.submap("listening"), root, List.copyOf(languages), problems),
                pos);
    }

    /** {@code targets:}, each with its place (a single target may be written without a list). */
    private List<Target> targets(MapReader r) {
        List<String> texts = r.strings("targets");
        List<Target> out = new ArrayList<>();
        Optional<YNode> node = r.map().get("targets");
        List<YNode> items = node.isPresent() && node.get() instanceof io.edito.yaml.YList l ? l.items() : List.of();
        for (int i = 0; i < texts.size(); i++) {
            // strings() leaves out what is not a single value (told in problems): find each text's own node
            SourcePos pos = r.pos("targets");
            for (YNode item : items) {
                if (item instanceof YScalar s && texts.get(i).equals(s.value())) {
                    pos = s.pos();
                    break;
                }
            }
            out.add(new Target(texts.get(i), pos));
        }
        return List.copyOf(out);
    }

    /**
     * One account: its id (a network id, or any id with {@code network:}), its network and the language that goes out
     * on it; null when it cannot be used (told in {@code problems}).
     */
    private ChannelConfig channel(YMap.Entry e, List<String> brandLanguages, Problems problems) {
        String id = e.key();
        if (!CHANNEL_ID.matcher(id).matches()) {
            problems.error(e.keyPos(), "channel id '" + id + "' must be lower-case letters, digits, '-' or '_' "
                    + "(such as x-ar or fb-paris)");
            return null;
        }
        MapReader c = MapReader.of(e.value(), problems, "channel '" + id + "'", CHANNEL_KEYS);
        if (c == null) {
            return null;
        }
        String network = c.string("network");
        if (network == null) {
            if (!knownNetwork.test(id)) {
                problems.error(e.keyPos(), "unknown network '" + id + "'" + NetworkNames.didYouMean(id, networkIds)
                        + ": a channel named otherwise says its network, such as " + id + ": { network: x, ... }");
                return null;
            }
            network = id;
        } else if (!knownNetwork.test(network)) {
            problems.error(c.pos("network"), "unknown network '" + network + "'" + NetworkNames.didYouMean(network, networkIds));
            return null;
        } else if (knownNetwork.test(id) && !id.equals(network)) {
            problems.error(c.pos("network"), "channel '" + id + "' is named after network " + id + " but says network: "
                    + network + ": give it another id, such as " + network + "-" + id);
            return null;
        }
        List<String> languages = languages(id, c, brandLanguages, problems);
        String join = c.string("join");
        if (join != null && languages.size() < 2) {
            problems.error(c.pos("join"), "join: is what goes between the languages of a channel with languages: "
                    + "[A, B]; channel '" + id + "' has " + (languages.isEmpty() ? "none" : "one"));
        }
        String tz = c.string("timezone");
        ZoneId zone = tz == null ? null : parseZone(tz, c.pos("timezone"), problems);
        return new ChannelConfig(id, network, c.string("handle"), c.string("name"), languages,
                join == null ? ChannelConfig.DEFAULT_JOIN : join, zone,
                SettingsBlock.of(c.submap("publish")), maxCharacters(c), e.keyPos());
    }

    /**
     * The brand's {@code languages:}, each a language code, once: an empty list ({@code []}) is refused (it would
     * leave every post without a language, and no translation checked), as a language listed twice is.
     */
    private static List<String> brandLanguages(MapReader r, Problems problems) {
        List<String> languages = r.strings("languages");
        if (languages.isEmpty() && r.map().get("languages").filter(n -> n instanceof io.edito.yaml.YList).isPresent()) {
            problems.error(r.pos("languages"), "'languages' is empty: list the languages the brand publishes in "
                    + "(the first is the posts' default), or leave it out");
        }
        List<String> out = new ArrayList<>();
        for (String tag : languages) {
            if (!LanguageTag.isValid(tag)) {
                problems.error(r.pos("languages"), "'" + tag + "' is not a language code such as fr, ar or en");
            } else if (out.contains(tag)) {
                problems.error(r.pos("languages"), "'languages' lists " + tag + " twice");
            } else {
                out.add(tag);
            }
        }
        return out;
    }

    /**
     * What goes out on a channel: {@code lang: L} (one language), {@code languages: [A, B]} (joined in that order), or
     * neither (the post's own language). Each must be a valid tag and one of the brand's languages.
     */
    private static List<String> languages(String id, MapReader c, List<String> brandLanguages, Problems problems) {
        if (c.has("lang") && c.has("languages")) {
            problems.error(c.pos("languages"), "channel '" + id + "' has both lang: and languages:: keep lang: for "
                    + "an account of one language, languages: [A, B] for one that publishes both in one text");
            return List.of();
        }
        String key = c.has("lang") ? "lang" : "languages";
        if (key.equals("lang") && c.node("lang").filter(n -> !(n instanceof io.edito.yaml.YScalar)).isPresent()) {
            problems.error(c.pos("lang"), "lang: is one language; a channel that publishes several in one text "
                    + "says languages: [A, B]");
            return List.of();
        }
        List<String> tags = c.strings(key);
        List<String> out = new ArrayList<>();
        for (String tag : tags) {
            if (!LanguageTag.isValid(tag)) {
                problems.error(c.pos(key), "'" + tag + "' is not a language code such as fr, ar or en");
                return List.of();
            }
            if (!brandLanguages.isEmpty() && !LanguageTag.coveredByAny(brandLanguages, tag)) {
                problems.error(c.pos(key), "channel '" + id + "' publishes in " + tag + ", which is not one of the "
                        + "brand's languages (" + String.join(", ", brandLanguages) + ")");
                return List.of();
            }
            if (out.contains(tag)) {
                problems.error(c.pos(key), "channel '" + id + "' lists " + tag + " twice in languages:");
                return List.of();
            }
            out.add(tag);
        }
        return List.copyOf(out);
    }

    /** A channel's own text limit ({@code max_characters}), a whole number up to 9,999,999. */
    private static OptionalInt maxCharacters(MapReader channel) {
        String v = channel.string("max_characters");
        if (v == null) {
            return OptionalInt.empty();
        }
        if (!v.matches("\\d{1,7}") || Integer.parseInt(v) == 0) { // 0: no post could go out
            channel.problems().error(channel.pos("max_characters"), "max_characters must be a whole number of "
                    + "characters from 1 (the instance's limit, such as 500), not '" + v + "'");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(v));
    }

    /**
     * {@code metrics: { files: { "metrics/x-ar/*.csv": x-ar } }}: each glob a valid one, each channel one of the brand's
     * (docs/kpi.md#accounts).
     */
    private static List<MetricFiles> metricFiles(YMap metrics, Map<String, ChannelConfig> channels, Problems problems) {
        if (metrics == null || !(metrics.get("files").orElse(null) instanceof YMap files)) {
            if (metrics != null && metrics.get("files").isPresent()) {
                problems.error(metrics.get("files").get().pos(), "metrics.files maps export paths to channel ids, "
                        + "such as { \"metrics/x-ar/*.csv\": x-ar }");
            }
            return List.of();
        }
        List<MetricFiles> out = new ArrayList<>();
        for (YMap.Entry e : files.all()) {
            String channel = e.value() instanceof YScalar s ? s.value() : null;
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + e.key());
            } catch (IllegalArgumentException bad) {
                problems.error(e.keyPos(), "metrics.files: '" + e.key() + "' is not a glob (" + bad.getMessage()
                        .lines().findFirst().orElse("") + ")");
                continue;
            }
            if (channel == null || !channels.containsKey(channel)) {
                problems.error(e.value().pos(), "metrics.files: '" + e.key() + "' names " + (channel == null
                        ? "no channel" : "channel '" + channel + "', which the brand does not have"
                        + Suggest.didYouMean(channel, channels.keySet())) + " (channels: "
                        + String.join(", ", channels.keySet()) + ")");
                continue;
            }
            out.add(new MetricFiles(e.key(), channel, e.keyPos()));
        }
        return List.copyOf(out);
    }

    /** {@code metrics: { mappings: { NAME: { network: x, columns: { "Export column": field } } } }}. */
    private static List<MetricMapping> mappings(YMap metrics, Problems problems) {
        if (metrics == null) {
            return List.of();
        }
        MapReader m = new MapReader(metrics, problems, "metrics", List.of("mappings", "files"));
        YMap all = m.submap("mappings");
        if (all == null) {
            return List.of();
        }
        List<MetricMapping> out = new ArrayList<>();
        for (YMap.Entry e : all.all()) {
            String where = "metrics.mappings." + e.key();
            if (!(e.value() instanceof YMap map)) {
                problems.error(e.value().pos(), where + ": a mapping is a map with 'columns' (export column: field) "
                        + "and an optional 'network'");
                continue;
            }
            boolean ok = true;
            for (YMap.Entry k : map.all()) {
                if (!k.key().equals("network") && !k.key().equals("columns")) {
                    problems.error(k.keyPos(), where + ": unknown key '" + k.key() + "' (known: columns, network)");
                    ok = false;
                }
            }
            String network = map.get("network").filter(v -> v instanceof YScalar).map(v -> ((YScalar) v).value())
                    .orElse(null);
            Map<String, String> columns = new LinkedHashMap<>();
            if (map.get("columns").orElse(null) instanceof YMap cols) {
                for (YMap.Entry c : cols.all()) {
                    String field = c.value() instanceof YScalar s ? s.value() : null;
                    String problem = ExportTypes.mappingFieldProblem(c.key(), field);
                    if (problem != null) {
                        problems.error(c.value().pos(), where + ": " + problem);
                        ok = false;
                    }
                    columns.put(c.key(), field);
                }
            }
            if (columns.isEmpty() && ok) {
                problems.error(e.keyPos(), where + ": no columns (export column: field of the generic format)");
                ok = false;
            }
            if (ok) {
                out.add(new MetricMapping(e.key(), network, columns, e.keyPos()));
            }
        }
        return List.copyOf(out);
    }

    private static ZoneId zone(MapReader r, Problems problems) {
        String tz = r.string("timezone");
        if (tz == null) {
            if (r.has("timezone")) {
                return null; // written, but not as a single value: said where it is written
            }
            problems.error(r.map().pos(), "missing 'timezone' (an IANA zone such as Africa/Casablanca)");
            return null;
        }
        return parseZone(tz, r.pos("timezone"), problems);
    }

    /** An IANA zone id, or null with a problem naming the closest known zone. */
    public static ZoneId parseZone(String tz, SourcePos pos, Problems problems) {
        try {
            return io.edito.core.TimeZones.parse(tz);
        } catch (IllegalArgumentException e) {
            problems.error(pos, e.getMessage());
            return null;
        }
    }

    /**
     * Two brands listening into one mention store: their mentions and tickets cannot be told apart afterwards
     * (`mentions --brand`, each brand's report), so it is said at the second brand's {@code listening:}.
     */
    private static void warnSharedMentionStores(Map<String, BrandConfig> brands, Problems problems) {
        Map<String, String> firstBrandOf = new java.util.HashMap<>();
        for (BrandConfig b : brands.values()) {
            ListeningConfig l = b.listening();
            if (l == null) {
                continue;
            }
            String other = firstBrandOf.putIfAbsent(l.store().identity(), b.name());
            if (other != null) {
                problems.warning(l.pos(), "brand " + b.name() + " listens into the mention store of brand " + other + " ("
                        + l.store().display() + "): their mentions cannot be told apart; give each brand its own "
                        + "listening.store (docs/listening.md#the-store)");
            }
        }
    }
}
