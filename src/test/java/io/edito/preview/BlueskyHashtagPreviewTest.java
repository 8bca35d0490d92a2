package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.calendar.Calendar;
import io.edito.network.Networks;
import io.edito.text.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hashtag Bluesky leaves as plain text (over 64 characters) is previewed as plain text there, as a hashtag on X. */
class BlueskyHashtagPreviewTest {
    @TempDir
    Path tmp;

    private static final String LONG = "#" + "Atlas".repeat(13); // 65 characters after the #

    @Test
    void aLongHashtagIsPlainTextOnBlueskyOnly() throws Exception {
        Files.writeString(tmp.resolve("edito.yaml"), """
                brand: atlas
                name: Atlas
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                channels:
                  bluesky: { handle: "atlas.example" }
                  x: { handle: "@Atlas" }
                """);
        Files.createDirectories(tmp.resolve("calendar"));
        Files.writeString(tmp.resolve("calendar/2026-12.yaml"), """
                posts:
                  - id: long-tag
                    at: 2026-12-05 08:00
                    channels: [bluesky, x]
                    status: approved
                    lang: fr
                    text: "Vol #Marrakech %s !"
                """.formatted(LONG));
        Calendar calendar = PreviewFixture.load(tmp);
        List<PreviewCard> cards = new PreviewBuilder(Networks.defaults(), Map.of()).build(calendar, PreviewQuery.ALL, List.of());
        assertThat(hashtags(card(cards, "bluesky"))).containsExactly("#Marrakech");
        assertThat(hashtags(card(cards, "x"))).containsExactly("#Marrakech", LONG);
        String html = HtmlPreview.render("Atlas", cards, tmp.resolve("preview.html"), 0);
        assertThat(html).contains("<span class=\"hashtag\" dir=\"auto\">" + LONG + "</span>"); // on X
        assertThat(html.split("<span class=\"hashtag\" dir=\"auto\">" + LONG, -1)).hasSize(2); // once: not on Bluesky
    }

    private static PreviewCard card(List<PreviewCard> cards, String channel) {
        return cards.stream().filter(c -> c.channel().equals(channel)).findFirst().orElseThrow();
    }

    private static List<String> hashtags(PreviewCard c) {
        return c.text().entities().stream().filter(e -> e.kind() == Entity.Kind.HASHTAG).map(Entity::text).toList();
    }
}
