package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.calendar.Calendar;
import io.edito.core.Paint;
import io.edito.network.Networks;
import io.edito.text.DisplayWidth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation groups ({@code translation_of:}) previewed side by side, carousels paged, and right-to-left text whose
 * hashtags, mentions, URLs and length lines keep their own direction (issue 18). The fixture is
 * src/test/resources/preview/groups: a French post and its Arabic translation (written first in the file), three
 * images each, and a post in no group.
 */
class TranslationGroupPreviewTest {
    @TempDir
    Path tmp;

    private List<PreviewCard> cards() {
        Path project = PreviewFixture.copyProject("/preview/groups", tmp.resolve("groups"));
        Calendar calendar = PreviewFixture.load(project);
        return new PreviewBuilder(Networks.defaults(), Map.of())
                .build(calendar, PreviewQuery.ALL, List.of());
    }

    @Test
    void aGroupIsOneBlockWithItsOriginalFirstWhereItsFirstCardAppears() {
        List<PreviewBlocks.Block> blocks = PreviewBlocks.of(cards());
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).sideBySide()).isTrue();
        assertThat(blocks.get(0).posts()).extracting(PreviewBlocks.PostCards::postId).containsExactly("pain-fr", "pain-ar");
        assertThat(blocks.get(0).posts().get(1).cards()).extracting(PreviewCard::channel).containsExactly("instagram", "x");
        assertThat(blocks.get(1).sideBySide()).isFalse();
        assertThat(blocks.get(1).posts().get(0).postId()).isEqualTo("alone");
    }

    @Test
    void aFilterThatKeepsOnePostOfAGroupShowsItAlone() {
        List<PreviewCard> arabicOnly = cards().stream().filter(c -> c.postId().equals("pain-ar")).toList();
        List<PreviewBlocks.Block> blocks = PreviewBlocks.of(arabicOnly);
        assertThat(blocks).singleElement().satisfies(b -> assertThat(b.sideBySide()).isFalse());
    }

    @Test
    void aWideTerminalShowsTheGroupInColumnsWithCardsOfOneChannelOnOneRow() throws Exception {
        String out = render(120);
        assertThat(out.lines().findFirst().orElseThrow())
                .isEqualTo("translation group, side by side: pain-fr (fr) · pain-ar (ar)");
        // both Instagram cards open on the same line, then both X cards
        assertThat(out.lines().filter(l -> l.startsWith("╭─ Instagram") && l.indexOf("╭─ Instagram", 5) > 0)).hasSize(1);
        assertThat(out.lines().filter(l -> l.startsWith("╭─ X ") && l.indexOf("╭─ X ", 5) > 0)).hasSize(1);
        // every line of the side-by-side part fits the terminal
        assertThat(out.lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(120));
        Golden.check("preview/translation-group-120.txt", out);
    }

    @Test
    void aNarrowTerminalStacksTheGroupUnderItsHeader() throws Exception {
        String out = render(70);
        assertThat(out.lines().findFirst().orElseThrow()).startsWith("translation group: ");
        assertThat(out.lines().filter(l -> l.startsWith("╭─ Instagram"))).hasSize(2);
        assertThat(out.lines().filter(l -> l.indexOf("╭─", 3) > 0)).isEmpty();
        Golden.check("preview/translation-group-70.txt", out);
    }

    @Test
    void theHtmlPageShowsTheGroupSideBySideWithCarouselsAndIsolatedEntities() {
        String html = HtmlPreview.render("Dar Lkhobz", cards(), tmp.resolve("preview.html"), 0);
        assertThat(html).containsOnlyOnce("<section class=\"translation-group\"");
        int group = html.indexOf("<section class=\"translation-group\"");
        int fr = html.indexOf("<section class=\"post\" id=\"post-2\"");
        int ar = html.indexOf("<section class=\"post\" id=\"post-1\"");
        int alone = html.indexOf("<section class=\"post\" id=\"post-3\"");
        assertThat(group).isPositive();
        assertThat(fr).as("the original's column first").isGreaterThan(group).isLessThan(ar);
        assertThat(alone).isGreaterThan(ar);
        // a carousel of three on Instagram: each slide numbered, a link to each slide that exists
        assertThat(html).contains("<span class=\"slide-count\" dir=\"ltr\">2/3</span>");
        assertThat(html).contains("<a class=\"page\" href=\"#post-1-instagram-ar-slide-3\"");
        assertThat(html).contains("id=\"post-1-instagram-ar-slide-3\"");
        // X shows the same three images as a grid, not as a carousel
        int xCard = html.indexOf("<article class=\"mock net-x\" lang=\"ar\"");
        assertThat(html.indexOf("class=\"media-grid n3\"", xCard)).isPositive();
        // the Latin hashtag at the end of the Arabic text is its own direction run; the length line reads LTR
        assertThat(html).contains("<span class=\"hashtag\" dir=\"auto\">#DarLkhobz</span>");
        assertThat(html).contains("<a class=\"url\" dir=\"ltr\" href=\"https://dar.example/ar\"");
        assertThat(html).containsPattern("<div class=\"length ok\" dir=\"ltr\">\\d+/\\d+ \\(");
    }

    private String render(int width) {
        StringWriter s = new StringWriter();
        TerminalPreview.render(cards(), width, Paint.NONE, new PrintWriter(s, true));
        return s.toString();
    }
}
