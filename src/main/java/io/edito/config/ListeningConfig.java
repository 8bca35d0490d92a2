package io.edito.config;

import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code listening:} block of a brand in edito.yaml (docs/listening.md), read by {@link ListeningConfigReader}.
 *
 * @param store       the mention store: a file resolved against the project root (default .edito/mentions.db) or a
 *                    PostgreSQL database
 * @param keywords    what makes an item a mention of the brand
 * @param competitors competitor name to its keywords (share of voice), in the order written
 * @param classify    kind (complaint, praise...) to language to terms, in the order written: the first kind that
 *                    matches wins
 * @param sources     where mentions come from
 * @param alerts      when a run alerts, or null when the block has no {@code alerts:}
 * @param sla         how soon a mention should get its first answer (default 1h)
 * @param languages   the brand's languages, for language detection
 */
public record ListeningConfig(MentionStoreLocation store, List<String> keywords, Map<String, List<String>> competitors,
        Map<String, Map<String, List<String>>> classify, List<Source> sources, Alerts alerts, Duration sla,
        List<String> languages, SourcePos pos) {

    public static final Path DEFAULT_STORE = Path.of(".edito", "mentions.db");
    public static final Duration DEFAULT_SLA = Duration.ofHours(1);

    /** The source called {@code id}, or null. */
    public Source source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** One place mentions are read from. */
    public enum SourceType {
        feed, mastodon, bluesky;
    }

    /**
     * One source.
     *
     * @param url      a feed's URL (type feed), or null
     * @param file     a saved feed file (type feed), resolved against the project root, or null
     * @param instance a Mastodon instance's base URL (type mastodon)
     * @param tag      the hashtag, without '#' (type mastodon)
     * @param query    the search query (type bluesky)
     * @param service  the Bluesky AppView base URL (type bluesky)
     * @param timeout  the longest a fetch may take, whole answer included
     * @param retries  how many times a failed fetch is tried again (connection failures, 5xx, 429)
     */
    public record Source(String id, SourceType type, String url, Path file, String instance, String tag,
            String query, String service, Duration timeout, int retries, SourcePos pos) {

        /** What the source reads, for messages: its URL, file, tag or query. */
        public String describe() {
            return switch (type) {
                case feed -> file != null ? file.toString() : url;
                case mastodon -> instance + " #" + tag;
                case bluesky -> service + " \"" + query + "\"";
            };
        }
    }

    /**
     * The alert rules.
     *
     * @param spike      mentions in the last window against the same hours of the baseline days, or null
     * @param complaints complaint share over a window, or null
     * @param terms      a single new mention with one of these terms alerts at once
     * @param notifyTarget the publish-type block (webhook or command) alerts are sent to, or null
     */
    public record Alerts(Spike spike, Complaints complaints, List<String> terms, Map<String, Object> notifyTarget,
            SourcePos notifyPos) {
    }

    /** A spike: at least {@code min} mentions in {@code window}, and {@code factor} times the baseline's mean. */
    public record Spike(Duration window, Duration baseline, double factor, int min) {
    }

    /** Complaints above {@code above} (a share, 0..1) of the brand's mentions in {@code window}, from {@code min}. */
    public record Complaints(Duration window, double above, int min) {
    }
}
