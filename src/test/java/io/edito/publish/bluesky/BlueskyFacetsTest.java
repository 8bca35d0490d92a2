package io.edito.publish.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.publish.bluesky.BlueskyFacets.Facet;
import io.edito.publish.bluesky.BlueskyFacets.Type;
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

    /** Expected values: what @atproto/api 0.20.44's RichText.detectFacets gives for the same texts. */
    @Test
    void bareDomainsAreLinkedAsTheOfficialLibraryLinksThem() {
        assertThat(BlueskyFacets.detect("Conditions: example.com/conditions. Download on bsky.app!")).containsExactly(
                new Facet(Type.LINK, 12, 34, "https://example.com/conditions"),
                new Facet(Type.LINK, 48, 56, "https://bsky.app"));
        assertThat(BlueskyFacets.detect("Voir atlas-air.com, Example.COM et (docs.atlas.travel/faq) ou "
                + "www.atlas.fr/\u00e9t\u00e9?x=1, fichier.txt, v1.2 ou 3.14 et https://a.example/x?y=1..."))
                .containsExactly(
                        new Facet(Type.LINK, 36, 57, "https://docs.atlas.travel/faq"),
                        new Facet(Type.LINK, 62, 84, "https://www.atlas.fr/\u00e9t\u00e9?x=1"),
                        new Facet(Type.LINK, 115, 140, "https://a.example/x?y=1.."));
        assertThat(BlueskyFacets.detect("\u00c9t\u00e9: r\u00e9servez sur atlas.ma. #Maroc")).containsExactly(
                new Facet(Type.LINK, 21, 29, "https://atlas.ma"), new Facet(Type.TAG, 31, 37, "Maroc"));
        assertThat(BlueskyFacets.detect("foo.example, nodot, sub.bsky.app/profile/x")).containsExactly(
                new Facet(Type.LINK, 20, 42, "https://sub.bsky.app/profile/x"));
    }
}
