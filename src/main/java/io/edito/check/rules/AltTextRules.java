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
        // each channel's media in each language: a variant may attach other images (an Instagram crop, an X card);
        // an image that several channels share is told once
        java.util.Set<String> told = new java.util.HashSet<>();
        List<String> channels = p.channels().isEmpty() ? java.util.Collections.singletonList(null) : p.channels();
        for (String lang : p.languages()) {
            List<Media> shared = p.content(null, lang).media();
            for (String ch : channels) {
                Content content = p.content(ch, lang);
                boolean own = ch == null || Objects.equals(content.media(), shared);
                alt(p, own ? null : ch, lang, content, ctx.charter(), told, out);
            }
        }
    }

    /**
     * Alt text present and of a sensible length on each image of {@code content}, the post's in {@code lang} on
     * {@code channel} (null: the media every channel shares); {@code told} holds what was told already.
     */
    private static void alt(Post post, String channel, String lang, Content content, Charter c, java.util.Set<String> told,
                            Emitter out) {
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
            Text alt = own ? m.alt() : translatedAlt(post, channel, lang, i - 1);
            if (!told.add(lang + "\u0000" + m.pos() + "\u0000" + name + "\u0000" + (alt == null ? "" : alt.pos() + alt.value()))) {
                continue;
            }
            if (alt == null || alt.isBlank()) {
                if (c.altRequired()) {
                    out.at("media.alt_required", post, channel, lang, m.pos(), name + " has no alt text"
                                    + (lang == null ? "" : " in " + lang) + (channel == null ? "" : " on " + channel),
                            own ? "add alt: \"...\" to the media entry"
                                    : "add media: [ { alt: \"...\" } ] to " + (channel == null ? "" : "variants." + channel
                                    + ".") + "translations." + lang);
                }
                continue;
            }
            int n = Graphemes.count(alt.value().strip());
            if (n < c.altMin() || n > c.altMax()) {
                out.onText("media.alt_length", post, channel, lang, alt, "alt text of " + name + " is " + n
                        + (n == 1 ? " character" : " characters") + ", outside " + c.altMin() + "-" + c.altMax(), null);
            }
        }
    }

    /**
     * The alt text a translation gives image {@code index} on {@code channel} (null: the post's shared media), in the
     * order {@link Post#content} reads them (the translation's own variant for the channel, the channel variant's
     * translation, the translation), never the original's.
     */
    private static Text translatedAlt(Post post, String channel, String lang, int index) {
        Translation t = post.translations().get(lang);
        Variant v = channel == null ? null : post.variants().get(channel);
        List<Content> sources = new java.util.ArrayList<>(3);
        if (t != null && channel != null) {
            sources.add(t.variants().get(channel));
        }
        if (v != null) {
            sources.add(v.translations().get(lang));
        }
        if (t != null) {
            sources.add(t.content());
        }
        for (Content source : sources) {
            if (source != null && source.media() != null && index < source.media().size()
                    && source.media().get(index) != null && source.media().get(index).alt() != null) {
                return source.media().get(index).alt();
            }
        }
        return null;
    }
}
