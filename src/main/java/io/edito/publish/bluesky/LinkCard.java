package io.edito.publish.bluesky;

import io.edito.publish.api.PublishContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The card a network shows for a post's link when the sender builds it (Bluesky builds none on the server side):
 * title, description and image from the page's Open Graph tags ({@code og:title}, {@code og:description},
 * {@code og:image}; else {@code <title>} and the {@code description} meta tag), the calendar's title first.
 * The page is read with a timeout and at most {@link #MAX_PAGE_BYTES}; a page that cannot be read gives a card
 * with the calendar's title, or the link itself, and no description: a card never stops a post.
 *
 * <p>A calendar author writes the link, and whatever the page says is published: so by default only pages and
 * images on public addresses are read ({@link Reach}), never the machine's own or its private network's (an
 * intranet page's title, a cloud metadata address), also after a redirect.
 *
 * @param image the absolute http(s) URL of the page's image, or null
 */
public record LinkCard(String uri, String title, String description, URI image) {
    /** Open Graph tags are in the page's head: the first 512 KiB are enough. */
    static final int MAX_PAGE_BYTES = 512 * 1024;
    /** The longest wait for the page or its image, whatever the publisher's own timeout. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final int MAX_REDIRECTS = 3;
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9._-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0");

    /** Which hosts a card may be read from: the {@code link_cards:} setting of a Bluesky channel. */
    public enum Reach {
        /** Public addresses only: not loopback, private, link-local, unique-local, multicast or unspecified. */
        PUBLIC,
        /** Any address (a test server on the same machine; for maintainers to choose in edito.yaml). */
        ANY,
        /** No page is read: the card has the calendar's title, or the link, and no description or image. */
        OFF;

        public static final Set<String> IDS = Set.of("public", "any", "off");
    }

    /** What was read from a URL: the body (cut at the limit) and its media type. */
    record Fetched(URI uri, byte[] body, String contentType) {
    }

    /** The card for {@code link}, read from the page; {@code title} (the calendar's) wins over the page's. */
    static LinkCard of(PublishContext ctx, Duration timeout, String link, String title, Reach reach) {
        Fetched page = fetch(ctx, timeout, link, MAX_PAGE_BYTES, false, reach);
        LinkCard fromPage = page == null ? null : parse(page);
        String t = title != null && !title.isBlank() ? title
                : fromPage != null && !fromPage.title().isBlank() ? fromPage.title() : link;
        return new LinkCard(link, t, fromPage == null ? "" : fromPage.description(),
                fromPage == null ? null : fromPage.image());
    }

    /** The page's card (title and description empty when it has none). */
    static LinkCard parse(Fetched page) {
        String html = new String(page.body(), charset(page.contentType()));
        Map<String, String> tags = new HashMap<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            Map<String, String> attrs = new HashMap<>();
            Matcher a = ATTR.matcher(m.group());
            while (a.find()) {
                String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                attrs.put(a.group(1).toLowerCase(Locale.ROOT), v);
            }
            String key = attrs.getOrDefault("property", attrs.get("name"));
            if (key != null && attrs.containsKey("content")) {
                tags.putIfAbsent(key.toLowerCase(Locale.ROOT), decode(attrs.get("content")));
            }
        }
        Matcher t = TITLE.matcher(html);
        String title = first(tags.get("og:title"), tags.get("twitter:title"), t.find() ? decode(t.group(1)) : null);
        String description = first(tags.get("og:description"), tags.get("twitter:description"),
                tags.get("description"));
        URI image = null;
        String img = first(tags.get("og:image"), tags.get("og:image:url"), tags.get("twitter:image"));
        if (!img.isEmpty()) {
            try {
                URI u = page.uri().resolve(img.strip());
                image = "http".equals(u.getScheme()) || "https".equals(u.getScheme()) ? u : null;
            } catch (IllegalArgumentException e) {
                image = null; // not a URL: no image
            }
        }
        return new LinkCard(page.uri().toString(), title, description, image);
    }

    /**
     * GET {@code url} (following up to three redirects), the body cut at {@code maxBytes}, or null when it cannot
     * be read, does not answer 200 in time, or (when {@code whole}) is longer than {@code maxBytes}.
     */
    static Fetched fetch(PublishContext ctx, Duration timeout, String url, int maxBytes, boolean whole, Reach reach) {
        if (reach == Reach.OFF) {
            return null;
        }
        Duration wait = timeout.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : timeout;
        try {
            URI uri = URI.create(url);
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
                        || reach == Reach.PUBLIC && !isPublic(uri.getHost())) {
                    return null;
                }
                HttpResponse<InputStream> r = ctx.http().send(HttpRequest.newBuilder(uri).timeout(wait)
                        .header("User-Agent", "edito").header("Accept", "text/html,image/*;q=0.9,*/*;q=0.5").GET()
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = r.body()) {
                    int status = r.statusCode();
                    if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
                        uri = uri.resolve(r.headers().firstValue("Location").get());
                        continue;
                    }
                    if (status != 200) {
                        return null;
                    }
                    byte[] body = in.readNBytes(maxBytes);
                    if (whole && in.read() != -1) {
                        return null;
                    }
                    return new Fetched(uri, body, r.headers().firstValue("Content-Type").orElse(""));
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether every address {@code host} resolves to is a public one. */
    public static boolean isPublic(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            for (InetAddress a : all) {
                byte[] b = a.getAddress();
                boolean uniqueLocal = b.length == 16 && (b[0] & 0xFE) == 0xFC; // fc00::/7
                boolean sharedCgn = b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64; // 100.64/10
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || uniqueLocal || sharedCgn) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (java.net.UnknownHostException | SecurityException e) {
            return false;
        }
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        try {
            return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    /** HTML character references: the named ones meta tags use, and numeric ones. */
    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#")) {
                int cp = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X') ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1));
                r = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
            } else {
                r = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
