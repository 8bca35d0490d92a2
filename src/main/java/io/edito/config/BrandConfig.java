package io.edito.config;

import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One brand of a project: its zone, languages, calendar files, charter and accounts.
 *
 * @param languages languages every post must have; the first is the default of posts without {@code lang}
 * @param calendar  files or directories of calendar YAML, resolved against the project root
 * @param charter   the charter file, or null
 * @param targets   {@code targets:} as written (such as {@code engagement_rate>=4%}; parsed by the KPI package)
 * @param mappings  {@code metrics.mappings}: user-defined export mappings, in the order written
 * @param metricFiles {@code metrics.files}: which exports are of which account, in the order written
 * @param listening {@code listening:} (sources, keywords, alerts: docs/listening.md), or null
 */
public record BrandConfig(String name, String displayName, ZoneId zone, List<String> languages, List<Path> calendar,
                          Path charter, Map<String, ChannelConfig> channels, List<Target> targets,
                          List<MetricMapping> mappings, List<MetricFiles> metricFiles,
                          ListeningConfig listening, SourcePos pos) {

    public String defaultLanguage() {
        return languages.isEmpty() ? null : languages.get(0);
    }

    /** The network of a channel id: the account's, else the id itself (a brand without {@code channels:}). */
    public String networkOf(String channel) {
        ChannelConfig c = channels.get(channel);
        return c == null ? channel : c.network();
    }

    /**
     * The languages that go out on {@code channel} (docs/calendar.md#channels): its {@code lang:}, its
     * {@code languages:}, or none (the post's own).
     */
    public List<String> languagesOn(String channel) {
        ChannelConfig c = channels.get(channel);
        return c == null ? List.of() : c.languages();
    }

    /**
     * What {@code channel} takes, in words for a message: {@code publishes in ar only}, {@code publishes fr and ar in
     * one text}; null for a channel of the post's own language.
     */
    public String publishesWhat(String channel) {
        List<String> takes = languagesOn(channel);
        return takes.isEmpty() ? null : takes.size() == 1 ? "publishes in " + takes.get(0) + " only"
                : "publishes " + String.join(" and ", takes) + " in one text";
    }

    /** What is put between the languages of {@code channel} when it takes several ({@code join:}). */
    public String joinOn(String channel) {
        ChannelConfig c = channels.get(channel);
        return c == null ? ChannelConfig.DEFAULT_JOIN : c.join();
    }

    /** The zone {@code channel}'s times are shown in: the account's {@code timezone:}, else the brand's (or null). */
    public ZoneId zoneOf(String channel) {
        ChannelConfig c = channels.get(channel);
        return c != null && c.zone() != null ? c.zone() : zone;
    }

    /** The channel ids of this brand on {@code network}, in the order of edito.yaml. */
    public List<String> channelsOn(String network) {
        return channels.values().stream().filter(c -> c.network().equals(network)).map(ChannelConfig::id).toList();
    }
}
