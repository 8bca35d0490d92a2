package io.edito.kpi;

import java.time.OffsetDateTime;

/**
 * A post of the editorial calendar, as the report needs it for the plan-vs-actual join.
 *
 * @param id       the calendar's id of the post
 * @param network  canonical network name
 * @param at       planned publication time
 * @param link     the published post's URL when the calendar knows it, or null
 * @param campaign campaign, pillar, lang: null when not set
 * @param channel  the channel id it goes out on (an account: {@code x-ar}); the network for a project of one account
 *                 per network keyed by network id
 */
public record PlannedPost(String id, String network, OffsetDateTime at, String link, String campaign, String pillar,
                          String lang, String channel) {

    /** A planned post on the account keyed by its network's id. */
    public PlannedPost(String id, String network, OffsetDateTime at, String link, String campaign, String pillar,
                       String lang) {
        this(id, network, at, link, campaign, pillar, lang, network);
    }
}
