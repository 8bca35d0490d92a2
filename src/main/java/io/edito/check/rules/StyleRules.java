package io.edito.check.rules;

import io.edito.charter.Charter;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.text.TextSpan;

/** {@code style.*}: emoji count, words in capitals, Unicode "bold" letters, repeated punctuation. */
public final class StyleRules {
    private StyleRules() {
    }

    public static void check(PostView v, Charter c, Emitter out) {
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
