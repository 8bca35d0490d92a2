package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;

import io.edito.calendar.Ignore;
import io.edito.calendar.Post;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.core.Suggest;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import java.util.List;

/** {@code charter.ignore}: a post's {@code ignore:} names a rule, or a family of rules, that exists. */
public final class IgnoreRule implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(new RuleInfo("charter.ignore", "Suppression of an unknown rule", "A post's ignore: names a rule "
                + "that does not exist.", "Fix the rule id.", ERROR));
    }

    @Override
    public void checkPost(Post p, DisplayedTexts texts, CheckContext ctx, Emitter out) {
        for (Ignore i : p.ignore()) {
            if (!ctx.catalog().knows(i.rule())) {
                out.at("charter.ignore", p, null, null, i.pos(), "ignore names unknown rule '" + i.rule() + "'"
                        + Suggest.didYouMean(i.rule(), ctx.catalog().ids()), null);
            }
        }
    }
}
