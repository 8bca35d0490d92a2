package io.edito.listen;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one place that says when two links are the same mention, and what a redirect link points to. */
public final class Urls {
    private Urls() {
    }

    /**
     * {@code ref} resolved against {@code base} (RFC 3986, as {@code xml:base} asks): {@code ref} as written when there
     * is no base, when it is absolute already or when either does not parse; {@code base} when there is no ref.
     */
    public static String resolve(String base, String ref) {
        if (ref == null) {
            return base;
        }
        if (base == null || base.isBlank()) {
            return ref;
        }
        try {
            URI r = new URI(ref.strip());
            return r.isAbsolute() ? ref : new URI(base.strip()).resolve(r).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return ref;
        }
    }

    /**
     * The real URL behind a Google redirect ({@code https://www.google.com/url?...&url=<real>&...}, as Google
     * Alerts links are); any other link as it is.
     */
    public static String unwrap(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            if ((host.equals("google.com") || host.matches("(www\\.)?google\\.[a-z.]+")) && "/url".equals(u.getPath())
                    && u.getRawQuery() != null) {
                for (String part : u.getRawQuery().split("&")) {
                    int eq = part.indexOf('=');
                    String name = eq < 0 ? part : part.substring(0, eq);
                    if ((name.equals("url") || name.equals("q")) && eq > 0) {
                        String real = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                        if (real.startsWith("http://") || real.startsWith("https://")) {
                            return real;
                        }
                    }
                }
            }
            return url.strip();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return url.strip();
        }
    }

    /**
     * The key two links share when they show the same thing: scheme and host in lower case, no {@code www.}, no
     * default port, no fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), no trailing
     * slash. Null for no link, and for a relative one.
     */
    public static String key(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null) {
                // a relative link (a feed without xml:base, read from a file) names no page by itself: two sites'
                // /posts/1 are not one; the mention is then known by its author and text
                return u.isAbsolute() ? url.strip() : null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> kept = new ArrayList<>();
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !lower.startsWith("utm_") && !lower.equals("fbclid") && !lower.equals("gclid")) {
                        kept.add(p);
                    }
                }
            }
            int port = u.getPort();
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = port < 0 || (port == 80 && scheme.equals("http"))
                    || (port == 443 && scheme.equals("https"));
            // http and https of one page are one mention
            return "//" + host + (defaultPort ? "" : ":" + port) + path
                    + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return url.strip();
        }
    }
}
