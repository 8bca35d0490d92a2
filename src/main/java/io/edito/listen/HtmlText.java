package io.edito.listen;

import java.util.Map;

/**
 * HTML reduced to plain text: tags dropped (block tags and {@code <br>} become a space), {@code script} and
 * {@code style} contents dropped, character references decoded, white space collapsed. The result is text, never
 * markup: renderers escape it like any other text.
 */
public final class HtmlText {
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("hellip", "\u2026"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201D"),
            Map.entry("ldquo", "\u201C"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("agrave", "\u00E0"),
            Map.entry("ccedil", "\u00E7"), Map.entry("euro", "\u20AC"), Map.entry("copy", "\u00A9"));

    /** Longest name of a character reference ({@code CounterClockwiseContourIntegral}). */
    private static final int LONGEST_NAME = 31;

    private HtmlText() {
    }

    /** All of HTML5's named character references (2,125), read once when a text uses one beyond {@link #NAMED}. */
    private static final class AllNamed {
        static final Map<String, String> TABLE = load();

        private static Map<String, String> load() {
            Map<String, String> out = new java.util.HashMap<>(4096);
            try (java.io.InputStream in = HtmlText.class.getResourceAsStream("html-entities.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("html-entities.tsv is missing from edito's jar");
                }
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t");
                    StringBuilder value = new StringBuilder();
                    for (String cp : parts[1].split(" ")) {
                        value.appendCodePoint(Integer.parseInt(cp, 16));
                    }
                    out.put(parts[0], value.toString());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.copyOf(out);
        }
    }

    /** What HTML escaped twice reads as once decoded: a comment or a common tag (Reddit's {@code &amp;lt;div}). */
    private static final java.util.regex.Pattern STILL_HTML = java.util.regex.Pattern.compile(
            "<!--|</?(?:div|p|a|br|span|ul|ol|li|em|strong|b|i|table|tr|td|h[1-6]|blockquote|pre|code)(?:\\s[^<>]*)?/?>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@code html} as text; markup escaped twice (Reddit's self-post bodies: {@code &amp;lt;p&amp;gt;}) is reduced
     * too, rather than kept as tags in the text.
     */
    public static String toText(String html) {
        String once = toTextOnce(html);
        return once != null && STILL_HTML.matcher(once).find() ? toTextOnce(once) : once;
    }

    private static String toTextOnce(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    out.append(html, i, n);
                    break;
                }
                String tag = html.substring(i + 1, close).strip().toLowerCase(java.util.Locale.ROOT);
                String name = tag.replaceFirst("^/", "").split("[\\s/]", 2)[0];
                if (!tag.startsWith("/") && (name.equals("script") || name.equals("style"))) {
                    int end = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + name, close);
                    i = end < 0 ? n : html.indexOf('>', end) < 0 ? n : html.indexOf('>', end) + 1;
                    out.append(' ');
                    continue;
                }
                if (tag.startsWith("!--")) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                if (isBlock(name)) {
                    out.append(' ');
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i + 1);
                String decoded = semi > i && semi - i <= LONGEST_NAME + 1 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return collapse(out);
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "pre", "hr", "section", "article" -> true;
            default -> false;
        };
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return "\uFFFD";
                }
                return cp == 0xA0 ? " " : new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String common = NAMED.get(name);
        return common != null ? common : AllNamed.TABLE.get(name); // a no-break space among them: collapsed as one
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
