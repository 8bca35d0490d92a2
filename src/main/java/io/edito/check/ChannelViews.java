package io.edito.check;

import io.edito.calendar.Edition;
import io.edito.calendar.Post;
import java.util.List;

/**
 * A post on one channel: its view in each language checked there, in the post's order of languages.
 *
 * @param edition  what goes out on the channel: the account's language(s) and the ones the post lacks
 * @param views    the views checked: every language of the post on a channel of no language; the account's
 *                 language on one of one; each language ({@code PART}) then the joined text on a bilingual one
 */
public record ChannelViews(Post post, String channel, Edition edition, List<PostView> views) {
}
