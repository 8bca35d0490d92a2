package io.edito.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportAccountsTest {
    @Test
    void theHandleIsReadFromThePermalinksOfTheNetworksThatPutOneThere() {
        assertThat(ExportAccounts.handleInLink("https://x.com/atlasair_ar/status/2159753475181258350"))
                .isEqualTo("atlasair_ar");
        assertThat(ExportAccounts.handleInLink("https://twitter.com/rOpenSci/status/1189")).isEqualTo("rOpenSci");
        assertThat(ExportAccounts.handleInLink("https://www.tiktok.com/@haileytupy2.0/video/7527623000473079054"))
                .isEqualTo("haileytupy2.0");
        assertThat(ExportAccounts.handleInLink("https://www.threads.net/@atlas.air/post/B4nqLNLW_Pw"))
                .isEqualTo("atlas.air");
        assertThat(ExportAccounts.handleInLink("https://bsky.app/profile/atlas.example/post/3mn5k44c7swwp"))
                .isEqualTo("atlas.example");
        assertThat(ExportAccounts.handleInLink("https://www.facebook.com/AtlasAir/posts/pfbid0paSWS1"))
                .isEqualTo("AtlasAir");
        assertThat(ExportAccounts.handleInLink("https://mastodon.example/@atlas/115527385859271614"))
                .isEqualTo("atlas");
        // links that hold no account
        assertThat(ExportAccounts.handleInLink("https://www.facebook.com/permalink.php?story_fbid=1&id=2")).isNull();
        assertThat(ExportAccounts.handleInLink("https://www.instagram.com/reel/IotwnqxJ4YY/")).isNull();
        assertThat(ExportAccounts.handleInLink("https://www.linkedin.com/feed/update/urn:li:activity:7419923")).isNull();
        assertThat(ExportAccounts.handleInLink(null)).isNull();
    }

    @Test
    void namesAreComparedWithoutCaseAtSignOrInstance() {
        assertThat(ExportAccounts.name(" @AtlasAir_AR ")).isEqualTo("atlasair_ar");
        assertThat(ExportAccounts.name("@atlas@mastodon.example")).isEqualTo("atlas");
        assertThat(ExportAccounts.name("Atlas Air Paris")).isEqualTo("atlas air paris");
    }
}
