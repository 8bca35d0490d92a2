package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.calendar.Content;
import io.edito.calendar.Media;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.calendar.Variant;
import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import io.edito.text.Graphemes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        // each channel's images in each language it publishes: a variant may attach other images (an Instagram
        // crop, an X card), an account of one language sends that language only; an image told about once
        if (!hasMedia(p)) {
            return; // most posts of a calendar: nothing to look at in any version
        }
        Set<Told> told = new HashSet<>();
        Map<String, List<Media>> shared = new HashMap<>(); // by language: the media every channel shares
        List<String> channels = p.channels().isEmpty() ? Collections.singletonList(null) : p.channels();
        for (String ch : channels) {
            List<String> account = ctx.brand() == null || ch == null ? List.of() : ctx.brand().languagesOn(ch);
            boolean oneLanguage = account.size() == 1;
            List<String> languages = new ArrayList<>();
            if (account.isEmpty()) {
                languages.addAll(p.languages()); // a channel of any language: every version is checked
            } else {
                for (String wanted : account) {
                    String l = p.languageCovering(wanted); // a version the post lacks is languages.missing's
                    if (l != null && !languages.contains(l)) {
                        languages.add(l);
                    }
                }
            }
            Set<Text> originals = originals(p, ch, oneLanguage);
            for (String lang : languages) {
                boolean own = Objects.equals(lang, p.lang());
                Content content = p.content(ch, lang, oneLanguage && !own);
                List<Media> common = shared.computeIfAbsent(lang, l -> p.content(null, l).media());
                boolean same = sameImages(content.media(), common); // told once, at the post's own entries
                alt(p, same ? null : ch, lang, same ? common : content.media(), originals, ctx.charter(), told, out);
            }
        }
    }

    /** An image's alt text told about in a language: once for all the channels that show it. */
    private record Told(String lang, String file, Text alt) {
    }

    /** Whether any version of the post (its own, a variant, a translation, a translation's variant) names media. */
    private static boolean hasMedia(Post p) {
        if (p.content().media() != null) {
            return true;
        }
        for (Variant v : p.variants().values()) {
            if (hasMedia(v.content()) || anyHasMedia(v.translations())) {
                return true;
            }
        }
        for (io.edito.calendar.Translation t : p.translations().values()) {
            if (hasMedia(t.content()) || anyHasMedia(t.variants())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHasMedia(Map<String, Content> contents) {
        for (Content c : contents.values()) {
            if (hasMedia(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMedia(Content c) {
        return c != null && c.media() != null;
    }

    /** Whether two media lists show the same files with the same alt texts (a crop or a type aside). */
    private static boolean sameImages(List<Media> a, List<Media> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Media x = a.get(i);
            Media y = b.get(i);
            if (x == null || y == null ? x != y : !Objects.equals(x.file(), y.file()) || !Objects.equals(x.alt(), y.alt())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The alt texts written in the post's own language for {@code channel}: its media's, and its variant's unless
     * the channel is an account of one language (whose variant is written in that language). A translation that
     * leaves an image without its own alt text shows one of these: in the wrong language, so none.
     */
    private static Set<Text> originals(Post post, String channel, boolean oneLanguage) {
        Set<Text> out = new HashSet<>();
        addAlts(out, post.content(null, post.lang()).media());
        Variant v = channel == null ? null : post.variants().get(channel);
        if (v != null && !oneLanguage && v.content() != null) {
            addAlts(out, v.content().media());
        }
        return out;
    }

    private static void addAlts(Set<Text> out, List<Media> media) {
        if (media != null) {
            for (Media m : media) {
                if (m != null && m.alt() != null) {
                    out.add(m.alt());
                }
            }
        }
    }

    /**
     * Alt text present and of a sensible length on each image of {@code media}, the post's in {@code lang} on
     * {@code channel} (null: the media every channel shares); {@code told} holds what was told already.
     */
    private static void alt(Post post, String channel, String lang, List<Media> media, Set<Text> originals, Charter c,
                            Set<Told> told, Emitter out) {
        if (media == null) {
            return;
        }
        int i = 0;
        for (Media m : media) {
            i++;
            if (m == null || m.isVideo()) {
                continue;
            }
            String name = m.file() != null ? m.file() : "image " + i;
            // a post of a brand without languages and without lang: has no language (null): its own text
            boolean own = Objects.equals(lang, post.lang());
            Text alt = m.alt();
            if (!own && alt != null && originals.contains(alt)) {
                alt = null; // the post's own alt text, not translated
            }
            if (!told.add(new Told(lang, name, alt))) {
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
}
