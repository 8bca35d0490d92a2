package io.edito.calendar;

import io.edito.config.BrandConfig;
import io.edito.core.LanguageTag;
import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One post of the editorial calendar as loaded, with its source position (docs/calendar.md#posts).
 *
 * @param at       null only for drafts without a date yet
 * @param lang     the language of {@code content}
 * @param content  the post's own text, title, link, media, thread and first comment
 * @param partner  the partner's name for partnership posts, or null
 * @param visibility who may see the post where the network lets the sender say ({@link #VISIBILITIES}), or null
 *                 for the channel's default
 * @param fieldPos position of each key written for this post (or inherited from {@code defaults:})
 * @param translationOf the id of the post this one is a translation of ({@code translation_of:}), or null: the
 *                 posts of a translation group are checked and previewed together ({@link TranslationGroups})
 */
public record Post(String id, String brand, PostTime at, List<String> channels, Status status, String lang,
                   Content content, String campaign, String pillar, List<String> tags, boolean paid, String partner,
                   Map<String, Variant> variants, Map<String, Translation> translations, String contentWarning,
                   String visibility, String approvedBy, List<Ignore> ignore, String notes, Path file, SourcePos pos,
                   Map<String, SourcePos> fieldPos, String translationOf) {

    /** The values of {@code visibility:}, Mastodon's: everyone, not in public timelines, followers only, mentioned only. */
    public static final List<String> VISIBILITIES = List.of("public", "unlisted", "private", "direct");

    /**
     * When this post goes out on {@code channel}: the variant's {@code at:} if it has one, else the post's own, or
     * null for an undated draft. The one place that answers this: agenda, check's date filter, preview, due and
     * publish all ask here.
     */
    public ZonedDateTime timeOn(String channel) {
        Variant v = variants.get(channel);
        if (v != null && v.at() != null) {
            return v.at().at();
        }
        return at == null ? null : at.at();
    }

    /** The post's own time ({@code at:}), or null; a channel's variant may move it: see {@link #timeOn}. */
    public ZonedDateTime time() {
        return at == null ? null : at.at();
    }

    /**
     * The post's channels grouped by the time they go out ({@link #timeOn}, compared as instants): one slot when no
     * variant moves a channel, one more per distinct moved time. Slots are in the order of their first channel; a post
     * without channels has one slot at its own time.
     */
    public List<Slot> slots() {
        Map<Object, List<String>> byTime = new LinkedHashMap<>();
        Map<Object, ZonedDateTime> times = new HashMap<>();
        Object undated = new Object();
        for (String ch : channels) {
            ZonedDateTime t = timeOn(ch);
            Object key = t == null ? undated : t.toInstant();
            byTime.computeIfAbsent(key, k -> new ArrayList<>()).add(ch);
            times.putIfAbsent(key, t);
        }
        if (byTime.isEmpty()) {
            return List.of(new Slot(time(), List.of(), true));
        }
        Object ownKey = time() == null ? undated : time().toInstant();
        List<Slot> out = new ArrayList<>();
        byTime.forEach((key, chs) -> out.add(new Slot(times.get(key), chs, key.equals(ownKey))));
        return List.copyOf(out);
    }

    /** Every language this post exists in: its own, then its translations. */
    public Set<String> languages() {
        Set<String> out = new LinkedHashSet<>();
        out.add(lang);
        out.addAll(translations.keySet());
        return out;
    }

    /**
     * The text that goes out on an account of {@code wanted}: the post's text in {@code wanted} itself when it has one,
     * else the first of {@link #languages()} that counts as it, a regional form ({@code ar-MA}) before one written in
     * another script ({@code ar-Latn}, Darija in Latin letters, also counts as {@code ar}); null when the post has none.
     * Which of two texts goes out never depends on the order they are written in.
     */
    public String languageCovering(String wanted) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String l : languages()) {
            if (l == null || !LanguageTag.covers(wanted, l)) {
                continue;
            }
            int rank = l.equalsIgnoreCase(wanted) ? 0 : LanguageTag.script(l) != null ? 2 : 1;
            if (rank < bestRank) {
                best = l;
                bestRank = rank;
            }
        }
        return best;
    }

    /** What goes out on {@code channel} of {@code brand} (null: a post of no brand): its account's language(s). */
    public Edition editionOn(BrandConfig brand, String channel) {
        return brand == null ? editionOn(channel, List.of(), "")
                : editionOn(channel, brand.languagesOn(channel), brand.joinOn(channel));
    }

    /**
     * What goes out on {@code channel}, an account of the languages {@code accountLanguages} (empty: the post's own
     * language), their texts joined by {@code separator} when there are several: the one place that answers it for
     * check, preview, publish and report.
     */
    public Edition editionOn(String channel, List<String> accountLanguages, String separator) {
        if (accountLanguages.isEmpty()) {
            return new Edition(java.util.Collections.singletonList(lang), List.of(), content(channel, lang));
        }
        // an account of one language: its variant is written for it, in that language
        boolean oneLanguage = accountLanguages.size() == 1;
        Content own = content(channel, lang);
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Content> parts = new ArrayList<>();
        for (String wanted : accountLanguages) {
            String l = languageCovering(wanted);
            Content part = l == null ? null : l.equals(lang) ? own : content(channel, l, oneLanguage);
            // a version without the text, thread, first comment or title the post has would send the post's own
            // language there (a French thread under an Arabic text): missing too
            if (part == null || part != own && !part.lacking(own).isEmpty()) {
                missing.add(l == null ? wanted : l);
            } else {
                present.add(l);
                parts.add(part);
            }
        }
        if (!missing.isEmpty()) {
            return new Edition(List.copyOf(present), List.copyOf(missing), null);
        }
        return new Edition(List.copyOf(present), List.of(), Content.join(parts, separator));
    }

    /**
     * What keeps the post from going out in {@code language} on {@code channel}, an account of that language: its
     * {@code text} when no version of the post covers the language (or that version has none), else what the version
     * lacks ({@link #lacking}). Check's {@code languages.missing} and the agenda's note both tell it.
     */
    public List<String> missingOn(String channel, String language, boolean oneLanguage) {
        String version = languageCovering(language);
        List<String> lacks = version == null ? List.of() : lacking(channel, version, oneLanguage);
        return lacks.isEmpty() || lacks.contains("text") ? List.of("text") : lacks;
    }

    /**
     * What the version of this post in {@code language} lacks on {@code channel} (an account of that language only
     * when {@code oneLanguage}) that the post in its own language has: {@code text}, {@code title}, {@code thread},
     * {@code first_comment}; empty when it lacks nothing, or is the post's own language. What {@link #editionOn}
     * holds a version back for.
     */
    public List<String> lacking(String channel, String language, boolean oneLanguage) {
        return language.equals(lang) ? List.of()
                : content(channel, language, oneLanguage).lacking(content(channel, lang));
    }

    /**
     * What goes out on {@code channel} in {@code language}: the post, overlaid by the translation for that language
     * (other languages) or by the channel's variant (the post's own language), then by the variant's translation and
     * the translation's variant for that channel.
     */
    public Content content(String channel, String language) {
        return content(channel, language, false);
    }

    /**
     * {@link #content(String, String)}; with {@code variantInLanguage}, the channel's variant is read as written in
     * {@code language} (the channel is an account of that language only: {@code variants: { x-ar: { text: ... } }}
     * is the Arabic account's text), after the translation and before the variant's and the translation's own
     * versions for that language.
     */
    public Content content(String channel, String language, boolean variantInLanguage) {
        Variant v = variants.get(channel);
        if (language == null || language.equals(lang)) {
            return content.overlay(v == null ? null : v.content());
        }
        Translation t = translations.get(language);
        // the words come from the translation only (never the post's own language); the link and the media files
        // are the post's, their alt texts overlaid by the translation's
        Content c = content.withoutWords().overlay(t == null ? null : t.content());
        if (v != null && variantInLanguage) {
            c = c.overlay(v.content());
        }
        if (v != null) {
            c = c.overlay(v.translations().get(language));
            if (v.content() != null && v.content().thread() != null && v.content().thread().isEmpty()) {
                c = c.overlay(new Content(null, null, null, null, List.of(), null)); // "no thread here", any language
            }
        }
        if (t != null) {
            c = c.overlay(t.variants().get(channel));
        }
        return c;
    }

    /**
     * Every media file this post names, as written (relative to the project root), in every channel and language
     * it goes out in: what the media rules read, so what a change of a file can change for this post.
     */
    public Set<String> mediaFiles() {
        Set<String> out = new LinkedHashSet<>();
        List<String> chs = new ArrayList<>(channels);
        chs.add(null);
        for (String ch : chs) {
            for (String language : languages()) {
                Content c = content(ch, language);
                if (c.media() != null) {
                    for (Media m : c.media()) {
                        if (m != null && m.file() != null) {
                            out.add(m.file());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The key of {@link #posOf} under which each channel of the list is: {@code channels/x}. */
    public static final String CHANNEL_KEY = "channels/";

    /** Where {@code channel} is written in the post's {@code channels:} list, else where the list is. */
    public SourcePos channelPos(String channel) {
        SourcePos p = fieldPos.get(CHANNEL_KEY + channel);
        return p != null ? p : posOf("channels");
    }

    /**
     * The content warning that goes out with the post's text in {@code lang} (of a joined text, its first language):
     * the translation's own when it gives one, else the post's (null: none).
     */
    public String contentWarningIn(String lang) {
        java.util.List<String> parts = io.edito.core.LanguageTag.parts(lang);
        String first = parts.isEmpty() ? null : parts.get(0);
        Translation t = first == null || first.equals(this.lang) ? null : translations.get(first);
        return t != null && t.contentWarning() != null ? t.contentWarning() : contentWarning;
    }

    /** Position of {@code key} in the source, or the post's own position. */
    public SourcePos posOf(String key) {
        return fieldPos.getOrDefault(key, pos);
    }

    /** The rule ids this post suppresses. */
    public List<String> ignoredRules() {
        List<String> out = new ArrayList<>();
        for (Ignore i : ignore) {
            out.add(i.rule());
        }
        return out;
    }
}
