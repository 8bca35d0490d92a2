package io.edito.charter;

import io.edito.yaml.YNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A brand charter (docs/charter.md). Every field has a built-in default so that an empty charter still checks
 * every network's own rules. Per-channel maps use the key {@code default} for "every other channel".
 */
public record Charter(
        Path file,
        List<Term> forbidden,
        List<Term> required,
        Map<String, Integer> hashtagMax,
        List<String> hashtagsRequired,
        List<String> hashtagsForbidden,
        boolean camelCase,
        List<String> mentionsAllowed,
        Map<String, String> disclosure,
        boolean https,
        List<String> domains,
        Utm utm,
        boolean shortenersForbidden,
        List<String> shorteners,
        Map<String, List<Window>> windows,
        List<Blackout> blackouts,
        Map<String, Duration> minGap,
        Map<String, Integer> maxPerDay,
        Duration approvalLead,
        Duration translationGap,
        boolean altRequired,
        int altMin,
        int altMax,
        long mediaMaxBytes,
        OptionalInt maxEmoji,
        int allCapsMinLetters,
        int duplicateDays,
        double duplicateSimilarity,
        Map<String, Campaign> campaigns,
        YNode networkOverrides,
        List<RuleSetting> rules) {

    /** Whether UTM parameters are required on links to the brand's domains. */
    public enum Utm { REQUIRED, OPTIONAL }

    public static final List<String> DEFAULT_SHORTENERS = List.of("bit.ly", "t.co", "tinyurl.com", "goo.gl", "ow.ly",
            "buff.ly", "is.gd", "rebrand.ly", "cutt.ly", "shorturl.at", "lnkd.in", "tiny.cc", "rb.gy", "s.id");

    /** The charter used when none is configured: only the networks' own rules and general good practice. */
    public static Charter defaults() {
        return new Charter(null, List.of(), List.of(), Map.of(), List.of(), List.of(), false, List.of(), Map.of(),
                true, List.of(), Utm.OPTIONAL, false, DEFAULT_SHORTENERS, Map.of(), List.of(), Map.of(), Map.of(),
                null, Duration.ofHours(1), true, 1, 1000, 0, OptionalInt.empty(), 5, 7, 0.9, Map.of(), null, List.of());
    }

    /** The value of a map keyed by channel id or network id, with an optional {@code default}, for one account. */
    public static <T> T forChannel(Map<String, T> map, String channel, String network) {
        T v = map.get(channel);
        if (v == null) {
            v = map.get(network); // a setting for a network is for each of its accounts
        }
        return v != null ? v : map.get("default");
    }
}
