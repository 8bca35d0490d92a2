package io.edito.listen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers of the networks' search APIs, as items: the Mastodon tag timeline
 * ({@code GET /api/v1/timelines/tag/:tag}, an array of statuses) and Bluesky's {@code app.bsky.feed.searchPosts}
 * ({@code {"posts": [postView...]}}). The one place that knows their shapes.
 */
public final class NetworkJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkJson() {
    }

    /** The request path of a Mastodon tag timeline. */
    public static String mastodonPath(String tag) {
        return "/api/v1/timelines/tag/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8)
                + "?limit=40";
    }

    /** The request path of a Bluesky post search. */
    public static String blueskyPath(String query) {
        return "/xrpc/app.bsky.feed.searchPosts?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8) + "&limit=100&sort=latest";
    }

    /** Statuses of a tag timeline; a boost counts as the status boosted. */
    public static List<FoundItem> mastodon(byte[] body) throws SourceException {
        JsonNode root = read(body);
        if (!root.isArray()) {
            throw new SourceException("not a Mastodon timeline (expected a JSON array of statuses)");
        }
        List<FoundItem> out = new ArrayList<>();
        for (JsonNode s : root) {
            if (out.size() >= FeedParser.MAX_ITEMS) {
                break;
            }
            JsonNode status = s.hasNonNull("reblog") ? s.get("reblog") : s;
            String uri = text(status, "uri");
            String url = text(status, "url");
            JsonNode account = status.path("account");
            String author = text(account, "acct");
            String content = HtmlText.toText(text(status, "content"));
            String spoiler = text(status, "spoiler_text");
            if (spoiler != null && !spoiler.isBlank()) {
                content = spoiler.strip() + " \u2014 " + content;
            }
            out.add(new FoundItem(uri == null ? null : "mastodon:" + uri, url != null ? url : uri,
                    author == null ? null : "@" + author, null, content == null ? "" : content,
                    text(status, "language"), Dates.parse(text(status, "created_at")), null));
        }
        return out;
    }

    /** Posts of a search answer. */
    public static List<FoundItem> bluesky(byte[] body) throws SourceException {
        JsonNode root = read(body);
        JsonNode posts = root.path("posts");
        if (!posts.isArray()) {
            throw new SourceException("not a Bluesky searchPosts answer (no 'posts' array)");
        }
        List<FoundItem> out = new ArrayList<>();
        for (JsonNode p : posts) {
            if (out.size() >= FeedParser.MAX_ITEMS) {
                break;
            }
            String uri = text(p, "uri");
            String handle = text(p.path("author"), "handle");
            JsonNode record = p.path("record");
            String url = null;
            if (uri != null && handle != null && uri.contains("/app.bsky.feed.post/")) {
                url = "https://bsky.app/profile/" + handle + "/post/" + uri.substring(uri.lastIndexOf('/') + 1);
            }
            JsonNode langs = record.path("langs");
            String lang = langs.isArray() && langs.size() > 0 ? langs.get(0).asText() : null;
            // createdAt is the author's claim (a client may write any date, 2031 included); indexedAt is when the
            // network saw the post: the earlier of the two, so that a post dated in the future can still be answered
            java.time.Instant created = Dates.parse(text(record, "createdAt"));
            java.time.Instant indexed = Dates.parse(text(p, "indexedAt"));
            java.time.Instant at = created == null ? indexed : indexed == null || created.isBefore(indexed) ? created
                    : indexed;
            String text = withLinks(text(record, "text") == null ? "" : text(record, "text"), record.path("facets"));
            out.add(new FoundItem(uri == null ? null : "bluesky:" + uri, url, handle == null ? null : "@" + handle,
                    null, withCard(text, p.path("embed")), lang, at, null));
        }
        return out;
    }

    /**
     * A post's text with each link as it goes, not as shown: Bluesky clients shorten a long link in the text
     * ({@code missionlocal.org/2023/12/redi...}) and keep the whole address in a link facet, over the shown text's
     * UTF-8 bytes. A facet that does not fall on the text's characters leaves the text as it is.
     */
    static String withLinks(String text, JsonNode facets) {
        if (!facets.isArray() || facets.isEmpty()) {
            return text;
        }
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.TreeMap<Integer, int[]> links = new java.util.TreeMap<>(); // byte start -> {end, facet}
        List<String> uris = new ArrayList<>();
        for (JsonNode f : facets) {
            for (JsonNode feature : f.path("features")) {
                String link = text(feature, "uri");
                if ("app.bsky.richtext.facet#link".equals(text(feature, "$type")) && link != null) {
                    int start = f.path("index").path("byteStart").asInt(-1);
                    int end = f.path("index").path("byteEnd").asInt(-1);
                    if (start < 0 || end <= start || end > utf8.length || !boundary(utf8, start) || !boundary(utf8, end)
                            || links.put(start, new int[] {end, uris.size()}) != null) {
                        return text;
                    }
                    uris.add(link);
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (java.util.Map.Entry<Integer, int[]> e : links.entrySet()) {
            if (e.getKey() < at) {
                return text; // overlapping facets: none trusted
            }
            out.append(new String(utf8, at, e.getKey() - at, java.nio.charset.StandardCharsets.UTF_8));
            out.append(uris.get(e.getValue()[1]));
            at = e.getValue()[0];
        }
        return out.append(new String(utf8, at, utf8.length - at, java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Whether byte {@code i} of UTF-8 text starts a character (or is its end). */
    private static boolean boundary(byte[] utf8, int i) {
        return i == utf8.length || (utf8[i] & 0xC0) != 0x80;
    }

    /**
     * The text and the link card the post shows under it (an article's title and address), the card being what
     * names the brand as often as the text: {@code text\nTitle (https://...)}; a card whose address the text already
     * holds adds its title only.
     */
    static String withCard(String text, JsonNode embed) {
        JsonNode external = embed.path("external");
        if (external.isMissingNode()) {
            external = embed.path("media").path("external"); // a quote post with a link card
        }
        String title = text(external, "title");
        String link = text(external, "uri");
        if (link == null || link.isBlank()) {
            return text;
        }
        String card = (title == null || title.isBlank() ? "" : title.strip() + " ")
                + (text.contains(link) ? "" : "(" + link + ")");
        return card.isBlank() ? text : (text.isEmpty() ? "" : text + "\n") + card.strip();
    }

    private static JsonNode read(byte[] body) throws SourceException {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null) {
                throw new SourceException("empty answer");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new SourceException("not JSON (" + (at == null || at.getLineNr() < 1 ? ""
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                    + e.getOriginalMessage().replaceAll("\\s+", " ") + ")");
        } catch (java.io.IOException e) {
            // Jackson's UTF-8 errors say the byte, not where: the answer is not UTF-8 (JSON's only encoding on the wire)
            throw new SourceException("not JSON (" + (e instanceof java.io.CharConversionException
                    ? "not valid UTF-8: " : "") + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + ")");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
