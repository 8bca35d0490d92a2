package io.edito.schedule;

import io.edito.calendar.Post;
import java.time.ZonedDateTime;

/**
 * One (post, channel) pair and where it stands for publishing.
 *
 * @param at when it goes out on that channel (the channel's variant may move it)
 */
public record Due(Post post, String channel, ZonedDateTime at, Kind kind) {

    /** Where a pair stands at the time asked. */
    public enum Kind {
        /** Its time has come (within the catch-up limit): publish it now. */
        DUE,
        /** Its time passed longer ago than the catch-up limit: reported, not posted without --include-missed. */
        MISSED,
        /** Already in the ledger as sent, with this content. */
        DONE,
        /** In the ledger as sent with other content: edited after it was published; never sent again. */
        EDITED
    }
}
