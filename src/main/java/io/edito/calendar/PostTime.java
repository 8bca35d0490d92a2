package io.edito.calendar;

import io.edito.core.SourcePos;
import java.time.ZonedDateTime;

/**
 * When a post goes out.
 *
 * @param at       the instant, with the zone it is shown in (the brand's, or the one written)
 * @param raw      the text as written in the calendar
 * @param explicit whether the text carried its own offset or zone
 */
public record PostTime(ZonedDateTime at, String raw, boolean explicit, SourcePos pos) {
}
