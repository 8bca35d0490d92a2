package io.edito.text;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    /** Entities by where they start (made once: under C1 each {@code comparingInt} call goes through a method handle). */
    private static final Comparator<Entity> BY_START = Comparator.comparingInt(Entity::start);
    static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}_/\\\\@.+-])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_.-]*[\\p{L}\\p{M}\\p{N}_])?"
                    + "(?:@[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)+)?)");
    /**
     * Mastodon's own mention ({@code Account::MENTION_RE}): an ASCII username, then an optional domain of word
     * characters (letters, marks, digits, connectors) joined by dots or hyphens, a dot not required. Mastodon counts
     * such a mention by its username only; anything else it counts in full ({@code @élodie@exemple.fr} is no mention).
     */
    static final Pattern MASTODON_MENTION = Pattern.compile("(?<![=/\\p{L}\\p{M}\\p{Nd}\\p{Pc}])@([a-zA-Z0-9_]+"
            + "(?:[.-]+[a-zA-Z0-9_]+)*(?:@[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+(?:[.-]+[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+)*)?)");
    /** What may not follow a Mastodon mention (twitter-text's end_mention_match): an at sign, a Latin accent, "://". */
    static final Pattern MASTODON_MENTION_END = Pattern.compile("[@\uFF20\u00C0-\u00D6\u00D8-\u00F6"
            + "\u00F8-\u00FF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289"
            + "\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF]|://");
    static final Pattern SCHEME_URL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])https?://[^\\s\\p{Z}<>\"“”«»]+");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?'’)\\]}…]+$");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    static final Pattern REPEATED_PUNCTUATION = Pattern.compile("[!?¡¿؟‼⁉⁈⁇]{2,}|\\.{4,}|,{2,}|;{2,}|:{3,}|…{2,}");

    /** twitter-text's hashtags and URLs of one word (with the space before it), as offsets relative to the word. */
    private static final WordCache<int[][]> HASHTAG_WORDS = new WordCache<>(20_000);
    private static final WordCache<int[][]> URL_WORDS = new WordCache<>(20_000);

    private Entities() {
    }

    /** Every hashtag, mention and URL, sorted by position, without overlaps (a URL wins over what is inside it). */
    public static List<Entity> extract(String text) {
        List<Entity> urls = urls(text);
        return extract(urls, hashtags(text), mentions(text, urls));
    }

    /** {@link #extract(String)} from the text's {@link #urls}, {@link #hashtags} and {@link #mentions}, found already. */
    static List<Entity> extract(List<Entity> urls, List<Entity> hashtags, List<Entity> mentions) {
        List<Entity> out = new ArrayList<>(urls);
        for (Entity e : hashtags) {
            if (!overlapsAny(urls, e.start(), e.end())) {
                out.add(e);
            }
        }
        out.addAll(mentions);
        out.sort(BY_START);
        return List.copyOf(out);
    }

    /**
     * Hashtags (twitter-text's rules), but not one that starts inside a URL: {@code https://acme.example/#Acme} is a
     * link with a fragment, not a hashtag, as twitter-text says of the URLs it knows (of a hashtag and a URL that
     * overlap, the one that starts first stays: {@code #日本atlas.com} is a hashtag). A hashtag never contains white
     * space and twitter-text decides on its neighbours only, so only the words holding a {@code #} are given to it:
     * the whole text would cost its regular expressions a millisecond.
     */
    public static List<Entity> hashtags(String text) {
        char[] chars = text.toCharArray();
        return hashtags(text, chars, hasHashSign(text) ? urls(text, chars) : List.of());
    }

    /** Whether {@code text} holds a {@code #} or a fullwidth {@code ＃}: no hashtag without one. */
    static boolean hasHashSign(String text) {
        return text.indexOf('#') >= 0 || text.indexOf('\uFF03') >= 0;
    }

    /**
     * {@link #hashtags(String)}, reading {@code chars}, the chars of {@code text} ({@code TextEntities.chars}), given
     * the text's {@link #urls}.
     */
    static List<Entity> hashtags(String text, char[] chars, List<Entity> urls) {
        List<Entity> out = new ArrayList<>();
        Extractor extractor = new Extractor();
        // only the words holding a '#' or a '＃': found from each of those instead of walking every word
        for (int i = 0, sign = nextHashSign(chars, 0); sign >= 0; sign = nextHashSign(chars, i)) {
            i = Spaces.wordStart(chars, sign, i);
            int end = Spaces.wordEnd(chars, sign);
            int from = i > 0 ? i - 1 : i; // with the space before: twitter-text reads the character before a tag
            for (int[] r : HASHTAG_WORDS.get(text.substring(from, end), w -> ranges(extractor.extractHashtagsWithIndices(w)))) {
                int s = from + r[0];
                int t = from + r[1];
                if (startsInside(urls, s)) {
                    continue;
                }
                // the value is the tag without its '#' (or fullwidth '＃'), as twitter-text gives it
                out.add(new Entity(Entity.Kind.HASHTAG, s, t, text.substring(s, t), text.substring(s + 1, t)));
            }
            i = end;
        }
        return List.copyOf(out);
    }

    /** The index of the first {@code #} or fullwidth {@code ＃} at or after {@code from}, or -1. */
    private static int nextHashSign(char[] text, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '#' || text[i] == '\uFF03') {
                return i;
            }
        }
        return -1;
    }

    public static List<Entity> mentions(String text) {
        return mentions(text, urls(text));
    }

    /** {@link #mentions(String)}, given the text's {@link #urls}. */
    static List<Entity> mentions(String text, List<Entity> urls) {
        List<Entity> out = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return out;
        }
        // a mention starts with its '@': the pattern (with its look-behind) is tried there only, in order, from the
        // end of the last match on, as find() on the whole text would (EntitiesFastPathTest compares both)
        Matcher m = MENTION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at < from) {
                continue;
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            if (!overlapsAny(urls, m.start(), m.end())) {
                out.add(new Entity(Entity.Kind.MENTION, m.start(), m.end(), m.group(), m.group(1)));
            }
            from = m.end();
        }
        return List.copyOf(out);
    }

    /**
     * The mentions Mastodon finds in {@code text} (its {@code Extractor}: {@link #MASTODON_MENTION}, not followed by
     * {@link #MASTODON_MENTION_END}), outside the given URLs.
     */
    static List<Entity> mastodonMentions(String text, List<Entity> urls) {
        List<Entity> out = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return out;
        }
        // tried at each '@' only, from the end of the last match on, as find() on the whole text would
        // (EntitiesFastPathTest compares both)
        Matcher m = MASTODON_MENTION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher end = MASTODON_MENTION_END.matcher(text);
        int from = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at < from || !m.region(at, text.length()).lookingAt()) {
                continue;
            }
            from = m.end();
            if (end.region(m.end(), text.length()).lookingAt() || overlapsAny(urls, m.start(), m.end())) {
                continue;
            }
            out.add(new Entity(Entity.Kind.MENTION, m.start(), m.end(), m.group(), m.group(1)));
        }
        return List.copyOf(out);
    }

    public static List<Entity> urls(String text) {
        return urls(text, text.toCharArray());
    }

    /** {@link #urls(String)}, reading {@code chars}, the chars of {@code text} ({@code TextEntities.chars}). */
    static List<Entity> urls(String text, char[] chars) {
        List<Entity> out = new ArrayList<>();
        for (int[] r : schemeUrls(text)) {
            int end = trimUrlEnd(text, r[0], r[1]);
            if (end > r[0] + "http://".length()) {
                out.add(new Entity(Entity.Kind.URL, r[0], end, text.substring(r[0], end), text.substring(r[0], end)));
            }
        }
        List<Entity> scheme = List.copyOf(out);
        for (int[] r : wordUrls(text, chars, scheme)) {
            if (!overlapsAny(scheme, r[0], r[1])) {
                out.add(new Entity(Entity.Kind.URL, r[0], r[1], text.substring(r[0], r[1]), text.substring(r[0], r[1])));
            }
        }
        out.sort(BY_START);
        return List.copyOf(out);
    }

    /**
     * The matches of {@link #SCHEME_URL}, as {start, end} pairs in order, read by hand where the pattern can start:
     * four or five characters before a {@code ://} that follows {@code http} or {@code https}, instead of trying the
     * pattern (with its case-insensitive look-behind) at every position of the text. Same matches as {@code find()}
     * on the whole text ({@code EntitiesFastPathTest}): every match starts so, the starts are tried in order, and
     * after a match from its end on.
     */
    static List<int[]> schemeUrls(String text) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int k = text.indexOf("://"); k >= 0; k = text.indexOf("://", k + 3)) {
            int start = k >= 5 && text.regionMatches(true, k - 5, "https", 0, 5) ? k - 5
                    : k >= 4 && text.regionMatches(true, k - 4, "http", 0, 4) ? k - 4 : -1;
            if (start < from) {
                continue;
            }
            int end = schemeUrlAt(text, start);
            if (end > 0) {
                out.add(new int[] {start, end});
                from = end;
            }
        }
        return out;
    }

    /**
     * The end of the match of {@link #SCHEME_URL} at {@code start}, or -1: no letter or number just before (the
     * look-behind reads one char: a surrogate is neither), {@code http} in ASCII letters of either case (what
     * {@code (?i)} means without {@code UNICODE_CASE}), an optional {@code s}, {@code ://}, then one or more
     * characters other than white space ({@code \s}: ASCII only), separators ({@code \p{Z}}) and {@code <>"“”«»}.
     */
    private static int schemeUrlAt(String text, int start) {
        if (start > 0 && CharKinds.isLetterOrNumber(text.charAt(start - 1))) {
            return -1;
        }
        int n = text.length();
        if (start + 4 > n || !asciiIgnoringCase(text, start, "http")) {
            return -1;
        }
        int i = start + 4;
        if (i < n && (text.charAt(i) | 0x20) == 's' && text.startsWith("://", i + 1)) {
            i += 4;
        } else if (text.startsWith("://", i)) {
            i += 3;
        } else {
            return -1;
        }
        int body = i;
        while (i < n && !endsSchemeUrl(text.charAt(i))) {
            i++;
        }
        return i > body ? i : -1;
    }

    /** {@code word} (lower-case ASCII letters) at {@code at}, each letter in either case. */
    private static boolean asciiIgnoringCase(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** What the pattern's last class {@code [^\s\p{Z}<>"“”«»]} leaves out (none is a surrogate: read by char). */
    private static boolean endsSchemeUrl(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '<', '>', '"', '“', '”', '«', '»':
                return true;
            default:
                if (c < 0x80) {
                    return false;
                }
                int type = Character.getType(c);
                return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
        }
    }

    /**
     * twitter-text's URLs, with or without protocol, as {start, end} pairs: a URL holds a dot and no white space, so
     * only the words that may hold a domain are parsed (each with the character before it, which twitter-text
     * reads), skipping words inside one of {@code skipInside}. {@code EntitiesFastPathTest} compares with the whole text.
     */
    static List<int[]> wordUrls(String text, List<Entity> skipInside) {
        return wordUrls(text, text.toCharArray(), skipInside);
    }

    /** {@link #wordUrls(String, List)}, reading {@code chars}, the chars of {@code text}. */
    static List<int[]> wordUrls(String text, char[] chars, List<Entity> skipInside) {
        List<int[]> out = new ArrayList<>();
        Extractor extractor = null;
        // only the words holding a dot can hold a domain: found from each dot instead of walking every word
        for (int i = 0, dot = Spaces.indexOf(chars, '.', 0); dot >= 0; dot = Spaces.indexOf(chars, '.', i)) {
            i = Spaces.wordStart(chars, dot, i);
            int end = Spaces.wordEnd(chars, dot);
            if (Spaces.mayHoldDomain(chars, i, end) && Spaces.mayHoldUrl(chars, i, end) && !inside(skipInside, i, end)) {
                if (extractor == null) {
                    extractor = new Extractor();
                }
                Extractor x = extractor;
                int from = i > 0 ? i - 1 : i;
                for (int[] r : URL_WORDS.get(text.substring(from, end), w -> ranges(x.extractURLsWithIndices(w)))) {
                    out.add(new int[] {from + r[0], from + r[1]});
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * twitter-text's URLs that have a protocol ({@code Extractor} with URLs without protocol off), as Mastodon counts
     * them: {start, end} pairs in order. The extractor finds the same matches either way and only drops those without
     * a protocol, so these are {@link #wordUrls}' that start with one (shared cache, one twitter-text run per word);
     * {@code EntitiesFastPathTest} compares with the protocol-only extractor on the whole text.
     */
    static List<int[]> protocolUrls(String text) {
        return protocolUrls(text, text.toCharArray());
    }

    /** {@link #protocolUrls(String)}, reading {@code chars}, the chars of {@code text} ({@code TextEntities.chars}). */
    static List<int[]> protocolUrls(String text, char[] chars) {
        if (text.indexOf(':') < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (int[] r : wordUrls(text, chars, List.of())) {
            if (text.regionMatches(true, r[0], "http://", 0, 7) || text.regionMatches(true, r[0], "https://", 0, 8)) {
                out.add(r);
            }
        }
        return out;
    }

    /** {@link #protocolUrls(String, char[])} as Mastodon ends them ({@link #mastodonUrlEnd}): what it counts as links. */
    static List<int[]> mastodonUrls(String text, char[] chars) {
        List<int[]> urls = protocolUrls(text, chars);
        if (urls.isEmpty()) {
            return urls;
        }
        List<int[]> out = new ArrayList<>(urls.size());
        for (int[] r : urls) {
            out.add(new int[] {r[0], mastodonUrlEnd(chars, r[0], r[1])});
        }
        return out;
    }

    /**
     * Where Mastodon ends the link that starts at {@code start} and that X's grammar ends at {@code xEnd}: the same
     * scheme and domain, then Mastodon's own path and query (its {@code config/initializers/twitter_regex.rb}): a path
     * of any chars but white space, {@code < > ( ) ?} (balanced parentheses allowed), ending on one that is no
     * punctuation; a query of URL chars and of any char from U+00A0 up. X stops at the first Arabic letter of a path
     * ({@code /عروض-الشتاء}), Mastodon does not: the whole link counts 23.
     */
    static int mastodonUrlEnd(char[] chars, int start, int xEnd) {
        int host = start;
        while (host < xEnd && chars[host] != ':') {
            host++;
        }
        int p = host + 3; // after "://"
        while (p < xEnd && chars[p] != '/' && chars[p] != '?') {
            p++; // the domain and port, as X read them
        }
        if (p >= xEnd && xEnd < chars.length && chars[xEnd] != '/' && chars[xEnd] != '?') {
            return xEnd; // nothing after the domain
        }
        int n = chars.length;
        int end = p;
        if (end < n && chars[end] == '/') {
            int last = end + 1; // "/" alone is a path
            int depth = 0;
            int open = -1; // the outermost "(" not closed yet
            int i = end + 1;
            while (i < n) {
                int c = Character.codePointAt(chars, i);
                if (c == '(') {
                    if (depth == 2) {
                        break; // one nested level of parentheses at most
                    }
                    if (depth++ == 0) {
                        open = i;
                    }
                } else if (c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (!mastodonPathChar(c)) {
                    break;
                }
                i += Character.charCount(c);
                if (depth == 0 && (c == ')' || mastodonPathEnding(c))) {
                    last = i;
                }
            }
            end = depth > 0 ? Math.min(last, open) : last;
            end = Math.max(end, p + 1);
        }
        if (end < n && chars[end] == '?') {
            int last = -1;
            for (int i = end + 1; i < n; ) {
                int c = Character.codePointAt(chars, i);
                if (!mastodonQueryChar(c)) {
                    break;
                }
                i += Character.charCount(c);
                if (mastodonQueryEnding(c)) {
                    last = i;
                }
            }
            if (last > 0) {
                end = last;
            }
        }
        return end;
    }

    /** Mastodon's {@code valid_general_url_path_chars}: anything but white space and {@code < > ( ) ?}. */
    private static boolean mastodonPathChar(int c) {
        return !(c < 0x10000 && Spaces.isSpace((char) c)) && "<>()?".indexOf(c) < 0;
    }

    /** Mastodon's {@code valid_url_path_ending_chars} (but a balanced ")"): no white space and no punctuation. */
    private static boolean mastodonPathEnding(int c) {
        return mastodonPathChar(c) && "!*\"'「」;:=,.$%[]~&|@".indexOf(c) < 0;
    }

    /** Mastodon's {@code UCHARS}: the chars from U+00A0 up that a query may hold. */
    private static boolean mastodonUchar(int c) {
        return c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFEF
                || c >= 0x10000 && c <= 0x10FFFD && (c & 0xFFFF) <= 0xFFFD;
    }

    /** Mastodon's {@code valid_url_query_chars}. */
    private static boolean mastodonQueryChar(int c) {
        return c < 0x80 ? Character.isLetterOrDigit(c) || "!?*'();:&=+$/%#[]-_.,~|@^".indexOf(c) >= 0 : mastodonUchar(c);
    }

    /** Mastodon's {@code valid_url_query_ending_chars}. */
    private static boolean mastodonQueryEnding(int c) {
        return c < 0x80 ? Character.isLetterOrDigit(c) || "_&=#/-".indexOf(c) >= 0 : mastodonUchar(c);
    }

    /** Drops trailing punctuation from a URL, except a closing parenthesis that balances one inside it. */
    private static int trimUrlEnd(String text, int start, int end) {
        String url = text.substring(start, end);
        while (true) {
            if (!mayEndWithTrailing(url)) {
                return start + url.length(); // most URLs: TRAILING cannot match, its pattern is not run
            }
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

    /**
     * Whether {@link #TRAILING} may match {@code url}: its last char is one of the pattern's, or a line terminator
     * (before which {@code $} also matches).
     */
    private static boolean mayEndWithTrailing(String url) {
        if (url.isEmpty()) {
            return false;
        }
        char last = url.charAt(url.length() - 1);
        return ".,;:!?'’)]}…".indexOf(last) >= 0 || last == '\n' || last == '\r' || last == '\u0085'
                || last == '\u2028' || last == '\u2029';
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

    private static int[][] ranges(List<Extractor.Entity> entities) {
        int[][] out = new int[entities.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = new int[] {entities.get(k).getStart(), entities.get(k).getEnd()};
        }
        return out;
    }

    private static boolean inside(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            if (e.start() <= start && end <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code at} is inside one of {@code entities}, past its first character. */
    private static boolean startsInside(List<Entity> entities, int at) {
        for (Entity e : entities) {
            if (e.start() < at && at < e.end()) {
                return true;
            }
        }
        return false;
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
     * True when the tag (with or without {@code #}) has no cased letters (Arabic, CJK, digits), or does not start with
     * a lower-case letter and is not all upper-case (an acronym of up to 4 letters such as {@code #NASA} is accepted).
     * A tag that starts with a digit or a sign ({@code #1er}, {@code #_x}) is not told to start with a capital.
     */
    public static boolean isCamelCase(String hashtag) {
        int from = hashtag.startsWith("#") || hashtag.startsWith("＃") ? 1 : 0;
        int upper = 0;
        int lower = 0;
        boolean startsLower = false;
        for (int i = from; i < hashtag.length(); ) {
            int at = i;
            char c = hashtag.charAt(i);
            boolean u;
            boolean l;
            if (!Character.isSurrogate(c)) { // the BMP: each case a byte read ({@link CharKinds})
                u = CharKinds.isUpperOrTitleCase(c);
                l = CharKinds.isLowerCase(c);
                i++;
            } else {
                int cp = hashtag.codePointAt(i);
                i += Character.charCount(cp);
                u = CharKinds.isUpperOrTitleCase(cp);
                l = CharKinds.isLowerCase(cp);
            }
            if (at == from) {
                startsLower = l;
            }
            upper += u ? 1 : 0;
            lower += l ? 1 : 0;
        }
        if (upper + lower == 0) {
            return true;
        }
        if (startsLower) {
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
        return allCapsWords(text, minLetters, () -> extract(text));
    }

    /** {@link #allCapsWords(String, int)}, asking {@code entities} for the text's {@link #extract} when needed. */
    static List<TextSpan> allCapsWords(String text, int minLetters, java.util.function.Supplier<List<Entity>> entities) {
        return allCapsWords(text, text.toCharArray(), minLetters, entities);
    }

    /** {@link #allCapsWords(String, int)}, reading {@code chars}, the chars of {@code text} ({@link TextEntities#chars}). */
    static List<TextSpan> allCapsWords(String text, char[] chars, int minLetters,
                                       java.util.function.Supplier<List<Entity>> entities) {
        List<TextSpan> candidates = new ArrayList<>();
        int n = chars.length;
        int need = Math.max(2, minLetters);
        int wordStart = -1; // the start of the run of letters and marks being read, as [\\p{L}\\p{M}]+ finds it
        int upper = 0;
        boolean lower = false;
        for (int at = 0; at <= n; ) {
            int width = 1;
            boolean letter = false;
            boolean isLower = false;
            boolean isUpper = false;
            if (at < n) {
                char c = chars[at];
                if (c < 0x80) {
                    isLower = c >= 'a' && c <= 'z';
                    isUpper = c >= 'A' && c <= 'Z';
                    letter = isLower || isUpper;
                } else if (!Character.isSurrogate(c)) { // the BMP: the three properties one byte read ({@link CharKinds})
                    byte kind = CharKinds.caseOf(c);
                    letter = kind != CharKinds.NOT_LETTER;
                    isLower = kind == CharKinds.LOWER;
                    isUpper = kind == CharKinds.UPPER;
                } else {
                    int cp = Character.codePointAt(chars, at);
                    width = Character.charCount(cp);
                    letter = CharKinds.isLetterOrMark(cp);
                    isLower = letter && CharKinds.isLowerCase(cp);
                    isUpper = letter && !isLower && CharKinds.isUpperOrTitleCase(cp);
                }
            }
            if (letter) {
                if (wordStart < 0) {
                    wordStart = at;
                    upper = 0;
                    lower = false;
                }
                if (!lower) { // as inCapitals: a word with a lower-case letter is out, whatever follows
                    if (isLower) {
                        lower = true;
                    } else if (isUpper) {
                        upper++;
                    }
                }
                if (lower) { // the word is out: only where it ends matters, and ASCII letters do not end it
                    int next = at + width;
                    while (next < n && (chars[next] | 0x20) >= 'a' && (chars[next] | 0x20) <= 'z') {
                        next++;
                    }
                    at = next;
                    continue;
                }
            } else if (wordStart >= 0) {
                if (!lower && upper >= need) {
                    candidates.add(TextSpan.of(text, wordStart, at));
                }
                wordStart = -1;
            }
            at += width;
        }
        return outsideEntities(candidates, entities);
    }

    /** Whether the word {@code [start, end)} has no lower-case letter and at least max(2, minLetters) capitals. */
    private static boolean inCapitals(String text, int start, int end, int minLetters) {
        int upper = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                upper++;
            }
        }
        return upper >= Math.max(2, minLetters);
    }

    /** The words in capitals that are not inside a URL, hashtag or mention ({@code entities} asked only when needed). */
    private static List<TextSpan> outsideEntities(List<TextSpan> candidates,
                                                  java.util.function.Supplier<List<Entity>> entities) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Entity> found = entities.get();
        return candidates.stream().filter(c -> !overlapsAny(found, c.start(), c.end())).toList();
    }

    /** {@link #allCapsWords(String, int, java.util.function.Supplier)} through {@link #WORD}: the reference. */
    static List<TextSpan> allCapsWordsByPattern(String text, int minLetters, java.util.function.Supplier<List<Entity>> entities) {
        List<TextSpan> candidates = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (inCapitals(text, m.start(), m.end(), minLetters)) {
                candidates.add(TextSpan.of(text, m.start(), m.end()));
            }
        }
        return outsideEntities(candidates, entities);
    }

    /**
     * Runs of "mathematical" letters and digits (U+1D400–U+1D7FF: 𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤) that fake bold or italic:
     * screen readers spell them out one by one and search does not find them.
     */
    public static List<TextSpan> mathematicalAlphanumerics(String text) {
        if (text.indexOf('\uD835') < 0) {
            return List.of(); // every code point of U+1D400–U+1D7FF is written with the high surrogate U+D835
        }
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

    /** {@link #PUNCTUATION} bits: a char that makes a match when doubled; one that makes a match beside another such. */
    private static final byte DOUBLES = 1;
    private static final byte MIXES = 2;
    /** Each char's part in {@link #REPEATED_PUNCTUATION}'s two first chars: one byte read per char of a text. */
    private static final byte[] PUNCTUATION = new byte[0x10000];

    static {
        for (char c : ".,;:…!?¡¿؟‼⁉⁈⁇".toCharArray()) {
            PUNCTUATION[c] |= DOUBLES;
        }
        for (char c : "!?¡¿؟‼⁉⁈⁇".toCharArray()) {
            PUNCTUATION[c] |= MIXES;
        }
    }

    /** Whether two adjacent characters could start a match of {@link #REPEATED_PUNCTUATION} (every match needs two). */
    static boolean mayRepeatPunctuation(char[] text) {
        byte[] kinds = PUNCTUATION;
        for (int i = 0; i + 1 < text.length; i++) {
            byte a = kinds[text[i]];
            if (a == 0) {
                continue; // no other character starts a match
            }
            char b = text[i + 1];
            if (b == text[i] ? (a & DOUBLES) != 0 : (a & MIXES) != 0 && (kinds[b] & MIXES) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMath(int cp) {
        return cp >= 0x1D400 && cp <= 0x1D7FF;
    }

    /** {@code !!}, {@code ?!}, {@code ؟؟}, {@code ....} (four dots or more: three are an ellipsis), {@code ,,}; not inside URLs. */
    public static List<TextSpan> repeatedPunctuation(String text) {
        return repeatedPunctuation(text, () -> urls(text));
    }

    /** {@link #repeatedPunctuation(String)}, asking {@code urls} for the text's {@link #urls} when needed. */
    static List<TextSpan> repeatedPunctuation(String text, java.util.function.Supplier<List<Entity>> urls) {
        return repeatedPunctuation(text, text.toCharArray(), urls);
    }

    /** {@link #repeatedPunctuation(String)}, reading {@code chars}, the chars of {@code text}. */
    static List<TextSpan> repeatedPunctuation(String text, char[] chars, java.util.function.Supplier<List<Entity>> urls) {
        if (!mayRepeatPunctuation(chars)) {
            return List.of();
        }
        List<TextSpan> candidates = new ArrayList<>();
        Matcher m = REPEATED_PUNCTUATION.matcher(text);
        while (m.find()) {
            candidates.add(TextSpan.of(text, m.start(), m.end()));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Entity> found = urls.get();
        return candidates.stream().filter(c -> !overlapsAny(found, c.start(), c.end())).toList();
    }
}
