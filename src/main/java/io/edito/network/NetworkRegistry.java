package io.edito.network;

import io.edito.core.EditoException;
import io.edito.core.Suggest;
import io.edito.media.ImageHeader;
import io.edito.yaml.YMap;
import io.edito.yaml.YNode;
import io.edito.yaml.YScalar;
import io.edito.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An immutable set of networks by id, in a stable order. {@link Networks#defaults()} is the built-in one
 * (networks.yaml); {@link #with(Network)} and {@link #withOverrides(YNode)} derive changed copies. Both are read
 * from edito's positioned YAML tree, so a wrong key or value is reported at its file:line:column.
 */
public final class NetworkRegistry {
    private static final List<String> KEYS = List.of("name", "text", "title", "first_comment", "photo_text",
            "photo_title", "alt", "fold", "max_hashtags", "max_links", "max_images", "max_media", "image_aspect",
            "image_width", "links_clickable", "url_weight", "media_required", "replies", "video", "audiences", "link_card",
            "image_max_bytes", "gif_max_bytes", "image_formats");
    private static final List<String> VIDEO_KEYS = List.of("min_seconds", "max_seconds", "max_mb", "alone", "required",
            "gif_alone");
    private static final List<String> TEXT_KEYS = List.of("label", "unit", "max", "max_bytes", "refuses");
    private static final List<String> RANGE_KEYS = List.of("min", "max");

    private final Map<String, Network> byId;

    private NetworkRegistry(Map<String, Network> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The registry of a YAML document {@code {id: {name: ..., text: {...}, ...}, ...}}; {@code source} names it in errors. */
    static NetworkRegistry load(InputStream in, String source) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw EditoException.input(source + ": " + e.getMessage());
        }
        YNode root = new YamlReader().parse(Path.of(source), text);
        if (!(root instanceof YMap map)) {
            throw EditoException.input(root.pos(), "expected a map of network ids");
        }
        Map<String, Network> byId = new LinkedHashMap<>();
        for (YMap.Entry e : map.all()) {
            byId.put(e.key(), parse(e, new NetworkSpec()));
        }
        return new NetworkRegistry(byId);
    }

    /**
     * The network {@code id}.
     *
     * @throws EditoException (input error) naming the unknown id, the closest known one and the list
     */
    public Network get(String id) {
        Network n = byId.get(id);
        if (n == null) {
            throw EditoException.input("unknown network '" + id + "'" + Suggest.didYouMean(id, byId.keySet())
                    + "; known: " + String.join(", ", byId.keySet()));
        }
        return n;
    }

    public Optional<Network> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every network, in the order of the registry's data. */
    public List<Network> all() {
        return List.copyOf(byId.values());
    }

    public Collection<String> ids() {
        return byId.keySet();
    }

    /** A copy in which {@code network} replaces the one with its id (or is added at the end). */
    public NetworkRegistry with(Network network) {
        Map<String, Network> copy = new LinkedHashMap<>(byId);
        copy.put(network.id(), network);
        return new NetworkRegistry(copy);
    }

    /**
     * A copy changed by a YAML tree of the same form as networks.yaml, given only for what changes:
     * {@code {mastodon: {text: {max: 11000}}, instagram: {fold: null}}}. A key set to {@code null} switches that
     * rule off; an unknown network id adds a network (it must then give at least {@code name} and {@code text}).
     *
     * @throws EditoException (input error) at the position of a wrong key or value, naming its path, with a suggestion
     */
    public NetworkRegistry withOverrides(YNode overrides) {
        if (overrides == null || overrides instanceof YScalar s && s.isNull()) {
            return this;
        }
        if (!(overrides instanceof YMap map)) {
            throw EditoException.input(overrides.pos(), "network overrides: expected a map of network ids");
        }
        Map<String, Network> copy = new LinkedHashMap<>(byId);
        for (YMap.Entry e : map.all()) {
            Network base = byId.get(e.key());
            if (base == null && !(e.value() instanceof YMap m && m.get("name").isPresent() && m.get("text").isPresent())) {
                // most likely a misspelt network ("instagramm"), not one of its own missing its name
                throw EditoException.input(e.keyPos(), "unknown network '" + e.key() + "'"
                        + Suggest.didYouMean(e.key(), byId.keySet()) + " (a network of its own gives at least 'name' and 'text')");
            }
            copy.put(e.key(), parse(e, base == null ? new NetworkSpec() : NetworkSpec.from(base)));
        }
        return new NetworkRegistry(copy);
    }

    /** Merges the facts of {@code entry} into {@code into} (a null value switches a fact off) and builds the network. */
    private static Network parse(YMap.Entry entry, NetworkSpec into) {
        String id = entry.key();
        YMap facts = map(entry.value(), id, "a map of facts (name, text, ...)");
        for (YMap.Entry e : facts.all()) {
            String path = id + "." + e.key();
            YNode v = e.value();
            switch (e.key()) {
                case "name" -> into.name = string(v);
                case "text" -> {
                    if (isNull(v)) { // every network has a post: its limit can be switched off, not the text
                        throw EditoException.input(e.keyPos(), path + " cannot be switched off (every network has a "
                                + "text); switch its limit off with text: { max: null }");
                    }
                    into.text = text(into.text, v, path);
                }
                case "title" -> into.title = text(into.title, v, path);
                case "first_comment" -> into.firstComment = text(into.firstComment, v, path);
                case "photo_text" -> into.photoText = text(into.photoText, v, path);
                case "photo_title" -> into.photoTitle = text(into.photoTitle, v, path);
                case "alt" -> into.alt = text(into.alt, v, path);
                case "fold" -> into.fold = integer(v, path);
                case "max_hashtags" -> into.maxHashtags = integer(v, path);
                case "max_links" -> into.maxLinks = integer(v, path);
                case "max_images" -> into.maxImages = integer(v, path);
                case "max_media" -> into.maxMedia = integer(v, path);
                case "image_aspect" -> into.imageAspect = aspect(into.imageAspect, v, path);
                case "image_width" -> into.imageWidth = width(into.imageWidth, v, path);
                case "links_clickable" -> into.linksClickable = bool(v, path);
                case "url_weight" -> into.urlWeight = integer(v, path);
                case "media_required" -> into.mediaRequired = bool(v, path);
                case "replies" -> into.replies = bool(v, path);
                case "audiences" -> into.audiences = bool(v, path);
                case "link_card" -> into.linkCard = linkCard(v, path);
                case "video" -> into.video = video(into.video, v, path);
                case "image_max_bytes" -> into.imageMaxBytes = integer(v, path);
                case "gif_max_bytes" -> into.gifMaxBytes = integer(v, path);
                case "image_formats" -> into.imageFormats = imageFormats(v, path);
                default -> throw unknownKey(e, id, KEYS);
            }
        }
        try {
            return into.toNetwork(id);
        } catch (IllegalArgumentException e) {
            throw EditoException.input(positionOf(entry, e.getMessage()), e.getMessage());
        }
    }

    /** The dotted path a network's message starts with: {@code x.text.max} of "x.text.max cannot be negative". */
    private static final java.util.regex.Pattern MESSAGE_PATH = java.util.regex.Pattern.compile(
            "^[A-Za-z0-9_-]+((?:\\.[a-z_]+)+)");

    /**
     * Where what a message about {@code entry}'s network is about is written: the value its path names
     * ({@code -5} of "x.text.max cannot be negative"), as far as that path is written, else the network's key (a fact
     * the network inherits, or one that is missing).
     */
    static io.edito.core.SourcePos positionOf(YMap.Entry entry, String message) {
        java.util.regex.Matcher m = MESSAGE_PATH.matcher(message == null ? "" : message);
        if (!m.find()) {
            return entry.keyPos();
        }
        io.edito.core.SourcePos at = entry.keyPos();
        YNode node = entry.value();
        for (String key : m.group(1).substring(1).split("\\.")) {
            if (!(node instanceof YMap map) || !map.has(key)) {
                break;
            }
            YMap.Entry next = map.entries().get(key);
            node = next.value();
            at = node instanceof YScalar scalar ? scalar.pos() : next.keyPos();
        }
        return at;
    }

    private static NetworkSpec.TextSpec text(NetworkSpec.TextSpec base, YNode node, String path) {
        if (isNull(node)) {
            return null;
        }
        NetworkSpec.TextSpec spec = base == null ? new NetworkSpec.TextSpec() : base.copy();
        for (YMap.Entry e : map(node, path, "a map (label, unit, max, max_bytes, refuses)").all()) {
            String where = path + "." + e.key();
            switch (e.key()) {
                case "label" -> spec.label = string(e.value());
                case "unit" -> spec.unit = string(e.value());
                case "max" -> spec.max = integer(e.value(), where);
                case "max_bytes" -> spec.maxBytes = integer(e.value(), where);
                case "refuses" -> spec.refuses = isNull(e.value()) ? "" : string(e.value());
                default -> throw unknownKey(e, path, TEXT_KEYS);
            }
        }
        return spec;
    }

    /** The image formats a network takes ({@code [JPEG]}), as the image reader names them; null: any. */
    private static List<String> imageFormats(YNode node, String path) {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof io.edito.yaml.YList list)) {
            throw EditoException.input(node.pos(), path + ": expected a list of formats ("
                    + String.join(", ", ImageHeader.FORMATS) + "), not " + node.kind());
        }
        List<String> out = new java.util.ArrayList<>();
        for (YNode item : list.items()) {
            String f = string(item);
            String known = ImageHeader.FORMATS.stream().filter(k -> k.equalsIgnoreCase(f == null ? "" : f.trim()))
                    .findFirst().orElseThrow(() -> EditoException.input(item.pos(), path + ": '" + f + "' is not a format edito "
                            + "reads (" + String.join(", ", ImageHeader.FORMATS) + ")"));
            out.add(known);
        }
        return out;
    }

    private static NetworkSpec.VideoSpec video(NetworkSpec.VideoSpec base, YNode node, String path) {
        if (isNull(node)) {
            return null;
        }
        NetworkSpec.VideoSpec spec = new NetworkSpec.VideoSpec();
        if (base != null) {
            spec.minSeconds = base.minSeconds;
            spec.maxSeconds = base.maxSeconds;
            spec.maxMb = base.maxMb;
            spec.alone = base.alone;
            spec.required = base.required;
            spec.gifAlone = base.gifAlone;
        }
        for (YMap.Entry e : map(node, path, "a map (min_seconds, max_seconds, max_mb, alone, required, gif_alone)").all()) {
            String where = path + "." + e.key();
            switch (e.key()) {
                case "min_seconds" -> spec.minSeconds = seconds(e.value(), where);
                case "max_seconds" -> spec.maxSeconds = seconds(e.value(), where);
                case "max_mb" -> spec.maxMb = integer(e.value(), where);
                case "alone" -> spec.alone = bool(e.value(), where);
                case "required" -> spec.required = bool(e.value(), where);
                case "gif_alone" -> spec.gifAlone = bool(e.value(), where);
                default -> throw unknownKey(e, path, VIDEO_KEYS);
            }
        }
        return spec;
    }

    private static NetworkSpec.AspectSpec aspect(NetworkSpec.AspectSpec base, YNode node, String path) {
        if (isNull(node)) {
            return null;
        }
        NetworkSpec.AspectSpec spec = new NetworkSpec.AspectSpec();
        if (base != null) {
            spec.min = base.min;
            spec.max = base.max;
        }
        range(node, path, (minimum, v) -> {
            if (minimum) {
                spec.min = string(v);
            } else {
                spec.max = string(v);
            }
        });
        return spec;
    }

    private static NetworkSpec.WidthSpec width(NetworkSpec.WidthSpec base, YNode node, String path) {
        if (isNull(node)) {
            return null;
        }
        NetworkSpec.WidthSpec spec = new NetworkSpec.WidthSpec();
        if (base != null) {
            spec.min = base.min;
            spec.max = base.max;
        }
        range(node, path, (minimum, v) -> {
            if (minimum) {
                spec.min = integer(v, path + ".min");
            } else {
                spec.max = integer(v, path + ".max");
            }
        });
        return spec;
    }

    /** Hands each entry of a {@code {min, max}} map to {@code put} (true for min); any other key is an error. */
    private static void range(YNode node, String path, BiConsumer<Boolean, YNode> put) {
        for (YMap.Entry e : map(node, path, "a map (min, max)").all()) {
            switch (e.key()) {
                case "min" -> put.accept(true, e.value());
                case "max" -> put.accept(false, e.value());
                default -> throw unknownKey(e, path, RANGE_KEYS);
            }
        }
    }

    private static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.isNull();
    }

    private static YMap map(YNode node, String path, String expected) {
        if (node instanceof YMap m) {
            return m;
        }
        throw EditoException.input(node.pos(), path + ": expected " + expected + ", not " + node.kind());
    }

    private static String string(YNode node) {
        if (node instanceof YScalar s) {
            return s.value();
        }
        throw EditoException.input(node.pos(), "expected a single value, not " + node.kind());
    }

    private static Integer integer(YNode node, String path) {
        String v = string(node);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw EditoException.input(node.pos(), path + ": expected a whole number, not '" + v + "'");
        }
    }

    /** A number of seconds, decimals allowed ({@code 0.5}). */
    private static java.math.BigDecimal seconds(YNode node, String path) {
        String v = string(node);
        if (v == null) {
            return null;
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(v.trim());
            // at most a billion seconds, to the nanosecond (1e-2147483647 overflowed when made a duration)
            if (d.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000L)) > 0 || d.scale() > 9) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw EditoException.input(node.pos(), path + ": expected a number of seconds (0.5, 140), not '" + v + "'");
        }
    }

    private static Boolean bool(YNode node, String path) {
        String v = string(node);
        if (v == null) {
            return null;
        }
        return switch (v.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw EditoException.input(node.pos(), path + ": expected true or false, not '" + v + "'");
        };
    }

    /** {@code link_card}: none, without_media or titled_without_media (null: the default, none). */
    private static LinkCard linkCard(YNode node, String path) {
        String v = string(node);
        if (v == null) {
            return null;
        }
        try {
            return LinkCard.of(v.trim());
        } catch (IllegalArgumentException e) {
            throw EditoException.input(node.pos(), path + ": " + e.getMessage());
        }
    }

    private static EditoException unknownKey(YMap.Entry e, String path, List<String> known) {
        List<String> sorted = known.stream().sorted().toList();
        return EditoException.input(e.keyPos(), path + "." + e.key() + ": unknown key"
                + Suggest.didYouMean(e.key(), sorted) + "; known: " + String.join(", ", sorted));
    }
}
