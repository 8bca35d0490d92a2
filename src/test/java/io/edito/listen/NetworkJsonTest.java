package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkJsonTest {

    @Test
    void mastodonTagTimeline() throws Exception {
        List<FoundItem> items = NetworkJson.mastodon(FeedParserTest.resource("tag_timeline.json"));
        assertThat(items).hasSize(20);
        assertThat(items).allSatisfy(i -> {
            // 2017 statuses have OStatus tag: URIs (today https:// ones): either is the id
            assertThat(i.networkId()).startsWith("mastodon:tag:");
            assertThat(i.url()).startsWith("https://");
            assertThat(i.author()).startsWith("@");
            assertThat(i.text()).doesNotContain("<p>").doesNotContain("<span");
            assertThat(i.publishedAt()).isAfter(Instant.parse("2017-01-01T00:00:00Z"));
        });
        assertThat(items).anySatisfy(i -> assertThat(i.text()).contains("Je suis sur #mastodon depuis"));
    }

    @Test
    void blueskySearchPosts() throws Exception {
        List<FoundItem> items = NetworkJson.bluesky(FeedParserTest.resource("app.bsky.feed.searchPosts-5d343d.json"));
        assertThat(items).hasSize(23);
        assertThat(items).allSatisfy(i -> {
            assertThat(i.networkId()).startsWith("bluesky:at://did:");
            assertThat(i.url()).matches("https://bsky\\.app/profile/[^/]+/post/[a-z0-9]+");
            assertThat(i.publishedAt()).isNotNull();
        });
        assertThat(items.stream().filter(i -> "en".equals(i.lang())).count()).isEqualTo(22);
    }

    @Test
    void aBlueskyPostDatedInTheFutureByItsAuthorIsDatedWhenTheNetworkSawIt() throws Exception {
        // createdAt is what the author's client wrote: 2031 would put the mention out of every period, unanswerable
        String json = """
                {"posts": [{"uri": "at://did:plc:abc/app.bsky.feed.post/3k", "author": {"handle": "a.bsky.social"},
                  "record": {"text": "Atlas Air", "createdAt": "2031-01-01T00:00:00Z"},
                  "indexedAt": "2026-12-18T09:00:00.000Z"},
                 {"uri": "at://did:plc:abc/app.bsky.feed.post/3l", "author": {"handle": "a.bsky.social"},
                  "record": {"text": "Atlas Air", "createdAt": "2026-12-18T08:00:00Z"},
                  "indexedAt": "2026-12-18T08:00:02.000Z"}]}
                """;
        List<FoundItem> items = NetworkJson.bluesky(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(items).extracting(FoundItem::publishedAt).containsExactly(
                java.time.Instant.parse("2026-12-18T09:00:00Z"), java.time.Instant.parse("2026-12-18T08:00:00Z"));
    }

    @Test
    void aTruncatedOrNonUtf8AnswerSaysWhere() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetworkJson.bluesky(
                "{\"posts\": [\n  {\"uri\": \"at://x\", \"rec".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("not JSON (line 2, column ");
        byte[] latin1 = "[{\"content\": \"caf\u00e9, cr\u00e8me\"}]".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetworkJson.mastodon(latin1))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("not JSON (line 1, column ")
                .hasMessageContaining("UTF-8");
    }
}
