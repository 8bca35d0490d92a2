package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.BlueskyFacets.Facet;
import io.edito.publish.BlueskyFacets.Type;
import org.junit.jupiter.api.Test;

class BlueskyFacetsTest {

    @Test
    void offsetsAreUtf8Bytes() {
        // É and é are 2 bytes each: "Été " is 6 bytes, "#café" 6 more
        assertThat(BlueskyFacets.detect("Été #café")).containsExactly(new Facet(Type.TAG, 6, 12, "café"));
    }

    @Test
    void trailingPunctuationIsNotPartOfLinksOrTags() {
        assertThat(BlueskyFacets.detect("See https://a.example/x?y=1. Then (https://b.example/p) #Go!"))
                .containsExactly(
                        new Facet(Type.LINK, 4, 27, "https://a.example/x?y=1"),
                        new Facet(Type.LINK, 35, 54, "https://b.example/p"),
                        new Facet(Type.TAG, 56, 59, "Go"));
    }

    @Test
    void notEverythingWithAnAtOrAHashIsAFacet() {
        assertThat(BlueskyFacets.detect("mail me@x.example, #1, @nodot, a#b, https://x.example/#frag @ann.example."))
                .containsExactly(new Facet(Type.LINK, 36, 59, "https://x.example/#frag"),
                        new Facet(Type.MENTION, 60, 72, "ann.example"));
    }
}
