package io.edito.check;

import io.edito.calendar.Post;
import java.util.List;

/**
 * A post on one channel: its view in each language checked there, in the post's order of languages.
 *
 * @param language the one language the channel takes ({@code lang:} of the account), or null: all of the post's;
 *                 when the post has no text in it, {@code views} is empty
 */
public record ChannelViews(Post post, String channel, String language, List<PostView> views) {
}
