package io.edito.calendar;

import io.edito.config.BrandConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.LanguageTag;
import io.edito.core.Parallel;
import io.edito.core.Problem;
import io.edito.core.Problems;
import io.edito.core.SourcePos;
import io.edito.core.Suggest;
import io.edito.network.AspectRatio;
import io.edito.text.MarkdownNesting;
import io.edito.yaml.MapReader;
import io.edito.yaml.ScalarPositions;
import io.edito.yaml.YList;
import io.edito.yaml.YMap;
import io.edito.yaml.YNode;
import io.edito.yaml.YScalar;
import io.edito.yaml.YamlReader;
import io.edito.yaml.YamlSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads calendar files into {@link Post}s, reporting every structural problem with its position. */
public final class CalendarLoader {
    static final List<String> FILE_KEYS = List.of("posts", "defaults", "brand");
    static final List<String> CONTENT_KEYS = List.of("text", "title", "link", "media", "thread", "first_comment");
    static final List<String> POST_KEYS;
    static final List<String> VARIANT_KEYS;
    static final List<String> TRANSLATION_KEYS;
    static final List<String> MEDIA_KEYS = List.of("file", "alt", "type", "crop");
    static final List<String> IGNORE_KEYS = List.of("rule", "reason");
    /** Posts in one calendar, all files together (docs/calendar.md#limits): years of daily posts on every network. */
    public static final int MAX_POSTS = 100_000;
    private static final String TOO_MANY_POSTS = "more than " + MAX_POSTS + " posts in the calendar, the limit (see "
            + "docs/calendar.md#limits): the rest of this file is not read";
    /** Items in one thread; X and Threads show long threads, beyond this it is a mistake or an attack. */
    public static final int MAX_THREAD = 25;
    /** How deep a text's quotes and lists may nest (a line's {@code > > - 1.} markers, its indent by two). */
    public static final int MAX_MARKDOWN_DEPTH = 64;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    static {
        List<String> post = new ArrayList<>(List.of("id", "at", "channels", "status", "lang", "campaign", "pillar",
                "tags", "paid", "partner", "variants", "translations", "content_warning", "visibility", "approved_by",
                "ignore", "notes", "brand", "translation_of"));
        post.addAll(CONTENT_KEYS);
        POST_KEYS = List.copyOf(post);
        List<String> variant = new ArrayList<>(CONTENT_KEYS);
        variant.addAll(List.of("at", "translations"));
        VARIANT_KEYS = List.copyOf(variant);
        List<String> translation = new ArrayList<>(CONTENT_KEYS);
        translation.addAll(List.of("variants", "content_warning"));
        TRANSLATION_KEYS = List.copyOf(translation);
    }

    /**
     * A calendar file to read and the brand its posts belong to unless they say otherwise (may be null).
     *
     * @param named the file was named on the command line (not found in a folder): a file without posts is then an
     *              error, since the user asked for exactly that file
     */
    public record Source(Path file, String brand, boolean named) {
        public Source(Path file, String brand) {
            this(file, brand, false);
        }
    }

    private final YamlReader yaml;
    private final Set<String> networkIds;
    /** Whether posts are read as the parser reaches them ({@link StreamedPosts}); false reads whole trees only. */
    private final boolean streamPosts;

    public CalendarLoader(YamlReader yaml, Set<String> networkIds) {
        this(yaml, networkIds, true);
    }

    /** A loader that reads each file from its whole tree when {@code streamPosts} is false: the reference in tests. */
    CalendarLoader(YamlReader yaml, Set<String> networkIds, boolean streamPosts) {
        this.yaml = yaml;
        this.networkIds = networkIds;
        this.streamPosts = streamPosts;
    }

    /**
     * Reads every source. A file that cannot be parsed at all is one problem; reading goes on with the others.
     *
     * @param tzOverride a zone that replaces every brand's zone (the {@code --tz} option), or null
     */
    public Calendar load(ProjectConfig config, List<Source> sources, ZoneId tzOverride, Problems problems) {
        // files are read and parsed on every core (YAML parsing is most of the loading time of a large calendar),
        // the largest first so that the cores finish together, then merged in the order of the sources, so that
        // posts and problems come out as if read one by one
        long[] sizes = new long[sources.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = sizeOrZero(sources.get(i).file());
        }
        List<FileResult> results = Parallel.map(Parallel.largestFirst(sizes), sources.size(), 1,
                i -> readFile(config, sources.get(i), tzOverride));
        List<Post> posts = new ArrayList<>();
        Map<Path, List<String>> texts = new LinkedHashMap<>();
        Map<String, Post> byId = new HashMap<>();
        List<Path> files = new ArrayList<>();
        SourcePos cut = null; // the limit is told once, at the first post over it
        for (FileResult r : results) {
            files.add(r.file());
            if (r.lines() != null) {
                texts.put(r.file(), r.lines());
            }
            problems.addAll(r.problems().all());
            for (Post p : r.posts()) {
                if (posts.size() >= MAX_POSTS) {
                    cut = cut == null ? p.pos() : cut;
                    break;
                }
                posts.add(p);
            }
            cut = cut == null ? r.cutAt() : cut;
        }
        if (cut != null) {
            problems.error(cut, TOO_MANY_POSTS);
        }
        for (Post p : posts) {
            Post first = byId.putIfAbsent(p.id(), p);
            if (first != null && first.posOf("id").equals(p.posOf("id"))) {
                // the same node twice: a YAML alias (- *p) repeats the post written at its anchor
                problems.error(p.posOf("id"), "duplicate post id '" + p.id() + "': the post written here is listed "
                        + "twice (a YAML alias to its anchor, - *name, repeats it); remove the alias");
            } else if (first != null) {
                problems.error(p.posOf("id"), "duplicate post id '" + p.id() + "' (also at " + first.posOf("id") + ")");
            }
        }
        TranslationGroups.validate(posts, byId, problems);
        return new Calendar(config, List.copyOf(posts), List.copyOf(files), texts);
    }

    /** What reading one file gave: its lines (null when unreadable), its posts and its problems. */
    private record FileResult(Path file, List<String> lines, List<Post> posts, Problems problems, SourcePos cutAt) {
    }

    /** The file's size, for the order in which files are read; 0 when it cannot be told (reading it will say why). */
    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Reads one file. Its posts are read as the parser reaches each of them ({@link StreamedPosts}), so that the nodes
     * of a large file do not outlive the young generation; a file whose {@code brand:} or {@code defaults:} comes
     * after its {@code posts:} (or is merged in with {@code <<}) is parsed again into a whole tree and read from it.
     * Posts and problems are the same either way, in the same order.
     */
    private FileResult readFile(ProjectConfig config, Source source, ZoneId tzOverride) {
        Problems problems = new Problems();
        List<Post> posts = new ArrayList<>();
        List<String> lines = null; // kept when the file could be read, even if it cannot be parsed
        YamlSource text;
        YNode root;
        StreamedPosts streamed;
        try {
            String content = yaml.readText(source.file());
            text = new YamlSource(source.file(), content);
            lines = text.lines();
            streamed = streamPosts ? new StreamedPosts(new FileReader(config, source, text, tzOverride, new Problems()))
                    : null;
            // a key given twice is an error told with the file's others, not one that hides them and its posts
            Problems duplicates = new Problems();
            root = yaml.parse(text, streamed, duplicates::error);
            if (streamed != null && streamed.started && !streamed.heldFor(root)) {
                streamed = null;
                duplicates = new Problems();
                root = yaml.parse(text, null, duplicates::error);
            }
            problems.addAll(duplicates.all());
        } catch (EditoException e) {
            problems.error(e.pos() != null ? e.pos() : SourcePos.ofFile(source.file()), e.detail());
            return new FileResult(source.file(), lines, posts, problems, null);
        }
        FileReader reader = new FileReader(config, source, text, tzOverride, problems);
        reader.read(root, posts);
        if (streamed != null && streamed.started) {
            problems.addAll(streamed.reader.problems.all());
            posts.addAll(streamed.posts);
            reader.cutAt = streamed.reader.cutAt;
        }
        return new FileResult(source.file(), lines, posts, problems, reader.cutAt);
    }

    /**
     * The posts of a file read one by one as its parser reaches them, with the {@code brand:} and {@code defaults:}
     * written before {@code posts:}, into problems of their own (told after the file's own, as a whole tree's reading
     * tells them). They hold for the file when those two keys are, in the whole tree, the entries seen then.
     */
    private static final class StreamedPosts implements YamlReader.Streamed {
        final FileReader reader;
        final List<Post> posts = new ArrayList<>();
        boolean started;
        private YMap.Entry brand;
        private YMap.Entry defaults;
        private String brandName;
        private YMap defaultsMap;
        private int items;

        StreamedPosts(FileReader reader) {
            this.reader = reader;
        }

        @Override
        public String key() {
            return "posts";
        }

        @Override
        public boolean start(Map<String, YMap.Entry> before) {
            brand = before.get("brand");
            defaults = before.get("defaults");
            // as MapReader's string() and submap() read them, their problems told by the file's own reading
            brandName = brand != null && brand.value() instanceof YScalar s ? s.value() : null;
            defaultsMap = defaults != null && defaults.value() instanceof YMap m ? m : null;
            started = true;
            return true;
        }

        @Override
        public void item(YNode item) {
            if (reader.cutAt == null) {
                reader.item(item, items++, posts, defaultsMap, brandName != null ? brandName : reader.source.brand());
            }
        }

        /** Whether the whole tree's {@code brand:} and {@code defaults:} are the ones the posts were read with. */
        boolean heldFor(YNode root) {
            return root instanceof YMap m && m.entries().get("brand") == brand && m.entries().get("defaults") == defaults;
        }
    }

    /** Reads one file. */
    private final class FileReader {
        private final ProjectConfig config;
        private final Source source;
        private final YamlSource sourceText;
        private final ZoneId tzOverride;
        private final Problems problems;
        /** The first post not read because the calendar reached {@link #MAX_POSTS}, or null. */
        SourcePos cutAt;
        /** Whether this file's posts were told to belong to no brand (once per file). */
        private boolean noBrandTold;

        FileReader(ProjectConfig config, Source source, YamlSource text, ZoneId tzOverride, Problems problems) {
            this.config = config;
            this.source = source;
            this.sourceText = text;
            this.tzOverride = tzOverride;
            this.problems = problems;
        }

        void read(YNode root, List<Post> out) {
            if (root instanceof YList) {
                problems.error(root.pos(), "a calendar file is a mapping with 'posts:' (a list), not a bare list");
                return;
            }
            MapReader file = MapReader.of(root, problems, "calendar file", FILE_KEYS);
            if (file == null) {
                return;
            }
            String brand = file.string("brand");
            if (brand == null) {
                brand = source.brand();
            } else {
                checkBrand(brand, file.pos("brand"));
            }
            YMap defaults = file.submap("defaults");
            if (defaults != null) {
                for (YMap.Entry e : defaults.all()) {
                    if (!POST_KEYS.contains(e.key()) || e.key().equals("id")) {
                        problems.error(e.keyPos(), YamlReader.unknownKeyMessage(e.key(),
                                POST_KEYS.subList(1, POST_KEYS.size()), "defaults"));
                    }
                }
            }
            YList list = file.list("posts");
            if (list == null) {
                if (!file.has("posts")) {
                    if (source.named()) {
                        problems.error(file.map().pos(), sourceText.text().isBlank()
                                ? "empty calendar file: a calendar file is a mapping with 'posts:' (a list)"
                                : "no 'posts:' in this calendar file");
                    } else {
                        problems.warning(file.map().pos(), "no 'posts:' in this calendar file");
                    }
                } else if (file.node("posts").orElse(null) instanceof YScalar s && s.value() == null) {
                    // a month to fill, or a file cut right after its key: said, not silent; 'posts: []' says "none"
                    problems.warning(s.pos(), "'posts:' holds nothing: a list of posts, or 'posts: []' for a file "
                            + "without any (a file cut short?)");
                }
                return;
            }
            int items = 0;
            for (YNode item : list.items()) {
                item(item, items++, out, defaults, brand);
                if (cutAt != null) {
                    return;
                }
            }
        }

        /** The {@code index}th item of the file's {@code posts:}, read into {@code out} unless the calendar is full. */
        void item(YNode item, int index, List<Post> out, YMap defaults, String brand) {
            if (out.size() >= MAX_POSTS || index >= MAX_POSTS) {
                cutAt = item.pos(); // told once for the whole calendar, by load
                return;
            }
            if (!(item instanceof YMap m)) {
                problems.inPost(Problem.IN_A_POST_WITHOUT_ID);
                problems.error(item.pos(), "each post must be a mapping (id:, at:, channels:, text: ...), not "
                        + item.kind());
                problems.inPost(null);
                return;
            }
            YMap merged = withDefaults(m, defaults);
            // what is found from here on is this post's (publish leaves out a post with errors of its own)
            problems.inPost(m.get("id").filter(n -> n instanceof YScalar s && s.value() != null && !s.value().isBlank())
                    .map(n -> ((YScalar) n).value()).orElse(Problem.IN_A_POST_WITHOUT_ID));
            try {
                Post p = post(merged, brand);
                if (p != null) {
                    out.add(p);
                }
            } finally {
                problems.inPost(null);
            }
        }

        private YMap withDefaults(YMap post, YMap defaults) {
            if (defaults == null) {
                return post;
            }
            Map<String, YMap.Entry> merged = new LinkedHashMap<>(post.entries());
            for (YMap.Entry e : defaults.all()) {
                if (!e.key().equals("id") && POST_KEYS.contains(e.key())) { // a wrong key is told once, in defaults
                    merged.putIfAbsent(e.key(), e);
                }
            }
            return new YMap(merged, post.pos());
        }

        private void checkBrand(String brand, SourcePos pos) {
            if (config.file() != null && !config.brands().containsKey(brand)) {
                problems.error(pos, "unknown brand '" + brand + "'" + Suggest.didYouMean(brand, config.brands().keySet()));
            }
        }

        private Post post(YMap m, String fileBrand) {
            MapReader r = new MapReader(m, problems, "post", POST_KEYS);
            String id = r.requiredString("id");
            if (id != null && !ID.matcher(id).matches()) {
                problems.error(r.pos("id"), "post id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
            }
            String brandName = r.string("brand");
            if (brandName != null) {
                checkBrand(brandName, r.pos("brand"));
            } else {
                brandName = fileBrand;
            }
            BrandConfig brand = brandName == null ? config.onlyBrand().orElse(null) : config.brands().get(brandName);
            if (brand != null && brandName == null) {
                brandName = brand.name();
            }
            Status status = status(r);
            // a file outside every brand's calendar: in a project of several brands, one error for the file, not a
            // time zone's and a channel's per post (review)
            boolean noBrand = brand == null && brandName == null && config.brands().size() > 1;
            if (noBrand && !noBrandTold) {
                noBrandTold = true;
                String in = problems.inPost(null); // about the file's every post: no one post's
                problems.error(m.pos(), "the posts of " + source.file().getFileName() + " belong to no brand: the file is "
                        + "in no brand's calendar: of edito.yaml (" + String.join(", ", config.brands().keySet()) + "); "
                        + "write brand: at the top of the file or on each post, or move the file into a brand's calendar "
                        + "folder");
                problems.inPost(in);
            }
            ZoneId zone = tzOverride != null ? tzOverride : brand == null ? null : brand.zone();
            // a brand without a valid zone is one error of edito.yaml, with its suggestion: not one more per post
            boolean zoneInError = zone == null && (brand != null || noBrand);
            PostTime at = null;
            String atText = r.string("at");
            if (atText != null) {
                at = TimeParser.parse(atText, r.pos("at"), zone, zoneInError, problems);
            } else if (status != Status.DRAFT && status != Status.CANCELLED && r.has("id")) {
                problems.error(r.has("at") ? r.pos("at") : m.pos(), "missing 'at' (only drafts may go without a date)");
            }
            List<String> channels = channels(r, brand);
            String lang = lang(r, brand);
            Content content = content(r);
            if (content.media() != null) { // an entry without file: overlays a post's media; the post's own sends nothing
                for (Media media : content.media()) {
                    if (media.file() == null) {
                        problems.error(media.pos(), "a media entry of the post needs file: (one without it only gives "
                                + "alt text or a crop to the post's media, in a translation or a variant)");
                    }
                }
            }
            if (content.text() == null && status != Status.DRAFT) {
                problems.error(m.pos(), "missing 'text'" + (id == null ? "" : " in post '" + id + "'"));
            }
            Map<String, Variant> variants = variants(r, channels, zone, zoneInError);
            Map<String, Translation> translations = translations(r.submap("translations"), lang, channels, brand);
            extraAltTexts(content, translations, variants);
            Boolean paid = r.bool("paid");
            Map<String, SourcePos> fieldPos = new HashMap<>();
            for (YMap.Entry e : m.all()) {
                fieldPos.put(e.key(), e.value().pos());
            }
            channelPositions(r).forEach((c, pos) -> fieldPos.putIfAbsent(Post.CHANNEL_KEY + c, pos));
            if (id == null) {
                return null;
            }
            return new Post(id, brandName, at, channels, status, lang, content, r.string("campaign"),
                    r.string("pillar"), List.copyOf(r.strings("tags")), Boolean.TRUE.equals(paid), partner(r),
                    variants, translations, r.string("content_warning"), visibility(r), r.string("approved_by"),
                    ignores(r), r.string("notes"), source.file(), m.pos(), Map.copyOf(fieldPos), translationOf(r));
        }

        /** The partner brand's name: {@code partner: true} names no one (a paid post says {@code paid: true}). */
        private String partner(MapReader r) {
            String partner = r.string("partner");
            if (partner != null && (partner.equalsIgnoreCase("true") || partner.equalsIgnoreCase("false"))) {
                problems.error(r.pos("partner"), "partner: names the partner (partner: \"Riad Mogador\"), not "
                        + partner + "; a post the brand pays to promote says paid: true");
                return null;
            }
            return partner;
        }

        /**
         * A translation's or a variant's media entries without {@code file:} give alt texts to the post's media by
         * position: one past the post's last medium describes no image, and was dropped unsaid (review). Told where it
         * is written: the list is one image short, or shifted.
         */
        private void extraAltTexts(Content own, Map<String, Translation> translations, Map<String, Variant> variants) {
            int media = own.media() == null ? 0 : own.media().size();
            List<Content> overlays = new ArrayList<>();
            translations.values().forEach(t -> {
                overlays.add(t.content());
                overlays.addAll(t.variants().values());
            });
            variants.values().forEach(v -> {
                overlays.add(v.content());
                overlays.addAll(v.translations().values());
            });
            for (Content c : overlays) {
                if (c == null || c.media() == null || c.media().size() <= media) {
                    continue;
                }
                for (int i = media; i < c.media().size(); i++) {
                    Media m = c.media().get(i);
                    if (m != null && m.file() == null && m.pos() != null) {
                        problems.warning(m.pos(), "media entry " + (i + 1) + " gives an alt text, but the post has "
                                + (media == 0 ? "no image" : media == 1 ? "one image" : media + " images")
                                + ": it describes nothing (one image short, or a list shifted?)");
                    }
                }
            }
        }

        private String translationOf(MapReader r) {
            String of = r.string("translation_of");
            if (of != null && !ID.matcher(of).matches()) {
                problems.error(r.pos("translation_of"), "translation_of: '" + of + "' is not a post id");
                return null;
            }
            return of;
        }

        private String visibility(MapReader r) {
            String v = r.string("visibility");
            if (v != null && !Post.VISIBILITIES.contains(v)) {
                problems.error(r.pos("visibility"), "unknown visibility '" + v + "' (one of "
                        + String.join(", ", Post.VISIBILITIES) + ")" + Suggest.didYouMean(v, Post.VISIBILITIES));
                return null;
            }
            return v;
        }

        private Status status(MapReader r) {
            String s = r.string("status");
            if (s == null) {
                return Status.DRAFT;
            }
            try {
                Status status = Status.valueOf(s.toUpperCase(Locale.ROOT));
                if (!s.equals(status.id())) { // read, but the calendar's JSON Schema (an editor's check) refuses it
                    problems.warning(r.pos("status"), "status '" + s + "' read as '" + status.id() + "': write it in "
                            + "lower case, as the calendar's JSON Schema and the editors using it expect");
                }
                return status;
            } catch (IllegalArgumentException e) {
                List<String> ids = Arrays.stream(Status.values()).map(Status::id).toList();
                problems.error(r.pos("status"), "unknown status '" + s + "' (one of " + String.join(", ", ids) + ")"
                        + Suggest.didYouMean(s, ids));
                return Status.DRAFT;
            }
        }

        /** Where each channel of the list is written (the first time, for one listed twice). */
        private static Map<String, SourcePos> channelPositions(MapReader r) {
            Map<String, SourcePos> out = new HashMap<>();
            if (r.map().get("channels").orElse(null) instanceof YList l) {
                for (YNode item : l.items()) {
                    if (item instanceof YScalar s && s.value() != null) {
                        out.putIfAbsent(s.value(), s.pos());
                    }
                }
            }
            return out;
        }

        private List<String> channels(MapReader r, BrandConfig brand) {
            List<String> channels = r.strings("channels");
            Map<String, SourcePos> written = channelPositions(r);
            if (!r.has("channels")) {
                problems.error(r.map().pos(), "missing 'channels' (the networks this post goes to)");
            } else if (channels.isEmpty()) {
                problems.error(r.pos("channels"), "'channels' is empty");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String c : channels) {
                if (!seen.add(c)) {
                    problems.error(r.pos("channels"), "channel '" + c + "' is listed twice (it would be checked and "
                            + "published twice)");
                    continue;
                }
                checkChannel(c, written.getOrDefault(c, r.pos("channels")), brand);
            }
            return List.copyOf(seen.size() == channels.size() ? channels : channels.stream().distinct().toList());
        }

        /** " (did you mean 'facebook'?)", else the brand's channels: what to write instead of {@code c}. */
        private static String orListed(String c, java.util.Collection<String> channels) {
            String mean = Suggest.didYouMean(c, channels);
            return !mean.isEmpty() ? mean : " (its channels: " + String.join(", ", channels) + ")";
        }

        private boolean checkChannel(String c, SourcePos pos, BrandConfig brand) {
            if (brand != null && !brand.channels().isEmpty()) {
                if (!brand.channels().containsKey(c)) {
                    String network = io.edito.network.NetworkNames.canonical(c); // twitter: x
                    List<String> accounts = brand.channelsOn(network);
                    String named = network.equals(c) ? c : c + " (" + network + ")";
                    problems.error(pos, "channel '" + c + "' is not an account of brand '" + brand.name()
                            + "' in edito.yaml" + (accounts.isEmpty() ? orListed(c, brand.channels().keySet())
                            : accounts.size() == 1 && !network.equals(c) ? " (did you mean '" + accounts.get(0) + "'?)"
                            : ": its " + named + " accounts are " + String.join(" and ", accounts) + "; name the one(s) "
                            + "this post goes to"));
                    return false;
                }
            } else if (!networkIds.contains(c)) {
                problems.error(pos, "unknown network '" + c + "'" + io.edito.network.NetworkNames.didYouMean(c, networkIds));
                return false;
            }
            return true;
        }

        private String lang(MapReader r, BrandConfig brand) {
            String lang = r.string("lang");
            if (lang == null) {
                return brand == null ? null : brand.defaultLanguage();
            }
            checkLang(lang, r.pos("lang"), brand);
            return lang;
        }

        private void checkLang(String lang, SourcePos pos, BrandConfig brand) {
            if (!LanguageTag.isValid(lang)) {
                problems.error(pos, "'" + lang + "' is not a language code such as fr, ar or en");
            } else if (brand != null && !brand.languages().isEmpty()
                    && !LanguageTag.coveredByAny(brand.languages(), lang)) {
                problems.warning(pos, "language '" + lang + "' is not among the brand's languages "
                        + brand.languages() + Suggest.didYouMean(lang, brand.languages()));
            }
        }

        private Content content(MapReader r) {
            return new Content(text(r, "text"), text(r, "title"), r.string("link"), media(r), thread(r),
                    text(r, "first_comment"));
        }

        private Text text(MapReader r, String key) {
            if (!r.has(key)) {
                return null;
            }
            YNode n = r.node(key).get();
            if (n instanceof YScalar s) {
                return s.value() == null ? null : located(s);
            }
            problems.error(n.pos(), "'" + key + "' must be text, not " + n.kind());
            return null;
        }

        /**
         * A text with where each of its characters is written, for exact finding positions; an error for a text
         * whose quotes and lists nest deeper than {@link #MAX_MARKDOWN_DEPTH} (CommonMark would read it into a tree
         * too deep to walk).
         */
        private Text located(YScalar s) {
            int depth = MarkdownNesting.depth(s.value());
            if (depth > MAX_MARKDOWN_DEPTH) { // an error: the commands stop before any text is rendered
                problems.error(s.pos(), "text nested " + depth + " levels deep (quotes and lists), more than the "
                        + MAX_MARKDOWN_DEPTH + " edito reads (see docs/calendar.md#limits)");
            }
            return new Text(s.value(), s.pos(), ScalarPositions.of(sourceText, s));
        }

        private List<Text> thread(MapReader r) {
            YList l = r.list("thread");
            if (l == null) {
                return null;
            }
            if (l.items().size() > MAX_THREAD) {
                problems.error(l.pos(), "a thread of " + l.items().size() + " items, more than the " + MAX_THREAD
                        + " edito accepts (see docs/calendar.md#limits)");
                return null;
            }
            List<Text> out = new ArrayList<>();
            for (YNode item : l.items()) {
                if (item instanceof YScalar s && s.value() != null) {
                    out.add(located(s));
                } else {
                    problems.error(item.pos(), "each thread item must be text, not " + item.kind());
                }
            }
            return List.copyOf(out);
        }

        private List<Media> media(MapReader r) {
            YList l = r.list("media");
            if (l == null) {
                return null;
            }
            List<Media> out = new ArrayList<>();
            for (YNode item : l.items()) {
                MapReader mr = MapReader.of(item, problems, "media", MEDIA_KEYS);
                if (mr == null) {
                    continue;
                }
                String type = mr.string("type");
                if (type != null && !type.equals("image") && !type.equals("video")) {
                    problems.error(mr.pos("type"), "media type must be image or video, not '" + type + "'");
                }
                String crop = mr.string("crop");
                if (crop != null) {
                    try {
                        AspectRatio.parse(crop); // the one rule for a ratio: W:H, both above 0
                    } catch (IllegalArgumentException e) {
                        problems.error(mr.pos("crop"), "crop must be a ratio such as 4:5 or 1.91:1, not '" + crop + "'");
                        crop = null;
                    }
                }
                out.add(new Media(mr.string("file"), text(mr, "alt"), type, crop, mr.map().pos()));
            }
            return List.copyOf(out);
        }

        private Map<String, Variant> variants(MapReader r, List<String> channels, ZoneId zone, boolean zoneInError) {
            YMap v = r.submap("variants");
            Map<String, Variant> out = new LinkedHashMap<>();
            if (v == null) {
                return out;
            }
            for (YMap.Entry e : v.all()) {
                if (!channels.contains(e.key())) {
                    problems.error(e.keyPos(), "variant for '" + e.key() + "', which is not in this post's channels "
                            + channels + Suggest.didYouMean(e.key(), channels));
                }
                MapReader vr = MapReader.of(e.value(), problems, "variant '" + e.key() + "'", VARIANT_KEYS);
                if (vr == null) {
                    continue;
                }
                String atText = vr.string("at");
                PostTime at = atText == null ? null : TimeParser.parse(atText, vr.pos("at"), zone, zoneInError, problems);
                Map<String, Content> vt = new LinkedHashMap<>();
                translations(vr.submap("translations"), null, List.of(), null).forEach((k, t) -> vt.put(k, t.content()));
                out.put(e.key(), new Variant(e.key(), content(vr), at, vt, e.keyPos()));
            }
            return out;
        }

        /**
         * A post's {@code translations:} ({@code brand}: the post's, whose languages a translation is warned to be
         * among; null for a variant's own translations, which the post's languages already name).
         */
        private Map<String, Translation> translations(YMap t, String ownLang, List<String> channels, BrandConfig brand) {
            Map<String, Translation> out = new LinkedHashMap<>();
            if (t == null) {
                return out;
            }
            for (YMap.Entry e : t.all()) {
                if (e.key().equals(ownLang)) {
                    problems.error(e.keyPos(), "translation into '" + e.key() + "', the post's own language");
                }
                checkLang(e.key(), e.keyPos(), brand); // a translation into zz: no account publishes it
                MapReader tr = MapReader.of(e.value(), problems, "translation '" + e.key() + "'",
                        channels.isEmpty() ? CONTENT_KEYS : TRANSLATION_KEYS);
                if (tr == null) {
                    continue;
                }
                Map<String, Content> variants = new LinkedHashMap<>();
                YMap tv = tr.submap("variants");
                if (tv != null) {
                    for (YMap.Entry v : tv.all()) {
                        if (!channels.contains(v.key())) {
                            problems.error(v.keyPos(), "variant for '" + v.key() + "', which is not in this post's "
                                    + "channels " + channels + Suggest.didYouMean(v.key(), channels));
                        }
                        MapReader vr = MapReader.of(v.value(), problems, "variant '" + v.key() + "'", CONTENT_KEYS);
                        if (vr != null) {
                            variants.put(v.key(), content(vr));
                        }
                    }
                }
                String cw = tr.string("content_warning");
                out.put(e.key(), new Translation(e.key(), content(tr), variants, cw,
                        cw == null ? null : tr.pos("content_warning")));
            }
            return out;
        }

        private List<Ignore> ignores(MapReader r) {
            YList l = r.list("ignore");
            List<Ignore> out = new ArrayList<>();
            if (l == null) {
                return out;
            }
            for (YNode item : l.items()) {
                MapReader ir = MapReader.of(item, problems, "ignore entry", IGNORE_KEYS);
                if (ir == null) {
                    continue;
                }
                String rule = ir.requiredString("rule");
                String reason = ir.string("reason");
                if (reason == null || reason.isBlank()) {
                    problems.error(ir.map().pos(), "ignoring a rule needs a 'reason'");
                }
                if (rule != null) {
                    out.add(new Ignore(rule, reason, ir.map().pos()));
                }
            }
            return List.copyOf(out);
        }
    }
}
