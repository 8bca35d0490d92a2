package io.edito.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bluesky's hashtags as its own rich-text library finds them ({@code RichText.detectFacets} of {@code @atproto/api}):
 * a {@code #} (or the full-width {@code ＃}) at the start or after a space, then everything up to the next space or
 * invisible character, holding at least one character that is not a digit or punctuation, its trailing punctuation
 * removed. The library makes a link (a tag facet) of such a hashtag only when it is at most {@value #MAX_LINKED}
 * UTF-16 units long ({@code tag.length > 64} is skipped; the lexicon's tag facet allows 64 graphemes): a longer one
 * goes out as plain text. The one place for this rule: the publisher's facets and the check read it here.
 */
public final class BlueskyTags {
    /** The longest hashtag (without its {@code #}, in UTF-16 units) that Bluesky makes a link of. */
    public static final int MAX_LINKED = 64;

    private static final String INVISIBLE = "\\u00AD\\u2060\\u200A\\u200B\\u200C\\u200D\\u20e2";
    private static final Pattern TAG = Pattern.compile("(?:^|\\s)([#\\uFF03]((?!\\uFE0F)[^\\s" + INVISIBLE + "]*"
            + "[^\\d\\s\\p{P}" + INVISIBLE + "]+[^\\s" + INVISIBLE + "]*))", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");

    private BlueskyTags() {
    }

    /** Whether these are the hashtags of network {@code id}: Bluesky's only. */
    public static boolean appliesTo(String networkId) {
        return "bluesky".equals(networkId);
    }

    /**
     * A hashtag: {@code [start, end)} of the text (UTF-16 indexes, the {@code #} included, trailing punctuation not)
     * and its name without the {@code #}.
     */
    public record Tag(int start, int end, String name) {
        /** Whether Bluesky makes a link of it: at most {@value #MAX_LINKED} UTF-16 units. */
        public boolean linked() {
            return name.length() <= MAX_LINKED;
        }
    }

    /**
     * The hashtags of {@code text} that Bluesky leaves as plain text, in order: {@link #find} only when a {@code #} is
     * followed by more than {@value #MAX_LINKED} chars before an ASCII space or line break (no hashtag can be longer
     * than that run), so that the usual text costs a search for its {@code #} signs, not the pattern.
     */
    public static List<Tag> unlinked(String text) {
        if (!mayHoldUnlinked(text, '#') && !mayHoldUnlinked(text, '\uFF03')) {
            return List.of();
        }
        List<Tag> out = new ArrayList<>();
        for (Tag t : find(text)) {
            if (!t.linked()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether a {@code sign} of {@code text} is followed by more than {@value #MAX_LINKED} chars other than the ASCII
     * spaces and line breaks (tab to carriage return, space), which end a tag: every other space ends it too, so a
     * tag is never longer than this run.
     */
    private static boolean mayHoldUnlinked(String text, char sign) {
        for (int i = text.indexOf(sign); i >= 0; i = text.indexOf(sign, i + 1)) {
            int end = i + 1;
            while (end < text.length() && !(text.charAt(end) == ' ' || text.charAt(end) >= '\t' && text.charAt(end) <= '\r')) {
                end++;
            }
            if (end - i - 1 > MAX_LINKED) {
                return true;
            }
        }
        return false;
    }

    /** Every hashtag of {@code text}, linked or not, in order. */
    public static List<Tag> find(String text) {
        if (text.indexOf('#') < 0 && text.indexOf('\uFF03') < 0) {
            return List.of();
        }
        List<Tag> out = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String name = TRAILING_PUNCTUATION.matcher(m.group(2)).replaceAll("");
            if (name.isEmpty()) {
                continue;
            }
            int start = m.start(1);
            out.add(new Tag(start, start + 1 + name.length(), name));
        }
        return out;
    }
}
