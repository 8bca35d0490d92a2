package io.edito.calendar;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The channels of one post that go out at the same time (see {@link Post#slots()}).
 *
 * @param time     when these channels go out (the post's own {@code at:} or a variant's), or null for an undated draft
 * @param channels the post's channels at that time, in the post's order
 * @param own      whether this is the post's own time (the channels that no variant moves)
 */
public record Slot(ZonedDateTime time, List<String> channels, boolean own) {
    public Slot {
        channels = List.copyOf(channels);
    }
}
