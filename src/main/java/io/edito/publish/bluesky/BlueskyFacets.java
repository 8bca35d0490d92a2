package io.edito.publish.bluesky;

import io.edito.text.BlueskyTags;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rich-text facets of a Bluesky post (links, mentions, hashtags) the way Bluesky's own rich-text
 * library does ({@code RichText.detectFacets} of {@code @atproto/api}), with UTF-8 byte offsets (the index unit of
 * app.bsky.richtext.facet). Links: {@code http(s)://} URLs, and bare domains ({@code example.com/conditions},
 * {@code bsky.app}) whose last label is a top-level domain of the IANA list, linked to {@code https://}.
 */
public final class BlueskyFacets {

    enum Type { LINK, MENTION, TAG }

    /** A facet: its kind, byte range [start, end) of the UTF-8 text, and its value (URI, handle, tag). */
    record Facet(Type type, int byteStart, int byteEnd, String value) {
    }

    /** JavaScript's {@code \\s}, which the official library's patterns use (Unicode spaces included). */
    private static final String JS_SPACE = "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    /** The official URL_REGEX: a URL, or a bare domain (letters and digits only, as there) and what follows it. */
    private static final Pattern URL = Pattern.compile("(?:^|[" + JS_SPACE + "(])((https?://[^" + JS_SPACE + "]+)|"
            + "((?<domain>[a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)[^" + JS_SPACE + "]*))", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> TLDS = tlds();
    private static final Pattern MENTION = Pattern.compile("(?:^|[\\s(])(@([a-zA-Z0-9.-]+))");
    private static final Pattern HANDLE = Pattern.compile(
            "([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:!?]$");

    private BlueskyFacets() {
    }

    static List<Facet> detect(String text) {
        List<Facet> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            String uri = m.group(1);
            int end = m.end(1);
            if (m.group(2) == null && !isDomain(m.group("domain"))) {
                continue;
            }
            // one trailing punctuation mark, then an unbalanced closing parenthesis, as the official library does
            if (TRAILING_PUNCT.matcher(uri).find()) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            if (uri.endsWith(")") && !uri.contains("(")) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            out.add(new Facet(Type.LINK, bytes(text, start), bytes(text, end), m.group(2) == null ? "https://" + uri
                    : uri));
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
        for (BlueskyTags.Tag tag : BlueskyTags.find(text)) {
            if (!tag.linked() || overlaps(out, bytes(text, tag.start()))) {
                continue; // a longer hashtag goes out as plain text, as the official library leaves it
            }
            out.add(new Facet(Type.TAG, bytes(text, tag.start()), bytes(text, tag.end()), tag.name()));
        }
        out.sort(java.util.Comparator.comparingInt(Facet::byteStart));
        return out;
    }

    /** Whether a bare domain ends with a top-level domain (compared as written: {@code Example.COM} is not one). */
    static boolean isDomain(String domain) {
        return TLDS.contains(domain.substring(domain.lastIndexOf('.') + 1));
    }

    private static java.util.Set<String> tlds() {
        try (java.io.InputStream in = BlueskyFacets.class.getResourceAsStream("tlds.txt")) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return java.util.Set.copyOf(out);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("edito's list of top-level domains is missing from the jar", e);
        }
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
