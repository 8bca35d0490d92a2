package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.calendar.Post;
import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import java.util.List;

/**
 * {@code audience.visibility} and {@code audience.content_warning}: a post's own {@code visibility:} and
 * {@code content_warning:} go out only where the network has them (the network fact {@code audiences}: Mastodon).
 * Elsewhere every post is public and shown without a warning: a post meant for followers only would be shown to
 * everyone (Bluesky's publisher refuses it; the others would send it), so that is an error, told before it goes.
 */
public final class AudienceRules implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("audience.visibility", "Visibility the network does not have", "A post's visibility: other "
                        + "than public goes out on Mastodon only: elsewhere every post is public to everyone.",
                        "Take the channel off the post's channels, or make the post public.", ERROR),
                new RuleInfo("audience.content_warning", "Content warning the network does not show", "A post's "
                        + "content_warning: is shown on Mastodon only: elsewhere the post goes out without it.",
                        "Take the channel off the post's channels, or say the warning in the text.", WARNING));
    }

    @Override
    public void checkChannel(ChannelViews channel, CheckContext ctx, Emitter out) {
        Network n = ctx.networkOf(channel.channel()).orElse(null);
        if (n == null || n.audiences()) {
            return;
        }
        Post p = channel.post();
        String ch = channel.channel();
        if (p.visibility() != null && !p.visibility().equals("public")) {
            out.onKey("audience.visibility", p, "visibility", ch, null, "visibility: " + p.visibility() + " cannot go "
                    + "out on " + ch + ": every " + n.name() + " post is public to everyone", "take " + ch
                    + " off the post's channels, or make the post public");
        }
        if (p.contentWarning() != null && !p.contentWarning().isBlank() || p.translations().values().stream()
                .anyMatch(t -> t.contentWarning() != null && !t.contentWarning().isBlank())) {
            out.onKey("audience.content_warning", p, "content_warning", ch, null, n.name() + " shows no content "
                    + "warning: the post goes out on " + ch + " without it", "take " + ch + " off the post's "
                    + "channels, or say the warning in the text");
        }
    }
}
