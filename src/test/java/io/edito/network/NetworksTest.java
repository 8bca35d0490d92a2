package io.edito.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.yaml.YNode;
import io.edito.yaml.YamlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NetworksTest {
    private static YNode yaml(String text) {
        return new YamlReader().parse(Path.of("charter.yaml"), text);
    }

    @Test
    void everyNetworkOfTheBriefIsThereInAStableOrder() {
        assertThat(Networks.all()).extracting(Network::id).containsExactly("x", "mastodon", "bluesky", "threads",
                "instagram", "facebook", "linkedin", "tiktok", "youtube", "pinterest", "blog", "forum");
    }

    @Test
    void textLimitsAndUnits() {
        assertThat(Networks.get("x").text()).isEqualTo(TextLimit.of("post", CountingUnit.X_WEIGHTED, 280));
        assertThat(Networks.get("mastodon").text().max()).hasValue(500);
        assertThat(Networks.get("mastodon").text().unit()).isEqualTo(CountingUnit.MASTODON);
        TextLimit bluesky = Networks.get("bluesky").text();
        assertThat(bluesky.unit()).isEqualTo(CountingUnit.GRAPHEMES);
        assertThat(bluesky.max()).hasValue(300);
        assertThat(bluesky.maxBytes()).hasValue(3000);
        assertThat(Networks.get("threads").text().unit()).isEqualTo(CountingUnit.THREADS);
        assertThat(Networks.get("instagram").text()).isEqualTo(TextLimit.of("caption", CountingUnit.UTF16, 2200));
        assertThat(Networks.get("facebook").text().max()).hasValue(63206);
        assertThat(Networks.get("linkedin").text().max()).hasValue(3000);
        assertThat(Networks.get("tiktok").text().max()).hasValue(2200);
        // YouTube's description and title refuse < and > (YouTube Data API, videos resource)
        assertThat(Networks.get("youtube").text()).isEqualTo(new TextLimit("description", CountingUnit.UTF8_BYTES,
                java.util.OptionalInt.of(5000), java.util.OptionalInt.empty(), "<>"));
        assertThat(Networks.get("youtube").text().firstRefused("a < b")).isEqualTo(2);
        assertThat(Networks.get("x").text().firstRefused("a < b")).isEqualTo(-1);
        // each image's alt text: X 1000, Mastodon 1500
        assertThat(Networks.get("x").limit(TextField.ALT).orElseThrow())
                .isEqualTo(TextLimit.of("alt text", CountingUnit.UTF16, 1000));
        assertThat(Networks.get("mastodon").limit(TextField.ALT).orElseThrow())
                .isEqualTo(TextLimit.of("media description", CountingUnit.CODE_POINTS, 1500));
        assertThat(Networks.get("pinterest").text().max()).hasValue(500);
        assertThat(Networks.get("blog").text().max()).isEmpty();
        assertThat(Networks.get("forum").text().max()).isEmpty();
    }

    @Test
    void titlesCommentsAndPhotoPosts() {
        assertThat(Networks.get("youtube").limit(TextField.TITLE).orElseThrow())
                .isEqualTo(new TextLimit("title", CountingUnit.UTF16, java.util.OptionalInt.of(100),
                        java.util.OptionalInt.empty(), "<>"));
        assertThat(Networks.get("pinterest").limit(TextField.TITLE).orElseThrow().max()).hasValue(100);
        // the title inherits the text's unit when the data gives none
        assertThat(Networks.get("pinterest").limit(TextField.TITLE).orElseThrow().unit()).isEqualTo(CountingUnit.UTF16);
        assertThat(Networks.get("tiktok").limit(TextField.PHOTO_TITLE).orElseThrow().max()).hasValue(90);
        assertThat(Networks.get("tiktok").limit(TextField.PHOTO_TEXT).orElseThrow().max()).hasValue(4000);
        assertThat(Networks.get("linkedin").limit(TextField.FIRST_COMMENT).orElseThrow())
                .isEqualTo(TextLimit.of("comment", CountingUnit.UTF16, 1250));
        assertThat(Networks.get("x").limit(TextField.TITLE)).isEmpty();
    }

    @Test
    void otherFacts() {
        Network instagram = Networks.get("instagram");
        assertThat(instagram.fold()).hasValue(125);
        assertThat(instagram.maxHashtags()).hasValue(5);
        assertThat(instagram.linksClickable()).isFalse();
        AspectRange aspect = instagram.imageAspect().orElseThrow();
        assertThat(aspect.describe()).isEqualTo("4:5 to 1.91:1");
        assertThat(aspect.contains(1080, 1350)).isTrue();   // exactly 4:5
        // read to the hundredth, as Meta writes its bounds (its 1.91:1 link image is 1200x628, 1.9108)
        assertThat(aspect.contains(1080, 1351)).isTrue();   // 0.7994: 0.80
        assertThat(aspect.contains(1080, 1357)).isTrue();   // 0.7959: 0.80
        assertThat(aspect.contains(1080, 1360)).isFalse();  // 0.7941: 0.79
        assertThat(aspect.contains(1910, 1000)).isTrue();   // exactly 1.91:1
        assertThat(aspect.contains(1200, 628)).isTrue();    // 1.9108: 1.91
        assertThat(aspect.contains(1080, 563)).isFalse();   // 1.9183: 1.92
        assertThat(aspect.contains(1920, 1000)).isFalse();
        assertThat(aspect.contains(1080, 1080)).isTrue();
        assertThat(instagram.imageWidth().orElseThrow()).isEqualTo(new IntRange(320, 1440));
        assertThat(Networks.get("linkedin").fold()).hasValue(210);
        assertThat(Networks.get("facebook").fold()).hasValue(477);
        assertThat(Networks.get("tiktok").fold()).hasValue(150);
        assertThat(Networks.get("threads").maxLinks()).hasValue(5);
        assertThat(Networks.get("x").maxImages()).hasValue(4);
        assertThat(Networks.get("x").urlWeight()).hasValue(23);
        assertThat(Networks.get("mastodon").urlWeight()).hasValue(23);
        assertThat(Networks.get("x").linksClickable()).isTrue();
        assertThat(Networks.get("blog").fold()).isEmpty();
    }

    @Test
    void unknownIdIsAnInputErrorWithASuggestion() {
        assertThatThrownBy(() -> Networks.get("instagarm"))
                .isInstanceOf(EditoException.class)
                .hasMessageStartingWith("unknown network 'instagarm' (did you mean 'instagram'?); known: x, mastodon,")
                .satisfies(e -> assertThat(((EditoException) e).exitCode()).isEqualTo(ExitCode.INPUT));
        assertThatThrownBy(() -> Networks.get("myspace")).hasMessageStartingWith("unknown network 'myspace'; known:");
    }

    @Test
    void withersCopyAndNeverTouchTheDefaults() {
        Network mastodon = Networks.get("mastodon");
        Network instance = mastodon.withLimit(TextField.TEXT, 11000);
        assertThat(instance.text().max()).hasValue(11000);
        assertThat(instance.text().unit()).isEqualTo(CountingUnit.MASTODON);
        assertThat(Networks.get("mastodon").text().max()).hasValue(500);
        assertThat(Networks.get("x").withoutLimit(TextField.TEXT).text().max()).isEmpty();
        assertThat(Networks.get("instagram").withMaxHashtags(OptionalInt.of(30)).maxHashtags()).hasValue(30);
        assertThat(Networks.get("instagram").maxHashtags()).hasValue(5);
        NetworkRegistry changed = Networks.defaults().with(instance);
        assertThat(changed.get("mastodon").text().max()).hasValue(11000);
        assertThat(Networks.defaults().get("mastodon").text().max()).hasValue(500);
    }

    @Test
    void yamlOverridesMergeIntoTheDefaults() throws Exception {
        NetworkRegistry r = Networks.defaults().withOverrides(yaml("""
                mastodon: { text: { max: 11000 } }
                instagram: { fold: null, max_hashtags: 30 }
                bluesky: { text: { max_bytes: null } }
                intranet: { name: Intranet, text: { unit: graphemes, max: 1000 } }
                """));
        assertThat(r.get("mastodon").text()).isEqualTo(TextLimit.of("post", CountingUnit.MASTODON, 11000));
        assertThat(r.get("mastodon").urlWeight()).hasValue(23);
        assertThat(r.get("instagram").fold()).isEmpty();
        assertThat(r.get("instagram").maxHashtags()).hasValue(30);
        assertThat(r.get("instagram").imageAspect()).isPresent();
        assertThat(r.get("bluesky").text().maxBytes()).isEmpty();
        assertThat(r.get("bluesky").text().max()).hasValue(300);
        assertThat(r.get("intranet").text().unit()).isEqualTo(CountingUnit.GRAPHEMES);
        assertThat(r.ids()).endsWith("forum", "intranet");
        assertThat(Networks.get("instagram").fold()).hasValue(125);
        assertThat(Networks.defaults().find("intranet")).isEmpty();
    }

    @Test
    void yamlOverrideErrorsNameThePathAndSuggest() {
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("mastodon: { text: { maxx: 11000 } }")))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("charter.yaml:1:21: mastodon.text.maxx: unknown key (did you mean 'max'?)");
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("instagram: { fodl: 100 }")))
                .hasMessageContaining("instagram.fodl: unknown key (did you mean 'fold'?)");
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("x: { text: { unit: x-weigthed } }")))
                .hasMessageContaining("x.text.unit: unknown counting unit 'x-weigthed' (did you mean 'x-weighted'?)");
        // told at the value, not at the network's key (it said charter.yaml:1:1 for a -1 at column 19)
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("x: { text: { max: -1 } }")))
                .hasMessageContaining("charter.yaml:1:19: x.text.max cannot be negative");
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("x: { video: { min_seconds: 300, max_seconds: 10 } }")))
                .hasMessageContaining("charter.yaml:1:6: x.video: min_seconds 300");
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("x: { text: { max: lots } }")))
                .hasMessageContaining("charter.yaml:1:19: x.text.max: expected a whole number, not 'lots'");
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("newnet: { text: { max: 5 } }")))
                .hasMessageContaining("unknown network 'newnet' (a network of its own gives at least 'name' and 'text')");
        // a misspelt network said "instagramm.name is missing"
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("instagramm: { max_hashtags: 30 }")))
                .hasMessageContaining("charter.yaml:1:1: unknown network 'instagramm' (did you mean 'instagram'?)");
        assertThat(Networks.defaults().withOverrides(yaml("intranet: { name: Intranet, text: { unit: graphemes, max: 500 } }"))
                .find("intranet")).isPresent();
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("instagram: { image_aspect: { min: 'square' } }")))
                .hasMessageContaining("instagram.image_aspect: aspect ratio 'square' is not of the form W:H");
        // what no post could meet, and a number a duration cannot hold (an internal error, exit 3, before)
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("x: { video: { min_seconds: 300, max_seconds: 10 } }")))
                .hasMessageContaining("x.video: min_seconds 300 is more than max_seconds 10");
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("instagram: { image_width: { min: -100, max: -1 } }")))
                .hasMessageContaining("instagram.image_width.min cannot be negative");
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("x: { video: { min_seconds: 1e-2147483647 } }")))
                .isInstanceOf(io.edito.core.EditoException.class).hasMessageContaining("expected a number of seconds");
        // "x.text is missing" was said of a text switched off by name
        assertThatThrownBy(() -> Networks.defaults().withOverrides(yaml("x: { text: null }")))
                .hasMessageContaining("x.text cannot be switched off");
        assertThat(Networks.defaults().withOverrides(yaml("x: { text: { max: null } }")).get("x").text().max()).isEmpty();
        // refused characters are code points: an emoji is one
        TextLimit emoji = Networks.defaults().withOverrides(yaml("x: { text: { refuses: \"\\U0001F600<\" } }")).get("x").text();
        assertThat(emoji.refuses()).isEqualTo("\uD83D\uDE00<");
        assertThat(emoji.firstRefused("ok \uD83D\uDE00")).isEqualTo(3);
        assertThat(emoji.firstRefused("ok \uD83D\uDE01")).as("another emoji, the same high surrogate").isEqualTo(-1);
    }

    @Test
    void aLoadedFileIsCheckedLikeAnOverride() {
        String data = "x: { name: X, text: { unit: x-weighted, max: 280 } }\nbad: { name: Bad }\n";
        assertThatThrownBy(() -> NetworkRegistry.load(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .hasMessage("test.yaml:2:1: bad.text is missing");
    }

    @Test
    void aspectRatioParsing() {
        assertThat(AspectRatio.parse("1.91:1").value()).isEqualTo(1.91);
        assertThat(AspectRatio.parse(" 4 : 5 ").describe()).isEqualTo("4:5");
        assertThatThrownBy(() -> AspectRatio.parse("0:5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AspectRange(AspectRatio.parse("2:1"), AspectRatio.parse("1:2")))
                .hasMessageContaining("is empty");
    }
}
