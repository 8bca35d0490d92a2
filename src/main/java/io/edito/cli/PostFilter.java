package io.edito.cli;

import io.edito.config.BrandConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.Suggest;
import io.edito.network.Networks;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which posts a command looks at: channels, brands and a date range (shared by agenda, check and preview). The
 * channels and dates select post × channel pairs, each by that channel's time ({@code Post.timeOn}).
 */
final class PostFilter {
    @Mixin
    DateRange range = new DateRange();

    @Option(names = "--channel", paramLabel = "C", split = ",", description = "Only posts on these channels (a network id: all its accounts).")
    List<String> channels = new ArrayList<>();

    @Option(names = "--brand", paramLabel = "B", split = ",", description = "Only these brands.")
    List<String> brands = new ArrayList<>();

    /**
     * Reads {@code today} and {@code tomorrow} in {@code override} (--tz), else in the zone of the brands selected
     * ({@code --brand}, else all) when they share one, else in this machine's.
     */
    void readDatesIn(ProjectConfig config, java.time.ZoneId override) {
        range.readIn(zone(brands, config, override));
    }

    /**
     * The zone a command's local times are read in ({@code today}, {@code --from}, a local {@code --at}): {@code
     * override} ({@code --tz}, which replaces the brands' zone), else the zone of {@code brands} (all when empty) when
     * they share one, else null.
     */
    static java.time.ZoneId zone(List<String> brands, ProjectConfig config, java.time.ZoneId override) {
        return override != null ? override : config.sharedZone(brands);
    }

    LocalDateTime start() {
        return range.start();
    }

    LocalDateTime endExclusive() {
        return range.endExclusive();
    }

    /**
     * The channel ids asked for: each {@code --channel} as given, and a network id stands for every account of the
     * project on that network too ({@code --channel x} selects {@code x-fr} and {@code x-ar}).
     */
    Set<String> channelSet(ProjectConfig config) {
        return channelSet(channels, config);
    }

    /** {@link #channelSet(ProjectConfig)} of {@code channels}: what publish's --channel selects too. */
    static Set<String> channelSet(List<String> channels, ProjectConfig config) {
        Set<String> out = new TreeSet<>(channels);
        for (BrandConfig b : config.brands().values()) {
            for (String c : channels) {
                out.addAll(b.channelsOn(c));
            }
        }
        return Set.copyOf(out);
    }

    Set<String> brandSet() {
        return Set.copyOf(brands);
    }

    /**
     * Refuses a {@code --channel} or {@code --brand} the project does not know (a typo would otherwise select nothing
     * and pass a CI check), and a range whose end comes before its start.
     */
    void requireKnown(ProjectConfig config) {
        requireKnown(config, null);
    }

    /** {@link #requireKnown(ProjectConfig)}, {@code today} read in {@code tz} when given (--tz). */
    void requireKnown(ProjectConfig config, java.time.ZoneId tz) {
        requireKnown(brands, channels, config);
        readDatesIn(config, tz);
        range.requireOrdered();
    }

    /**
     * What {@code --channel} may name: the channels (accounts) the project's brands declare, and the networks they are
     * on ({@code x} stands for every account on X). A network the project has no account on is not one: it would
     * select nothing, and a check or a publish run would pass quietly having done nothing. Calendar files read
     * without an edito.yaml declare no account: their posts name networks, all of which are known then.
     */
    static Set<String> knownChannels(ProjectConfig config) {
        Set<String> known = new TreeSet<>();
        for (BrandConfig b : config.brands().values()) {
            b.channels().forEach((id, channel) -> {
                known.add(id);
                known.add(channel.network());
            });
        }
        if (known.isEmpty()) {
            known.addAll(Networks.defaults().ids());
        }
        return known;
    }

    /**
     * Refuses a {@code --brand} or a {@code --channel} the project does not know, and a channel none of the selected
     * brands has (agenda, check and preview through this filter; due and publish with their own options).
     */
    static void requireKnown(List<String> brands, List<String> channels, ProjectConfig config) {
        // the brand first: with it, a channel is looked for among that brand's accounts
        if (!brands.isEmpty() && config.brands().isEmpty()) {
            throw EditoException.input("--brand: this project declares no brands (edito.yaml has no brand:)");
        }
        requireKnown("--brand", "brand", brands, config.brands().keySet());
        requireOnSelectedBrands(brands, channels, config);
        requireKnown("--channel", "channel", channels, knownChannels(config));
    }

    /**
     * With {@code --brand} too, each {@code --channel} must be an account (or the network of one) of a selected brand:
     * {@code --brand maison-lumiere --channel x} for a brand with no X account selects nothing, and a check would pass
     * having checked nothing.
     */
    private static void requireOnSelectedBrands(List<String> brands, List<String> channels, ProjectConfig config) {
        if (brands.isEmpty() || channels.isEmpty()) {
            return;
        }
        Set<String> known = new TreeSet<>();
        for (String name : brands) {
            config.brands().get(name).channels().forEach((id, channel) -> {
                known.add(id);
                known.add(channel.network());
            });
        }
        for (String c : channels) {
            if (!known.contains(c)) {
                throw EditoException.input("--channel " + c + ": " + (brands.size() == 1 ? "brand " + brands.get(0)
                        + " has" : "brands " + String.join(", ", brands) + " have") + " no account '" + c
                        + "' nor one on that network" + io.edito.network.NetworkNames.didYouMean(c, known) + "; "
                        + (brands.size() == 1 ? "its" : "their") + " accounts: " + String.join(", ", known));
            }
        }
    }

    /** An input error for the first of {@code given} that is not in {@code known}, with a suggestion. */
    static void requireKnown(String option, String what, Collection<String> given, Collection<String> known) {
        for (String g : given) {
            if (!known.contains(g)) {
                // a channel may be a network written by another of its names (twitter: x)
                String suggestion = what.equals("channel") ? io.edito.network.NetworkNames.didYouMean(g, known)
                        : Suggest.didYouMean(g, known);
                throw EditoException.input(option + ": unknown " + what + " '" + g + "'" + suggestion
                        + "; known: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }
}
