package io.edito.text;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashtags, mentions and URLs of displayed text with their offsets (UTF-16 indices), and the style facts the charter
 * checks: emoji count, ALL-CAPS words, "mathematical" letters, repeated punctuation.
 * <ul>
 * <li>Hashtags: twitter-text's extractor (Unicode letters and marks: {@code #Réservez}, {@code #إعلان}, {@code #日本}).</li>
 * <li>URLs: every {@code http(s)://} URL whatever its domain (so {@code https://atlas.example/} is found), plus
 *     twitter-text's URLs without a protocol, which need a known top-level domain ({@code atlas.com/ete}).</li>
 * <li>Mentions: {@code @user}, Mastodon's {@code @user@domain}, Bluesky's {@code @handle.bsky.social}; not inside
 *     an e-mail address or a URL.</li>
 * </ul>
 */
public final class Entities {
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}_/\\\\@.+-])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_.-]*[\\p{L}\\p{M}\\p{N}_])?"
                    + "(?:@[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)+)?)");
    private static final Pattern SCHEME_URL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])https?://[^\\s<>\"“”«»]+");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?'’)\\]}…]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("[!?¡¿؟‼⁉⁈⁇]{2,}|\\.{4,}|,{2,}|;{2,}|:{3,}|…{2,}");

    private Entities() {
    }

    /** Every hashtag, mention and URL, sorted by position, without overlaps (a URL wins over what is inside it). */
    public static List<Entity> extract(String text) {
        List<Entity> urls = urls(text);
        return extract(urls, hashtags(text), mentions(text, urls));
    }

    /** {@link #extract(String)} from the text's URLs, hashtags and mentions already found. */
    static List<Entity> extract(List<Entity> urls, List<Entity> hashtags, List<Entity> mentions) {
        List<Entity> out = new ArrayList<>(urls);
        for (Entity e : hashtags) {
            if (!overlapsAny(urls, e.start(), e.end())) {
                out.add(e);
            }
        }
        for (Entity e : mentions) {
            if (!overlapsAny(urls, e.start(), e.end())) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(out);
    }

    public static List<Entity> hashtags(String text) {
        List<Entity> out = new ArrayList<>();
        for (Extractor.Entity e : twitterHashtags(text)) {
            int start = e.getStart();
            int end = e.getEnd();
            out.add(new Entity(Entity.Kind.HASHTAG, start, end, text.substring(start, end), e.getValue()));
        }
        return List.copyOf(out);
    }

    public static List<Entity> mentions(String text) {
        return mentions(text, urls(text));
    }

    /** {@link #mentions(String)} given the text's {@link #urls}. */
    static List<Entity> mentions(String text, List<Entity> urls) {
        if (text.indexOf('@') < 0) {
            return List.of();
        }
        List<Entity> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (!overlapsAny(urls, m.start(), m.end())) {
                out.add(new Entity(Entity.Kind.MENTION, m.start(), m.end(), m.group(), m.group(1)));
            }
        }
        return List.copyOf(out);
    }

    public static List<Entity> urls(String text) {
        List<Entity> out = new ArrayList<>();
        Matcher m = SCHEME_URL.matcher(text);
        while (m.find()) {
            int end = trimUrlEnd(text, m.start(), m.end());
            if (end > m.start() + "http://".length()) {
                out.add(new Entity(Entity.Kind.URL, m.start(), end, text.substring(m.start(), end), text.substring(m.start(), end)));
            }
        }
        List<Entity> scheme = List.copyOf(out);
        // a token that one of these URLs covers whole can only give twitter-text URLs that overlap it: not looked at
        for (Extractor.Entity e : twitterUrls(text, (t, from, to) -> !coveredByOne(scheme, from, to))) {
            if (!overlapsAny(scheme, e.getStart(), e.getEnd())) {
                String t = text.substring(e.getStart(), e.getEnd());
                out.add(new Entity(Entity.Kind.URL, e.getStart(), e.getEnd(), t, t));
            }
        }
        out.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(out);
    }

    /**
     * twitter-text's URLs (with or without a protocol), found token by token ({@link #byToken}). Every URL
     * twitter-text finds has a dot followed by the first letter of its top-level domain (each of the TLDs in its
     * pattern starts with a letter, {@code xn--} too): only tokens with a dot followed by a letter or digit are
     * looked at, so that the ends of sentences ({@code vol.}) cost nothing.
     */
    static List<Extractor.Entity> twitterUrls(String text) {
        return twitterUrls(text, (t, from, to) -> true);
    }

    /** {@link #twitterUrls(String)} in the tokens {@code wanted} accepts only. */
    private static List<Extractor.Entity> twitterUrls(String text, TokenFilter wanted) {
        if (text.indexOf('.') < 0) {
            return List.of();
        }
        return byToken(text, (t, from, to) -> mayHoldDomain(t, from, to) && wanted.test(t, from, to),
                t -> new Extractor().extractURLsWithIndices(t));
    }

    private static boolean coveredByOne(List<Entity> entities, int from, int to) {
        for (Entity e : entities) {
            if (e.start() <= from && to <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** twitter-text's URLs with a protocol only (Mastodon counts those): only tokens with {@code ://} and a domain. */
    static List<Extractor.Entity> twitterUrlsWithProtocol(String text) {
        if (text.indexOf("://") < 0) {
            return List.of();
        }
        return byToken(text, (t, from, to) -> indexOf(t, "://", from, to) >= 0 && mayHoldDomain(t, from, to), t -> {
            Extractor x = new Extractor();
            x.setExtractURLWithoutProtocol(false);
            return x.extractURLsWithIndices(t);
        });
    }

    /** twitter-text's hashtags (not those inside a URL): only tokens with {@code #} or {@code ＃} are looked at. */
    static List<Extractor.Entity> twitterHashtags(String text) {
        if (text.indexOf('#') < 0 && text.indexOf('\uFF03') < 0) {
            return List.of();
        }
        return byToken(text, (t, from, to) -> indexOf(t, "#", from, to) >= 0 || indexOf(t, "\uFF03", from, to) >= 0,
                t -> new Extractor().extractHashtagsWithIndices(t));
    }

    /** Which tokens {@link #byToken} hands to twitter-text: {@code [from, to)} of {@code text}. */
    private interface TokenFilter {
        boolean test(String text, int from, int to);
    }

    /** A dot followed by a letter or a digit. */
    private static boolean mayHoldDomain(String text, int from, int to) {
        for (int i = indexOf(text, ".", from, to); i >= 0 && i + 1 < to; i = indexOf(text, ".", i + 1, to)) {
            if (Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The first index of {@code s} inside {@code [from, to)} of {@code text}, or -1 (never looks past {@code to}). */
    private static int indexOf(String text, String s, int from, int to) {
        char first = s.charAt(0);
        for (int i = from; i + s.length() <= to; i++) {
            if (text.charAt(i) == first && text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs a twitter-text extraction on each whitespace-separated token of {@code text} that {@code filter} accepts,
     * instead of on the whole text, and gives the entities' offsets in {@code text}. Same result, at a fraction of
     * the cost: twitter-text's patterns try every position of their input, and a URL or a hashtag never holds a
     * whitespace character ({@code \s}: space, tab, line breaks), while the context they look at (the character
     * before and after a match; {@code ://} after a hashtag) stays within one character of the token: each token is
     * handed over with the whitespace character on either side of it.
     */
    private static List<Extractor.Entity> byToken(String text, TokenFilter filter,
                                                  Function<String, List<Extractor.Entity>> extract) {
        List<Extractor.Entity> out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (start == i || !filter.test(text, start, i)) {
                continue;
            }
            int from = Math.max(0, start - 1);
            int to = Math.min(n, i + 1);
            List<Extractor.Entity> found = extract.apply(from == 0 && to == n ? text : text.substring(from, to));
            for (Extractor.Entity e : found) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(from == 0 ? e : new Extractor.Entity(e.getStart() + from, e.getEnd() + from, e.getValue(),
                        e.getListSlug(), e.getType()));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Java's {@code \s}: what no URL, hashtag or mention of twitter-text contains. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Drops trailing punctuation from a URL, except a closing parenthesis that balances one inside it. */
    private static int trimUrlEnd(String text, int start, int end) {
        String url = text.substring(start, end);
        while (true) {
            Matcher t = TRAILING.matcher(url);
            if (!t.find()) {
                return start + url.length();
            }
            String tail = t.group();
            int cut = tail.length();
            // keep ")" when the URL opened one: https://fr.wikipedia.org/wiki/Fès_(ville)
            int keep = 0;
            for (int i = 0; i < tail.length(); i++) {
                if (tail.charAt(i) == ')' && count(url.substring(0, url.length() - tail.length() + i), '(')
                        > count(url.substring(0, url.length() - tail.length() + i), ')')) {
                    keep = i + 1;
                } else {
                    break;
                }
            }
            cut -= keep;
            if (cut == 0) {
                return start + url.length();
            }
            url = url.substring(0, url.length() - cut);
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlapsAny(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            if (start < e.end() && e.start() < end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a hashtag reads well to screen readers: each word capitalised ({@code #AtlasAir}, {@code #ÉtéIndien}).
     * True when the tag (with or without {@code #}) has no cased letters (Arabic, CJK, digits), or starts with an
     * upper-case letter and is not all upper-case (an acronym of up to 4 letters such as {@code #NASA} is accepted).
     */
    public static boolean isCamelCase(String hashtag) {
        String tag = hashtag.startsWith("#") || hashtag.startsWith("＃") ? hashtag.substring(1) : hashtag;
        int upper = 0;
        int lower = 0;
        int first = 0; // 1 upper, -1 lower
        for (int i = 0; i < tag.length(); ) {
            int cp = tag.codePointAt(i);
            i += Character.charCount(cp);
            boolean u = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            boolean l = Character.isLowerCase(cp);
            if (first == 0 && (u || l)) {
                first = u ? 1 : -1;
            }
            upper += u ? 1 : 0;
            lower += l ? 1 : 0;
        }
        if (upper + lower == 0) {
            return true;
        }
        if (first < 0) {
            return false;
        }
        return lower > 0 || upper <= 4;
    }

    /** The number of emoji, one per grapheme cluster (a family, a flag, a skin-toned hand: 1 each). */
    public static int emojiCount(String text) {
        return Emoji.count(text);
    }

    /**
     * Words written in capitals: at least {@code minLetters} letters, all cased letters upper-case
     * ({@code RÉSERVEZ}, {@code GRATUIT}); words inside URLs, hashtags and mentions are not counted.
     */
    public static List<TextSpan> allCapsWords(String text, int minLetters) {
        return allCapsWords(text, minLetters, extract(text));
    }

    /** {@link #allCapsWords(String, int)} given the text's entities ({@link #extract}). */
    static List<TextSpan> allCapsWords(String text, int minLetters, List<Entity> entities) {
        List<TextSpan> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            int upper = 0;
            boolean lower = false;
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLowerCase(cp)) {
                    lower = true;
                    break;
                }
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    upper++;
                }
            }
            if (!lower && upper >= Math.max(2, minLetters) && !overlapsAny(entities, m.start(), m.end())) {
                out.add(TextSpan.of(text, m.start(), m.end()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Runs of "mathematical" letters and digits (U+1D400–U+1D7FF: 𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤) that fake bold or italic:
     * screen readers spell them out one by one and search does not find them.
     */
    public static List<TextSpan> mathematicalAlphanumerics(String text) {
        List<TextSpan> out = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean math = cp >= 0x1D400 && cp <= 0x1D7FF;
            if (math && runStart < 0) {
                runStart = i;
            }
            // a space between two mathematical words stays inside the run
            if (!math && runStart >= 0 && !(cp == ' ' && i + 1 < text.length() && isMath(text.codePointAt(i + 1)))) {
                out.add(TextSpan.of(text, runStart, i));
                runStart = -1;
            }
            i += Character.charCount(cp);
        }
        if (runStart >= 0) {
            out.add(TextSpan.of(text, runStart, text.length()));
        }
        return List.copyOf(out);
    }

    private static boolean isMath(int cp) {
        return cp >= 0x1D400 && cp <= 0x1D7FF;
    }

    private static final String REPEATABLE = "!?¡¿؟‼⁉⁈⁇.,;:…";

    private static boolean hasTwoPunctuationMarksInARow(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (REPEATABLE.indexOf(text.charAt(i)) >= 0 && REPEATABLE.indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code !!}, {@code ?!}, {@code ؟؟}, {@code ....} (four dots or more: three are an ellipsis), {@code ,,}; not inside URLs. */
    public static List<TextSpan> repeatedPunctuation(String text) {
        return repeatedPunctuation(text, urls(text));
    }

    /** {@link #repeatedPunctuation(String)} given the text's {@link #urls}. */
    static List<TextSpan> repeatedPunctuation(String text, List<Entity> urls) {
        if (!hasTwoPunctuationMarksInARow(text)) {
            return List.of(); // every match is two or more of these characters in a row: skip the pattern
        }
        List<TextSpan> out = new ArrayList<>();
        Matcher m = REPEATED_PUNCTUATION.matcher(text);
        while (m.find()) {
            if (!overlapsAny(urls, m.start(), m.end())) {
                out.add(TextSpan.of(text, m.start(), m.end()));
            }
        }
        return List.copyOf(out);
    }
}
