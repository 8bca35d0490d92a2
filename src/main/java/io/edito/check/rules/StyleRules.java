package io.edito.check.rules;

import static io.edito.core.Severity.INFO;
import static io.edito.core.Severity.WARNING;

import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import io.edito.text.TextSpan;
import java.util.List;

/** {@code style.*}: emoji count, words in capitals, Unicode "bold" letters, repeated punctuation. */
public final class StyleRules implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("style.emoji", "Too many emoji", "More emoji than the charter allows.", "Remove some emoji.", WARNING),
                new RuleInfo("style.all_caps", "Word in capitals", "Words in capitals read as shouting and are spelt out by some screen "
                        + "readers.", "Write the word in lower case.", INFO),
                new RuleInfo("style.math_letters", "Unicode \"bold\" or \"italic\" letters", "Mathematical alphanumeric symbols are "
                        + "spelt out letter by letter by screen readers and are not found by search.",
                        "Write plain letters; use the network's formatting if it has any.", WARNING),
                new RuleInfo("style.punctuation", "Repeated punctuation", "Repeated punctuation (!!!, ???) reads as shouting.",
                        "Use one mark.", INFO));
    }

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.goesOut()) {
            return; // one language of a joined text: the joined text is read
        }
        Charter c = ctx.charter();
        String text = v.text();
        if (text.isEmpty()) {
            return;
        }
        if (c.maxEmoji().isPresent()) {
            int n = v.entities().emojiCount();
            if (n > c.maxEmoji().getAsInt()) {
                out.onText("style.emoji", v.post(), v.channel(), v.lang(), v.source(), n + " emoji, over the charter's "
                        + c.maxEmoji().getAsInt(), null);
            }
        }
        for (TextSpan s : v.entities().allCapsWords(c.allCapsMinLetters())) {
            out.onDisplayed("style.all_caps", v, s.start(), s.end(), "'" + s.text() + "' in capitals", null);
        }
        for (TextSpan s : v.entities().mathematicalAlphanumerics()) {
            out.onDisplayed("style.math_letters", v, s.start(), s.end(), "'" + s.text()
                    + "' uses Unicode mathematical letters: screen readers spell them out", null);
        }
        for (TextSpan s : v.entities().repeatedPunctuation()) {
            out.onDisplayed("style.punctuation", v, s.start(), s.end(), "repeated punctuation '" + s.text() + "'",
                    s.text().substring(0, 1));
        }
    }
}
