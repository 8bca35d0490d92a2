package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    static byte[] resource(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    @Test
    void googleAlertsAtomUnwrapsRedirectsAndReducesHtml() throws Exception {
        FeedParser.Result r = FeedParser.parse(resource("google_alerts_atom.xml"));
        assertThat(r.items()).hasSize(20);
        assertThat(r.skipped()).isZero();
        FoundItem first = r.items().get(0);
        assertThat(first.url()).isEqualTo("https://www.aglobalmarketresearch.com/report-offers-prediction-of-automotive-"
                + "slack-market-by-top-key-players-like-haldex-meritor-bendix-mei-wabco-accuride-stemco-tbk-febi-aydinsan/");
        assertThat(first.title()).startsWith("Report offers Prediction of Automotive Slack Market").doesNotContain("<b>");
        // &amp;nbsp; in the escaped HTML is a non-breaking space once decoded, collapsed to a space
        assertThat(first.text()).endsWith("senior ...").doesNotContain("&");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2019-07-10T11:53:37Z"));
        assertThat(first.author()).isNull();
        assertThat(r.items()).allSatisfy(i -> assertThat(i.url()).doesNotStartWith("https://www.google.com/url"));
    }

    @Test
    void rss2WithRfc822Dates() throws Exception {
        FeedParser.Result r = FeedParser.parse(resource("reddit.rss"));
        assertThat(r.items()).hasSize(24);
        assertThat(r.items()).allSatisfy(i -> {
            assertThat(i.publishedAt()).isNotNull();
            assertThat(i.url()).startsWith("http");
            assertThat(i.text()).doesNotContain("<a ").doesNotContain("&#34;");
        });
    }

    @Test
    void atomWithInlineXhtml() throws Exception {
        FeedParser.Result r = FeedParser.parse(resource("reddit-home.rss"));
        assertThat(r.items()).hasSize(24);
        assertThat(r.items()).allSatisfy(i -> assertThat(i.text()).isNotBlank().doesNotContain("<"));
        assertThat(r.items().get(0).text()).isEqualTo("submitted by /u/AngryRedditorsBelow to /r/funny [link] "
                + "[1143 comments]");
        assertThat(r.items().get(0).publishedAt()).isEqualTo(Instant.parse("2016-01-26T20:31:34Z"));
        assertThat(r.items().get(0).author()).isEqualTo("/u/AngryRedditorsBelow");
    }

    @Test
    void anRssDescriptionHoldingMarkupAsElementsKeepsItsLineAndCellBreaks() throws Exception {
        // Reddit's RSS: <br/> and <td> as elements (not escaped) in <description>; "space[link]" was one word
        String xml = "<rss version=\"2.0\"><channel><item><title>The Difficulties in Space</title>"
                + "<link>https://www.reddit.com/r/space/1</link><pubDate>Tue, 26 Jan 2016 20:31:34 +0000</pubDate>"
                + "<description><table><tr><td>submitted by <a>/u/someone</a> to <a>space</a><br/><a>[link]</a> "
                + "<a>[959 comments]</a></td><td>next cell</td></tr></table></description></item></channel></rss>";
        FeedParser.Result r = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).text()).isEqualTo("submitted by /u/someone to space [link] [959 comments] next cell");
    }

    @Test
    void redditSearchAtom() throws Exception {
        FeedParser.Result r = FeedParser.parse(resource("rss_2.0_reddit.xml"));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).author()).isEqualTo("/u/kevincox_ca");
        assertThat(r.items().get(0).publishedAt()).isEqualTo(Instant.parse("2021-11-02T00:46:08Z"));
    }

    @Test
    void itemWithoutAnyDateHasNone() throws Exception {
        FeedParser.Result r = FeedParser.parse("<rss><channel><item><title>x</title></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.items().get(0).publishedAt()).isNull();
    }

    @Test
    void rss1Rdf() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                  xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://forum.example/"><title>Forum</title></channel>
                  <item rdf:about="https://forum.example/t/1">
                    <title>Vol annulé</title><link>https://forum.example/t/1</link>
                    <description>&lt;p&gt;Mon vol Atlas Air a été &lt;i&gt;annulé&lt;/i&gt;&lt;/p&gt;</description>
                    <dc:creator>karim</dc:creator><dc:date>2026-12-18T09:30:00+01:00</dc:date>
                  </item>
                </rdf:RDF>""";
        FeedParser.Result r = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        FoundItem i = r.items().get(0);
        assertThat(i.text()).isEqualTo("Mon vol Atlas Air a été annulé");
        assertThat(i.author()).isEqualTo("karim");
        assertThat(i.publishedAt()).isEqualTo(Instant.parse("2026-12-18T08:30:00Z"));
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>""";
        assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SourceException.class).hasMessageContaining("DTD").hasMessageNotContaining("root:");
    }

    @Test
    void entityBombIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<rss><channel><item><title>&a9;</title></item></channel></rss>";
        assertThatThrownBy(() -> FeedParser.parse(bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SourceException.class).hasMessageContaining("DTD");
    }

    @Test
    void itemsOverTheLimitAreCountedNotDropped() throws Exception {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel>");
        for (int i = 0; i < FeedParser.MAX_ITEMS + 7; i++) {
            xml.append("<item><title>t").append(i).append("</title><link>https://x.example/").append(i)
                    .append("</link></item>");
        }
        xml.append("</channel></rss>");
        FeedParser.Result r = FeedParser.parse(xml.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.items()).hasSize(FeedParser.MAX_ITEMS);
        assertThat(r.skipped()).isEqualTo(7);
    }

    @Test
    void malformedAndForeignDocumentsAreOneLine() {
        assertThatThrownBy(() -> FeedParser.parse("<rss><channel><item>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("not a well-formed feed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> FeedParser.parse("<svg><g/></svg>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("root element is <svg>");
    }

    @Test
    void aWebPageWhereAFeedWasExpectedIsToldAsSuch() {
        // a site's address pasted instead of its feed's: its doctype is no reason to speak of DTDs
        for (String page : new String[] {"<!DOCTYPE html>\n<html><head><title>Atlas</title></head></html>",
            "\n  <!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html>", "<html lang=\"fr\"><body/></html>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                    + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html/>",
            "<!-- generated --><!DOCTYPE html><html><body/></html>",
            "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"}) {
            assertThatThrownBy(() -> FeedParser.parse(page.getBytes(StandardCharsets.UTF_8))).as(page)
                    .isInstanceOf(SourceException.class).hasMessageStartingWith("not an RSS or Atom feed but a web page")
                    .hasMessageNotContaining("DTD");
        }
    }

    @Test
    void anErrorNamesTheLineOfTheFileWhateverBlankLinesComeFirst() {
        // saved feeds start with blank lines, skipped before the XML declaration: still counted in the lines told
        String feed = "\n\r\n  \n<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>a</titlx></item>\n</channel></rss>";
        assertThatThrownBy(() -> FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 6, column");
        // and the columns of the first line the parser reads, after the blanks before it
        assertThatThrownBy(() -> FeedParser.parse("   \n  <rss><channel></chanel></rss>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 2, column 19");
        String entity = "\n\n<rss><channel>\n<item><title>&bogus;</title></item></channel></rss>";
        assertThatThrownBy(() -> FeedParser.parse(entity.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 4");
    }

    @Test
    void theEncodingIsTheBomsOrTheDeclarationsAndABadByteIsNamed() throws Exception {
        byte[] latin1 = ("\n<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><item><title>Caf\u00e9 "
                + "cr\u00e8me</title></item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FeedParser.parse(latin1).items().get(0).title()).isEqualTo("Café crème");
        byte[] utf16 = ("\uFEFF<rss><channel><item><title>مرحبا</title></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_16BE);
        assertThat(FeedParser.parse(utf16).items().get(0).title()).isEqualTo("مرحبا");
        byte[] leadingLine = "\n  <?xml version=\"1.0\"?><rss><channel><item><title>t</title></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FeedParser.parse(leadingLine).items()).hasSize(1);
        byte[] broken = "<rss><channel><item><title>caf\u00e9</title></item></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FeedParser.parse(broken)).isInstanceOf(SourceException.class)
                .hasMessage("not valid UTF-8 at byte 30 (re-save the feed as UTF-8, or declare its encoding)");
        assertThatThrownBy(() -> FeedParser.parse("<?xml version='1.0' encoding='klingon'?><rss/>"
                .getBytes(StandardCharsets.UTF_8))).hasMessage("the feed declares the encoding 'klingon', which edito "
                + "does not know");
    }

    @Test
    void anItemWhoseDateDoesNotReadIsCountedNotDroppedInSilence() throws Exception {
        FeedParser.Result r = FeedParser.parse(("<rss><channel>"
                + "<item><title>a</title><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"
                + "<item><title>b</title><pubDate>le premier décembre</pubDate></item>"
                + "<item><title>c</title></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        assertThat(r.items()).extracting(FoundItem::publishedAt)
                .containsExactly(Instant.parse("2026-12-01T10:00:00Z"), null, null);
        assertThat(r.undated()).as("a date written but unreadable; no date at all is not counted").isEqualTo(1);
    }

    @Test
    void aBlueskyProfileFeedGivesEachPostItsNetworkId() throws Exception {
        // the guid is the post's at:// URI: the id the search API gives, so both sources find one mention
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item>"
                + "<link>https://bsky.app/profile/did:plc:abc/post/3kq</link>"
                + "<guid isPermaLink=\"false\">at://did:plc:abc/app.bsky.feed.post/3kq</guid>"
                + "<description>Atlas Air</description><pubDate>Fri, 18 Dec 2026 09:00:00 +0000</pubDate></item>"
                + "</channel></rss>";
        FeedParser.Result r = FeedParser.parse(rss.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.items()).singleElement().satisfies(i ->
                assertThat(i.networkId()).isEqualTo("bluesky:at://did:plc:abc/app.bsky.feed.post/3kq"));
    }

    @Test
    void mediaRssElementsAreTheMediasNotTheItemsText() throws Exception {
        // Mastodon's tag feed: the post with an image carries media:content (with a media:rating inside), whose text
        // took the place of the post's description, and media:title/description that are the image's
        String rss = "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
                + "<item><guid>https://h.example/@a/1</guid><link>https://h.example/@a/1</link>"
                + "<pubDate>Tue, 01 Dec 2026 10:00:00 +0000</pubDate>"
                + "<description>&lt;p&gt;kubenav v4, the #kubernetes dashboard&lt;/p&gt;</description>"
                + "<media:content url=\"https://h.example/i.png\" type=\"image/png\"><media:rating scheme=\"urn:simple\">"
                + "nonadult</media:rating><media:description type=\"plain\">a screenshot</media:description></media:content>"
                + "<media:title>screenshot.png</media:title></item></channel></rss>";
        FoundItem i = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8)).items().get(0);
        assertThat(i.text()).isEqualTo("kubenav v4, the #kubernetes dashboard");
        assertThat(i.title()).isNull();
        assertThat(i.url()).isEqualTo("https://h.example/@a/1");
    }

    @Test
    void aYoutubeEntryIsReadWithTheDescriptionOfItsMediaGroup() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:yt=\"http://www.youtube.com/xml/schemas/2015\" "
                + "xmlns:media=\"http://search.yahoo.com/mrss/\"><entry><id>yt:video:abc</id><yt:videoId>abc</yt:videoId>"
                + "<title>Veterans Make Great Googlers</title><link rel=\"alternate\" href=\"https://www.youtube.com/watch?v=abc\"/>"
                + "<published>2016-11-10T17:00:00+00:00</published><media:group><media:title>Veterans Make Great Googlers"
                + "</media:title><media:content url=\"https://www.youtube.com/v/abc\" type=\"application/x-shockwave-flash\"/>"
                + "<media:description>Veterans work in departments at Google &amp; Alphabet.\nWatch more.</media:description>"
                + "</media:group></entry></feed>";
        FoundItem i = FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8)).items().get(0);
        assertThat(i.title()).isEqualTo("Veterans Make Great Googlers");
        assertThat(i.text()).isEqualTo("Veterans work in departments at Google & Alphabet. Watch more.");
        assertThat(i.url()).isEqualTo("https://www.youtube.com/watch?v=abc");
    }

    @Test
    void relativeLinksAreResolvedAgainstXmlBaseThenTheFeedsUrl() throws Exception {
        String a = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://a.example/blog/\"><entry><id>1</id>"
                + "<title>Atlas Air</title><link href=\"/posts/1\"/></entry>"
                + "<entry xml:base=\"https://b.example/\"><id>2</id><title>Atlas Air</title><link href=\"posts/2\"/></entry>"
                + "<entry><id>3</id><title>Atlas Air</title><link xml:base=\"https://c.example/x/\" href=\"3\"/></entry></feed>";
        assertThat(FeedParser.parse(a.getBytes(StandardCharsets.UTF_8)).items()).extracting(FoundItem::url)
                .containsExactly("https://a.example/posts/1", "https://b.example/posts/2", "https://c.example/x/3");
        String rss = "<rss><channel><item><title>Atlas Air</title><link>/news/7</link></item></channel></rss>";
        byte[] bytes = rss.getBytes(StandardCharsets.UTF_8);
        assertThat(FeedParser.parse(bytes, "https://d.example/feed.xml").items().get(0).url())
                .isEqualTo("https://d.example/news/7");
        assertThat(FeedParser.parse(bytes).items().get(0).url()).as("a file: no base").isEqualTo("/news/7");
    }

    @Test
    void htmlIsReducedToText() {
        assertThat(HtmlText.toText("<p>Hello <b>world</b></p><script>alert(1)</script><p>&amp; &#233;&#x27;</p>"))
                .isEqualTo("Hello world & é'");
        assertThat(List.of(HtmlText.toText("<img src=x onerror=alert(1)>bonjour"))).containsExactly("bonjour");
        // escaped twice (Reddit's self-post bodies): reduced too, not kept as tags in the text
        assertThat(HtmlText.toText("&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;Hey Reddit!&lt;/p&gt;"
                + "&lt;/div&gt;")).isEqualTo("Hey Reddit!");
        // a text that only talks about a sign stays as it is
        assertThat(HtmlText.toText("3 &lt; 5 and x&gt;2")).isEqualTo("3 < 5 and x>2");
        // every named reference of HTML5, as French feeds write accents and signs
        assertThat(HtmlText.toText("&Eacute;norme retard &mdash; o&ugrave; est mon bagage ? Il faut &ecirc;tre patient"
                + "&hellip; &Agrave; bient&ocirc;t, c&oelig;ur &trade; &CounterClockwiseContourIntegral; &NotEqualTilde;"))
                .isEqualTo("\u00C9norme retard \u2014 o\u00F9 est mon bagage ? Il faut \u00EAtre patient\u2026 \u00C0 "
                        + "bient\u00F4t, c\u0153ur \u2122 \u2233 \u2242\u0338");
        // a no-break space by any of its names is a space; an unknown name stays as written
        assertThat(HtmlText.toText("a&NonBreakingSpace;b&nbsp;c &notaname; d")).isEqualTo("a b c &notaname; d");
    }
}
