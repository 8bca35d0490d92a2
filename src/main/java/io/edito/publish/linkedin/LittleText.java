package io.edito.publish.linkedin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code commentary} of a LinkedIn post is in LinkedIn's "little" text format: {@code #word} is a hashtag,
 * {@code @[Name](urn:li:organization:N)} a mention, and the reserved characters {@code \ | { } @ [ ] ( ) < > # * _ ~}
 * must be escaped with a backslash to be shown as written; an unescaped one makes LinkedIn cut the post at that
 * character while answering 201 (the little-text-format page of the Posts API; the same list in the open-source
 * clients postiz {@code fixText} and crossposter).
 *
 * <p>What edito keeps as markup: a hashtag ({@code #} followed by a letter or digit), a mention already written
 * in the little format ({@code @[Atlas Air](urn:li:organization:2414183)}, the only way to name an account on
 * LinkedIn) and web addresses (left as written so that LinkedIn links them). Everything else reserved is escaped.
 */
public final class LittleText {
    /** The characters the little format reserves. */
    static final String RESERVED = "\\|{}@[]()<>#*_~";
    private static final Pattern KEPT = Pattern.compile(
            "@\\[[^\\]\\\\\\n]{1,200}\\]\\(urn:li:(?:person|organization):[A-Za-z0-9_-]+\\)"
                    + "|https?://[^\\s<>]+"
                    + "|#[\\p{L}\\p{N}]+");

    private LittleText() {
    }

    /** {@code text} as little-format commentary: hashtags, written mentions and URLs kept, the rest escaped. */
    public static String commentary(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher m = KEPT.matcher(text);
        int at = 0;
        while (m.find()) {
            escape(text, at, m.start(), out);
            int end = m.end();
            if (m.group().startsWith("http")) {
                // punctuation closing a sentence, or a bracket the address did not open, is not part of it
                while (end > m.start() && (".,;:!?]}'\"".indexOf(text.charAt(end - 1)) >= 0
                        || (text.charAt(end - 1) == ')' && unbalanced(text.substring(m.start(), end))))) {
                    end--;
                }
            }
            out.append(text, m.start(), end);
            at = end;
        }
        escape(text, at, text.length(), out);
        return out.toString();
    }

    private static boolean unbalanced(String url) {
        return url.chars().filter(c -> c == ')').count() > url.chars().filter(c -> c == '(').count();
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (RESERVED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /** The text a reader sees of little-format commentary: escapes removed (to match a listed post with ours). */
    public static String plain(String commentary) {
        if (commentary == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(commentary.length());
        for (int i = 0; i < commentary.length(); i++) {
            char c = commentary.charAt(i);
            if (c == '\\' && i + 1 < commentary.length() && RESERVED.indexOf(commentary.charAt(i + 1)) >= 0) {
                out.append(commentary.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
