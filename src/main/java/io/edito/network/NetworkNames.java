package io.edito.network;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Canonical network names, as used across edito: x, facebook, instagram, linkedin, youtube, tiktok... */
public final class NetworkNames {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("x", "x"), Map.entry("twitter", "x"), Map.entry("x (twitter)", "x"), Map.entry("twitter/x", "x"),
            Map.entry("facebook", "facebook"), Map.entry("fb", "facebook"), Map.entry("facebook page", "facebook"),
            Map.entry("instagram", "instagram"), Map.entry("ig", "instagram"), Map.entry("instagram business", "instagram"),
            Map.entry("linkedin", "linkedin"), Map.entry("linkedin page", "linkedin"), Map.entry("linkedin company", "linkedin"),
            Map.entry("youtube", "youtube"), Map.entry("tiktok", "tiktok"), Map.entry("threads", "threads"),
            Map.entry("bluesky", "bluesky"), Map.entry("mastodon", "mastodon"), Map.entry("pinterest", "pinterest"),
            Map.entry("google business", "google"), Map.entry("google", "google"));
    private static final Map<String, String> HOSTS = Map.ofEntries(
            Map.entry("twitter.com", "x"), Map.entry("x.com", "x"), Map.entry("facebook.com", "facebook"),
            Map.entry("fb.com", "facebook"), Map.entry("instagram.com", "instagram"), Map.entry("linkedin.com", "linkedin"),
            Map.entry("lnkd.in", "linkedin"), Map.entry("youtube.com", "youtube"), Map.entry("youtu.be", "youtube"),
            Map.entry("tiktok.com", "tiktok"), Map.entry("threads.net", "threads"), Map.entry("threads.com", "threads"),
            Map.entry("bsky.app", "bluesky"), Map.entry("pinterest.com", "pinterest"));
    /** Exports repeat the same few spellings millions of times: remember them. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private NetworkNames() {
    }

    /** The canonical name of {@code name} ({@code "Linkedin"} -> linkedin, {@code "Twitter"} -> x); unknown names lower-cased. */
    public static String canonical(String name) {
        String cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String k = name.trim().toLowerCase(Locale.ROOT);
        String c = ALIASES.getOrDefault(k, k);
        if (CACHE.size() < 1000) {
            CACHE.put(name, c);
        }
        return c;
    }

    /**
     * {@code " (did you mean 'x'?)"} for an unknown network name: the network it is another name of ({@code twitter},
     * {@code Instagram}), else the closest of {@code ids} by spelling ({@link io.edito.core.Suggest}), else "".
     */
    public static String didYouMean(String name, java.util.Collection<String> ids) {
        String network = canonical(name);
        return !network.equals(name) && ids.contains(network) ? " (did you mean '" + network + "'?)"
                : io.edito.core.Suggest.didYouMean(name, ids);
    }

    /** Whether {@code canonical} is one of the networks edito knows by name (exports may name others). */
    public static boolean isKnown(String canonical) {
        return ALIASES.containsValue(canonical);
    }

    /** The canonical names edito knows. */
    public static java.util.Set<String> known() {
        return new java.util.TreeSet<>(ALIASES.values());
    }

    /** The network a post URL belongs to, or null. */
    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        while (true) {
            String n = HOSTS.get(host);
            if (n != null) {
                return n;
            }
            int dot = host.indexOf('.');
            if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
                return null;
            }
            host = host.substring(dot + 1);
        }
    }
}
