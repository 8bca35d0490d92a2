package io.edito.network;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each network accepts as an account handle (username), and a valid handle made from a brand id. The one
 * place for these rules: {@code edito init} checks the handles it is given and the ones it derives here.
 * Sources: X, Instagram, TikTok, Facebook and LinkedIn help centres; Mastodon's account model (local usernames:
 * letters, digits, underscore, at most 30); the AT Protocol handle specification (a domain name).
 */
public final class Handles {
    /** One network's rule: the pattern, and the rule in words for error messages. */
    private record Rule(Pattern pattern, int min, int max, String words) {
    }

    private static final String HOST = "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?";

    private static final Map<String, Rule> RULES = Map.of(
            "x", new Rule(Pattern.compile("[a-z0-9_]+"), 1, 15,
                    "letters, digits and underscores, at most 15 (no hyphen, no period)"),
            "instagram", new Rule(Pattern.compile("(?!\\.)(?!.*\\.\\.)[a-z0-9._]+(?<!\\.)"), 1, 30,
                    "letters, digits, underscores and periods (not first, not last, never two in a row), at most 30"),
            "threads", new Rule(Pattern.compile("(?!\\.)(?!.*\\.\\.)[a-z0-9._]+(?<!\\.)"), 1, 30,
                    "the Instagram username: letters, digits, underscores and periods (not first, not last, never "
                            + "two in a row), at most 30"),
            "tiktok", new Rule(Pattern.compile("[a-z0-9._]+(?<!\\.)"), 2, 24,
                    "letters, digits, underscores and periods (not last), 2 to 24"),
            "facebook", new Rule(Pattern.compile("(?=.*[a-z])[a-z0-9.]+"), 5, 50,
                    "letters, digits and periods, with a letter, 5 to 50"),
            "linkedin", new Rule(Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?"), 3, 100,
                    "the page's URL name: letters, digits and hyphens (not first, not last), 3 to 100"),
            "mastodon", new Rule(Pattern.compile("[a-z0-9_]{1,30}@" + HOST), 3, 300,
                    "@username@server: a username of letters, digits and underscores (at most 30), then the "
                            + "server's domain"),
            "bluesky", new Rule(Pattern.compile(HOST), 3, 253,
                    "a domain name such as brand.bsky.social: letters, digits and hyphens between periods, at most "
                            + "253"));

    private Handles() {
    }

    /**
     * Why {@code handle} is not a valid handle on {@code network}, or empty when it is (or when edito knows no rule
     * for that network). A leading {@code @} is allowed where the network shows one.
     */
    public static Optional<String> problem(String network, String handle) {
        Rule rule = RULES.get(network);
        if (rule == null) {
            return Optional.empty();
        }
        String h = bare(network, handle);
        String lower = h.toLowerCase(Locale.ROOT);
        if (h.length() < rule.min() || h.length() > rule.max() || !rule.pattern().matcher(lower).matches()) {
            return Optional.of("'" + handle + "' is not a valid " + Networks.get(network).name() + " handle: "
                    + rule.words());
        }
        return Optional.empty();
    }

    /** A valid handle on {@code network} made from a brand id (lower-case letters, digits, '-' and '_'). */
    public static String derive(String network, String brand) {
        String out = switch (network) {
            case "x" -> "@" + cut(brand.replace("-", ""), 15);
            case "instagram", "threads" -> cut(brand.replace('-', '_'), 30);
            case "tiktok" -> pad(cut(brand.replace('-', '_'), 24));
            case "facebook" -> padTo5(cut(brand.replace("-", "").replace("_", ""), 50));
            case "linkedin" -> padTo3(cut(brand.replace('_', '-').replaceAll("^-+|-+$", ""), 100));
            case "mastodon" -> "@" + cut(brand.replace('-', '_'), 30) + "@mastodon.social";
            case "bluesky" -> cut(brand.replace('_', '-').replaceAll("-+$", ""), 63) + ".bsky.social";
            default -> brand;
        };
        if (problem(network, out).isPresent()) {
            throw new IllegalStateException("derived " + network + " handle " + out + " is not valid");
        }
        return out;
    }

    /** The handle without the {@code @} a network shows before it. */
    private static String bare(String network, String handle) {
        return (network.equals("x") || network.equals("mastodon") || network.equals("instagram")
                || network.equals("threads") || network.equals("tiktok") || network.equals("bluesky"))
                && handle.startsWith("@") ? handle.substring(1) : handle;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String pad(String s) {
        return s.length() < 2 ? s + "_" : s;
    }

    private static String padTo5(String s) {
        String withLetter = s.matches(".*[a-z].*") ? s : "page" + s;
        return withLetter.length() < 5 ? withLetter + "page" : withLetter;
    }

    private static String padTo3(String s) {
        return s.length() < 3 ? s + "-page" : s;
    }
}
