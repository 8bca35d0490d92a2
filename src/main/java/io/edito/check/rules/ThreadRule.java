package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;

import io.edito.calendar.Text;
import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import java.util.List;

/**
 * A {@code thread:} on a network where a thread's following items cannot go out as replies to the first (Facebook,
 * Instagram, LinkedIn...: the network fact {@code replies} of networks.yaml): reported before the publisher refuses it.
 */
public final class ThreadRule implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(new RuleInfo("thread.unsupported", "Thread on a network without replies",
                "The items after the first of a thread: go out as replies on X, Threads, Bluesky and Mastodon only; "
                        + "elsewhere they cannot go out as written (the native publisher refuses the post).",
                "Move the follow-up to first_comment:, or give the channel a variant with thread: [].", ERROR));
    }

    /** Once per post and channel: the first language whose text that goes out there has thread items. */
    @Override
    public void checkChannel(ChannelViews channel, CheckContext ctx, Emitter out) {
        for (PostView v : channel.views()) {
            List<Text> thread = v.content().thread();
            if (!v.goesOut() || thread == null || thread.isEmpty() || v.network().replies()) {
                continue;
            }
            // at the first item of the thread that goes out in that language (a translation's own, or the post's)
            out.onText("thread.unsupported", v.post(), v.channel(), v.lang(), thread.get(0), v.network().name()
                    + " has no threads: the " + (thread.size() == 1 ? "item" : thread.size() + " items")
                    + " after the first would not go out on " + v.channel(), "move the follow-up to first_comment:, "
                    + "or give " + v.channel() + " a variant with thread: []");
            return;
        }
    }
}
