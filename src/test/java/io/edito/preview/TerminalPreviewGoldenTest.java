package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.calendar.Calendar;
import io.edito.core.Paint;
import io.edito.network.Networks;
import io.edito.text.DisplayWidth;
import io.edito.text.Graphemes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalPreviewGoldenTest {
    @TempDir
    Path tmp;

    private List<PreviewCard> cards() {
        Calendar calendar = PreviewFixture.load(PreviewFixture.copyProject(tmp));
        return new PreviewBuilder(Networks.defaults(), Map.of()).build(calendar, PreviewQuery.ALL, PreviewFixture.findings());
    }

    private static String render(List<PreviewCard> cards, int width, Paint paint) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        TerminalPreview.render(cards, width, paint, w);
        w.flush();
        return s.toString().replace(System.lineSeparator(), "\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void plainMatchesGolden(int width) throws Exception {
        Golden.check("preview-" + width + ".txt", render(cards(), width, Paint.NONE));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void colouredMatchesGolden(int width) throws Exception {
        Golden.check("preview-" + width + "-color.txt", render(cards(), width, PreviewFixture.TAGS));
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 25, 26, 27, 28, 33, 40, 57, 80, 120})
    void everyFrameLineIsExactlyTheWidth(int width) {
        String out = render(cards(), width, Paint.NONE);
        for (String line : out.split("\n")) {
            if (line.startsWith("│") || line.startsWith("╭") || line.startsWith("├") || line.startsWith("╰")) {
                assertThat(DisplayWidth.of(line)).as("width of [%s]", line).isEqualTo(width);
            } else if (!line.isEmpty()) {
                assertThat(DisplayWidth.of(line)).as("finding line [%s]", line).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void wrappingNeverSplitsAGraphemeCluster() {
        List<PreviewCard> cards = cards();
        String out = render(cards, 24, Paint.NONE);
        // the family, flag and skin-toned emoji each survive whole although the card is narrow
        assertThat(out).contains("👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽");
        for (String line : out.split("\n")) {
            for (String cluster : Graphemes.split(line)) {
                assertThat(cluster).doesNotStartWith("\u200D").doesNotStartWith("\uFE0F").doesNotStartWith("\uD83C\uDFFD");
            }
        }
    }

    @Test
    void arabicLinesAreIsolatedRightToLeftAndRightAligned() {
        List<PreviewCard> cards = cards().stream().filter(c -> c.postId().equals("ramadan-greeting")).toList();
        String out = render(cards, 60, Paint.NONE);
        List<String> rtl = out.lines().filter(l -> l.indexOf(TerminalPreview.RLI) >= 0).toList();
        assertThat(rtl).isNotEmpty();
        for (String line : rtl) {
            // "│ " + padding + RLI ... PDI + " │": the text ends against the right border
            assertThat(line).endsWith(TerminalPreview.PDI + " │");
            assertThat(line.substring(0, line.indexOf(TerminalPreview.RLI))).matches("│ +");
        }
        // logical order kept: the first words of the post come first in the output
        assertThat(out.indexOf("رمضان كريم")).isLessThan(out.indexOf("رحلات إضافية"));
    }

    @Test
    void instagramFoldsAtItsCutOffAndLinksStayPlain() {
        PreviewCard ig = cards().stream()
                .filter(c -> c.postId().equals("winter-sale-launch") && c.channel().equals("instagram") && c.lang().equals("fr"))
                .findFirst().orElseThrow();
        assertThat(ig.text().folded()).isTrue();
        assertThat(ig.text().visible().length()).isLessThanOrEqualTo(125);
        assertThat(ig.text().visible()).startsWith("Soldes d'hiver : -30 %").doesNotContain("**");
        String out = render(List.of(ig), 80, PreviewFixture.TAGS);
        assertThat(out).contains("«dim:… more»").contains("┄┄ behind “more” ┄┄")
                .contains("«dim+cyan:#SoldesHiver»").doesNotContain("«blue+underline:https://atlas.example/soldes");
        assertThat(ig.media().get(0).shown().describe()).isEqualTo("4:5");
        assertThat(ig.media().get(0).note()).contains("2:3").contains("4:5");
    }
}
