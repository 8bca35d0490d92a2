package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PostTypesTest {
    @Test
    void theExportsWordsMapToOneSet() {
        assertThat(PostTypes.canonical("IG reel", "instagram")).isEqualTo("reel");
        assertThat(PostTypes.canonical("Reels", "facebook")).isEqualTo("reel");
        assertThat(PostTypes.canonical("IG image", "instagram")).isEqualTo("photo");
        assertThat(PostTypes.canonical("Photos", "facebook")).isEqualTo("photo");
        assertThat(PostTypes.canonical("IG carousel", "instagram")).isEqualTo("carousel");
        assertThat(PostTypes.canonical("Links", "facebook")).isEqualTo("link");
        assertThat(PostTypes.canonical(" Video ", "facebook")).isEqualTo("video");
        assertThat(PostTypes.canonical("Live video", "facebook")).isEqualTo("live");
        assertThat(PostTypes.canonical("Status", "facebook")).isEqualTo("text");
        assertThat(PostTypes.canonical(null, "tiktok")).isEqualTo("video");
        assertThat(PostTypes.canonical("", "x")).isNull();
        assertThat(PostTypes.canonical("Poll", "linkedin")).as("an unknown word is kept as written").isEqualTo("Poll");
    }

    @Test
    void docsListEveryWord() throws Exception {
        String doc = Files.readString(Path.of("docs/kpi.md"));
        for (String type : PostTypes.ALL) {
            for (String word : PostTypes.wordsOf(type)) {
                assertThat(doc).as(type + " word " + word).contains("`" + word + "`");
            }
        }
    }
}
