package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.calendar.Content;
import io.edito.calendar.Media;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.calendar.Translation;
import io.edito.calendar.Variant;
import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import io.edito.text.Graphemes;
import java.util.List;
import java.util.Objects;

/** {@code media.alt_required} and {@code media.alt_length}: every image has alt text of a sensible length in every language. */
public final class AltTextRules implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("media.alt_required", "Image without alt text", "Every image needs alt text in every language of the post.",
                        "Add alt: to the media (and to each translation's media).", ERROR),
                new RuleInfo("media.alt_length", "Alt text too short or too long", "Alt text length outside the charter's "
                        + "bounds (media.alt_min, media.alt_max).", "Describe the image in a sentence.", WARNING));
    }
    @Override
    public void checkPost(Post p, DisplayedTexts texts, CheckContext ctx, Emitter out) {
        for (String lang : p.languages()) {
            alt(p, lang, p.content(p.channels().isEmpty() ? null : p.channels().get(0), lang), ctx.charter(), out);
        }
    }

    /** Once per post and language: alt text present and of a sensible length. */
    private static void alt(Post post, String lang, Content content, Charter c, Emitter out) {
        if (content.media() == null) {
            return;
        }
        int i = 0;
        for (Media m : content.media()) {
            i++;
            if (MediaFileChecks.isVideo(m)) {
                continue;
            }
            String name = m.file() != null ? m.file() : "image " + i;
            // a post of a brand without languages and without lang: has no language (null): its own text
            boolean own = Objects.equals(lang, post.lang());
            Text alt = own ? m.alt() : translatedAlt(post, lang, i - 1);
            if (alt == null || alt.isBlank()) {
                if (c.altRequired()) {
                    out.at("media.alt_required", post, null, lang, m.pos(), name + " has no alt text"
                                    + (lang == null ? "" : " in " + lang),
                            own ? "add alt: \"...\" to the media entry"
                                    : "add media: [ { alt: \"...\" } ] to translations." + lang);
                }
                continue;
            }
            int n = Graphemes.count(alt.value().strip());
            if (n < c.altMin() || n > c.altMax()) {
                out.onText("media.alt_length", post, null, lang, alt, "alt text of " + name + " is " + n
                        + " characters, outside " + c.altMin() + "-" + c.altMax(), null);
            }
        }
    }

    /** The alt text a translation gives image {@code index} (its own or a channel variant's), never the original's. */
    private static Text translatedAlt(Post post, String lang, int index) {
        Translation t = post.translations().get(lang);
        if (t == null) {
            return null;
        }
        List<Media> media = t.content().media();
        if (media != null && index < media.size() && media.get(index).alt() != null) {
            return media.get(index).alt();
        }
        for (Variant v : post.variants().values()) {
            Content vt = v.translations().get(lang);
            if (vt != null && vt.media() != null && index < vt.media().size() && vt.media().get(index).alt() != null) {
                return vt.media().get(index).alt();
            }
        }
        return null;
    }
}
