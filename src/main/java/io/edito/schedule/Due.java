package io.edito.schedule;

import io.edito.calendar.Post;
import java.time.ZonedDateTime;

/**
 * One (post, channel) pair and where it stands for publishing.
 *
 * @param at when it goes out on that channel (the channel's variant may move it)
 */
public record Due(Post post, String channel, ZonedDateTime at, Kind kind) {

    /**
     * The account the pair goes out on: the channel of the post's brand ({@code brand/channel}; the channel alone for
     * a post of no brand). Two brands' {@code instagram} are two accounts.
     */
    public String account() {
        return post.brand() == null ? channel : post.brand() + "/" + channel;
    }

    /** Where a pair stands at the time asked. */
    public enum Kind {
        /** Its time has come (within the catch-up limit): publish it now. */
        DUE,
        /** Its time is still to come, within the look-ahead a person asked for ({@code due --window}): not yet. */
        UPCOMING,
        /** Its time passed longer ago than the catch-up limit: reported, not posted without --include-missed. */
        MISSED,
        /** Already in the ledger as sent, with this content. */
        DONE,
        /** In the ledger as sent with other content: edited after it was published; never sent again. */
        EDITED,
        /**
         * In the ledger as failed: retried when its next retry comes (however long ago its time was: the catch-up
         * limit is for pairs never tried), or with {@code --retry-failed} once it failed for good.
         */
        FAILED,
        /** In the ledger with an unknown outcome: reported on every run until a person resolves it. */
        UNKNOWN,
        /** In the ledger as claimed by a run that is sending it now, or was stopped while sending it. */
        PENDING;

        /**
         * Whether publish hands the pair to the ledger's run, which decides: send (due), retry or report (failed,
         * unknown, pending).
         */
        public boolean toPublish() {
            return this == DUE || this == FAILED || this == UNKNOWN || this == PENDING;
        }
    }
}
