package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;

import io.edito.calendar.Content;
import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.calendar.TranslationGroups;
import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.core.LanguageTag;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedTexts;
import io.edito.text.Entity;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code languages.translation} (every language of the brand present) and {@code languages.script}. */
public final class LanguageRules implements Rule {
    /** The script a language is written in, where edito can tell. */
    private static final Map<String, UnicodeScript> SCRIPTS = Map.ofEntries(
            Map.entry("ar", UnicodeScript.ARABIC), Map.entry("fa", UnicodeScript.ARABIC),
            Map.entry("ur", UnicodeScript.ARABIC), Map.entry("he", UnicodeScript.HEBREW),
            Map.entry("ru", UnicodeScript.CYRILLIC), Map.entry("uk", UnicodeScript.CYRILLIC),
            Map.entry("el", UnicodeScript.GREEK), Map.entry("zh", UnicodeScript.HAN), Map.entry("ja", UnicodeScript.HAN),
            Map.entry("ko", UnicodeScript.HANGUL), Map.entry("hi", UnicodeScript.DEVANAGARI),
            Map.entry("fr", UnicodeScript.LATIN), Map.entry("en", UnicodeScript.LATIN), Map.entry("es", UnicodeScript.LATIN),
            Map.entry("de", UnicodeScript.LATIN), Map.entry("it", UnicodeScript.LATIN), Map.entry("pt", UnicodeScript.LATIN),
            Map.entry("nl", UnicodeScript.LATIN), Map.entry("no", UnicodeScript.LATIN), Map.entry("tr", UnicodeScript.LATIN));

    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("languages.translation", "Translation missing", "Every language of the brand must be present.",
                        "Add the translation under translations:, or a post with translation_of:.", ERROR),
                new RuleInfo("languages.script", "Text not in the script of its language", "The text's script does not match its "
                        + "language (Arabic script for ar).", "Check the lang: of the post or of the translation.", ERROR),
                new RuleInfo("languages.missing", "No text in the channel's language", "A channel with lang: gets the "
                        + "post's text in that language only, one with languages: the texts of each joined; a post on "
                        + "it without a text in one of them cannot go out there (never in another language instead).", "Add the translation, or take the channel "
                        + "out of the post's channels:.", ERROR));
    }

    /** Once per post, or once per translation group by the post that speaks for it; the script of every view. */
    @Override
    public void checkPost(Post p, DisplayedTexts texts, CheckContext ctx, Emitter out) {
        TranslationGroups groups = ctx.groups();
        if (!groups.grouped(p)) {
            translations(p, p.languages(), List.of(p), ctx.languages(), out);
        } else if (groups.speaker(p) == p) { // the group's missing languages are told once, not by each post
            translations(p, groups.languages(p), groups.group(p), ctx.languages(), out);
        }
    }

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.oneLanguage()) {
            return; // a joined text: each language is checked for its script
        }
        script(v, out);
    }

    /** A channel that takes one language, or several joined, on a post without a text in one of them. */
    @Override
    public void checkChannel(ChannelViews channel, CheckContext ctx, Emitter out) {
        Post p = channel.post();
        if (channel.edition().complete() || p.status() == Status.CANCELLED) {
            return;
        }
        String says = ctx.brand().publishesWhat(channel.channel());
        for (String lang : channel.edition().missing()) {
            List<String> lacks = p.missingOn(channel.channel(), lang,
                    ctx.brand().languagesOn(channel.channel()).size() == 1);
            if (lacks.contains("text")) {
                out.at("languages.missing", p, channel.channel(), lang, p.channelPos(channel.channel()), "channel "
                                + channel.channel() + " " + says + ", and this post has no " + lang + " text",
                        "add translations: { " + lang + ": { text: ... } }, or take " + channel.channel()
                                + " out of channels:");
            } else {
                // the French thread under the Arabic text would have gone out; all it lacks is told at once
                String version = p.languageCovering(lang);
                String shown = Content.said(lacks);
                io.edito.network.Network network = ctx.networkOf(channel.channel()).orElse(null);
                boolean noThreads = lacks.contains("thread") && network != null && !network.replies();
                String add = String.join(", ", lacks.stream().filter(k -> !(noThreads && k.equals("thread")))
                        .map(k -> k + ": ...").toList());
                out.at("languages.missing", p, channel.channel(), version, p.channelPos(channel.channel()), "channel "
                                + channel.channel() + " " + says + ", and this post's " + version + " version has no "
                                + shown + " (the " + p.lang() + " post has " + (lacks.size() == 1 ? "one" : "them")
                                + ", which would go out in " + p.lang() + ")",
                        noThreads // a thread cannot go out there in any language: the variant without one is the fix
                                ? "give " + channel.channel() + " a variant with thread: [] (" + network.name()
                                + " has no threads)" + (add.isEmpty() ? "" : ", and add translations: { "
                                + version + ": { " + add + " } }")
                                : "add translations: { " + version + ": { " + add + " } }, or a variant of "
                                + channel.channel() + " without " + (lacks.size() == 1 ? "it" : "them"));
            }
        }
    }

    /**
     * Once per post, or once per translation group (by the post that speaks for it): each required language is
     * there, in {@code present} (the post's languages, or the group's). {@code group} is the group's posts, or a
     * list of one post. {@code ar-Latn} counts as {@code ar}.
     */
    private static void translations(Post post, Set<String> present, List<Post> group, List<String> required,
                                     Emitter out) {
        if (post.status() == Status.DRAFT || post.status() == Status.CANCELLED) {
            return;
        }
        for (String lang : required) {
            if (present.stream().noneMatch(tag -> LanguageTag.covers(lang, tag))) {
                String where = group.size() < 2 ? "" : " in the translation group "
                        + group.stream().map(Post::id).collect(java.util.stream.Collectors.joining(", "));
                out.onKey("languages.translation", post, post.translations().isEmpty() ? "text" : "translations", null,
                        lang, "no " + lang + " version" + where + " (the brand publishes in "
                                + String.join(", ", required) + ")",
                        group.size() < 2 ? "add translations: { " + lang + ": { text: ... } }"
                                : "add translations: { " + lang + ": { text: ... } } or a post with lang: " + lang
                                + " and translation_of: " + group.get(0).id());
            }
        }
    }

    /** The fewest letters (outside links, hashtags and mentions) whose script says which language a text is in. */
    static final int MIN_LETTERS = 10;

    /** The text's letters are mostly in its language's script (URLs, mentions and hashtags left out). */
    private static void script(PostView v, Emitter out) {
        UnicodeScript expected = expectedScript(v.lang());
        if (expected == null || v.text().isBlank()) {
            return;
        }
        // the same for every channel that shows this text: counted once
        Letters count = v.entities().derived(expected, e -> count(e.chars(), e.all(), expected));
        int letters = count.letters();
        int inScript = count.inScript();
        int other = count.other();
        UnicodeScript dominantOther = count.dominantOther();
        // ten letters make a text: a shorter one ("Atlas Air ✈️", "iPhone 16 Pro") is as often a name as a sentence
        if (letters >= MIN_LETTERS && inScript * 2 < letters) {
            out.onText("languages.script", v.post(), v.channel(), v.lang(), v.source(), "text marked lang: " + v.lang()
                    + " is mostly in " + name(dominantOther) + " script (" + other + " of " + letters + " letters)",
                    dominantOther == UnicodeScript.LATIN && LanguageTag.script(v.lang()) == null
                            ? "check the lang: of this text (" + LanguageTag.language(v.lang())
                            + "-Latn for a text in Latin letters, such as Darija or Arabizi)"
                            : "check the lang: of this text");
        }
    }

    /** A script subtag says it ({@code ar-Latn}: Latin letters), else the language's usual script; null if unknown. */
    static UnicodeScript expectedScript(String lang) {
        UnicodeScript s = LanguageTag.unicodeScript(lang);
        return s != null ? s : SCRIPTS.get(lang == null ? "" : LanguageTag.language(lang));
    }

    /** Letters of a text outside its URLs, hashtags and mentions: how many, how many in the expected script. */
    record Letters(int letters, int inScript, int other, UnicodeScript dominantOther) {
    }

    /**
     * The script of each letter below U+0800 (Latin, Greek, Cyrillic, Arabic...), null for what is not a letter: one
     * array read, not a search.
     */
    private static final UnicodeScript[] LOW_SCRIPTS = new UnicodeScript[0x800];

    static {
        for (int cp = 0; cp < LOW_SCRIPTS.length; cp++) {
            LOW_SCRIPTS[cp] = Character.isLetter(cp) ? UnicodeScript.of(cp) : null;
        }
    }

    /** {@link #lowKinds}: not a counted letter (not a letter, or of the Common or Inherited script); in; out. */
    private static final byte NOT_COUNTED = 0;
    private static final byte IN_SCRIPT = 1;
    private static final byte OTHER_SCRIPT = 2;
    /** Per expected script, what each char below U+0800 counts as: one byte read per char of a text. */
    private static final Map<UnicodeScript, byte[]> LOW_KINDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] lowKinds(UnicodeScript expected) {
        return LOW_KINDS.computeIfAbsent(expected, e -> {
            byte[] kinds = new byte[LOW_SCRIPTS.length];
            for (int c = 0; c < kinds.length; c++) {
                kinds[c] = kind(LOW_SCRIPTS[c], e);
            }
            return kinds;
        });
    }

    /** What a letter of script {@code s} (null: not a letter) counts as in a text expected in {@code expected}. */
    private static byte kind(UnicodeScript s, UnicodeScript expected) {
        if (s == null || s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) {
            return NOT_COUNTED;
        }
        return s == expected || expected == UnicodeScript.HAN && (s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA)
                ? IN_SCRIPT : OTHER_SCRIPT;
    }

    /**
     * Counted over {@code text}, the displayed text's chars ({@code TextEntities.chars}), leaving out {@code entities}
     * (by start: {@code TextEntities.all}).
     */
    static Letters count(char[] text, List<Entity> entities, UnicodeScript expected) {
        byte[] low = lowKinds(expected);
        int letters = 0;
        int inScript = 0;
        int other = 0;
        int lastOther = -1; // where the last letter of another script starts: its script is the dominant other's
        int next = 0; // the next entity (they come by start) and the end of those begun: inside a URL, hashtag or mention
        int skipUntil = 0;
        int size = entities.size();
        for (int i = 0; i < text.length; ) {
            while (next < size && entities.get(next).start() <= i) {
                skipUntil = Math.max(skipUntil, entities.get(next).end());
                next++;
            }
            if (i < skipUntil) {
                i = skipUntil;
                continue;
            }
            // the code points up to the next entity's start, without asking the list at each one
            int limit = next < size ? Math.min(entities.get(next).start(), text.length) : text.length;
            while (i < limit) {
                char c = text[i];
                int at = i;
                byte k;
                if (c < low.length) {
                    k = low[c];
                    i++;
                } else {
                    int cp = Character.codePointAt(text, i);
                    i += Character.charCount(cp);
                    k = kind(Character.isLetter(cp) ? UnicodeScript.of(cp) : null, expected);
                }
                if (k == NOT_COUNTED) {
                    continue;
                }
                letters++;
                if (k == IN_SCRIPT) {
                    inScript++;
                } else {
                    other++;
                    lastOther = at;
                }
            }
        }
        UnicodeScript dominantOther = lastOther < 0 ? null : UnicodeScript.of(Character.codePointAt(text, lastOther));
        return new Letters(letters, inScript, other, dominantOther);
    }

    private static String name(UnicodeScript s) {
        if (s == null) {
            return "another";
        }
        String n = s.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
