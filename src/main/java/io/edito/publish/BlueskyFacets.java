package io.edito.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rich-text facets of a Bluesky post (links, mentions, hashtags) the way Bluesky's own rich-text
 * library does, with UTF-8 byte offsets (the index unit of app.bsky.richtext.facet).
 */
final class BlueskyFacets {

    enum Type { LINK, MENTION, TAG }

    /** A facet: its kind, byte range [start, end) of the UTF-8 text, and its value (URI, handle, tag). */
    record Facet(Type type, int byteStart, int byteEnd, String value) {
    }

    private static final Pattern URL = Pattern.compile("(?:^|[\\s(])(https?://\\S+)");
    private static final Pattern MENTION = Pattern.compile("(?:^|[\\s(])(@([a-zA-Z0-9.-]+))");
    private static final Pattern HANDLE = Pattern.compile(
            "([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final String INVISIBLE = "\\u00AD\\u2060\\u200A\\u200B\\u200C\\u200D\\u20e2";
    private static final Pattern TAG = Pattern.compile("(?:^|\\s)([#\\uFF03]((?!\\uFE0F)[^\\s" + INVISIBLE + "]*"
            + "[^\\d\\s\\p{P}" + INVISIBLE + "]+[^\\s" + INVISIBLE + "]*))", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:!?]+$");

    private BlueskyFacets() {
    }

    static List<Facet> detect(String text) {
        List<Facet> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            String uri = m.group(1);
            uri = TRAILING_PUNCT.matcher(uri).replaceAll("");
            if (uri.endsWith(")") && !uri.contains("(")) {
                uri = uri.substring(0, uri.length() - 1);
            }
            out.add(new Facet(Type.LINK, bytes(text, start), bytes(text, start + uri.length()), uri));
        }
        m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(2).replaceAll("\\.+$", "");
            if (!HANDLE.matcher(handle).matches()) {
                continue;
            }
            int start = m.start(1);
            int end = start + 1 + handle.length();
            if (overlaps(out, bytes(text, start))) {
                continue;
            }
            out.add(new Facet(Type.MENTION, bytes(text, start), bytes(text, end), handle.toLowerCase(
                    java.util.Locale.ROOT)));
        }
        m = TAG.matcher(text);
        while (m.find()) {
            String tag = m.group(2);
            tag = tag.replaceAll("\\p{P}+$", "");
            if (tag.isEmpty() || tag.length() > 64) {
                continue;
            }
            int start = m.start(1);
            int end = start + 1 + tag.length();
            if (overlaps(out, bytes(text, start))) {
                continue;
            }
            out.add(new Facet(Type.TAG, bytes(text, start), bytes(text, end), tag));
        }
        out.sort(java.util.Comparator.comparingInt(Facet::byteStart));
        return out;
    }

    private static boolean overlaps(List<Facet> facets, int byteIndex) {
        for (Facet f : facets) {
            if (byteIndex >= f.byteStart() && byteIndex < f.byteEnd()) {
                return true;
            }
        }
        return false;
    }

    /** The UTF-8 length of {@code text[0, charIndex)}. */
    static int bytes(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }
}
