package io.edito.listen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds with the JDK's streaming XML parser, hardened: a document with a
 * DTD is refused before anything else is read (so no external entity is fetched and no entity is expanded), input
 * is bounded in bytes before parsing, and at most {@link #MAX_ITEMS} items are read (the rest are counted and
 * reported, never silently dropped). HTML in titles and contents is reduced to text; Google Alerts redirect links
 * are unwrapped to the article's URL.
 *
 * <p>No feed library: Rome (the common Java one) parses into a DOM through JDOM and needs the same hardening by
 * hand; the three formats need a dozen elements between them.
 */
public final class FeedParser {
    /** The most items read from one feed. */
    public static final int MAX_ITEMS = 1000;
    /** The largest feed read, in bytes. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final int MAX_FIELD = 100_000;
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    /** Media RSS (YouTube, Mastodon, Flickr...): its content, title and description are the media's, not the item's. */
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /**
     * What a feed held: its items, and how many more were left unread.
     *
     * @param skipped items over {@link #MAX_ITEMS}, not read
     * @param undated items whose date is written but not readable: stored with the time they were read
     */
    public record Result(List<FoundItem> items, int skipped, int undated) {
    }

    private FeedParser() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    public static Result parse(byte[] xml) throws SourceException {
        return parse(xml, null);
    }

    /**
     * The feed {@code xml}, read from {@code documentUrl} (null for a file): its relative links are resolved against
     * the {@code xml:base} in effect, else that URL.
     */
    public static Result parse(byte[] xml, String documentUrl) throws SourceException {
        if (xml.length > MAX_BYTES) {
            throw new SourceException("feed is larger than " + (MAX_BYTES / 1024 / 1024) + " MB");
        }
        XMLStreamReader r = null;
        String text = decode(xml);
        // white space before the XML declaration (saved feeds have it) is skipped, as feed readers do; the lines it
        // holds are counted back into the lines an error names, so that they are the file's
        int start = 0;
        int lines = 0;
        int lineStart = 0; // where the first line the parser reads starts in the file's line: its columns come after
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            char c = text.charAt(start++);
            if (c == '\n' || c == '\r' && (start == text.length() || text.charAt(start) != '\n')) {
                lines++;
                lineStart = start;
            }
        }
        if (HTML_PAGE.matcher(text).region(start, text.length()).lookingAt()) {
            throw new SourceException(WEB_PAGE);
        }
        try {
            r = factory().createXMLStreamReader(new java.io.StringReader(text.substring(start)));
            return read(r, documentUrl, lines);
        } catch (XMLStreamException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
            java.util.regex.Matcher at = PARSE_ERROR_AT.matcher(m);
            if (at.lookingAt()) {
                int line = Integer.parseInt(at.group(1));
                int column = Integer.parseInt(at.group(2)) + (line == 1 ? start - lineStart : 0);
                m = "line " + (line + lines) + ", column " + column + ": " + m.substring(at.end());
            }
            throw new SourceException("not a well-formed feed (" + m + ")", e);
        } catch (RuntimeException e) {
            throw new SourceException("not a readable feed (" + e.getMessage() + ")", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /** Where the JDK's parser says an error is: {@code ParseError at [row,col]:[18,43] Message: }. */
    private static final java.util.regex.Pattern PARSE_ERROR_AT = java.util.regex.Pattern.compile(
            "ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\] Message: ");

    /** What is said of a web page where a feed was expected (a site's address given instead of its feed's). */
    private static final String WEB_PAGE = "not an RSS or Atom feed but a web page (HTML): give the address of the "
            + "site's feed (its page often links it as RSS, or try /feed, /rss or /atom.xml)";

    /** A web page where a feed was expected: its doctype or its root element, in any case. */
    private static final java.util.regex.Pattern HTML_PAGE = java.util.regex.Pattern.compile(
            "(?i)<!DOCTYPE\\s+html|<html[\\s>]");

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /**
     * The feed's text, decoded here rather than by the XML parser: the JDK's parser prints an encoding error on
     * stderr ("[Fatal Error] :-1:-1: ...") besides throwing it. The charset is the byte order mark's, else the XML
     * declaration's, else UTF-8 (XML's rules); a byte sequence that is not valid in it is an error naming its offset.
     */
    static String decode(byte[] xml) throws SourceException {
        java.nio.charset.Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        io.edito.core.ByteOrderMark mark = io.edito.core.ByteOrderMark.of(xml);
        if (mark != null) {
            cs = mark.charset();
            skip = mark.length();
        } else {
            java.util.regex.Matcher m = DECLARED.matcher(new String(xml, 0, Math.min(xml.length, 200),
                    StandardCharsets.ISO_8859_1).stripLeading());
            if (m.find()) {
                try {
                    cs = java.nio.charset.Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new SourceException("the feed declares the encoding '" + m.group(1) + "', which edito does "
                            + "not know");
                }
            }
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(xml, skip, xml.length - skip);
        try {
            return cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SourceException("not valid " + cs.name() + " at byte " + in.position() + " (re-save the feed as "
                    + "UTF-8, or declare its encoding)");
        }
    }

    /** The items of the feed {@code r} reads, whose first line is line {@code 1 + linesBefore} of its file. */
    private static Result read(XMLStreamReader r, String documentUrl, int linesBefore)
            throws XMLStreamException, SourceException {
        List<FoundItem> items = new ArrayList<>();
        java.util.ArrayDeque<String> bases = new java.util.ArrayDeque<>(); // the xml:base of each open element
        String base = documentUrl;
        int skipped = 0;
        int undated = 0;
        int depth = 0;
        String root = null;
        Item item = null;
        int itemDepth = -1;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                if (HTML_PAGE.matcher(r.getText()).lookingAt()) {
                    throw new SourceException(WEB_PAGE);
                }
                throw new SourceException("the feed declares a DTD, which edito refuses (no entity is expanded and no "
                        + "external file is read)");
            }
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new SourceException("the feed uses an undeclared entity &" + r.getLocalName() + "; at line "
                        + (r.getLocation().getLineNumber() + linesBefore));
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                bases.push(base == null ? "" : base);
                base = Urls.resolve(base, r.getAttributeValue(XML_NS, "base"));
                String name = r.getLocalName();
                if (root == null) {
                    root = name;
                    if (root.equalsIgnoreCase("html")) { // XHTML, its doctype left out
                        throw new SourceException(WEB_PAGE);
                    }
                    if (!root.equals("rss") && !root.equals("RDF") && !root.equals("feed")) {
                        throw new SourceException("not an RSS or Atom feed (its root element is <" + root + ">)");
                    }
                }
                if (item == null && (name.equals("item") || name.equals("entry")) && depth > 1) {
                    if (items.size() >= MAX_ITEMS) {
                        skipped++;
                        skip(r);
                        depth--;
                        base = emptyAsNull(bases.pop());
                        continue;
                    }
                    item = new Item();
                    item.base = base;
                    itemDepth = depth;
                } else if (item != null) {
                    item.start(r, depth - itemDepth, base);
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                if (item != null) {
                    item.text(r.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (item != null) {
                    if (depth == itemDepth) {
                        FoundItem built = item.build();
                        if (built.publishedAt() == null && (item.date != null || item.updated != null)) {
                            undated++; // a date edito cannot read: the mention is dated when it is read, and told
                        }
                        items.add(built);
                        item = null;
                    } else {
                        item.end(depth - itemDepth);
                    }
                }
                depth--;
                base = emptyAsNull(bases.pop());
            }
        }
        if (root == null) {
            throw new SourceException("empty document, not a feed");
        }
        return new Result(List.copyOf(items), skipped, undated);
    }

    private static String emptyAsNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Skips the element just started, with everything in it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int d = 1;
        while (d > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                d++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
    }

    /** The fields of one item or entry, as its children are read. */
    private static final class Item {
        String field;
        String fieldNs;
        String contentType;
        StringBuilder buf;
        boolean inAuthorName;
        String title;
        String titleType;
        String link;
        String altLink;
        /** The base the item's links are resolved against: the entry's, then each link element's own. */
        String base;
        String linkBase;
        String altLinkBase;
        /** Media RSS's description (YouTube's only text, in its media:group), read when the item has no other. */
        String mediaDescription;
        String mediaDescriptionType;
        boolean inMediaDescription;
        String description;
        String descriptionType;
        String content;
        String contentTypeFinal;
        String id;
        String date;
        String updated;
        String author;

        void start(XMLStreamReader r, int rel, String elementBase) {
            if (rel == 1) {
                fieldNs = r.getNamespaceURI();
                // a media element is the media's (media:content, media:title): never the item's own field
                field = isMedia(fieldNs) ? "media:" + r.getLocalName() : r.getLocalName();
                contentType = r.getAttributeValue(null, "type");
                buf = new StringBuilder();
                if (field.equals("link")) {
                    String href = r.getAttributeValue(null, "href");
                    String rel2 = r.getAttributeValue(null, "rel");
                    if (href != null && (rel2 == null || rel2.equals("alternate"))) {
                        if (link == null) {
                            link = href;
                            linkBase = elementBase;
                        }
                    } else if (href != null && altLink == null && !"self".equals(rel2) && !"replies".equals(rel2)) {
                        altLink = href;
                        altLinkBase = elementBase;
                    }
                    if (link == null) {
                        linkBase = elementBase; // an RSS <link> holds its URL as text
                    }
                }
            } else if (rel == 2 && "media:group".equals(field) && isMedia(r.getNamespaceURI())
                    && r.getLocalName().equals("description")) {
                inMediaDescription = true;
                mediaDescriptionType = r.getAttributeValue(null, "type");
                buf = new StringBuilder();
            } else if (rel == 2 && "author".equals(field) && r.getLocalName().equals("name")) {
                inAuthorName = true;
                buf = new StringBuilder();
            } else if (field != null && buf != null) {
                // markup inside the field as elements: Atom's xhtml, or an RSS description that holds it unescaped
                // (Reddit's <br/> and <td>: "space[link]" was one word for the keyword matching)
                String n = r.getLocalName();
                if (n.equals("p") || n.equals("br") || n.equals("div") || n.equals("li") || n.equals("td")) {
                    buf.append(' ');
                }
            }
        }

        void text(String s) {
            if (buf != null && buf.length() < MAX_FIELD) {
                buf.append(s, 0, Math.min(s.length(), MAX_FIELD - buf.length()));
            }
        }

        void end(int rel) {
            if (rel == 2 && inMediaDescription) {
                if (mediaDescription == null) {
                    mediaDescription = buf.toString();
                }
                inMediaDescription = false;
                buf = null;
                return;
            }
            if (rel == 2 && inAuthorName) {
                author = buf.toString().strip();
                inAuthorName = false;
                buf = null;
                return;
            }
            if (rel != 1 || field == null) {
                return;
            }
            String value = buf == null ? null : buf.toString();
            switch (field) {
                case "title" -> {
                    title = value;
                    titleType = contentType;
                }
                case "link" -> {
                    if (link == null && value != null && !value.isBlank()) {
                        link = value.strip();
                    }
                }
                case "description", "summary" -> {
                    if (description == null) {
                        description = value;
                        descriptionType = field.equals("description") ? "html" : contentType;
                    }
                }
                case "encoded", "content" -> {
                    if (field.equals("content") || CONTENT_NS.equals(fieldNs)) {
                        content = value;
                        contentTypeFinal = field.equals("encoded") ? "html" : contentType;
                    }
                }
                case "media:description" -> {
                    if (mediaDescription == null) {
                        mediaDescription = value;
                        mediaDescriptionType = contentType;
                    }
                }
                case "guid", "id" -> id = value == null ? null : value.strip();
                case "pubDate", "published", "date", "issued" -> date = date == null ? value : date;
                case "updated", "modified" -> updated = value;
                case "author", "creator" -> {
                    if (author == null && value != null && !value.isBlank()) {
                        author = value.strip();
                    }
                }
                default -> {
                    // other elements (media, categories) are not needed
                }
            }
            field = null;
            buf = null;
        }

        FoundItem build() {
            String text = content != null && !content.isBlank() ? asText(content, contentTypeFinal)
                    : description != null && !description.isBlank() ? asText(description, descriptionType)
                    : asText(mediaDescription, "html".equals(mediaDescriptionType) ? "html" : "text");
            String url = Urls.unwrap(link != null ? Urls.resolve(linkBase != null ? linkBase : base, link.strip())
                    : altLink != null ? Urls.resolve(altLinkBase != null ? altLinkBase : base, altLink.strip()) : null);
            if (url == null && id != null && (id.startsWith("http://") || id.startsWith("https://"))) {
                url = id;
            }
            java.time.Instant when = Dates.parse(date);
            if (when == null) {
                when = Dates.parse(updated);
            }
            // a Bluesky profile feed gives each post's at:// URI as its guid: the network id the search API gives too,
            // so that the same post found both ways is one mention
            String networkId = id != null && id.startsWith("at://") && id.contains("/app.bsky.feed.post/")
                    ? "bluesky:" + id : null;
            return new FoundItem(networkId, url, author == null || author.isBlank() ? null : author,
                    asText(title, titleType == null ? "html" : titleType), text == null ? "" : text, null, when, null);
        }

        private static boolean isMedia(String namespace) {
            return namespace != null && (namespace.equals(MEDIA_NS) || namespace.equals("http://search.yahoo.com/mrss"));
        }

        /** Text as the feed typed it: html (escaped markup), xhtml (already text here) or text. */
        private static String asText(String value, String type) {
            if (value == null) {
                return null;
            }
            if (type == null || type.equals("html") || type.equals("text/html")) {
                return HtmlText.toText(value);
            }
            return value.replaceAll("\\s+", " ").strip();
        }
    }
}
