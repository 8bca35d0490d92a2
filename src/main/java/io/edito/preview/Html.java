package io.edito.preview;

import static io.edito.core.HtmlEscape.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small HTML tree that escapes everything it writes: text and attribute values are always escaped, tag and
 * attribute names come from code and are checked, event-handler attributes ({@code on...}) and script-capable
 * elements cannot be built, and URL attributes only keep safe URLs ({@link #safeUrl}). The only way to insert
 * markup is {@link Raw}, which only {@link SafeMarkdown} creates (commonmark-java output with raw HTML escaped and
 * unsafe links dropped). There is no string concatenation of user text into HTML anywhere in the preview.
 */
public final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final java.util.Set<String> FORBIDDEN_TAGS = java.util.Set.of("script", "style", "iframe",
            "object", "embed", "frame", "frameset", "base", "meta", "link", "form", "input", "button", "textarea",
            "template", "svg", "math", "noscript");
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "poster", "action",
            "formaction", "cite", "srcset", "xlink:href");
    private static final java.util.Set<String> VOID = java.util.Set.of("img", "br", "hr", "wbr", "source");
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private Html() {
    }

    /** A node of the tree. */
    public sealed interface Node permits Element, TextNode, Raw {
        void write(StringBuilder out);
    }

    /** Escaped text. */
    public record TextNode(String text) implements Node {
        @Override
        public void write(StringBuilder out) {
            escape(text, out);
        }
    }

    /** Markup produced by {@link SafeMarkdown} only (package-private constructor). */
    public static final class Raw implements Node {
        private final String html;

        Raw(String html) {
            this.html = html;
        }

        @Override
        public void write(StringBuilder out) {
            out.append(html);
        }
    }

    /** An element: a checked tag name, escaped attributes, children. */
    public static final class Element implements Node {
        private final String tag;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<Node> children = new ArrayList<>();

        private Element(String tag) {
            this.tag = tag;
        }

        /** Sets an attribute; a URL attribute with an unsafe value is left out; {@code null} values are skipped. */
        public Element attr(String name, String value) {
            checkName(name);
            if (name.startsWith("on")) {
                throw new IllegalArgumentException("event handler attributes are never written: " + name);
            }
            if (name.equals("style") || name.equals("srcdoc")) {
                throw new IllegalArgumentException("use classes (and the page's style sheet), not " + name);
            }
            if (value == null) {
                return this;
            }
            if (URL_ATTRIBUTES.contains(name)) {
                String safe = safeUrl(value);
                if (safe == null) {
                    return this;
                }
                value = safe;
            }
            attributes.put(name, value);
            return this;
        }

        /** {@code style="aspect-ratio: w / h"}: the only inline style, written from numbers, never from text. */
        public Element aspectRatio(double w, double h) {
            if (!(w > 0) || !(h > 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
                throw new IllegalArgumentException("bad aspect ratio " + w + ":" + h);
            }
            attributes.put("style", "aspect-ratio: " + number(w) + " / " + number(h));
            return this;
        }

        private static String number(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.4f", d);
        }

        /** Adds CSS classes (names from code). */
        public Element cls(String... names) {
            StringBuilder sb = new StringBuilder(attributes.getOrDefault("class", ""));
            for (String n : names) {
                if (n == null || n.isEmpty()) {
                    continue;
                }
                checkName(n);
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(n);
            }
            attributes.put("class", sb.toString());
            return this;
        }

        /** Adds escaped text. */
        public Element text(String text) {
            if (text != null && !text.isEmpty()) {
                children.add(new TextNode(text));
            }
            return this;
        }

        public Element add(Node... nodes) {
            for (Node n : nodes) {
                if (n != null) {
                    children.add(n);
                }
            }
            return this;
        }

        /** Adds a child element and returns it. */
        public Element child(String tag) {
            Element e = el(tag);
            children.add(e);
            return e;
        }

        public boolean isEmpty() {
            return children.isEmpty();
        }

        @Override
        public void write(StringBuilder out) {
            out.append('<').append(tag);
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                out.append(' ').append(a.getKey()).append("=\"");
                escape(a.getValue(), out);
                out.append('"');
            }
            out.append('>');
            if (VOID.contains(tag)) {
                return;
            }
            for (Node c : children) {
                c.write(out);
            }
            out.append("</").append(tag).append('>');
        }
    }

    /** A new element; tags that can run script or change the page's meaning are refused. */
    public static Element el(String tag) {
        checkName(tag);
        if (FORBIDDEN_TAGS.contains(tag)) {
            throw new IllegalArgumentException("the preview never writes <" + tag + ">");
        }
        return new Element(tag);
    }

    /**
     * A complete page: doctype, a Content-Security-Policy that allows no script at all, the title, the style sheet
     * (a constant of the code, never user text) and the body.
     *
     * @param refreshSeconds reload the page every so many seconds ({@code --watch}), or 0
     */
    public static String document(String lang, String title, String css, int refreshSeconds, Element body) {
        if (css.toLowerCase(Locale.ROOT).contains("</style")) {
            throw new IllegalArgumentException("style sheet may not close its element");
        }
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"");
        escape(lang, out);
        out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("img-src data: file: 'self'; media-src file: 'self'; style-src 'unsafe-inline'; ")
                .append("script-src 'none'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (refreshSeconds > 0) {
            out.append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">\n");
        }
        out.append("<title>");
        escape(title, out);
        out.append("</title>\n<style>\n").append(css).append("\n</style>\n</head>\n");
        body.write(out);
        out.append("\n</html>\n");
        return out.toString();
    }

    /**
     * {@code url} if it is safe in an {@code href} or {@code src}: http(s), mailto, a relative path or fragment, or
     * an inline raster image ({@code data:image/png;base64,...}); null otherwise ({@code javascript:},
     * {@code vbscript:}, {@code data:text/html}, {@code file:} from the calendar...). Control characters and spaces
     * that browsers strip before reading a scheme are taken into account.
     */
    public static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c > 0x20 && c != 0x7F) {
                compact.append(c);
            }
        }
        String probe = compact.toString();
        if (DATA_IMAGE.matcher(probe).matches()) {
            return u;
        }
        var m = SCHEME.matcher(probe);
        if (!m.find()) {
            // no scheme: relative path, query or fragment (a colon before any slash would have been a scheme)
            return probe.length() == u.length() ? u : null;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
            return probe.length() == u.length() ? u : null;
        }
        return null;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an HTML name: " + name);
        }
    }
}
