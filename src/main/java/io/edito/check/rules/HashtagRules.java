package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import io.edito.calendar.Text;
import io.edito.text.BlueskyTags;
import io.edito.text.DisplayedText;
import io.edito.text.Entities;
import io.edito.text.Entity;
import io.edito.text.TextEntities;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code hashtags.*} and {@code mentions.allowed}. */
public final class HashtagRules implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("hashtags.max", "Too many hashtags", "More hashtags than the network accepts or the charter allows.",
                        "Keep the strongest hashtags.", ERROR),
                new RuleInfo("hashtags.required", "Required hashtag missing", "A hashtag the charter requires on every post.",
                        "Add the hashtag.", WARNING),
                new RuleInfo("hashtags.forbidden", "Forbidden hashtag", "A hashtag the charter forbids.", "Remove the hashtag.", ERROR),
                new RuleInfo("hashtags.camel_case", "Hashtag not in CamelCase", "Multi-word hashtags in CamelCase are read correctly by "
                        + "screen readers (#AtlasAir, not #atlasair).", "Capitalise each word of the hashtag.", WARNING),
                new RuleInfo("hashtags.too_long", "Hashtag too long to be a link", "Bluesky makes a link of a hashtag of at most "
                        + BlueskyTags.MAX_LINKED + " characters (UTF-16 units, as its own library counts them): a longer one goes "
                        + "out as plain text, which no one can follow or find by its tag.",
                        "Shorten the hashtag to " + BlueskyTags.MAX_LINKED + " characters or fewer.", WARNING),
                new RuleInfo("mentions.allowed", "Mention of an account outside the allowed list", "Only the accounts the charter lists "
                        + "may be mentioned.", "Remove the mention or add the account to mentions.allowed.", WARNING));
    }

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.goesOut()) {
            return; // one language of a joined text: the joined text is counted
        }
        Charter c = ctx.charter();
        String text = v.text();
        List<Entity> tags = v.entities().hashtags();
        Integer charterMax = Charter.forChannel(c.hashtagMax(), v.channel(), v.network().id());
        int max = Integer.MAX_VALUE;
        String source = null;
        if (v.network().maxHashtags().isPresent()) {
            max = v.network().maxHashtags().getAsInt();
            source = v.network().possessive() + " limit";
        }
        if (charterMax != null && charterMax < max) {
            max = charterMax;
            source = "the charter's limit for " + v.channel();
        }
        Lowered charter = ctx.state(this, x -> Lowered.of(x.charter()));
        maxTags(v, v.source(), v.displayed(), tags, max, source, "", charter, out);
        if (!c.hashtagsRequired().isEmpty() && !text.isEmpty()) { // the text's tags lowered only when asked for
            Set<String> lowerTags = v.entities().derived(LOWER_TAGS, HashtagRules::loweredTags);
            for (String required : c.hashtagsRequired()) {
                if (!lowerTags.contains(lower(required))) {
                    out.onText("hashtags.required", v.post(), v.channel(), v.lang(), v.source(),
                            "required hashtag " + required + " is missing", "add " + required);
                }
            }
        }
        // each hashtag and mention of every text that goes out: the text, each thread item, the title, the first comment
        eachTag(v, c, charter, v.source(), v.displayed(), out);
        for (PostView.OtherText other : v.otherTexts()) {
            if (other.ownPost() != null && other.displayed() != null) { // a reply of the thread: a post of its own
                maxTags(v, other.source(), other.displayed(), other.displayed().entities().hashtags(), max, source,
                        " in " + other.ownPost(), charter, out);
            }
            eachTag(v, c, charter, other.source(), other.displayed(), out);
        }
    }

    /** {@code hashtags.max} on {@code tags}, those of {@code d} ({@code where}: "" for the view's text). */
    private static void maxTags(PostView v, Text src, DisplayedText d, List<Entity> tags, int max, String source,
                                String where, Lowered charter, Emitter out) {
        if (tags.size() <= max) {
            return;
        }
        // the ones to take out: the last that the charter does not ask for (a required hashtag, a disclosure), so
        // that following the finding does not bring another (it pointed at the disclosure #sponsorisé)
        List<Entity> removable = new java.util.ArrayList<>(tags.size());
        for (Entity t : tags) {
            String tag = lower(t.text());
            if (!charter.required().contains(tag) && !charter.disclosures().contains(tag)) {
                removable.add(t);
            }
        }
        int over = tags.size() - max;
        String what = tags.size() + " hashtags" + where + ", over " + source + " of " + max;
        if (removable.size() < over) {
            int asked = tags.size() - removable.size();
            out.onDisplayed("hashtags.max", v, src, d, tags.get(0).start(), tags.get(tags.size() - 1).end(), what
                    + ": the charter's required hashtags and disclosure alone are " + asked, "keep " + max + " (the "
                    + "charter asks for more than " + v.network().name() + " takes here: give " + v.channel()
                    + " a variant, or change the charter)");
            return;
        }
        List<Entity> out2 = removable.subList(removable.size() - over, removable.size());
        out.onDisplayed("hashtags.max", v, src, d, out2.get(0).start(), out2.get(out2.size() - 1).end(), what,
                "keep " + max + ": remove " + String.join(" ", out2.stream().map(Entity::text).toList()));
    }

    /**
     * What to write instead of {@code tag}: its words each with a capital where the text around it writes them
     * ({@code #soldeshiver} beside "Soldes d'hiver": {@code #SoldesHiver}); a tag in capitals in lower case after its
     * first letter; else where each word's capital goes, which edito cannot tell ({@code #Soldeshiver} alone was
     * suggested, and the rule then passed it: a screen reader still reads one word).
     */
    static String camelCaseSuggestion(String tag, java.util.Set<String> textWords) {
        String words = inWordsOf(tag, textWords);
        if (words != null) {
            return words;
        }
        // #Soldeshiver for #SOLDESHIVER, as for #soldeshiver, would pass the rule and still read as one word
        return "a capital at the start of each word" + (tag.codePoints().noneMatch(Character::isLowerCase)
                ? ", the rest in lower case" : "") + " (" + camelCaseHint(tag) + " if it is one word)";
    }

    /**
     * {@code tag} cut into words that {@code text} writes (two letters or more each, case aside), each given its
     * capital, as few words as can be; null when the text does not hold them all or the tag is one of them.
     */
    public static String inWordsOf(String tag, String text) {
        return inWordsOf(tag, wordsOf(text));
    }

    /** The words of {@code text} a tag may be cut into: runs of two letters or digits or more, in lower case. */
    static java.util.Set<String> wordsOf(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            if (j - i >= 2) {
                words.add(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
            }
            i = Math.max(j, i + 1);
        }
        return words;
    }

    /** The words of a displayed text ({@link #wordsOf}), found once for all its hashtags and channels. */
    private static final Object TEXT_WORDS = new Object();

    private static String inWordsOf(String tag, java.util.Set<String> words) {
        String lower = tag.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != tag.length()) {
            return null;
        }
        int n = lower.length();
        int[] count = new int[n + 1]; // fewest words making up lower[0, k); 0: not reached (but for k = 0)
        int[] from = new int[n + 1];
        for (int k = 0; k < n; k++) {
            if (k > 0 && count[k] == 0) {
                continue;
            }
            for (int e = k + 2; e <= n; e++) {
                // the whole tag is not one of its words: it is written in the text, as the hashtag itself
                if ((k > 0 || e < n) && words.contains(lower.substring(k, e)) && (count[e] == 0 || count[k] + 1 < count[e])) {
                    count[e] = count[k] + 1;
                    from[e] = k;
                }
            }
        }
        if (count[n] < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int e = n; e > 0; e = from[e]) {
            String word = lower.substring(from[e], e); // #SOLDESHIVER beside "Soldes d'hiver": #SoldesHiver too
            out.insert(0, word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1));
        }
        return "#" + out;
    }

    /**
     * A hashtag's value (without {@code #}) with its first letter in capitals ({@code #soldeshiver} ->
     * {@code #Soldeshiver}, the words' capitals are the writer's to add); a tag all in capitals, spelled out letter by
     * letter by screen readers, in lower case after its first letter ({@code #SOLDES} -> {@code #Soldes}).
     */
    static String camelCaseHint(String tag) {
        boolean noLower = tag.codePoints().noneMatch(Character::isLowerCase);
        int letter = 0; // the first cased letter: #2026SOLDES -> #2026Soldes
        while (letter < tag.length() && !isCased(tag.codePointAt(letter))) {
            letter += Character.charCount(tag.codePointAt(letter));
        }
        if (letter == tag.length()) {
            return "#" + tag;
        }
        int next = tag.offsetByCodePoints(letter, 1);
        String rest = tag.substring(next);
        return "#" + tag.substring(0, letter) + tag.substring(letter, next).toUpperCase(java.util.Locale.ROOT)
                + (noLower ? rest.toLowerCase(java.util.Locale.ROOT) : rest);
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * The rules on each hashtag and mention of one of the view's texts ({@code displayed}, the network's form of
     * {@code source}): forbidden, CamelCase, too long for Bluesky, mentions outside the allowed accounts.
     */
    private static void eachTag(PostView v, Charter c, Lowered charter, Text source, DisplayedText displayed,
                                Emitter out) {
        if (source == null || displayed == null) {
            return;
        }
        for (Entity t : displayed.entities().hashtags()) {
            String tag = lower(t.text());
            if (charter.forbidden().contains(tag)) {
                out.onDisplayed("hashtags.forbidden", v, source, displayed, t.start(), t.end(),
                        "forbidden hashtag " + t.text(), null);
            }
            if (c.camelCase() && !Entities.isCamelCase(t.text()) && !charter.disclosures().contains(tag)) {
                out.onDisplayed("hashtags.camel_case", v, source, displayed, t.start(), t.end(), "hashtag "
                        + t.text() + " is not in CamelCase", camelCaseSuggestion(t.value(),
                        displayed.entities().derived(TEXT_WORDS, e -> wordsOf(e.text()))));
            }
        }
        if (BlueskyTags.appliesTo(v.network().id())) {
            unlinkedOnBluesky(v, source, displayed, out);
        }
        if (!c.mentionsAllowed().isEmpty()) {
            for (Entity m : displayed.entities().mentions()) {
                if (!charter.mentionsAllowed().contains(lower(m.text()))) {
                    out.onDisplayed("mentions.allowed", v, source, displayed, m.start(), m.end(), "mention of "
                            + m.text() + ", not in the charter's allowed accounts", null);
                }
            }
        }
    }

    /**
     * {@code hashtags.too_long}: each hashtag of a Bluesky status (the text, a thread item, the first comment: each
     * is a post there, with its own links) that Bluesky leaves as plain text ({@link BlueskyTags}).
     */
    private static void unlinkedOnBluesky(PostView v, Text source, DisplayedText displayed, Emitter out) {
        for (BlueskyTags.Tag t : BlueskyTags.unlinked(displayed.text())) {
            out.onDisplayed("hashtags.too_long", v, source, displayed, t.start(), t.end(), "hashtag #" + t.name()
                    + " is " + t.name().length() + " characters long: Bluesky makes a link of a hashtag of at most "
                    + BlueskyTags.MAX_LINKED + ", this one goes out as plain text",
                    "shorten it to " + BlueskyTags.MAX_LINKED + " characters or fewer");
        }
    }

    /** The key of a text's hashtags in lower case, among what is derived from a displayed text. */
    private static final Object LOWER_TAGS = new Object();

    /**
     * The charter's hashtags and accounts in lower case, once per brand: two names are the same when their lower
     * cases (root locale) are equal, so each text's hashtag is looked up instead of compared with each.
     */
    private record Lowered(Set<String> forbidden, Set<String> disclosures, Set<String> mentionsAllowed,
                           Set<String> required) {
        static Lowered of(Charter c) {
            return new Lowered(lowered(c.hashtagsForbidden()), lowered(c.disclosure().values()),
                    lowered(c.mentionsAllowed().stream().map(a -> a.startsWith("@") ? a : "@" + a).toList()),
                    lowered(c.hashtagsRequired()));
        }
    }

    private static Set<String> lowered(Collection<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            out.add(lower(n));
        }
        return out;
    }

    /** The text's hashtags in lower case. */
    private static Set<String> loweredTags(TextEntities e) {
        Set<String> out = new HashSet<>();
        for (Entity tag : e.hashtags()) {
            out.add(lower(tag.text()));
        }
        return out;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
