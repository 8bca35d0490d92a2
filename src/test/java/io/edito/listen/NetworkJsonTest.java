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
}
