package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links as mentions are known by them: resolved against a base, keyed for duplicates. */
class UrlsTest {
    @Test
    void aRelativeLinkIsResolvedAgainstItsBaseAndNeverAKeyByItself() {
        assertThat(Urls.resolve("https://a.example/blog/", "/posts/1")).isEqualTo("https://a.example/posts/1");
        assertThat(Urls.resolve("https://a.example/blog/", "2")).isEqualTo("https://a.example/blog/2");
        assertThat(Urls.resolve("https://a.example/blog/", "https://b.example/x")).isEqualTo("https://b.example/x");
        assertThat(Urls.resolve(null, "/posts/1")).isEqualTo("/posts/1");
        assertThat(Urls.resolve("https://a.example/", null)).isEqualTo("https://a.example/");
        assertThat(Urls.resolve("https://a.example/", "a b")).as("does not parse: as written").isEqualTo("a b");
        // two sites' /posts/1 are not one mention; an absolute link of another scheme is its own key
        assertThat(Urls.key("/posts/1")).isNull();
        assertThat(Urls.key("at://did:plc:x/app.bsky.feed.post/1")).isEqualTo("at://did:plc:x/app.bsky.feed.post/1");
        assertThat(Urls.key("https://WWW.A.example/posts/1/?utm_source=x#top")).isEqualTo(Urls.key("https://a.example/posts/1"));
    }
}
