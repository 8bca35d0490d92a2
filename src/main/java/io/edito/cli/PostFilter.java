package io.edito.cli;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Which posts a command looks at: networks, brands and a date range (shared by agenda and check). The networks and
 * dates select post × channel pairs, each by that channel's time ({@code Post.timeOn}).
 */
final class PostFilter {
    @Option(names = "--from", paramLabel = "DATE", converter = DateBound.Converter.class,
            description = "First day (or date and time) to include.")
    DateBound from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateBound.Converter.class,
            description = "Last day to include (a date includes the whole day).")
    DateBound to;

    @Option(names = "--channel", paramLabel = "C", split = ",", description = "Only posts on these networks.")
    List<String> channels = new ArrayList<>();

    @Option(names = "--brand", paramLabel = "B", split = ",", description = "Only these brands.")
    List<String> brands = new ArrayList<>();

    LocalDateTime start() {
        return from == null ? null : from.start();
    }

    LocalDateTime endExclusive() {
        return to == null ? null : to.endExclusive();
    }

    Set<String> channelSet() {
        return Set.copyOf(channels);
    }

    Set<String> brandSet() {
        return Set.copyOf(brands);
    }
}
