package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part of a caption behind "more" keeps the direction of the paragraph the fold cut (agency review). */
class PreviewFoldDirectionTest {
    @TempDir
    Path dir;

    @Test
    void theHiddenTailOfAnArabicParagraphStaysRightToLeftEvenWhenItStartsWithALink() throws IOException {
        // Instagram folds at 125 chars: the cut falls just before the link, which would make the rest read left to right
        String arabic = "عروض رمضان في دار نور: إفطار كل مساء على الشرفة مع أطباق تقليدية وحلويات، احجزوا طاولتكم الآن "
                + "قبل نفاد الأماكن ";
        String text = arabic + "https://darnour.example/ar?utm_source=instagram 📞 0522-123456 #DarNour";
        AccountProject.write(dir, "  instagram: { handle: \"darnour\", lang: ar }\n", "", """
                  - id: iftar
                    at: 2026-12-01 10:00
                    status: approved
                    lang: ar
                    channels: [instagram]
                    text: "%s"
                """.formatted(text));
        CliRun r = CliRun.of("preview", dir.toString(), "--width", "70", "--color", "never");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int rule = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("behind")) {
                rule = i;
            }
        }
        assertThat(rule).as(r.out()).isPositive();
        String firstHidden = lines.get(rule + 1);
        // isolated right to left (U+2067 ... U+2069) and set against the right border
        assertThat(firstHidden).as(r.out()).contains("https://darnour.example").contains("\u2067")
                .endsWith("\u2069 │");
    }
}
