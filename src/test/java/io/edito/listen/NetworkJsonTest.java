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
    void aBlueskyPostKeepsItsWholeLinksAndItsLinkCard() throws Exception {
        List<FoundItem> items = NetworkJson.bluesky(FeedParserTest.resource("app.bsky.feed.searchPosts-5d343d.json"));
        // the text shows "missionlocal.org/2023/12/redi..."; the facet holds the address, the card the article
        FoundItem mission = items.stream().filter(i -> i.text().contains("Sietse Goffard")).findFirst().orElseThrow();
        assertThat(mission.text()).doesNotContain("redi...")
                .contains("https://missionlocal.org/2023/12/redistricting-reform-elections-commission-report-supervisors/")
                .endsWith("\nRaft of redistricting reforms to be sent to supervisors");
        // a card whose link the text does not hold: its title and its address under the text
        assertThat(items).anySatisfy(i -> assertThat(i.text()).endsWith(
                "\nKagro in the Morning - December 13, 2023 | David Waldman (https://www.patreon.com/posts/kagro-in-morning-94613611)"));
        assertThat(items).noneSatisfy(i -> assertThat(i.text()).containsAnyOf("samwang.substack.com/p/what-is-ga...",
                "www.washingtonpost.com/politics/202..."));
        assertThat(items).anySatisfy(i -> assertThat(i.text()).contains(
                "https://samwang.substack.com/p/what-is-gained-from-re-re-drawing"));
    }

    @Test
    void linkFacetsCountUtf8BytesAndABadOneLeavesTheTextAlone() {
        // "é ✈️ " is 2 + 1 + 3 + 3 + 1 bytes: the link starts at byte 10
        String text = "\u00e9 \u2708\ufe0f atlas.example/vols... fin";
        String facet = "[{\"index\":{\"byteStart\":%d,\"byteEnd\":%d},\"features\":[{\"$type\":"
                + "\"app.bsky.richtext.facet#link\",\"uri\":\"https://atlas.example/vols/2027\"}]}]";
        int start = 10;
        int end = start + "atlas.example/vols...".length();
        assertThat(NetworkJson.withLinks(text, json(String.format(facet, start, end))))
                .isEqualTo("\u00e9 \u2708\ufe0f https://atlas.example/vols/2027 fin");
        // inside a character, past the end, backwards: not this text's facet
        assertThat(NetworkJson.withLinks(text, json(String.format(facet, 1, end)))).isEqualTo(text);
        assertThat(NetworkJson.withLinks(text, json(String.format(facet, start, 500)))).isEqualTo(text);
        assertThat(NetworkJson.withLinks(text, json(String.format(facet, end, start)))).isEqualTo(text);
        // a mention or a tag facet is no link
        assertThat(NetworkJson.withLinks("#tag", json("[{\"index\":{\"byteStart\":0,\"byteEnd\":4},\"features\":"
                + "[{\"$type\":\"app.bsky.richtext.facet#tag\",\"tag\":\"tag\"}]}]"))).isEqualTo("#tag");
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
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
