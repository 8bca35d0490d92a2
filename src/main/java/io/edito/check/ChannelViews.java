package io.edito.check;

import io.edito.calendar.Post;
import java.util.List;

/** A post on one channel: its view in each of the post's languages, in the post's order of languages. */
public record ChannelViews(Post post, String channel, List<PostView> views) {
}
