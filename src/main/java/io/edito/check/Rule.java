package io.edito.check;

import io.edito.calendar.Post;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import java.util.List;

/**
 * A check rule: the ids it reports, each with its documentation and default severity, and what it looks at. A rule
 * overrides the scopes it needs. Posts are checked on all cores: a rule keeps nothing between calls except in
 * thread-safe caches or in {@link CheckContext#state}, one per brand.
 */
public interface Rule {
    /** The ids this rule reports, in the order the catalog shows them (SARIF rule list, docs). */
    List<RuleInfo> describe(NetworkRegistry networks);

    /** Once per post: what does not depend on a channel. {@code texts}: the post's renderings, shared by its views. */
    default void checkPost(Post post, DisplayedTexts texts, CheckContext ctx, Emitter out) {
    }

    /** One post as it goes out on one channel in one language. */
    default void checkView(PostView view, CheckContext ctx, Emitter out) {
    }

    /** Once per post and channel, with the views of each of the post's languages on that channel. */
    default void checkChannel(ChannelViews channel, CheckContext ctx, Emitter out) {
    }

    /** Once per brand, over all its posts (selected or not): what compares posts with each other. */
    default void checkBrand(List<Post> posts, CheckContext ctx, Emitter out) {
    }

    /**
     * Whether {@link #checkBrand} reads what this rule's checks of single posts left in {@link CheckContext#state}
     * (the duplicate rule reads the words of the texts the posts' checks rendered): it then runs once every post is
     * checked. A rule that answers false has its brand check run beside the posts' checks, on another core.
     */
    default boolean checkBrandAfterPosts() {
        return true;
    }
}
